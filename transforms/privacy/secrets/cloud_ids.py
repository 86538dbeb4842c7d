"""Cloud resource identifiers that name a customer's account, storage or tenant (session 31).

**Policy (lead's decision, session 31).** An identifier that names one customer's cloud
account, bucket or SaaS tenant is redacted as a SECRET, like a credential: a training set gains
nothing from it and it tells an attacker where to aim (which bucket to probe, which tenant to
phish, which account a leaked key belongs to). Covered, each from the provider's documentation:

- AWS ARNs holding a concrete 12-digit account id, or an S3 bucket ARN naming a bucket
  (``arn:aws:s3:::my_corporate_bucket/*``);
- S3 bucket hosts and URLs, virtual-hosted (``bucket.s3.us-east-2.amazonaws.com``, the legacy
  ``bucket.s3-us-east-2…`` dash form, accelerate, dual-stack and access-point hosts) and path
  style (``s3.amazonaws.com/bucket``); not static-website endpoints (``bucket.s3-website-…``:
  a public web address the owner publishes, like a site's domain);
- Google OAuth client ids (``<project number>-<32 alphanumerics>.apps.googleusercontent.com``);
- tenant hosts of documented SaaS and cloud endpoints whose left label is the customer's
  (:mod:`~transforms.privacy.secrets.tenant_hosts`): JFrog (``<org>.jfrog.io``), Azure OpenAI /
  AI services, AI Search, Storage, Key Vault, SQL/PostgreSQL/MySQL, Cosmos DB, Service Bus,
  Container Registry and Databricks hosts, Snowflake accounts, Atlassian sites, GCS
  virtual-hosted buckets, Salesforce My Domain (``<name>.my.salesforce.com``), Shopify stores
  (``<shop>.myshopify.com``) and Azure DevOps organizations (``dev.azure.com/<org>``).

Placeholder policy as for provider-structured tokens
(:func:`~transforms.contracts.placeholders.is_template_placeholder`): these are exact documented
structures, so only template shapes veto them (``{bucket}``, ``${BUCKET}``, ``<org>``,
``YOUR_BUCKET``, ``xxxx``); generic example names (``example-bucket``, ``my-bucket``,
``bucket``, ``mycompany``) are redacted, because redacting an example costs a training set
nothing. Never flagged (code look-alikes and names that cannot be a customer's): the bare service
hosts (``s3.amazonaws.com``, ``.s3.amazonaws.com``, ``s3.amazonaws.com/``), the S3 XML namespace
``s3.amazonaws.com/doc/2006-03-01/``, S3 service principals (``logging.s3.amazonaws.com``),
AWS-managed ARNs (``arn:aws:iam::aws:policy/…``: account ``aws``), ARNs with no account and no
bucket (``arn:aws:iam:::oidc-provider/…``), templates (``f"arn:aws:s3:::{bucket}"``), the
bucket prefix AWS reserves for its documentation (``amzn-s3-demo-``) and AWS's public sample
buckets (``cloudformation-templates-us-east-1``), account ids of one
repeated digit (``000000000000``), the vendors' own hosts (``releases.jfrog.io``), and
``s3://bucket`` URIs (everyday paths in data code and library docs; not an HTTP endpoint).
Written from the providers' documentation (URLs at each rule); no other scanner's rules used.
"""

from __future__ import annotations

import re

from transforms.privacy.secrets.rules import SecretRule
from transforms.privacy.secrets.tenant_hosts import HOST_EDGE, TENANT_HOST_RULES, concrete

# --- AWS ARNs -------------------------------------------------------------------------------
# arn:partition:service:region:account-id:resource; partitions aws, aws-cn, aws-us-gov, aws-iso…
# https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
# S3 bucket ARNs have empty region and account: arn:aws:s3:::bucket_name[/key]
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html
_ARN = re.compile(
    r"(?<![A-Za-z0-9_-])"
    r"(arn:aws(?:-[a-z]+){0,2}:([a-z0-9-]{2,40}):([a-z0-9-]*):([^:\s\"'`]*):"
    r"([A-Za-z0-9_+=,.@:/*?!#&~-]*[A-Za-z0-9_+=@/*-]|))"
)
_ACCOUNT = re.compile(r"\d{12}")


def _arn_ok(value: str, m: re.Match[str], text: str) -> bool:
    if text[m.end() : m.end() + 1] in ("{", "$", "<", "%", "["):
        return False  # the resource goes on as a template: arn:aws:s3:::logs-{env}
    service, account, resource = m.group(2), m.group(4), m.group(5)
    if _ACCOUNT.fullmatch(account):
        return len(set(account)) > 1  # 000000000000, 999999999999: a filler
    if service == "s3" and not account and resource:
        bucket = resource.split("/", 1)[0]
        return bucket not in ("*", "") and _bucket_ok(bucket)
    return False  # account "aws" (AWS-managed policies), none, or a template


