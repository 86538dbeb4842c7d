"""Curation steps at the lowest level: consent, filters with reasons, dedup, splits."""

from __future__ import annotations

import polars as pl
import pytest

from transforms.exports import curation as cur

FRACTIONS = (("train", 0.9), ("validation", 0.05), ("test", 0.05))


def _frame(texts: list[str], users: list[str] | None = None) -> pl.DataFrame:
    users = users or [f"u{i}" for i in range(len(texts))]
    return pl.DataFrame(
        {"id": [f"i{i}" for i in range(len(texts))], "user_key": users, "_text": texts}
    )


def test_split_assignment_is_by_user_stable_and_near_the_fractions():
    users = [f"{i:016x}" for i in range(4000)]
    first = [cur.split_of_user(u, "salt", FRACTIONS) for u in users]
    assert first == [cur.split_of_user(u, "salt", FRACTIONS) for u in users]
    share = {s: first.count(s) / len(users) for s in ("train", "validation", "test")}
    assert share["train"] == pytest.approx(0.9, abs=0.02)
    assert share["validation"] == pytest.approx(0.05, abs=0.015)
    # another salt reshuffles users; growth of the user base never moves existing users
    assert first != [cur.split_of_user(u, "other-salt", FRACTIONS) for u in users]
    more = [f"{i:016x}" for i in range(8000)]
    assert [cur.split_of_user(u, "salt", FRACTIONS) for u in more][:4000] == first


def test_assign_splits_never_puts_a_user_in_two_splits():
    users = [f"u{i % 300}" for i in range(3000)]
    frame = _frame(["x"] * 3000, users)
    out, stats = cur.AssignSplits("s", FRACTIONS)(frame)
    per_user = out.group_by("user_key").agg(pl.col("split").n_unique().alias("n"))
    assert per_user["n"].max() == 1
    assert sum(stats["rows"].values()) == 3000 and sum(stats["users"].values()) == 300
    assert out["id"].to_list() == frame["id"].to_list()  # order preserved


def test_consent_filter_counts_unknown_and_excluded_users():
    frame = _frame(["a", "b", "c", "d"], ["ok", "no", "ghost", None])
    out, stats = cur.ConsentFilter(frozenset({"ok"}), frozenset({"ok", "no"}))(frame)
    assert out["user_key"].to_list() == ["ok"]
    assert stats["removed"] == 3 and stats["removed_unknown_user"] == 2
    assert stats["reason"] == "no_training_consent"


def test_quality_filters_drop_with_their_reason():
    blob = "9f" * 400
    texts = [
        "A normal request: please add a pricing table with three plans to my landing page.",
        "ok",
        f"dump: {blob}",
        " ".join(["<PERSON_ab12cd> <EMAIL_ADDRESS_00ff00>"] * 30),
    ]
    result = cur.run_pipeline(
        _frame(texts),
        [cur.too_short(20), cur.mostly_non_text(0.45), cur.pii_dense(12.0)],
    )
    assert result.frame["id"].to_list() == ["i0"]
    assert result.removed_by_reason == {
        "too_short": 1,
        "mostly_non_text": 1,
        "pii_placeholder_density": 1,
    }
    assert [s["rows_out"] for s in result.steps] == [3, 2, 1]


@pytest.mark.parametrize(
    "leak",
    [
        "mail me at jane.roe@example.com",
        "key sk-proj-abcdefghijklmnopqrstuvwx1234",
        "AKIAABCDEFGHIJKLMNOP",
        "postgres://admin:hunter2secret@db.internal:5432/app",
        "-----BEGIN RSA PRIVATE KEY-----",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
    ],
)
def test_raw_identifier_guard_drops_leaks(leak):
    out, stats = cur.RawIdentifierGuard()(_frame([f"please fix this: {leak} thanks"]))
    assert out.height == 0 and stats["removed"] == 1


@pytest.mark.parametrize(
    "benign",
    [
        "use <EMAIL_ADDRESS_ab12cd> and <SECRET> as placeholders",
        "import logo from './logo@2x.png'",
        "npm i @supabase/supabase-js && git push",
        "set OPENAI_API_KEY=sk-...your-key...",
    ],
)
def test_raw_identifier_guard_keeps_placeholders_and_lookalikes(benign):
    out, _ = cur.RawIdentifierGuard()(_frame([benign]))
    assert out.height == 1


def test_exact_dedup_keeps_first_and_counts_folded_items():
    frame = _frame(["Same  TEXT here", "same text here", "other", "same text HERE"])
    result = cur.run_pipeline(frame, [cur.ExactDedup()])
    assert result.frame["id"].to_list() == ["i0", "i2"]
    assert result.frame["_dups"].to_list() == [3, 1]
    assert result.steps[0]["clusters"] == 1


def test_pipeline_requires_working_columns():
    with pytest.raises(ValueError, match="lacks columns"):
        cur.run_pipeline(pl.DataFrame({"id": ["a"]}), [])


def _jwt(claims: dict) -> str:
    import base64
    import json

    def enc(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc(claims)}.c2lnbmF0dXJlc2lnbmF0dXJl"


def test_raw_identifier_guard_tells_service_role_jwts_from_public_anon_keys():
    anon = _jwt({"iss": "supabase", "role": "anon"})
    service = _jwt({"iss": "supabase", "role": "service_role"})
    out, stats = cur.RawIdentifierGuard()(
        _frame([f"NEXT_PUBLIC_SUPABASE_ANON_KEY={anon}", f"SUPABASE_SERVICE_KEY={service}"])
    )
    assert out["id"].to_list() == ["i0"] and stats["secret_shapes"] == 1
