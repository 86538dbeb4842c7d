"""Private keys inside another encoding: base64 of a PEM block, and JSON Web Keys.

* ``base64_pem_private_key``: a base64 value whose decoding holds a PEM private key block.
  Kubernetes Secret ``data:`` values, kubeconfig ``client-key-data`` and Helm values are base64
  of the file they carry (https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data);
  the file may be the PEM block itself (it then starts ``LS0tLS1CRUdJTi``, base64 of
  ``-----BEGIN``) or a YAML/JSON document that holds one further in. ``-----BEGIN`` encodes to
  one of three strings depending on its offset modulo 3, each starting at a base64 group
  boundary, so those three are the triggers and decoding from one of them is aligned. The PEM
  label decides (RFC 7468 §2, https://www.rfc-editor.org/rfc/rfc7468#section-2): ``PRIVATE KEY``,
  ``ENCRYPTED PRIVATE KEY`` and the legacy ``RSA``/``EC``/``DSA``/``OPENSSH PRIVATE KEY`` labels
  are secrets; ``CERTIFICATE``, ``PUBLIC KEY`` and ``CERTIFICATE REQUEST`` are not. A body that is
  a template (``...``, ``xxxx``, ``<key>``) is not a key. The whole base64 value is the span
  (wrapped lines of ``base64``'s 76-column output included).
* ``jwk_private_key``: a JSON Web Key (RFC 7517 §4, https://www.rfc-editor.org/rfc/rfc7517#section-4)
  is an object with ``"kty"``; its private members are RFC 7518's ``d`` (EC and RSA private
  exponent), ``p``, ``q``, ``dp``, ``dq``, ``qi`` (RSA CRT values, §6.3.2) and ``k`` (the
  symmetric key of an ``oct`` key, §6.4.1): each such value is a secret. Public keys (``n``,
  ``e``, ``x``, ``y``, ``crv`` only) are not.
* ``base64_jwk_private_key``: the same JSON, base64-encoded (a JWKS in a Secret); ``"kty":``
  encodes to one of three group-aligned strings, the triggers.
Written from the RFCs; no other scanner's rules were used.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Callable
from dataclasses import dataclass

from transforms.contracts.placeholders import is_placeholder, is_template_placeholder
from transforms.privacy.secrets.rules import SECRET, SecretRule
from transforms.privacy.secrets.values import b64_bytes
from transforms.privacy.spans import Span

_B64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
# base64 of "-----BEGIN " at offsets 0, 1 and 2 modulo 3, from the first whole group on
_PEM_TRIGGERS = ("LS0tLS1CRUdJ", "LS0tQkVHSU4g", "LS0tLUJFR0lO")
# base64 of '"kty":' at offsets 0, 1 and 2 modulo 3 (a space or quote after the colon)
_JWK_TRIGGERS = ("Imt0eSI6", "dHkiOi", "a3R5Ijo")
_MAX_RUN = 64_000  # how far a value is followed (a config value, not a whole encoded file)
_WRAP_MIN = 60  # base64 tools wrap at 64 (PEM) or 76 (GNU base64) columns

# The label of a PEM header whose key is private; a run may end inside it ("BEGIN PRIVATE ")
_PRIVATE_LABEL = re.compile(r"-{2,5}BEGIN ((?:[A-Z0-9]+ )*PRIVATE(?: [A-Z0-9 ]*)?)(?:-----|$|\s)")
_PEM_END = re.compile(r"-----END [A-Z0-9 ]+-----")


def _run_bounds(text: str, pos: int) -> tuple[int, int]:
    """The base64 run (``=`` padding at its end only) around ``text[pos]`` on its line."""
    start, floor = pos, max(0, pos - _MAX_RUN)
    while start > floor and text[start - 1] in _B64_CHARS:
        start -= 1
    end, ceiling = pos, min(len(text), pos + _MAX_RUN)
    while end < ceiling and text[end] in _B64_CHARS:
        end += 1
    if text.startswith("==", end):
        end += 2
    elif text.startswith("=", end):
        end += 1
    return start, end


def _wrapped_end(text: str, start: int, end: int) -> int:
    """Where a base64 value wrapped over several lines ends: the following lines holding only
    base64 (after the same indentation) continue it while the previous line was full width."""
    width = end - start
    while width >= _WRAP_MIN and end < len(text) and text[end] in "\r\n" and end - start < _MAX_RUN:
        if text[end - 1] == "=":
            break  # padding closes the value
        nl = text.find("\n", end) + 1
        if nl == 0:
            break
        line_end = text.find("\n", nl)
        line = text[nl : len(text) if line_end < 0 else line_end].rstrip("\r")
        body = line.lstrip(" \t")
        body_at = nl + len(line) - len(body)
        if len(body) < 4 or not all(c in _B64_CHARS or c == "=" for c in body):
            break
        if "=" in body.rstrip("="):
            break
        end, width = body_at + len(body), len(body)
    return end


def _decode(text: str, start: int, end: int, aligned_at: int) -> str:
    """The text the base64 in ``text[start:end]`` decodes to, read from the group boundary
    ``aligned_at`` falls on (whitespace of wrapped lines dropped; bytes as Latin-1)."""
    start += (aligned_at - start) % 4
    data = re.sub(r"\s+", "", text[start:end]).rstrip("=")
    if len(data) % 4 == 1:
        data = data[:-1]  # a cut value: its last character encodes no whole byte
    try:
        raw = b64_bytes(data, validate=False)
    except (binascii.Error, ValueError):
        return ""
    return raw.decode("latin-1")


def _private_pem_in(decoded: str) -> bool:
    """A PEM block with a private key label and a body that is not a template."""
    for m in _PRIVATE_LABEL.finditer(decoded):
        if "PRIVATE" not in m.group(1).split():
            continue
        body = decoded[m.end() : m.end() + 4000]
        end = _PEM_END.search(body)
        compact = re.sub(r"\s+", "", body[: end.start()] if end else body)
        if not compact:
            return True  # the value ends inside the header: a key's start, cut
        if not is_template_placeholder(compact) and len(set(compact)) >= 8:
            return True
    return False


@dataclass(frozen=True)
class _Base64WrappedRule(SecretRule):
    """A base64 value whose decoding passes ``decoded_check``; the whole value is the span."""

    decoded_check: Callable[[str], bool] = bool

    def find(self, text: str, lowered: str) -> list[Span]:
        if not any(t in text for t in self.triggers):
            return []
        out: list[Span] = []
        tried: set[tuple[int, int]] = set()  # (run start, alignment) already decoded
        for trigger in self.triggers:
            at = text.find(trigger)
            while at >= 0:
                start, end = _run_bounds(text, at)
                if (start, (at - start) % 4) not in tried:
                    tried.add((start, (at - start) % 4))
                    end = _wrapped_end(text, start, end)
                    if self.decoded_check(_decode(text, start, end, at)) and not any(
                        s.start == start for s in out
                    ):
                        out.append(Span(start, end, SECRET, self.score, self.name))
                at = text.find(trigger, at + 1)
        return out


# --- JSON Web Keys ---------------------------------------------------------------------------
_KTY = re.compile(r"(?<![\w$])[\"']?kty[\"']?\s*:")
_PRIVATE_MEMBER = re.compile(
    r"(?<![\w$.])[\"']?(?:d|p|q|dp|dq|qi|k)[\"']?\s*:\s*"
    r"(?:\"([A-Za-z0-9_\-+/=]{16,4000})\"|'([A-Za-z0-9_\-+/=]{16,4000})')"
)


def _object_bounds(text: str, at: int) -> tuple[int, int] | None:
    """The ``{…}`` object around ``text[at]`` (innermost, braces counted; strings not
    parsed: key material holds no braces)."""
    start = text.rfind("{", 0, at)
    if start < 0 or "}" in text[start:at]:
        return None
    depth = 0
    for i in range(start, min(len(text), start + 20_000)):
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return start, i + 1
    return None


def jwk_private_values(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every private member value of a JWK object in ``text``."""
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    for m in _KTY.finditer(text):
        bounds = _object_bounds(text, m.start())
        if bounds is None or bounds[0] in seen:
            continue
        seen.add(bounds[0])
        for v in _PRIVATE_MEMBER.finditer(text, bounds[0], bounds[1]):
            g = 1 if v.group(1) is not None else 2
            value = v.group(g)
            if is_placeholder(value) or len(set(value)) < 8:
                continue
            out.append((v.start(g), v.end(g)))
    return out


class _JwkRule(SecretRule):
    def find(self, text: str, lowered: str) -> list[Span]:
        if "kty" not in text:
            return []
        return [Span(s, e, SECRET, self.score, self.name) for s, e in jwk_private_values(text)]


def _jwk_in(decoded: str) -> bool:
    return bool(jwk_private_values(decoded))


_NEVER = re.compile(r"(?!)")  # the rules below find their values themselves

WRAPPED_KEY_RULES: tuple[SecretRule, ...] = (
    _Base64WrappedRule(
        "base64_pem_private_key", _PEM_TRIGGERS, _NEVER, 0, 0.95, decoded_check=_private_pem_in
    ),
    _Base64WrappedRule(
        "base64_jwk_private_key", _JWK_TRIGGERS, _NEVER, 0, 0.9, decoded_check=_jwk_in
    ),
    _JwkRule("jwk_private_key", ("kty",), _NEVER, 0, 0.9),
)
