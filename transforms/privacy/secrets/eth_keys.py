"""An Ethereum private key named in prose: ``The private key for the deployer wallet is 0x4c08…``.

An Ethereum (secp256k1) private key is 32 random bytes, written as 64 hexadecimal characters,
usually with the ``0x`` prefix: https://ethereum.org/en/developers/docs/accounts/#account-creation.
The same shape is every other 32-byte value of the chain (transaction and block hashes, storage
slots, event topics, keccak256 role ids), so a bare ``0x`` + 64 hex is never flagged: only after
a private-key name earlier on the same line (assignments such as ``PRIVATE_KEY=0x…`` are judged
by the assignment rules), and not when a hash, address or other 32-byte value is named between
the two (``private key … tx hash 0x…``). Zeros, one repeated digit and short cycles are dummies.
"""

from __future__ import annotations

import re

from transforms.privacy.secrets.rules import SECRET, LoweredTriggerRule
from transforms.privacy.spans import Span

_KEY_IN_PROSE = re.compile(
    r"(?i)\b(?:private|priv|secret|signing|wallet|account)[ _\-]?keys?\b(?P<between>[^\n]{0,80}?)"
    r"(?<![0-9A-Za-z])(?P<key>0x[0-9a-fA-F]{64})(?![0-9A-Za-z])"
)
# Names of other 32-byte values (or of addresses and public keys) written between the key
# name and the hex: the hex is that value, not the key.
_OTHER_VALUE = re.compile(
    r"(?i)\b(?:tx|txn|transaction|block|hash|digest|keccak|sha3|sha256|topic|slot|root|salt"
    r"|nonce|address|addr|public|pubkey|selector|role|id|contract|signature|sig)\w*\b"
)


def eth_private_key_ok(key: str) -> bool:
    """Whether a ``0x`` + 64 hex value is key-like: not a dummy (zeros, ``0x1111…``, ``0xabab…``,
    ``0x0…01``) -- a random 32-byte key has about 15 distinct hex digits."""
    body = key[2:].lower()
    return len(set(body)) >= 8 and len(set(body.lstrip("0"))) >= 8


class _EthKeyRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for m in _KEY_IN_PROSE.finditer(text):
            if _OTHER_VALUE.search(m.group("between")) or not eth_private_key_ok(m.group("key")):
                continue
            out.append(Span(m.start("key"), m.end("key"), SECRET, self.score, self.name))
        return out


ETH_KEY_RULES: tuple[LoweredTriggerRule, ...] = (
    _EthKeyRule("eth_private_key_prose", ("0x",), _KEY_IN_PROSE, 0, 0.85),
)


_WORD_32 = re.compile(r"0x[0-9a-fA-F]{64}")
# credential words that make a 32-byte hex value a key: "PRIVATE_KEY=0x…", "deployer_pk: 0x…"
_KEY_WORD = re.compile(
    r"(?i)key|secret|priv|(?<![A-Za-z])[ps]k(?![A-Za-z])|signer|mnemonic|seed|pass|pwd|token"
    r"|credential|auth"
)
# names of public 32-byte values: Chainlink VRF's ``keyHash``, Merkle roots, event topics
_PUBLIC_WORD_NAME = re.compile(r"(?i)(?:hash|root|topic|slot|salt|selector|digest)s?$")


def unnamed_word_32(value: str, name: str, before: str) -> bool:
    """A ``0x`` + 64 hex value with no credential word before it on its line (``slot 0x…``,
    ``storage slot 0x…``), or named as a public 32-byte value (``keyHash: 0x…``): one of the
    chain's hashes, topics or slots, not a private key (see the module docstring)."""
    if not _WORD_32.fullmatch(value):
        return False
    return not _KEY_WORD.search(before) or bool(_PUBLIC_WORD_NAME.search(name))
