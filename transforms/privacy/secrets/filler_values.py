"""Values that are visibly no secret by their shape, judged on every engine's findings.

Session 34 policy (measured on the dev splits of all eleven secret corpora; the table is in
``docs/privacy-detection-history.md``, "Session 34: placeholder values"):

* **A vendor's documented example credential is a placeholder, always.** AWS writes its
  examples as a real-shaped key whose tail says ``EXAMPLE``: the access key id
  ``AKIAIOSFODNN7EXAMPLE`` and the secret access key ``wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY``
  (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html), with any
  of IAM's documented unique-id prefixes
  (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-prefixes).
  Such a key is published, can never authenticate, and redacting it only damages documentation.
  The same holds for the example ciphertexts of Maven's password-encryption guide.
* **Typed fillers** (``1234567890abcdef…``, ``abcdefghijklmnop``, ``qwertyuiop``, a block typed
  twice, ``example``/``sample``/``dummy``/``fake`` inside a key) are judged as **secrets by
  default**: the corpora label them secrets far more often than not (on dev the veto would drop
  ~320 of 851 kingfisher positives and 10 of 191 gitleaks positives to clear ~10 negatives).
  ``IW_SECRETS_FILLER_PLACEHOLDERS=1`` (``Settings.secrets_filler_placeholders``) turns the veto
  on for a user who wants documentation fillers kept. Even then a value in a password position
  stays flagged: people choose ``qwerty123`` and ``Password12!`` as real passwords (NIST SP
  800-63B §3.1.1.2 has verifiers reject them because they are common, not because they are
  unused), so a URL password, a prose password or a value under a password name is never a
  filler.
"""

from __future__ import annotations

import re

from transforms.privacy.secrets.public_keys import is_public_by_name, is_published_test_key
from transforms.privacy.secrets.values import _PASSWORD_NAME
from transforms.privacy.spans import Span

# IAM unique-id prefixes (reference_identifiers.html#identifiers-prefixes): 4 + 9 + "EXAMPLE".
_AWS_EXAMPLE_ID = re.compile(
    r"(?:ABIA|ACCA|AGPA|AIDA|AIPA|AKIA|ANPA|ANVA|APKA|AROA|ASCA|ASIA)[A-Z0-9]{9}EXAMPLE"
)
# A 40-character secret access key whose tail is "EXAMPLEKEY".
_AWS_EXAMPLE_SECRET = re.compile(r"[A-Za-z0-9/+]{30}EXAMPLEKEY")


# Maven's password-encryption guide prints these as what ``mvn --encrypt-master-password`` and
# ``mvn --encrypt-password`` output (https://maven.apache.org/guides/mini/guide-encryption.html);
# pasted into countless settings.xml examples, they decrypt to nothing anyone uses.
_MAVEN_GUIDE_EXAMPLES = frozenset(
    {"jSMOWnoPFgsHVpMvz5VrIt5kRbzGpI8u+9EF1iFQyJQ=", "COQLCE6DU6GtcS5P="}
)


# The swarm-locking page's example unlock key (docs.docker.com/engine/swarm/swarm_manager_locking/),
# copied into tutorials; a key someone's swarm uses is random.
_DOCKER_GUIDE_EXAMPLES = frozenset({"SWMKEY-1-WuYH/IX284+lRcXuoVf38viIDK3HJEKY13MIHX+tTt8"})


def is_vendor_example_key(value: str) -> bool:
    """``value`` is one of AWS's documented example credentials (``AKIAIOSFODNN7EXAMPLE``,
    ``wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`` and keys of the same documented shape) or one
    of the Maven guide's example ciphertexts (``{COQLCE6DU6GtcS5P=}``) or Docker's example
    swarm unlock key."""
    core = value.strip("\"'`")
    if core.strip("{}") in _MAVEN_GUIDE_EXAMPLES or core in _DOCKER_GUIDE_EXAMPLES:
        return True
    return bool(_AWS_EXAMPLE_ID.fullmatch(core) or _AWS_EXAMPLE_SECRET.fullmatch(core))