# --- S3 bucket hosts and URLs ---------------------------------------------------------------
# Virtual-hosted https://bucket.s3.region.amazonaws.com, legacy https://bucket.s3-region…,
# path style https://s3.region.amazonaws.com/bucket:
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html
# Website, Transfer Acceleration, dual-stack and access-point endpoints:
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteEndpoints.html (not flagged)
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/transfer-acceleration-getting-started.html
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/dual-stack-endpoints.html
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-naming.html
# Bucket names: 3-63 of [a-z0-9.-]; legacy us-east-1 buckets also upper case and "_":
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
_S3_ENDPOINT = r"s3(?:[.-](?!control\b)[a-z0-9]+(?:-[a-z0-9]+)*){0,3}\.amazonaws\.com(?:\.cn)?"
_S3_VIRTUAL = re.compile(
    HOST_EDGE + r"(([a-z0-9](?:[a-z0-9.-]{0,61}[a-z0-9])?)\." + _S3_ENDPOINT + r")(?![A-Za-z0-9-])"
)
_S3_PATH = re.compile(
    r"(?<![A-Za-z0-9.%_-])(" + _S3_ENDPOINT + r"/([A-Za-z0-9][A-Za-z0-9._-]{0,61}[A-Za-z0-9]))"
    r"(?![A-Za-z0-9_{}$<%-]|\.[A-Za-z0-9])"
)
# Service principals under s3.amazonaws.com (IAM "Service" names, not buckets):
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html,
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_iam_permissions.html,
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-grants-location-register.html,
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-iam-role-policies.html
_S3_PRINCIPALS = frozenset(
    {"logging", "storage-lens", "access-grants", "batchoperations", "replication", "accesspoint"}
)
# Buckets no customer owns: "amzn-s3-demo-" is reserved for AWS's documentation
# (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html); AWS hosts its
# public CloudFormation sample templates in "cloudformation-templates-<region>"
# (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-sample-templates.html).
_VENDOR_BUCKETS = ("amzn-s3-demo-", "cloudformation-templates-")
_PATH_NOT_BUCKET = frozenset({"doc"})  # xmlns="http://s3.amazonaws.com/doc/2006-03-01/"


def _bucket_ok(bucket: str) -> bool:
    low = bucket.lower()
    return (
        concrete(bucket)
        and not low.startswith(_VENDOR_BUCKETS)
        and low not in _S3_PRINCIPALS
        and not low.endswith(".")
    )


def _s3_virtual_ok(value: str, m: re.Match[str], text: str) -> bool:
    bucket = m.group(2)
    if ".s3-website" in value:
        return False  # a static website endpoint: a public address, published on purpose
    # access points: "<name>-<account>.s3-accesspoint.<region>…"; the principals list covers
    # the bare ".accesspoint.s3-global…" multi-region host label
    return _bucket_ok(bucket) and concrete(value)


def _s3_path_ok(value: str, m: re.Match[str], text: str) -> bool:
    bucket = m.group(2)
    return bucket.lower() not in _PATH_NOT_BUCKET and _bucket_ok(bucket)


# --- Google OAuth client ids ----------------------------------------------------------------
# "<project number>-<id>.apps.googleusercontent.com", as the Cloud console issues them:
# https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred
# https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid
_GOOGLE_CLIENT = re.compile(
    r"(?<![A-Za-z0-9_-])(\d{6,20}-[a-z0-9]{32}\.apps\.googleusercontent\.com)(?![A-Za-z0-9-])"
)


def _google_ok(value: str, m: re.Match[str], text: str) -> bool:
    return concrete(value.split(".", 1)[0])


def _rule(name: str, triggers: tuple[str, ...], rx: re.Pattern[str], ok) -> SecretRule:
    return SecretRule(name, triggers, rx, 1, 0.85, ok)


CLOUD_ID_RULES: tuple[SecretRule, ...] = (
    _rule("aws_arn", ("arn:aws",), _ARN, _arn_ok),
    _rule("s3_bucket_host", (".s3.", ".s3-"), _S3_VIRTUAL, _s3_virtual_ok),
    _rule("s3_bucket_path", ("amazonaws.com/",), _S3_PATH, _s3_path_ok),
    _rule("google_oauth_client_id", (".apps.googleusercontent.com",), _GOOGLE_CLIENT, _google_ok),
    *TENANT_HOST_RULES,
)
