"""The whole detector: NER on prose only, regexes everywhere, overlap rules, parallel == serial."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect, detect_batch, detect_many
from transforms.privacy.pii.ner_filters import looks_english, plausible_person
from transforms.privacy.spans import OUTPUT_TYPES, Span, resolve_overlaps


def typed(text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in detect(text)]


@pytest.mark.parametrize(
    "name",
    [
        "Maria Garcia",
        "Lukas Müller",
        "Sofia Hernández",
        "Jean-Luc Picard",
        "Siobhan O'Brien",
        "Ana de Souza",
    ],
)
def test_plausible_person_accepts_names(name):
    assert plausible_person(name)


@pytest.mark.parametrize(
    "candidate",
    [
        "Git",
        "PostHog",
        "Windows",
        "Supabase",
        "React Query",
        "useState",
        "user_id",
        "API",
        "Next.js",
        "Tailwind CSS",
        "Dashboard",
        "de Souza",
        "R2D2",
        "Thanks",
    ],
)
def test_plausible_person_rejects_products_and_identifiers(candidate):
    assert not plausible_person(candidate)


def test_language_guess():
    assert looks_english("Can you add a login page for the admin users?")
    assert not looks_english("Kannst du bitte die Login Seite für die Tabelle bauen? Die ist leer.")


def test_names_in_prose_are_found():
    assert ("PERSON", "Maria Garcia") in typed(
        "Add an admin account for Maria Garcia (maria.garcia@gmail.com), she manages the tasks."
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (">Esat Jeknić\n>Port Whangarei\n>New Zealand 15896", "Esat Jeknić"),  # quoted reply
        ("Michael J. McDermott mjmcdermott@hotmail.com", "Michael J. McDermott"),  # Enron sig
        ("| Name | Role |\n|---|---|\n| Maria Gonzalez | CFO |", "Maria Gonzalez"),  # table row
    ],
)
def test_names_behind_line_markers_and_before_addresses_are_found(text, name):
    assert ("PERSON", name) in typed(text)


def test_names_inside_code_are_left_to_regexes_not_ner():
    text = "Here is the fix:\n```ts\nconst Maria = new Garcia(Windows.Git);\n```\nWorks now."
    assert [t for t, _ in typed(text)] == []


def test_product_names_are_not_people():
    text = (
        "I already pushed everything to Git. We use PostHog for analytics and I'm on "
        "Windows. Payments go through Stripe and auth through Supabase."
    )
    assert typed(text) == []


def test_mixed_prose_and_code_message():
    text = (
        "My name is Priya Patel, the build fails:\n"
        "```\nerror TS2304: Cannot find name 'useState'.\n  at src/App.tsx:12:5\n```\n"
        "my .env.local:\nOPENAI_API_KEY=sk-proj-4fT9xQ2mZr7LkP0sVb3nWc8YhJ1aEd6GuI5oRt\n"
        "call me at (415) 867-5309 or priya@tinyfox.io"
    )
    got = typed(text)
    assert ("PERSON", "Priya Patel") in got
    assert ("SECRET", "sk-proj-4fT9xQ2mZr7LkP0sVb3nWc8YhJ1aEd6GuI5oRt") in got
    assert ("PHONE_NUMBER", "(415) 867-5309") in got
    assert ("EMAIL_ADDRESS", "priya@tinyfox.io") in got
    assert all(t in OUTPUT_TYPES for t, _ in got)


def test_hard_negatives_in_a_message():
    text = (
        "The Task with id 3f2a9c1b-7d8e-4f6a-8b1c-2d3e4f5a6b7c doesn't show up, commit "
        "3f2a9c1 broke it. Order 1029 has timestamp 1754321098; ticket #4155552671. "
        "I'm on Windows 11 with Node 20.11.1, the app runs on http://localhost:3000 and "
        "0.0.0.0:8000. Can you check src/components/TaskList.tsx? useEffect runs twice."
    )
    assert typed(text) == []


def test_secret_wins_overlaps_then_longest():
    spans = [
        Span(0, 30, "EMAIL_ADDRESS", 0.95, "email"),
        Span(5, 12, "SECRET", 0.9, "x"),
        Span(40, 50, "PERSON", 0.8, "n"),
        Span(38, 55, "LOCATION", 0.8, "a"),
    ]
    assert [(s.type, s.start) for s in resolve_overlaps(spans)] == [("SECRET", 5), ("LOCATION", 38)]


def test_secret_inside_url_beats_email_lookalike():
    text = "postgres://app:Xk9Lm2Qr7Tz4@db.internal:5432/shop"
    assert typed(text) == [("SECRET", "Xk9Lm2Qr7Tz4")]


def test_batch_handles_none_and_rejects_non_strings():
    assert detect_batch([None, "", "plain text"]) == [[], [], []]
    with pytest.raises(TypeError, match="texts must be str or None"):
        detect_batch([b"bytes"])


def test_parallel_equals_serial():
    texts = [
        f"Message {i}: contact Maria Garcia at maria{i}@gmail.com or 10.0.0.{i % 250 + 1}"
        for i in range(150)
    ] + [None]
    assert detect_many(texts, workers=2) == detect_batch(texts)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Add Marcus Laurent and Clara Popescu as editors.", "Marcus Laurent"),
        ("Add Marcus Laurent and Clara Popescu as editors.", "Clara Popescu"),
        ("hi, it's Lorcan Ferreira again. the form is still broken", "Lorcan Ferreira"),
        ("Seed the database with a test customer: Radu Quispe, radu@x.io", "Radu Quispe"),
        ("Payouts go to the account holder Wanjiru Novotny.", "Wanjiru Novotny"),
        ("Kalani Okonkwo from my team says the login is broken.", "Kalani Okonkwo"),
        (
            "Add an admin account for Fenna Fontaine (fenna_f@tinyfox.io), she manages it.",
            "Fenna Fontaine",
        ),
        ("it showed Priya's data to the wrong user", "Priya"),
        ("Thanks, Grace! Also ping Siobhan O'Brien.", "Siobhan O'Brien"),
        ("Thanks Dr. Okonkwo, the migration ran fine.", "Okonkwo"),
    ],
)
def test_person_rules_and_gazetteer(text, name):
    assert ("PERSON", name) in typed(text)


@pytest.mark.parametrize(
    "text,place",
    [
        ("My name is Kenji, I run a small business in Lyon and need a CRM.", "Lyon"),
        ("We're based in Tromsø, show that on the map component.", "Tromsø"),
        ("Ship it to San Francisco next week.", "San Francisco"),
    ],
)
def test_cities(text, place):
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Funcionou, valeu! Agora o modo escuro.",
        "please add it to the CI config Kannst du bitte einen Dark Mode einbauen?",
        "Create a booking app for my yoga studio. Each Booking needs class_id, starts_at.",
        "I'd like to add a form to create a new Message with validation.",
        "```ts\n      name: Number(values.name),\n      author: String(row.author),\n```",
        "We're rolling this out in Germany and the EU first. May I ask why?",
        "Will you also add Max and Min buttons? Mark the task as done in June.",
        "Build My Tick Site with React, deploy on Vercel and track it in PostHog.",
    ],
)
def test_person_and_location_false_positives(text):
    assert [t for t, _ in typed(text) if t in ("PERSON", "LOCATION")] == []


def test_presidio_analyzer_engine_runs_our_detector():
    from transforms.privacy.presidio_adapter import analyzer_engine

    text = "Hi, I am Maria Garcia, key sk-proj-4fT9xQ2mZr7LkP0sVb3nWc8YhJ1aEd6GuI5oRt"
    results = analyzer_engine().analyze(text=text, language="en")
    got = sorted((r.entity_type, text[r.start : r.end]) for r in results)
    assert got == sorted((s.type, text[s.start : s.end]) for s in detect(text))
    assert ("PERSON", "Maria Garcia") in got and any(t == "SECRET" for t, _ in got)
