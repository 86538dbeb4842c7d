"""Tenant hosts of documented SaaS and cloud endpoints (session 31 policy, see
:mod:`~transforms.privacy.secrets.cloud_ids`): a host whose left label is the customer's own
tenant, account or resource name, redacted as a SECRET like a bucket name.

Each suffix below is the provider's documented endpoint form (doc URL at each entry); the
tenant label must be concrete (no ``{…}``, ``<…>``, ``${…}``, ``YOUR_…``, ``xxxx``, nor a
documentation slot word such as Salesforce's ``MyDomainName``). Not flagged: the vendor's own
hosts under the same suffix (``releases.jfrog.io``, ``accounts.cloud.databricks.com``), Azure
Private Link DNS zones (``privatelink.blob.core.windows.net``), token audiences that are
Microsoft's (``ossrdbms-aad.database.windows.net``), static-website endpoints
(``<account>.web.core.windows.net``: a published web address). Left out on purpose: public
client-side hosts (Supabase, Firebase: public with the app), hosts with many vendor
subdomains (``*.slack.com``), and GCS path-style URLs (``storage.googleapis.com/<bucket>/…``:
mostly public download links of datasets and models in library code and chat).
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_template_placeholder
from transforms.privacy.secrets.rules import SecretRule

# A template slot or interpolation anywhere in the value: not a concrete name.
_TEMPLATE_CHARS = re.compile(r"[{}<>$%\[\]]|\\\(")
# Not preceded by a name character, except after a URL-encoded "/" or ":" (http%3A%2F%2Fhost…)
HOST_EDGE = r"(?:(?<=%2F)|(?<=%2f)|(?<=%3A)|(?<![A-Za-z0-9._%-]))"
LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"


def concrete(name: str) -> bool:
    """A name that is not a template (slot, interpolation, filler, ``YOUR_…``)."""
    return bool(name) and not _TEMPLATE_CHARS.search(name) and not is_template_placeholder(name)


def tenant_host(suffix: str, *, sub: bool = False) -> re.Pattern[str]:
    """``<tenant>.<suffix>``: the tenant label (with ``sub``, also labels above it, as in
    ``store.shop.myshopify.com``) right before the documented suffix."""
    labels = rf"(?:{LABEL}\.)*" if sub else ""
    return re.compile(
        HOST_EDGE + rf"({labels}({LABEL})\.{re.escape(suffix)})(?![A-Za-z0-9-])(?!\.[A-Za-z])"
    )


# The vendors' own hosts under a tenant suffix (downloads, docs, consoles, DNS zones):
# https://jfrog.com/help/r/jfrog-cli/download-and-install (releases.jfrog.io, getcli.jfrog.io)
# https://docs.databricks.com/en/admin/account-settings/index.html (accounts.cloud.databricks.com)
# https://learn.microsoft.com/en-us/azure/private-link/private-endpoint-dns (privatelink.*)
# https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/how-to-configure-sign-in-azure-ad-authentication
#   (ossrdbms-aad.database.windows.net: the Entra token audience of Azure Database servers)
_VENDOR_LABELS = frozenset(
    {
        "www",
        "docs",
        "releases",
        "releases-cdn",
        "releases-docker",
        "getcli",
        "install-cli",
        "accounts",
        "privatelink",
        "ossrdbms-aad",
        "status",
        "developer",
        "help",
        "support",
        "login",
    }
)
# Documentation slot names written without brackets (Salesforce writes "MyDomainName").
_SLOT_WORDS = ("mydomainname", "resource-name", "resourcename", "service-name", "servicename")


def tenant_ok(value: str, m: re.Match[str], text: str) -> bool:
    """A concrete tenant label that is not the vendor's own host."""
    low = value.lower()
    return (
        concrete(value)
        and m.group(2).lower() not in _VENDOR_LABELS
        and low.split(".", 1)[0] not in _VENDOR_LABELS
        and not any(w in low for w in _SLOT_WORDS)
    )


# Azure DevOps organization URLs: https://dev.azure.com/{organization}
# https://learn.microsoft.com/en-us/azure/devops/extend/develop/work-with-urls
# Organization names: letters, digits and "-", starting and ending with a letter or digit:
# https://learn.microsoft.com/en-us/azure/devops/organizations/settings/rename-organization
_DEVOPS = re.compile(
    r"(?<![A-Za-z0-9.-])((?:[a-z]+\.)?dev\.azure\.com/(" + LABEL + r"))(?![A-Za-z0-9_{}$<%-])"
)
_DEVOPS_NOT_ORG = frozenset({"_apis", "organization", "org"})


def _devops_ok(value: str, m: re.Match[str], text: str) -> bool:
    return m.group(2).lower() not in _DEVOPS_NOT_ORG and tenant_ok(value, m, text)


