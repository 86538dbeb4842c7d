"""Credential defaults in IaC files (``iac_values``): Terraform variable defaults,
CloudFormation and ARM parameters, Bicep params, Dockerfile ``ENV name value``; references
and placeholders stay out."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets

_FOUND = [
    'variable "db_password" {\n  type    = string\n  default = "Xk29dkq8Zm3P"\n}\n',
    'variable "admin_password" {\n  sensitive = true\n  default   = "Tr0ub4dor&3x"\n}\n',
    "Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: Xk29dkq8Zm3P\n",
    '{"Parameters": {"DBPassword": {"Type": "String", "Default": "Xk29dkq8Zm3P"}}}',
    '{"adminPassword": {\n  "type": "securestring",\n  "defaultValue": "Xk29dkq8Zm3P!"\n}}',
    '{"parameters": {"adminPassword": {"value": "Xk29dkq8Zm3P!"}}}',
    "@secure()\nparam sqlPassword string = 'Xk29dkq8Zm3P'\n",
    "ENV DB_PASSWORD Xk29dkq8Zm3P\n",
]
_CLEAN = [
    '"adminPassword": {"type": "securestring", "defaultValue": "[parameters(\'x\')]"}\n',
    '"adminPassword": {"type": "securestring", "defaultValue": ""}\n',
    'variable "db_password" {\n  default = "changeme"\n}\n',
    'variable "db_password" {\n  default = "${var.other}"\n}\n',
    'Parameters:\n  DBPassword:\n    Type: String\n    Default: "<your-password>"\n',
    "Parameters:\n  DBPasswordLength:\n    Type: Number\n    Default: 16\n",
    "Parameters:\n  GitHubToken:\n    Type: AWS::SSM::Parameter::Value<String>\n"
    "    Default: /github/token\n",
    "param adminPassword string = newGuid()\n",
    "ENV DB_PASSWORD ${DB_PASSWORD}\n",
    "ENV PASSWORD_FILE /run/secrets/db\n",
    'variable "key_name" {\n  default = "my-keypair-2023xyz"\n}\n',
]


@pytest.mark.parametrize("text", _FOUND)
def test_a_credential_default_is_found(text):
    assert detect_own_secrets(text), text


@pytest.mark.parametrize("text", _CLEAN)
def test_references_placeholders_and_settings_are_not_secrets(text):
    assert not detect_own_secrets(text), text