# Rows of a US keyboard: a walk along one (``qwerty``, ``asdfgh``) is typed, not drawn.
_KEY_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_MIN_RUN = 4  # a 4-run occurs in a random base62 key about once in 4,000 positions
_FILLER_SHARE = 0.9  # typed runs and repeats cover (nearly) the whole value
_MIN_FILLER = 12
_FILLER_WORD = re.compile(r"example|sample|dummy|fake|EXAMPLE|SAMPLE|DUMMY|FAKE|Example|Sample")
_NOT_ONE_TOKEN = re.compile(r"\s|://|-----")


def _typed_cover(low: str) -> list[bool]:
    """Per character: inside an alphabet/digit run (``abcd``, ``6789``, ``dcba``), a keyboard
    walk of ``_MIN_RUN`` or more, or a ``_MIN_RUN``-gram that occurs again later."""
    n = len(low)
    cover = [False] * n
    for step in (1, -1):
        i = 0
        while i < n:
            j = i
            while j + 1 < n and ord(low[j + 1]) - ord(low[j]) == step:
                j += 1
            if j - i + 1 >= _MIN_RUN:
                cover[i : j + 1] = [True] * (j - i + 1)
            i = j + 1
    for row in _KEY_ROWS:
        for at in range(len(row) - _MIN_RUN + 1):
            for m in re.finditer(re.escape(row[at : at + _MIN_RUN]), low):
                cover[m.start() : m.end()] = [True] * _MIN_RUN
    for i in range(n - _MIN_RUN + 1):
        again = low.find(low[i : i + _MIN_RUN], i + _MIN_RUN)
        if again >= 0:
            cover[i : i + _MIN_RUN] = [True] * _MIN_RUN
            cover[again : again + _MIN_RUN] = [True] * _MIN_RUN
    return cover


def typed_filler_share(value: str) -> float:
    """Share of ``value``'s letters and digits typed as a pattern (runs, keyboard walks,
    repeated blocks); ``0.0`` for values under ``_MIN_FILLER`` letters and digits."""
    core = re.sub(r"[^A-Za-z0-9]", "", value).lower()
    if len(core) < _MIN_FILLER:
        return 0.0
    return sum(_typed_cover(core)) / len(core)


def is_typed_filler(value: str) -> bool:
    """``value`` is one token typed as a filler: patterns cover at least 90 % of it, or it
    holds ``example``/``sample``/``dummy``/``fake`` in one case. PEM blocks, URLs and JWTs
    (``eyJ…``, whose base64 repeats by structure) are never fillers."""
    if _NOT_ONE_TOKEN.search(value) or value.startswith("eyJ"):
        return False
    return bool(_FILLER_WORD.search(value)) or typed_filler_share(value) >= _FILLER_SHARE


# Detectors whose value is a password by position (URL userinfo, prose, CLI and SQL syntax).
_PASSWORD_DETECTOR = re.compile(
    r"password|passwd|prose|url_credentials|connection_string|curl_user|netrc|basic_auth"
    r"|userinfo|htpasswd|passphrase"
)


def in_password_position(text: str, span: Span) -> bool:
    """The span is a password: found by a password rule, or a password name precedes it on
    its line."""
    if _PASSWORD_DETECTOR.search(span.detector):
        return True
    line_start = text.rfind("\n", 0, span.start) + 1
    return bool(_PASSWORD_NAME.search(text, max(line_start, span.start - 80), span.start))


_fillers_are_placeholders: bool | None = None


def configure_fillers(placeholders: bool | None) -> None:
    """Set the typed-filler policy for this process (``None``: read settings again)."""
    global _fillers_are_placeholders
    _fillers_are_placeholders = placeholders


def fillers_are_placeholders() -> bool:
    """Whether typed fillers are placeholders (``IW_SECRETS_FILLER_PLACEHOLDERS``)."""
    global _fillers_are_placeholders
    if _fillers_are_placeholders is None:
        from transforms.config import Settings

        _fillers_are_placeholders = Settings.from_env().secrets_filler_placeholders
    return _fillers_are_placeholders


def is_placeholder_span(text: str, span: Span) -> bool:
    """Whether ``span`` (any engine's finding) holds a placeholder by the policy above, or a
    key its vendor publishes for tests or documents as public (:mod:`.public_keys`)."""
    value = text[span.start : span.end]
    if is_vendor_example_key(value) or is_published_test_key(value):
        return True
    if is_public_by_name(text, span):
        return True
    if not fillers_are_placeholders() or in_password_position(text, span):
        return False
    return is_typed_filler(value)
