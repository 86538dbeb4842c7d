"""A run-together pass phrase assigned to a secret name: ``client_secret = 'thisisaverysecretkey'``.

The assignment rule (:func:`.detector._assignment_ok`) asks a value under a
name that is not a password field (``secret``, ``client_secret``, ``SECRET_KEY``) to look
random, so that identifiers (``secret = "my_secret_name"``, ``secret: "webhookSecret"``) stay
out. A *quoted* run of 15 or more lower-case letters holds no separator or case change that
would make it an identifier, and is longer than the English words used as settings
(``"authorization"``, ``"authentication"``, ``"production"``, 14 letters at most): it is a pass
phrase written without spaces. Such
values are valid secrets where they are assigned: an OAuth client secret has no required format
(RFC 6749, section 2.3.1: https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1), nor has
Django's ``SECRET_KEY`` or Flask's ``SECRET_KEY`` (any string:
https://docs.djangoproject.com/en/stable/ref/settings/#secret-key,
https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY).

Placeholders (``yoursecretkeyhere``, ``changemechangeme``) and the slot's own name stay out by
the shared placeholder policy; the name must END in the secret word (``secret_name``,
``secretRef``, ``secret_path`` name other things).
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder

# ``secret``, ``client_secret``, ``clientSecret``, ``APP_SECRET``, ``SECRET_KEY``,
# ``app.secret_key``, ``"jwtSecret"``: the last name segment is a secret (key)
_SECRET_NAME = re.compile(r"(?i)(?:^|[_.\-]|(?<=[a-z]))secret(?:[_.\-]?key)?[\"'\]]*$")
_PHRASE = re.compile(r"[a-z]{15,64}")


def secret_phrase(name: str, value: str, *, quoted: bool) -> bool:
    """Whether quoted ``value`` under ``name`` is a run-together pass phrase (see module doc)."""
    from transforms.privacy.secrets.password_policy import is_slot_word

    if not quoted or not _PHRASE.fullmatch(value) or not _SECRET_NAME.search(name.strip()):
        return False
    if len(set(value)) < 6 or is_placeholder(value) or is_slot_word(value):
        return False
    return not re.search(r"(?:your|my|some|example|sample|dummy|fake|change|replace)", value)
