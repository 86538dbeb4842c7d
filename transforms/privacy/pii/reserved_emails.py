"""Placeholder e-mail addresses in documentation and code (session 31, coding-assistant sessions).

Assistants write setup steps and test fixtures with addresses nobody owns:
``git config user.email "your.email@example.com"``, ``test@example.com`` in a test,
``user@example.org`` in an API sample. An address is a placeholder when BOTH its domain is
reserved for documentation or testing and its local part is a generic word:

- **Reserved domains**: ``example.com``, ``example.net``, ``example.org`` and the ``.example``,
  ``.test``, ``.invalid``, ``.localhost`` top-level names, reserved by RFC 2606
  (https://www.rfc-editor.org/rfc/rfc2606) and RFC 6761 (https://www.rfc-editor.org/rfc/rfc6761)
  so that no one can own them.
- **Generic local parts**: a role or placeholder word ("test", "user", "admin", "your.email",
  "you", "name", "foo"), optionally with digits ("user1", "test2"). A person's name at a reserved
  domain ("maria@example.com", "john.smith@example.com") is still flagged: in a fixture or a
  pasted record it stands for a real person's address, and the redactor keeps treating it so.

An address nobody reads is no person's either: a **no-reply local part** ("noreply",
"no-reply", "donotreply", "do-not-reply"), at any domain, as in the trailer
``Co-Authored-By: Claude <noreply@anthropic.com>`` or a notification sender. GitHub's
per-user ``ID+login@users.noreply.github.com`` addresses have a personal local part and stay
flagged.

Nor is a **build robot's** sender (session 32, Claude Code sessions of release workflows): an
automation account's local part ("actions", "github-actions", "bot", "ci", "dependabot",
"renovate") at any domain, as in ``git config user.email "actions@github.com"`` of a workflow
step, or a GitHub App's bot login, which always ends in ``[bot]``
(https://docs.github.com/en/apps/creating-github-apps/about-creating-github-apps/about-creating-github-apps)
: ``41898282+github-actions[bot]@users.noreply.github.com``.
"""

from __future__ import annotations

import re

_RESERVED_DOMAIN = re.compile(
    r"(?i)(?:[a-z0-9-]+\.)*(?:example\.(?:com|net|org)|[a-z0-9-]+\.(?:example|test|invalid|localhost))"
)
_GENERIC_LOCAL = re.compile(
    r"(?i)(?:your[._-]?)?(?:test|testing|tester|user|username|admin|administrator|email|e-mail|"
    r"mail|name|you|me|someone|somebody|anyone|nobody|noreply|no-reply|foo|bar|baz|demo|sample|"
    r"example|info|contact|support|hello|dev|developer|author|owner|account|login|"
    r"your[._-]?(?:email|mail|name|address))\d{0,3}"
)


_NO_REPLY_LOCAL = re.compile(r"(?i)(?:no|do[._-]?not)[._-]?reply")
_ROBOT_LOCAL = re.compile(
    r"(?i)(?:\d+\+)?(?:[\w.-]+\[bot\]|(?:github[._-]?)?actions|bots?|ci|ci[._-]?bot|build[._-]?bot"
    r"|dependabot|renovate(?:[._-]?bot)?)"
)


def placeholder_email(value: str) -> bool:
    """Whether the address ``value`` is a generic placeholder at a reserved domain, or a
    no-reply or build-robot sender at any domain."""
    local, _, domain = value.partition("@")
    if _NO_REPLY_LOCAL.fullmatch(local) or _ROBOT_LOCAL.fullmatch(local):
        return True
    return bool(_RESERVED_DOMAIN.fullmatch(domain) and _GENERIC_LOCAL.fullmatch(local))
