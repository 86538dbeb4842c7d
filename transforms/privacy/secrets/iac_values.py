"""Credential defaults in infrastructure-as-code files, where the value sits apart from its name.

Each rule finds a (name, value) pair and judges it exactly as ``name = "value"``
(:func:`~transforms.privacy.secrets.config_values.named_literal_ok`), so references
(``var.x``, ``${...}``, ``{{ }}``, ``!Ref``, ``[parameters('x')]``), placeholders and
identifiers stay out by the same policy:

* ``iac_default_secret``: the default of a declared input named like a credential:
  Terraform ``variable "db_password" { default = "…" }``
  (https://developer.hashicorp.com/terraform/language/values/variables), CloudFormation
  ``Parameters: DBPassword: … Default: …`` in YAML or JSON
  (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html),
  ARM ``"adminPassword": {"type": "securestring", "defaultValue": "…"}`` and a parameter file's
  ``"adminPassword": {"value": "…"}``
  (https://learn.microsoft.com/en-us/azure/azure-resource-manager/templates/parameters),
  Bicep ``param adminPassword string = '…'``
  (https://learn.microsoft.com/en-us/azure/azure-resource-manager/bicep/parameters).
* ``dockerfile_env_secret``: Dockerfile's space form ``ENV DB_PASSWORD value``
  (https://docs.docker.com/reference/dockerfile/#env).
"""

from __future__ import annotations

import re

from transforms.privacy.secrets.config_values import NamedValueRule
from transforms.privacy.secrets.rules import SecretRule

_NAME = r"(?P<name>[A-Za-z_][\w.\-]{0,80})"
_YAML_VALUE = (
    r"(?:\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})'|(?P<bare>[^\s#'\"][^\n#]{0,200}?))"
    r"[ \t]*(?:#[^\n]*)?$"
)
_JSON_STRING = r"\"(?P<dq>(?:[^\"\\\n]|\\.){1,200})\""

_DEFAULTS = (
    # Terraform: variable "name" { ... default = "value" ... } (no nested block before it)
    re.compile(
        r"\bvariable[ \t]+\""
        + _NAME
        + r"\"[ \t]*\{[^{}]{0,800}?\bdefault[ \t]*=[ \t]*"
        + _JSON_STRING
    ),
    # CloudFormation YAML: a parameter's sibling keys, then Default:
    re.compile(
        r"(?m)^(?P<indent>[ \t]*)" + _NAME + r":[ \t]*\n(?P<ci>(?P=indent)[ \t]+)"
        r"(?:(?!Default:)[A-Za-z]\w*:[^\n]*\n(?P=ci)){0,8}Default:[ \t]*" + _YAML_VALUE
    ),
    # CloudFormation / ARM JSON: "name": { ... "Default"|"defaultValue"|"value": "..." }
    re.compile(
        r"\"" + _NAME + r"\"[ \t]*:[ \t]*\{[^{}]{0,600}?\"(?:Default|defaultValue|value)\""
        r"[ \t]*:[ \t]*" + _JSON_STRING
    ),
    # Bicep: param name type = 'value'
    re.compile(
        r"(?m)^[ \t]*param[ \t]+" + _NAME + r"[ \t]+\w+[ \t]*=[ \t]*'(?P<sq>[^'\n]{1,200})'"
    ),
)
_DOCKER_ENV = (
    re.compile(
        r"(?m)^[ \t]*ENV[ \t]+(?P<name>[A-Za-z_]\w*)[ \t]+"
        r"(?:\"(?P<dq>[^\"\n]{1,200})\"|(?P<bare>[^\s\"=]+))[ \t]*$"
    ),
)


class _PairRule(NamedValueRule):
    """A :class:`NamedValueRule` that runs every pattern listed for its name in ``_PATTERNS``."""

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return _PATTERNS[self.name]


_PATTERNS = {"iac_default_secret": _DEFAULTS, "dockerfile_env_secret": _DOCKER_ENV}

IAC_VALUE_RULES: tuple[SecretRule, ...] = (
    _PairRule("iac_default_secret", ("default", "param", "value"), re.compile(""), score=0.85),
    _PairRule("dockerfile_env_secret", ("env",), re.compile(""), score=0.85),
)
