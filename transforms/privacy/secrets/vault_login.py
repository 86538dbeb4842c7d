"""The token given to ``vault login`` on the command line, with or without a prefix.

``vault login [flags] [TOKEN | K=V...]``: with no ``-method`` (or ``-method=token``) the one
positional argument is the token itself (https://developer.hashicorp.com/vault/docs/commands/login).
Vault tokens are ``hvs.``/``hvb.``/``hvr.`` + a random body since Vault 1.10, ``s.``/``b.``/``r.``
+ 24 characters before it, and UUIDs before Vault 0.10
(https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes); the prefixed forms
are found anywhere by ``vault_token`` / ``vault_legacy_token``, this rule adds the argument
after flags (``vault login -no-print s.…``) and the unprefixed and UUID forms, which only the
command's position tells from other ids. ``-method=userpass`` and the like take ``K=V`` pairs
(not matched), ``vault login`` alone prompts, and ``$VAULT_TOKEN``, ``<token>``, ``s.xxxx…`` and
all-zero UUIDs are references or placeholders.
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.rules import SECRET, LoweredTriggerRule
from transforms.privacy.secrets.values import looks_random
from transforms.privacy.spans import Span

_VAULT_LOGIN = re.compile(
    r"\bvault[ \t]+login(?P<flags>(?:[ \t]+-{1,2}[A-Za-z][\w\-]*(?:=[^\s]*)?){0,8})[ \t]+"
    # a dot inside the body too (batch and namespaced tokens: "<token>.<namespace id>")
    r"[\"']?(?P<token>(?:hv[sbr]\.|[sbr]\.)?[A-Za-z0-9_\-](?:[A-Za-z0-9_\-]|\.(?=[A-Za-z0-9_\-])){19,199})"
    r"[\"']?(?![\w.=\-/])"
)
# flags that take a separate value would swallow the token as their value; Vault's CLI
# takes flag values after "=" only in its docs, so a bare "-method" is left alone
_OTHER_METHOD = re.compile(r"-method=(?!token\b)")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


def vault_login_token_ok(token: str) -> bool:
    """Whether the argument of ``vault login`` is a token, not a placeholder or a dummy."""
    body = token.split(".", 1)[1] if re.match(r"(?:hv)?[sbr]\.", token) else token
    if is_placeholder(token) or is_placeholder(body) or len(set(body.replace("-", ""))) < 6:
        return False
    if body.count(".") > 1 or re.search(r"\.(?:txt|json|ya?ml|env|conf|cfg|key|pem|out)$", body):
        return False  # a file name (token.txt) or a dotted code path, not a token
    return bool(_UUID.fullmatch(body)) or looks_random(body.replace(".", ""), 20)


class _VaultLoginRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for m in _VAULT_LOGIN.finditer(text):
            flags = m.group("flags")
            if _OTHER_METHOD.search(flags) or re.search(r"-method[ \t]*$", flags):
                continue
            if vault_login_token_ok(m.group("token")):
                out.append(Span(m.start("token"), m.end("token"), SECRET, self.score, self.name))
        return out


VAULT_LOGIN_RULES: tuple[LoweredTriggerRule, ...] = (
    _VaultLoginRule("vault_login_token", ("vault login",), _VAULT_LOGIN, 0, 0.9),
)
