"""Documented service token formats still missed with no keyword nearby (issue #14, session 34).

A no-keyword audit (one synthetic token per documented format, bare in prose and under a neutral
name ``value = "…"``) found these formats unflagged. Each provider documents a prefix, or a
fixed place in a URL, on the page cited next to its rule, so the token itself is the evidence.
Rules are built like :mod:`~transforms.privacy.secrets.doc_prefixes` (literal trigger, bounded
regex, body check refusing templates, low-variety bodies and, where the prefix could start an
identifier, bodies without letters and digits or that read as words). Public keys the same
providers issue (LaunchDarkly ``mob-``, Checkout.com ``pk_sbox_``) are left out on purpose.
Written from the providers' documentation; no other scanner's rule files were used.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from transforms.privacy.secrets.named_values import _REPEATED_UNIT, _alphabet_run, _filler_value
from transforms.privacy.secrets.prefix_rules import EDGE_AFTER, Validator, body_ok, prefix_rule
from transforms.privacy.secrets.rules import SecretRule

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def _typed_filler(body: str) -> bool:
    """A filler with a typed alphabet run or a repeated unit; random hex and UUIDs, whose
    letters also come in short groups, are not."""
    if not _filler_value(body):
        return False
    unit = _REPEATED_UNIT.match(body)
    if unit and unit.end() >= 0.75 * len(body):
        return True
    return any(_alphabet_run(p) for p in re.findall(r"[A-Za-z]+", body))


def _not_filler(check: Validator, skip: int) -> Validator:
    """``check``, and the body is no typed filler (``1234567890aBcDeFgHiJ…``, ``abcdabcd…``):
    the made-up keys of documentation and scanner tests, which the placeholder policy leaves."""

    def ok(value: str, m: re.Match[str], text: str) -> bool:
        return check(value, m, text) and not _typed_filler(value[skip:])

    return ok


def _rule(name: str, triggers: tuple[str, ...], rx: str, **kw: Any) -> SecretRule:
    """:func:`prefix_rule` with the filler veto on the body after its ``skip`` characters."""
    rule = prefix_rule(name, triggers, rx, **kw)
    assert rule.validate is not None
    return dataclasses.replace(rule, validate=_not_filler(rule.validate, kw.get("skip", 0)))


def _url_rule(name: str, triggers: tuple[str, ...], rx: str, min_distinct: int) -> SecretRule:
    """A token at a documented place in a URL: group 1 of ``rx`` is the secret."""
    pattern = re.compile(rx + EDGE_AFTER)
    check = _not_filler(body_ok(min_distinct, 0, mixed=True, words=True), 0)
    return SecretRule(name, triggers, pattern, 1, 0.9, check)


SERVICE_PREFIX_RULES: tuple[SecretRule, ...] = (
    # Notion integration tokens, "ntn_" since September 2024 (legacy "secret_" is covered):
    # https://developers.notion.com/reference/authentication, https://developers.notion.com/page/changelog
    _rule("notion_ntn_token", ("ntn_",), r"ntn_[A-Za-z0-9]{40,50}", skip=4, mixed=True, words=True),
    # LaunchDarkly server-side SDK keys "always start with the prefix sdk-" (mobile keys "mob-"
    # need not be kept secret, so they are not flagged):
    # https://launchdarkly.com/docs/home/account/environment/keys
    _rule("launchdarkly_sdk_key", ("sdk-",), r"sdk-" + _UUID, skip=4, min_distinct=8),
    # Honeycomb ingest keys "hc[x]ik_" (key id and secret concatenated) and configuration keys
    # "hc[x]lk_"; a management key id "hc[x]mk_" alone is a label, not a secret:
    # https://docs.honeycomb.io/api/authentication
    _rule(
        "honeycomb_api_key",
        ("hcaik_", "hcxik_", "hcalk_", "hcxlk_", "hcbik_", "hcblk_"),
        r"hc[a-z]ik_[A-Za-z0-9]{50,70}|hc[a-z]lk_[A-Za-z0-9]{20,70}",
        skip=6,
        min_distinct=8,
    ),
    # Matrix (Synapse) access and refresh tokens "syt_"/"syr_" + base64 localpart + "_" + 20
    # random characters + "_" + a 6-character CRC: https://github.com/matrix-org/synapse/pull/5588
    _rule(
        "matrix_access_token",
        ("syt_", "syr_"),
        r"sy[tr]_[A-Za-z0-9\-]{1,80}_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}",
        skip=4,
        mixed=True,
    ),
    # YouTrack permanent tokens "perm:" + base64 login "." base64 token name "." random part:
    # https://www.jetbrains.com/help/youtrack/devportal/Manage-Permanent-Token.html
    _rule(
        "youtrack_permanent_token",
        ("perm:", "perm-"),
        r"perm[:\-][A-Za-z0-9+/_\-]{2,80}={0,2}\.[A-Za-z0-9+/_\-]{2,80}={0,2}\.[A-Za-z0-9]{20,40}",
        skip=5,
        mixed=True,
    ),
    # Checkout.com sandbox secret keys "sk_sbox_" (public keys "pk_sbox_" are not secret):
    # https://www.checkout.com/docs/developer-resources/api/manage-api-keys
    _rule("checkout_sandbox_key", ("sk_sbox_",), r"sk_sbox_[a-z0-9]{24,40}", skip=8, mixed=True),
    # Asana personal access tokens "2/<user gid>/<token gid>:<32 hex>" (older "1/<gid>:<hex>"):
    # https://developers.asana.com/docs/personal-access-token
    _rule(
        "asana_personal_access_token",
        ("1/", "2/"),
        r"[12]/\d{10,20}(?:/\d{10,20})?:[0-9a-f]{32}",
        min_distinct=8,
        before=r"(?<![A-Za-z0-9_\-./$])",
    ),
    # Login with Amazon access and refresh tokens "Atza|…" / "Atzr|…":
    # https://developer.amazon.com/docs/login-with-amazon/access-token.html
    _rule("amazon_lwa_token", ("Atza|", "Atzr|"), r"Atz[ar]\|[A-Za-z0-9_\-]{40,900}", skip=5),
    # Amazon MWS authorization tokens "amzn.mws." + a UUID:
    # https://docs.developer.amazonservices.com/en_US/dev_guide/DG_Registering.html
    _rule("amazon_mws_auth_token", ("amzn.mws.",), r"amzn\.mws\." + _UUID, skip=9, min_distinct=8),
    # Kong Konnect personal access tokens "kpat_" and system account tokens "spat_":
    # https://docs.konghq.com/konnect/org-management/access-tokens/
    # https://docs.konghq.com/konnect/org-management/system-accounts/
    _rule(
        "kong_konnect_token",
        ("kpat_", "spat_"),
        r"[ks]pat_[A-Za-z0-9]{40,60}",
        skip=5,
        mixed=True,
        words=True,
    ),
    # Chromatic project tokens "chpt_" + hex: https://www.chromatic.com/docs/cli/
    _rule("chromatic_project_token", ("chpt_",), r"chpt_[0-9a-f]{12,40}", skip=5, min_distinct=7),
    # Telegram bot tokens inside the Bot API URL "https://api.telegram.org/bot<token>/METHOD":
    # https://core.telegram.org/bots/api#making-requests
    _url_rule(
        "telegram_bot_url_token",
        ("api.telegram.org/bot",),
        r"api\.telegram\.org/(?:file/)?bot(\d{6,12}:[A-Za-z0-9_\-]{30,40})",
        min_distinct=10,
    ),
    # IFTTT Webhooks keys in the trigger URL ".../trigger/{event}/with/key/{key}" and the
    # settings URL "maker.ifttt.com/use/{key}": https://ifttt.com/maker_webhooks
    _url_rule(
        "ifttt_webhook_key",
        ("maker.ifttt.com/",),
        r"maker\.ifttt\.com/(?:trigger/[^/\s]{1,80}/(?:json/)?with/key|use)/([A-Za-z0-9_\-]{20,64})",
        min_distinct=10,
    ),
)
