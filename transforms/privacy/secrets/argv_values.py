"""Credentials passed as an argument vector: a ``--password`` item and the value as the next item.

A command line written as a list keeps each argument a separate string, so the flag and its
value never share a token the command-line rules can read: Docker's exec form
``CMD ["app", "--password", "…"]`` (https://docs.docker.com/reference/dockerfile/#exec-form),
Kubernetes ``args:`` (https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/),
Python ``subprocess.run(["mysqldump", "--password", "…"])``
(https://docs.python.org/3/library/subprocess.html#frequently-used-arguments) and any JSON or
YAML argument list. The flag's name (``--db-password`` -> ``db_password``) names the value,
judged exactly as ``name = "value"``
(:func:`~transforms.privacy.secrets.config_values.named_literal_ok`), so references, variables
and placeholders stay out.
"""

from __future__ import annotations

import re

from transforms.privacy.secrets.config_values import named_literal_ok
from transforms.privacy.secrets.rules import SECRET, LoweredTriggerRule, value_group
from transforms.privacy.spans import Span

_FLAG = r"--?(?P<name>[A-Za-z][\w\-]{1,60})"
# flow sequence: ["--password", "…"] / ['--api-key', '…']
_FLOW_ITEMS = re.compile(
    r"[\[,(][ \t]*(?P<q>[\"'])" + _FLAG + r"(?P=q)[ \t]*,\s{0,40}"
    r"(?:\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})')"
)
# block sequence: "- --password" then "- …" at the same indent
_BLOCK_ITEMS = re.compile(
    r"(?m)^(?P<indent>[ \t]*)-[ \t]+[\"']?" + _FLAG + r"[\"']?[ \t]*\r?\n"
    r"(?P=indent)-[ \t]+(?:\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})'"
    r"|(?P<bare>[^\s\"'#][^\s#]{0,199}))[ \t]*\r?$"
)


class _ArgvRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for pattern in (_FLOW_ITEMS, _BLOCK_ITEMS):
            for m in pattern.finditer(text):
                group = value_group(m)
                name = m.group("name").replace("-", "_")
                if m.group(group).startswith("-"):
                    continue  # the next item is another flag
                if named_literal_ok(name, m.group(group), quoted=group != "bare"):
                    out.append(Span(m.start(group), m.end(group), SECRET, self.score, self.name))
        return out


ARGV_VALUE_RULES: tuple[LoweredTriggerRule, ...] = (
    _ArgvRule(
        "argv_flag_secret", ("-pass", "-pwd", "secret", "token", "key"), _FLOW_ITEMS, score=0.8
    ),
)
