"""The ``residual_secret`` content rule: split-up credentials that redaction misses."""

from __future__ import annotations

import random

import polars as pl
import pytest

from transforms.exports.content import ContentFilter, check_conversation, residual_secret
from transforms.privacy.secrets.detector import detect_secrets
from transforms.simulator import low_quality

FIX = (
    "The build fails because `due_date` isn't declared on the `Task` type. I changed "
    "`src/components/TaskList.tsx`:\n\n```ts\ntype Task = {\n  due_date: string;\n```\n\n"
    "This should build now."
)

SPLIT = [
    "I put the key in `.env`:\n\nsk_live_ 4eC39H qLyjWD arjtT1 zdp7dc\n\n" + FIX,
    "Using your token (ghp_ aB3dE 9fGhI 2kLmN 7pQrS tUv4W xYz5a 1b2c3 d) now.\n\n" + FIX,
    "Saved the OpenAI key:\nsk-proj-\nAb3De9FgHi2K\nLmN7pQrStU4v\nWxYz5a1B2c3D\n\n" + FIX,
    "The AWS key id is AKIA IOSF ODNN 7EXA MPLQ, I added it.\n\n" + FIX,
    "I stored the db one exactly as typed: T-r-0-u-b-4-d-@-X-9-q-Z\n\n" + FIX,
    "Saved: 4eC39Hx1 qL8yjWD2 arj7tT1z zdp7dc9K\n\n" + FIX,
]

CLEAN = [
    FIX,
    # an intact key is redaction's business, not residual material
    "Set STRIPE_SECRET_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc in `.env`.\n\n" + FIX,
    "Use `process.env.STRIPE_SECRET_KEY` on the server only, never `sk_live_` keys in the "
    "browser.\n\n" + FIX,
    "Run the steps a - b - c - d - e - f - g - h in order, then rebuild.\n\n" + FIX,
    "The commits 3f2a1bc and 9e8d7f6 touched `src/App.tsx` and `src/main.tsx`.\n\n" + FIX,
    # redaction finds a password in prose, spelled out or not
    "The database password is T-r-0-u-b-4-d-@-X-9-q-Z, I stored it.\n\n" + FIX,
    "Redacted key: [SECRET] and phone 555 0101 2233 4455.\n\n" + FIX,
    "Transfer to IT46 O622 9876 128B 912M FLL9 G9Q by Friday.\n\n" + FIX,
    "const grid = [1, 2, 3, 4, 5, 6, 7, 8, 9];\n\n" + FIX,
]


@pytest.mark.parametrize("answer", SPLIT)
def test_split_credentials_are_dropped(answer):
    assert residual_secret(answer)
    msgs = [{"role": "user", "content": "add payments"}, {"role": "assistant", "content": answer}]
    assert check_conversation(msgs) == "residual_secret"


def test_split_credential_in_the_request_is_dropped_too():
    msgs = [
        {"role": "user", "content": "my key is sk_live_ 4eC39H qLyjWD arjtT1 zdp7dc, add it"},
        {"role": "assistant", "content": FIX},
    ]
    assert check_conversation(msgs) == "residual_secret"


@pytest.mark.parametrize("answer", CLEAN)
def test_clean_or_redactable_answers_are_kept(answer):
    assert not residual_secret(answer)


def test_planted_residual_secrets_escape_redaction_and_are_caught():
    rng = random.Random(17)
    for _ in range(500):
        text = low_quality.residual_secret(rng, FIX).text()
        assert not detect_secrets(text), text  # survives redaction: that is the defect
        assert residual_secret(text), text


def test_content_filter_counts_residual_secret_rule():
    conv_type = pl.List(pl.Struct({"role": pl.String, "content": pl.String}))
    frame = pl.DataFrame(
        {
            "id": ["good", "leak"],
            "messages": [
                [{"role": "user", "content": "fix it"}, {"role": "assistant", "content": FIX}],
                [{"role": "user", "content": "fix it"}, {"role": "assistant", "content": SPLIT[0]}],
            ],
        },
        schema={"id": pl.String, "messages": conv_type},
    )
    out, stats = ContentFilter("messages")(frame)
    assert out["id"].to_list() == ["good"]
    assert stats["removed_by_rule"]["residual_secret"] == 1
