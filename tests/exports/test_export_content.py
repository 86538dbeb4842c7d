"""Content filters (relevance, language, completeness, repetition, fix file) and their eval."""

from __future__ import annotations

import polars as pl
import pytest

from transforms.exports.content import ContentFilter, check_conversation, language
from transforms.exports.content_eval import (
    TARGET_BAD_DROPPED,
    TARGET_GOOD_KEPT,
    evaluate,
)
from transforms.exports.quality import bugfix_quality, sft_quality

TS_ERROR = (
    "it doesn't compile\n\n```\nsrc/components/TaskList.tsx(12,7): error TS2339: Property "
    "'due_date' does not exist on type 'Task'.\n\n"
    "Found 1 error in src/components/TaskList.tsx:12\n```"
)
GOOD_FIX = (
    "The build fails because `due_date` isn't declared on the `Task` type. I changed "
    "`src/components/TaskList.tsx`:\n\n```ts\ntype Task = {\n  due_date: string;\n```\n\n"
    "This should build now."
)
WRONG_FIX = (
    "That should be fixed by a change in another place. I changed `src/lib/format.ts`:\n\n"
    "```ts\nexport const fmt = (d: Date) => d.toISOString();\n```\n\nThis should build now."
)


def u(text: str) -> dict[str, str]:
    return {"role": "user", "content": text}


def a(text: str) -> dict[str, str]:
    return {"role": "assistant", "content": text}


def test_english_bug_fix_is_kept():
    assert check_conversation([u(TS_ERROR), a(GOOD_FIX)]) is None


def test_answer_in_another_language_than_asked_is_dropped():
    german = (
        "Ich habe die Komponente angepasst und die Daten werden jetzt beim Laden der Seite "
        "abgerufen. Bitte prüfe die Vorschau und sag mir, ob noch etwas fehlt."
    )
    assert check_conversation([u("please add a search bar to the tasks page"), a(german)]) == (
        "wrong_language"
    )


def test_english_answer_to_a_dutch_request_is_kept():
    conv = [u("Kun je een zoekbalk toevoegen aan de lijst met taken alsjeblieft?"), a(GOOD_FIX)]
    assert check_conversation(conv) is None
    assert language("Kun je een zoekbalk toevoegen aan de lijst met taken alsjeblieft?") == "nl"


def test_truncated_code_block_is_dropped():
    cut = "Sure! Here's the component:\n\n```tsx\nexport default function TaskList() {\n  const"
    assert check_conversation([u("add a task list"), a(cut)]) == "truncated_answer"


def test_empty_and_repeated_answers_are_dropped():
    assert check_conversation([u("add a task list"), a("Ok.")]) == "empty_answer"
    conv = [u(TS_ERROR), a(GOOD_FIX), u(TS_ERROR), a(GOOD_FIX)]
    assert check_conversation(conv) == "repetition"
    loop = "\n".join(["I updated `src/App.tsx` so it works now."] * 6)
    assert check_conversation([u("add a task list"), a(loop)]) == "repetition"


def test_off_topic_answer_is_dropped_but_plain_relevant_answer_kept():
    recipe = (
        "Here's a quick recipe for banana bread: mash three ripe bananas, stir in melted butter, "
        "sugar, one egg and a teaspoon of vanilla, then bake for an hour."
    )
    assert check_conversation([u("how do I add a favicon to my app?"), a(recipe)]) == "off_topic"
    plain = (
        "Open the version history in the top bar and click Restore on the version you want to "
        "roll back to; it creates a new commit so nothing is lost."
    )
    assert check_conversation([u("how do I roll back to the previous version?"), a(plain)]) is None


def test_fix_of_a_file_the_error_does_not_involve_is_dropped_when_the_error_stays():
    conv = [u(TS_ERROR), a(WRONG_FIX), u("still broken:\n" + TS_ERROR), a(GOOD_FIX)]
    assert check_conversation(conv) == "fix_wrong_file"
    # the same change followed by a different problem: the fix may have been right
    conv = [u(TS_ERROR), a(WRONG_FIX), u("works, now add dark mode"), a(GOOD_FIX)]
    assert check_conversation(conv) is None


def test_network_error_fixed_on_the_server_is_kept():
    err = (
        "the page crashes:\n```\nTypeError: Failed to fetch\n    at fetchTasks "
        "(http://localhost:5173/src/api.ts?t=1:12:11)\n```"
    )
    fix = (
        "The API doesn't send CORS headers for the preview origin. I changed `server/index.ts`:"
        '\n\n```ts\napp.use(cors({ origin: ["http://localhost:5173"] }));\n```'
    )
    assert check_conversation([u(err), a(fix), u("still:\n" + err)]) is None


def test_content_filter_step_counts_each_rule():
    conv_type = pl.List(pl.Struct({"role": pl.String, "content": pl.String}))
    frame = pl.DataFrame(
        {
            "id": ["good", "cut", "empty"],
            "messages": [
                [u(TS_ERROR), a(GOOD_FIX)],
                [u("add a list"), a("Here:\n```tsx\nexport")],
                [u("add a list"), a("Ok.")],
            ],
        },
        schema={"id": pl.String, "messages": conv_type},
    )
    out, stats = ContentFilter("messages")(frame)
    assert out["id"].to_list() == ["good"]
    assert stats["removed"] == 2
    assert stats["removed_by_rule"]["truncated_answer"] == 1
    assert stats["removed_by_rule"]["empty_answer"] == 1


def test_quality_scores_follow_outcomes():
    sft = (
        pl.DataFrame(
            {
                "builds_passed": [3, 0],
                "builds_failed": [0, 3],
                "edits_kept": [2, 0],
                "edits_reverted": [0, 2],
                "fix_loops_resolved": [1, 0],
                "fix_loops_abandoned": [0, 1],
                "thumbs_up": [1, 0],
                "thumbs_down": [0, 1],
            }
        )
        .select(sft_quality().alias("q"))["q"]
        .to_list()
    )
    assert 0.0 <= sft[1] < 0.2 < 0.9 < sft[0] <= 1.0
    bug = (
        pl.DataFrame({"attempts": [1, 4], "time_to_fix_s": [30.0, 3600.0]})
        .select(bugfix_quality().alias("q"))["q"]
        .to_list()
    )
    assert bug[0] > 0.9 and bug[1] < 0.2


def test_eval_on_held_out_seed_meets_targets():
    report = evaluate(messages=8000)
    (res,) = report["seeds"].values()
    assert res["split"] == "held_out"
    assert res["planted_bad"] >= 40
    assert res["bad_dropped"] >= TARGET_BAD_DROPPED
    assert res["good_kept"] >= TARGET_GOOD_KEPT
    assert set(res["by_kind"]) == {
        "off_topic", "wrong_file", "truncated", "empty", "wrong_language", "retry_loop",
        "residual_secret",
    }  # fmt: skip
    assert res["by_rule"]["residual_secret"]["recall"] >= TARGET_BAD_DROPPED


@pytest.mark.parametrize("text", ["what's wrong?", "Done.", "```ts\nconst x = 1\n```"])
def test_short_or_code_only_text_has_no_language(text):
    assert language(text) is None