# (rule name, documented suffix, labels above the tenant allowed)
_TENANT_SUFFIXES: tuple[tuple[str, str, bool], ...] = (
    # JFrog SaaS platform URL https://<server name>.jfrog.io:
    # https://jfrog.com/help/r/jfrog-platform-administration-documentation/jfrog-platform-url
    ("jfrog_tenant_host", "jfrog.io", False),
    # Azure OpenAI https://{your-resource-name}.openai.azure.com:
    # https://learn.microsoft.com/en-us/azure/ai-services/openai/reference
    ("azure_openai_host", "openai.azure.com", False),
    # Azure AI services custom subdomains https://<name>.cognitiveservices.azure.com:
    # https://learn.microsoft.com/en-us/azure/ai-services/cognitive-services-custom-subdomains
    ("azure_ai_services_host", "cognitiveservices.azure.com", False),
    # Azure AI Search https://[service name].search.windows.net:
    # https://learn.microsoft.com/en-us/rest/api/searchservice/
    ("azure_search_host", "search.windows.net", False),
    # Azure Storage account endpoints https://<account>.blob|dfs|file|queue|table.core.windows.net:
    # https://learn.microsoft.com/en-us/azure/storage/common/storage-account-overview#standard-endpoints
    ("azure_storage_blob_host", "blob.core.windows.net", False),
    ("azure_storage_dfs_host", "dfs.core.windows.net", False),
    ("azure_storage_file_host", "file.core.windows.net", False),
    ("azure_storage_queue_host", "queue.core.windows.net", False),
    ("azure_storage_table_host", "table.core.windows.net", False),
    # Azure Key Vault https://{vault-name}.vault.azure.net:
    # https://learn.microsoft.com/en-us/azure/key-vault/general/about-keys-secrets-certificates
    ("azure_key_vault_host", "vault.azure.net", False),
    # Azure SQL Database <server>.database.windows.net; Azure Database for PostgreSQL / MySQL
    # <server>.postgres|mysql.database.azure.com:
    # https://learn.microsoft.com/en-us/azure/azure-sql/database/connect-query-content-reference-guide
    # https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/quickstart-create-server
    ("azure_sql_host", "database.windows.net", False),
    ("azure_postgres_host", "postgres.database.azure.com", False),
    ("azure_mysql_host", "mysql.database.azure.com", False),
    # Azure Cosmos DB https://<account>.documents.azure.com:443/:
    # https://learn.microsoft.com/en-us/azure/cosmos-db/nosql/how-to-dotnet-get-started
    ("azure_cosmos_host", "documents.azure.com", False),
    # Service Bus / Event Hubs namespaces <namespace>.servicebus.windows.net:
    # https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-create-namespace-portal
    ("azure_service_bus_host", "servicebus.windows.net", False),
    # Azure Container Registry <registry>.azurecr.io:
    # https://learn.microsoft.com/en-us/azure/container-registry/container-registry-get-started-portal
    ("azure_container_registry_host", "azurecr.io", False),
    # Azure Databricks adb-<workspace id>.<n>.azuredatabricks.net; Databricks on AWS
    # <deployment>.cloud.databricks.com:
    # https://learn.microsoft.com/en-us/azure/databricks/workspace/workspace-details
    # https://docs.databricks.com/en/workspace/workspace-details.html
    ("azure_databricks_host", "azuredatabricks.net", True),
    ("databricks_workspace_host", "cloud.databricks.com", False),
    # Snowflake account URLs <orgname>-<account>.snowflakecomputing.com (legacy
    # <locator>.<region>.<cloud>.snowflakecomputing.com):
    # https://docs.snowflake.com/en/user-guide/admin-account-identifier
    ("snowflake_account_host", "snowflakecomputing.com", True),
    # Atlassian Cloud sites https://<your-site>.atlassian.net:
    # https://support.atlassian.com/organization-administration/docs/update-your-product-and-site-url/
    ("atlassian_site_host", "atlassian.net", False),
    # Salesforce My Domain https://MyDomainName.my.salesforce.com (sandboxes
    # MyDomainName--SandboxName.sandbox.my.salesforce.com):
    # https://help.salesforce.com/s/articleView?id=sf.domain_name_format.htm
    ("salesforce_my_domain", "my.salesforce.com", True),
    # Cloud Storage virtual-hosted buckets https://BUCKET_NAME.storage.googleapis.com:
    # https://cloud.google.com/storage/docs/request-endpoints#xml-api
    ("gcs_bucket_host", "storage.googleapis.com", True),
    # Shopify store domains https://{store_name}.myshopify.com/admin/api/…:
    # https://shopify.dev/docs/api/admin-rest#endpoints
    ("shopify_store_domain", "myshopify.com", True),
)


def _rule(name: str, triggers: tuple[str, ...], rx: re.Pattern[str], ok) -> SecretRule:
    return SecretRule(name, triggers, rx, 1, 0.85, ok)


TENANT_HOST_RULES: tuple[SecretRule, ...] = (
    *(
        _rule(name, ("." + suffix,), tenant_host(suffix, sub=sub), tenant_ok)
        for name, suffix, sub in _TENANT_SUFFIXES
    ),
    _rule("azure_devops_org", ("dev.azure.com/",), _DEVOPS, _devops_ok),
)
