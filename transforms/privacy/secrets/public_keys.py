"""Keys their vendor documents as public or publishes for tests, judged on every engine's
findings. Like the ``pk_`` publishable keys of ``values.is_public_value``, but told apart by
the name they are given, since their shape is also a secret's.

* **CAPTCHA site keys.** A site key is embedded in every page that shows the widget; only its
  pair, the secret key, authenticates: reCAPTCHA ("The site key is used to invoke reCAPTCHA
  service on your site", a 40-character key starting ``6L``:
  https://developers.google.com/recaptcha/intro, https://cloud.google.com/recaptcha/docs/keys),
  Cloudflare Turnstile ("The sitekey is public":
  https://developers.cloudflare.com/turnstile/get-started/) and hCaptcha
  (https://docs.hcaptcha.com/). A value named ``site key`` / ``sitekey`` is public when its line
  names a CAPTCHA or it has reCAPTCHA's shape; a value named ``secret`` never is.
* **Algolia search-only API keys** ("the public API key to use in your frontend code":
  https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key), 32 hex digits
  named ``search…key`` near "algolia", or a DocSearch configuration's ``apiKey`` (DocSearch
  takes only a search key: https://docsearch.algolia.com/docs/api/#apikey).
* **Published test keys**: Google's reCAPTCHA test site and secret keys, which always pass and
  can protect nothing
  (https://developers.google.com/recaptcha/docs/faq#id-like-to-run-automated-tests-with-recaptcha.-what-should-i-do);
  the all-zero Turnstile and hCaptcha test secrets are template shapes already.
"""

from __future__ import annotations

import re

from transforms.privacy.spans import Span

_RECAPTCHA_TEST_KEYS = frozenset(
    {"6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI", "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"}
)
_RECAPTCHA_KEY = re.compile(r"6L[A-Za-z0-9_-]{38}")
_SITE_KEY_NAME = re.compile(r"(?i)site[_-]?key[\"']?\s*(?:[:=]|=>)?\s*[\"']?$")
_CAPTCHA_WORD = re.compile(r"(?i)captcha|turnstile")
_SEARCH_KEY_NAME = re.compile(
    r"(?i)search[_-]?(?:only[_-]?)?(?:api[_-]?)?key[\"']?\s*(?:[:=]|=>)?\s*[\"']?$"
)
_API_KEY_NAME = re.compile(r"(?i)api[_-]?key[\"']?\s*(?:[:=]|=>)?\s*[\"']?$")
_ALGOLIA_KEY = re.compile(r"[0-9a-f]{32}")


def is_published_test_key(value: str) -> bool:
    """``value`` is one of Google's published reCAPTCHA test keys."""
    return value.strip("\"'`") in _RECAPTCHA_TEST_KEYS


def is_public_by_name(text: str, span: Span) -> bool:
    """``span`` holds a key its name marks public: a CAPTCHA site key or an Algolia
    search-only key (see the module docstring)."""
    value = text[span.start : span.end].strip("\"'`")
    line_start = text.rfind("\n", 0, span.start) + 1
    before = text[max(line_start, span.start - 80) : span.start]
    if _SITE_KEY_NAME.search(before):
        line_end = text.find("\n", span.end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        return bool(_CAPTCHA_WORD.search(line) or _RECAPTCHA_KEY.fullmatch(value))
    if not _ALGOLIA_KEY.fullmatch(value):
        return False
    context = text[max(0, span.start - 300) : span.start].lower()
    if _SEARCH_KEY_NAME.search(before) and "algolia" in context:
        return True
    return bool(_API_KEY_NAME.search(before)) and "docsearch" in context
