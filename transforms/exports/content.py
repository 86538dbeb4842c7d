"""Content filters: does each assistant turn answer its request, in its language, completely?

Every rule looks at one assistant turn together with the user turn it answers (and the
earlier turns of the conversation) and returns a reason or None. Rules, in order:

- ``empty_answer``: fewer than ``MIN_ANSWER_CHARS`` characters of prose and no code;
- ``truncated_answer``: an odd number of ```` ``` ```` fences (the answer stops inside a code
  block);
- ``repetition``: the same answer as an earlier assistant turn of the conversation, or one
  line repeated ``MIN_REPEATS``+ times;
- ``wrong_language``: the prose is confidently in a language that no user turn of the
  conversation is written in (an English request answered in German). English answers to
  non-English requests are kept: coding assistants commonly answer in English, and error
  pastes make a user's language unreliable to detect;
- ``off_topic``: no code or technical identifier at all, and fewer than ``MIN_OVERLAP`` of
  the answer's content words (stemmed to 5 letters) were used earlier in the conversation;
- ``fix_wrong_file``: the user turn is an error that names file paths, the answer changes
  files, none of them is named in the error or is a project configuration/dependency file
  (``package.json``, ``tsconfig.json``, ``requirements.txt``, migrations ...), and the same
  error comes back in the next user turn (or the conversation ends there);
- ``residual_secret``: the answer or its request holds credential material that redaction
  missed because it is split up: a known key prefix followed by whitespace/line-split
  fragments, a value spelled out character by character with separators, or a run of
  short mixed letter/digit fragments. The fragments are rejoined and the joined value must
  be a secret to :func:`transforms.privacy.secrets.detector.detect_own_secrets` or look random
  (high entropy, mixed classes); material the detectors already find in the unjoined text
  is left to redaction (not residual).

Language identification: ``py3langid`` (bundled model, offline), on prose only (fenced code,
inline code, diffs and log lines removed), and only on at least ``MIN_LANG_CHARS``
characters with probability >= ``MIN_LANG_PROB``.

:class:`ContentFilter` applies the rules to a message-list column as one curation step with
one drop reason per rule (counted separately in the manifest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import polars as pl

MIN_ANSWER_CHARS = 20
MIN_REPEATS = 4
MIN_LANG_CHARS = 60
MIN_LANG_PROB = 0.95
MIN_REPEAT_CHARS = 40
MIN_OVERLAP = 0.12  # share of an answer's content words that the conversation used

REASONS = (
    "empty_answer",
    "truncated_answer",
    "repetition",
    "wrong_language",
    "off_topic",
    "fix_wrong_file",
    "residual_secret",
)

_FENCE_BLOCK = re.compile(r"```.*?(?:```|\Z)", re.S)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")
_BACKTICK_PATH = re.compile(r"`([\w./@-]+\.[A-Za-z]{1,6})`")
_DIFF_PATH = re.compile(r"^\+\+\+ b/(\S+)", re.M)
_ANY_PATH = re.compile(
    r"[\w@.-]*(?:/[\w@.-]+)+\.[A-Za-z]{1,6}|\b[\w-]+\.(?:tsx?|jsx?|py|sql|json|vue|svelte)\b"
)
_TECH = re.compile(
    r"`|\b[A-Z]{2,}\b|\b\w+\(|\b[a-z]+[A-Z]\w*|\b\w+_\w+|\b\w+\.\w{2,4}\b|</?\w+>|=>|\{|\}"
)
_ERROR = re.compile(
    r"error|exception|traceback|failed|ERR!|violates|cannot|undefined|not found", re.I
)
_REMOTE_URL = re.compile(r"https?://(?!localhost|127\.0\.0\.1)\S+")
# a failed request from the browser is fixed on the server (CORS, routes): server files count
_NETWORK_ERROR = re.compile(r"Failed to fetch|NetworkError|CORS", re.I)
_SERVER_FILE = re.compile(r"(^|/)(server|api|backend|functions)/")
_CONFIG_FILE = re.compile(
    r"(^|/)(package\.json|package-lock\.json|tsconfig(\.\w+)?\.json|requirements\.txt|"
    r"pyproject\.toml|\.env[\w.]*|[\w-]+\.config\.\w+|vite\.config\.\w+|next\.config\.\w+)$"
    r"|(^|/)(migrations|supabase)/|\.sql$"
)
_STOP = frozenset(
    """this that with have from your will they them then than there their what
    when which would could should about into just like make made need only some
    such also been were here more most much very want does done sure okay good great""".split()  # noqa: SIM905
)


# a known key prefix, then fragments with whitespace (spaces or line breaks) between them
_SPLIT_PREFIXED = re.compile(
    r"(?<![A-Za-z0-9_-])(sk_live_|sk_test_|rk_live_|rk_test_|sk-proj-|sk-ant-|sk-|whsec_|"
    r"gh[pousr]_|github_pat_|xox[abposr]-|AKIA|ASIA|AIza|hf_|glpat-|SG\.)"
    r"([ \t]*+\n?[ \t]*+[A-Za-z0-9_-]++(?:(?:[ \t]++\n?|\n)[ \t]*+[A-Za-z0-9_-]{1,16}+){1,16}+)"
)
# one character at a time with a separator: T-r-0-u-b-4 / T r 0 u b 4 / T.r.0.u.b.4
_SPELLED = re.compile(
    r"(?<![^\s(:'\"`])(?:[A-Za-z0-9!@#$%&*+=?](?:[ \t]?[-.·|][ \t]?|[ \t])){7,}"
    r"[A-Za-z0-9!@#$%&*+=?](?![^\s).,;:'\"`])"
)
# 3+ short fragments on whitespace, most mixing letters and digits: 4eC39H qLyjWD arjtT1
_FRAGMENTS = re.compile(
    r"(?<!\S)[A-Za-z0-9]{3,12}+(?:(?:[ \t]++\n?|\n)[ \t]*+[A-Za-z0-9]{3,12}+){2,}+(?!\S)"
)
_MIXED = re.compile(r"(?=.*[A-Za-z])(?=.*\d)")
# an IBAN written in groups of four is personal data, redaction's IBAN recognizer's job
_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$")
MIN_SPELLED_CHARS = 8
MIN_FRAGMENT_CHARS = 20


def _already_redactable(text: str, start: int, end: int) -> bool:
    """Whether redaction's detectors find a secret overlapping ``text[start:end]`` as is."""
    from transforms.privacy.secrets.detector import detect_secrets

    return any(s.start < end and start < s.end for s in detect_secrets(text))


