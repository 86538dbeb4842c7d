"""Cloud resource identifiers redacted by the session-31 policy (``secrets/cloud_ids.py``):
ARNs with an account id or a bucket, S3 bucket hosts and URLs, Google OAuth client ids and
SaaS tenant hosts; templates, bare service hosts, AWS-managed ARNs and vendor hosts stay clean.

Every value is made up in the documented shape.
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets

GOOGLE = "607830223128-4qgthc7ofdqce232dk690t5jgkm1ce33.apps.googleusercontent.com"


def flagged(text: str) -> dict[str, str]:
    """Detected value -> detector, over all our rules."""
    return {text[s.start : s.end]: s.detector for s in detect_own_secrets(text)}


@pytest.mark.parametrize(
    ("text", "value", "detector"),
    [
        # ARNs naming an account or a bucket
        (
            'Resource: "arn:aws:iam::123456789012:role/deploy-prod"',
            "arn:aws:iam::123456789012:role/deploy-prod",
            "aws_arn",
        ),
        (
            "topic arn:aws:sns:us-west-2:480213377962:alarms, please",
            "arn:aws:sns:us-west-2:480213377962:alarms",
            "aws_arn",
        ),
        (
            '"KeyId": "arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/1a2b3c4d",',
            "arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/1a2b3c4d",
            "aws_arn",
        ),
        (
            '"Resource": "arn:aws:s3:::acme-payroll-exports/*"',
            "arn:aws:s3:::acme-payroll-exports/*",
            "aws_arn",
        ),
        ("arn:aws:s3:::my_corporate_bucket", "arn:aws:s3:::my_corporate_bucket", "aws_arn"),
        # S3 bucket hosts, virtual-hosted and path style
        (
            "https://acme-logs.s3.amazonaws.com/2024/x.gz",
            "acme-logs.s3.amazonaws.com",
            "s3_bucket_host",
        ),
        (
            "http://acme.data.s3.eu-west-1.amazonaws.com",
            "acme.data.s3.eu-west-1.amazonaws.com",
            "s3_bucket_host",
        ),
        (
            "http://bucket.s3-us-east-2.amazonaws.com",
            "bucket.s3-us-east-2.amazonaws.com",
            "s3_bucket_host",
        ),
        ("example-bucket.s3.amazonaws.com", "example-bucket.s3.amazonaws.com", "s3_bucket_host"),
        (
            "http%2F%2Fsome-bucket.s3.amazonaws.com",
            "some-bucket.s3.amazonaws.com",
            "s3_bucket_host",
        ),
        (
            "GET https://s3.amazonaws.com/acme-backups/db.sql",
            "s3.amazonaws.com/acme-backups",
            "s3_bucket_path",
        ),
        (
            "http://s3-us-east-2.amazonaws.com/my-bucket.",
            "s3-us-east-2.amazonaws.com/my-bucket",
            "s3_bucket_path",
        ),
        # Google OAuth client ids
        (f"GOOGLE_OAUTH2_CLIENT_ID = '{GOOGLE}'", GOOGLE, "google_oauth_client_id"),
        # SaaS tenant hosts
        (
            "AccountName=x;BlobEndpoint=https://acmeprod01.blob.core.windows.net/;",
            "acmeprod01.blob.core.windows.net",
            "azure_storage_blob_host",
        ),
        (
            "abfss://raw@acmelake.dfs.core.windows.net/events",
            "acmelake.dfs.core.windows.net",
            "azure_storage_dfs_host",
        ),
        (
            "VAULT_URL=https://kv-acme-prod.vault.azure.net/",
            "kv-acme-prod.vault.azure.net",
            "azure_key_vault_host",
        ),
        (
            "Server=tcp:acme-sql01.database.windows.net,1433;",
            "acme-sql01.database.windows.net",
            "azure_sql_host",
        ),
        (
            "host=acme-pg.postgres.database.azure.com port=5432",
            "acme-pg.postgres.database.azure.com",
            "azure_postgres_host",
        ),
        (
            "COSMOS_ENDPOINT=https://acme-orders.documents.azure.com:443/",
            "acme-orders.documents.azure.com",
            "azure_cosmos_host",
        ),
        (
            "Endpoint=sb://acme-events.servicebus.windows.net/;",
            "acme-events.servicebus.windows.net",
            "azure_service_bus_host",
        ),
        (
            "docker push acmecr.azurecr.io/api:1.4",
            "acmecr.azurecr.io",
            "azure_container_registry_host",
        ),
        (
            "host: adb-4982712403252207.7.azuredatabricks.net",
            "adb-4982712403252207.7.azuredatabricks.net",
            "azure_databricks_host",
        ),
        (
            "DATABRICKS_HOST=https://acme-analytics.cloud.databricks.com",
            "acme-analytics.cloud.databricks.com",
            "databricks_workspace_host",
        ),
        (
            "account = 'myorg-acme01.snowflakecomputing.com'",
            "myorg-acme01.snowflakecomputing.com",
            "snowflake_account_host",
        ),
        (
            "JIRA_URL=https://acme-eng.atlassian.net/browse/OPS-1",
            "acme-eng.atlassian.net",
            "atlassian_site_host",
        ),
        (
            "https://acme-ml-artifacts.storage.googleapis.com/model.bin",
            "acme-ml-artifacts.storage.googleapis.com",
            "gcs_bucket_host",
        ),
        (
            "registry: https://acmecorp.jfrog.io/artifactory/api/npm/",
            "acmecorp.jfrog.io",
            "jfrog_tenant_host",
        ),
        (
            "AZURE_OPENAI_ENDPOINT=https://contoso-east.openai.azure.com/",
            "contoso-east.openai.azure.com",
            "azure_openai_host",
        ),
        (
            "endpoint https://acme-vision.cognitiveservices.azure.com/",
            "acme-vision.cognitiveservices.azure.com",
            "azure_ai_services_host",
        ),
        (
            "azure_search_url=https://myservice.search.windows.net/indexes/i",
            "myservice.search.windows.net",
            "azure_search_host",
        ),
        (
            "login at https://acme.my.salesforce.com",
            "acme.my.salesforce.com",
            "salesforce_my_domain",
        ),
        (
            "https://acme--uat.sandbox.my.salesforce.com/",
            "acme--uat.sandbox.my.salesforce.com",
            "salesforce_my_domain",
        ),
        (
            "shop: store.handsomestranger.myshopify.com",
            "store.handsomestranger.myshopify.com",
            "shopify_store_domain",
        ),
        (
            "https://dev.azure.com/fabrikam-fiber/_git/web",
            "dev.azure.com/fabrikam-fiber",
            "azure_devops_org",
        ),
    ],
)
def test_customer_identifiers_are_redacted(text: str, value: str, detector: str) -> None:
    assert flagged(text).get(value) == detector


@pytest.mark.parametrize(
    "text",
    [
        # templates
        'return f"arn:aws:s3:::{bucket_name}"',
        'return f"arn:aws:s3:::${bucket_name}"',
        "arn:aws:s3:::logs-{env}/*",
        'f"arn:aws:iam::{account_id}:role/{name}"',
        "arn:aws:iam::<ACCOUNT_ID>:role/x",
        "arn:aws:iam::000000000000:role/x",
        'url = f"https://{bucket}.s3.amazonaws.com/{key}"',
        'url = "https://" + bucket + ".s3.amazonaws.com/" + key',
        "https://${BUCKET}-prod.s3.amazonaws.com/",
        "https://YOUR_BUCKET.s3.amazonaws.com/",
        "https://<bucket>.s3.amazonaws.com/",
        "https://{your-resource-name}.openai.azure.com/openai/deployments",
        "https://YOUR_RESOURCE_NAME.openai.azure.com/",
        "https://MyDomainName.my.salesforce.com",
        "https://dev.azure.com/{organization}/_apis/projects",
        "https://dev.azure.com/<org>/",
        "YOUR_CLIENT_ID.apps.googleusercontent.com",
        "1234567890-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.apps.googleusercontent.com",
        # AWS-managed and account-less ARNs
        '"PolicyArn": "arn:aws:iam::aws:policy/AdministratorAccess"',
        '"Federated": "arn:aws:iam:::oidc-provider/localhost:8080/auth"',
        "arn:aws:s3:::*",
        # bare service hosts, namespaces, principals, AWS's documentation buckets
        "s3.amazonaws.com",
        ".s3.amazonaws.com",
        "s3.amazonaws.com/",
        'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"',
        '"Service": "logging.s3.amazonaws.com"',
        "https://amzn-s3-demo-bucket.s3.us-west-2.amazonaws.com/photos/puppy.jpg",
        "https://s3.amazonaws.com/amzn-s3-demo-bucket",
        "TemplateURL: https://s3.amazonaws.com/cloudformation-templates-us-east-2/EC2.template",
        "123456789012.s3-control.us-east-1.amazonaws.com",
        "site at acme-www.s3-website-us-east-1.amazonaws.com now",
        "aws s3 cp file.txt s3://acme-backups/2024/",
        # vendor hosts, Private Link zones, token audiences, path-style GCS downloads
        "https://accounts.cloud.databricks.com/login",
        "privatelink.blob.core.windows.net",
        'scope = "https://ossrdbms-aad.database.windows.net/.default"',
        "https://storage.googleapis.com/tensorflow/tf-keras-datasets/mnist.npz",
        "https://{account_name}.blob.core.windows.net/{container}",
        "https://<ACCOUNT_NAME>.blob.core.windows.net",
        "https://your-site.atlassian.net",
        "adb-<workspace-id>.<random-number>.azuredatabricks.net",
        "curl -fL https://getcli.jfrog.io | sh",
        "https://releases.jfrog.io/artifactory/jfrog-debs",
        "see https://docs.jfrog.io/",
        # code
        "client = boto3.client('s3', endpoint_url='https://s3.us-east-1.amazonaws.com')",
        "if netloc.endswith('.s3.amazonaws.com'):",
        "host = f'{account}.blob.core.windows.net'",
        'if host.endswith(".blob.core.windows.net"):',
        'url = "https://%s.blob.core.windows.net/%s" % (account, container)',
        "https://*.openai.azure.com",
    ],
)
def test_templates_service_hosts_and_code_stay_clean(text: str) -> None:
    assert flagged(text) == {}


def test_full_engine_redacts_a_bucket_host_in_prose() -> None:
    from transforms.privacy.engine import detect

    text = "The exports land in https://acme-payroll.s3.eu-west-1.amazonaws.com/2024/ each night."
    spans = [text[s.start : s.end] for s in detect(text, ner=False) if s.type == "SECRET"]
    assert spans == ["acme-payroll.s3.eu-west-1.amazonaws.com"]
