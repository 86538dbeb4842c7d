"""Session 28: a run-together pass phrase under a secret name (``client_secret =
'thisisaverysecretkey'``) is a secret; identifiers, placeholders, setting words and prose are
not (``transforms/privacy/secrets/phrase_values.py``)."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.phrase_values import secret_phrase


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "client_id = '1234567890'\nclient_secret = 'thisisaverysecretkey'\n",
            "thisisaverysecretkey",
        ),
        ('var secret="thisisalsonottobetold";', "thisisalsonottobetold"),
        ('SECRET_KEY = "developmentsecretkeyvalue"', "developmentsecretkeyvalue"),
        ("app.secret_key = 'qwertyuiopasdfghjkl'", "qwertyuiopasdfghjkl"),
        ('if (secret == "hardcodedsecret") {', "hardcodedsecret"),
        (
            'const config = { clientSecret: "correcthorsebatterystaple" };',
            "correcthorsebatterystaple",
        ),
    ],
)
def test_run_together_phrases_under_secret_names_are_found(text, value):
    assert value in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # placeholders and template words
        'client_secret = "yourclientsecrethere"',
        'client_secret = "replacewithyoursecret"',
        'SECRET_KEY = "changemechangemechangeme"',
        'client_secret = "aaaaaaaaaaaaaaaaaaaa"',
        'secret = "examplesecretvalue"',
        # setting words and short words are not phrases
        'secret = "authorization"',
        'secret = "authentication"',
        # the name must end in the secret word: these name other things
        'secret_name = "mysecretnamegoeshere"',
        'secretRef = "kubernetessecretreference"',
        'secret_type = "clientcredentials"',
        # code: a lookup key, a bare (unquoted) YAML word, camelCase identifiers
        'secret = os.environ["clientsecretvalue"]',
        "JWT_SECRET: thisisaverysecretkey",
        'client_secret = "clientSecretFromVault"',
        # a comparison with a kind word or a type, not a value
        'if secret_kind == "opaque":',
        'if (secret == "kubernetes.io/tls") {',
        # coding-chat prose
        "Deploy to Vercel and add a button to Navbar",
        "Thanks, Claude! The secret is in the environment now.",
        "set the client secret in settings to something long and random",
    ],
)
def test_placeholders_identifiers_and_prose_are_not(text):
    assert not flagged(text), flagged(text)


def test_the_predicate_needs_quotes_letters_and_a_secret_name():
    assert secret_phrase("client_secret", "thisisaverysecretkey", quoted=True)
    assert not secret_phrase("client_secret", "thisisaverysecretkey", quoted=False)
    assert not secret_phrase("client_secret", "thisisaverysecretkey1", quoted=True)
    assert not secret_phrase("client_id", "thisisaverysecretkey", quoted=True)
    assert not secret_phrase("secret", "shortphrase", quoted=True)