def residual_secret(text: str) -> bool:
    """Split-up credential material in ``text`` that redaction does not find (see module)."""
    from transforms.privacy.secrets.detector import detect_own_secrets
    from transforms.privacy.secrets.values import looks_random

    candidates: list[tuple[int, int]] = []
    for m in _SPLIT_PREFIXED.finditer(text):
        body = m.group(2)
        if not any(c.isspace() for c in body.strip()) and not body[:1].isspace():
            continue  # unsplit: an ordinary key, redaction's job
        joined = m.group(1) + "".join(body.split())
        if detect_own_secrets(joined) or looks_random("".join(body.split())):
            candidates.append(m.span())
    for m in _SPELLED.finditer(text):
        joined = "".join(c for c in m.group(0) if c.isalnum() or c in "!@#$%&*+=?")
        if (
            len(joined) >= MIN_SPELLED_CHARS
            and _MIXED.match(joined)
            # short values cannot reach looks_random's entropy: ask for mostly distinct chars
            and len(set(joined)) >= 0.7 * len(joined)
        ):
            candidates.append(m.span())
    for m in _FRAGMENTS.finditer(text):
        parts = m.group(0).split()
        joined = "".join(parts)
        if (
            len(joined) >= MIN_FRAGMENT_CHARS
            and not _IBAN.match(joined)
            and sum(bool(_MIXED.match(p)) for p in parts) * 3 >= len(parts) * 2
            and looks_random(joined, MIN_FRAGMENT_CHARS)
        ):
            candidates.append(m.span())
    return any(not _already_redactable(text, a, b) for a, b in candidates)


@cache
def _identifier():
    """py3langid's bundled model, loaded once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def prose(text: str) -> str:
    """Text without fenced code, inline code, diff/log-like lines."""
    text = _FENCE_BLOCK.sub(" ", text)
    text = _INLINE_CODE.sub(" ", text)
    lines = [
        ln
        for ln in text.splitlines()
        if ln.strip() and not ln.lstrip().startswith(("+", "-", "@@", "at ", "File ", "npm "))
    ]
    # keys, hashes, URLs and paths are no language: keep words only
    return " ".join(w for w in " ".join(lines).split() if len(w) < 20 and "/" not in w)


def language(text: str) -> str | None:
    """Language code of the prose of ``text``, or None when too short or uncertain."""
    p = prose(text)
    if len(p) < MIN_LANG_CHARS:
        return None
    lang, prob = _identifier().classify(p)
    return lang if prob >= MIN_LANG_PROB else None


def _content_words(text: str) -> set[str]:
    """Lower-cased 4+-letter words minus stop words, cut to 5 letters (a crude stem)."""
    return {w.lower()[:5] for w in _WORD.findall(text) if w.lower() not in _STOP}


def _changed_paths(answer: str) -> set[str]:
    return set(_BACKTICK_PATH.findall(answer)) | set(_DIFF_PATH.findall(answer))


def _repeated_line(answer: str) -> bool:
    lines = [ln.strip() for ln in answer.splitlines() if len(ln.strip()) > 10]
    run = 1
    for a, b in zip(lines, lines[1:], strict=False):
        run = run + 1 if a == b else 1
        if run >= MIN_REPEATS:
            return True
    return False


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _error_lines(text: str) -> set[str]:
    """Lines of a pasted error that identify it (an error word or a file path)."""
    return {
        ln.strip()
        for ln in text.splitlines()
        if len(ln.strip()) > 15 and (_ERROR.search(ln) or _ANY_PATH.search(ln))
    }


def check_answer(
    answer: str,
    request: str,
    earlier: list[dict[str, str]],
    user_langs: set[str],
    following: str | None = None,
) -> str | None:
    """The first rule the assistant ``answer`` to ``request`` breaks, or None."""
    body = answer.strip()
    has_code = "```" in body or "`" in body
    if len(prose(body)) < MIN_ANSWER_CHARS and not has_code:
        return "empty_answer"
    if body.count("```") % 2 == 1:
        return "truncated_answer"
    norm = _norm(body)
    if len(norm) >= MIN_REPEAT_CHARS and any(
        m["role"] == "assistant" and _norm(m["content"] or "") == norm for m in earlier
    ):
        return "repetition"
    if _repeated_line(body):
        return "repetition"
    lang = language(body)
    if lang is not None and lang != "en" and lang not in user_langs:
        return "wrong_language"
    context = " ".join(m["content"] or "" for m in earlier) + " " + request
    if not _TECH.search(body):
        words = _content_words(body)
        if len(words & _content_words(context)) < MIN_OVERLAP * max(1, len(words)):
            return "off_topic"
    if _ERROR.search(request):
        named = set(_ANY_PATH.findall(_REMOTE_URL.sub(" ", request)))
        network = bool(_NETWORK_ERROR.search(request))
        changed = _changed_paths(body)
        # the same error again in the next user turn (or no next turn) confirms the miss
        persisted = following is None or bool(_error_lines(request) & _error_lines(following))
        if (
            persisted
            and named
            and changed
            and not any(
                p in request
                or any(p.endswith(n) or n.endswith(p) for n in named)
                or _CONFIG_FILE.search(p)
                or (network and _SERVER_FILE.search(p))
                for p in changed
            )
        ):
            return "fix_wrong_file"
    if residual_secret(body) or residual_secret(request):
        return "residual_secret"
    return None


def check_conversation(messages: list[dict[str, str]]) -> str | None:
    """First failing rule over the conversation's assistant turns (None: all pass)."""
    user_langs = {
        lang for m in messages if m["role"] == "user" and (lang := language(m["content"] or ""))
    }
    for i, m in enumerate(messages):
        if m["role"] != "assistant" or i == 0 or messages[i - 1]["role"] != "user":
            continue
        nxt = messages[i + 1]["content"] if i + 1 < len(messages) else None
        reason = check_answer(
            m["content"] or "", messages[i - 1]["content"] or "", messages[: i - 1], user_langs, nxt
        )
        if reason:
            return reason
    return None


@dataclass(frozen=True)
class ContentFilter:
    """Drop rows whose conversation breaks a content rule; one stats entry per reason.

    ``column`` holds the conversation (``messages``); for preference rows ``answer_column``
    names the chosen turn, checked as the answer to the prompt's last user turn.
    """

    column: str = "messages"
    answer_column: str | None = None
    name: str = "content"

    def reasons(self, frame: pl.DataFrame) -> list[str | None]:
        """The content verdict per row (None = kept)."""
        convs = frame[self.column].to_list()
        answers = frame[self.answer_column].to_list() if self.answer_column else None
        out = []
        for i, conv in enumerate(convs):
            msgs = list(conv or [])
            if answers is not None:
                msgs = msgs + list(answers[i] or [])
            out.append(check_conversation(msgs))
        return out

    def __call__(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Any]]:
        reasons = self.reasons(frame)
        counts = {r: 0 for r in REASONS}
        for r in reasons:
            if r:
                counts[r] += 1
        keep = pl.Series([r is None for r in reasons], dtype=pl.Boolean)
        stats = {
            "reason": "content",
            "removed": int((~keep).sum()) if len(keep) else 0,
            "removed_by_rule": counts,
        }
        return frame.filter(keep) if len(keep) else frame, stats
