"""Planted low-quality assistant turns: the gold that training-set curation is scored against.

A share of sessions (``Rates.low_quality``) gets exactly one defective assistant turn, of one
kind below, written the way such failures look in real logs. The turn's consequences stay
consistent: an answer that does nothing makes no edit, a fix of the wrong file or a verbatim
retry fails its build again. The simulator records each planted turn in
``<source>/_gold/low_quality.jsonl.gz`` (``session_id``, ``message_id``, ``seq``, ``kind``),
beside the PII gold.

Kinds:
- ``off_topic``: answers something unrelated to the request (another app, another subject);
- ``wrong_file``: a "fix" that edits a different file than the failing one;
- ``truncated``: the answer stops mid-code-block (generation cut off);
- ``empty``: a contentless reply (a few characters, no answer);
- ``wrong_language``: an English request answered in another language;
- ``retry_loop``: the previous answer repeated verbatim, or one line repeated over and over;
- ``residual_secret``: the answer echoes a credential the user pasted in a form redaction
  misses (split by spaces or across lines, or a password spelled out with separators), so
  the row survives redaction with secret material in it. The rest of the answer is fine.
"""

from __future__ import annotations

import random
import re

from transforms.simulator.labelled_text import LabelledText

_PATH = re.compile(r"[\w@.-]*(?:/[\w@.-]+)+\.[A-Za-z]{1,6}|\b[\w-]+\.(?:tsx?|jsx?|py|vue|svelte)\b")
_NOT_SOURCE = re.compile(r"\.(sql|json|toml|txt|md)$|(^|/)\.env|config\.")

KINDS = (
    "off_topic",
    "wrong_file",
    "truncated",
    "empty",
    "wrong_language",
    "retry_loop",
    "residual_secret",
)
# which turns a kind can apply to: fix turns (open error) or any turn
FIX_ONLY = frozenset({"wrong_file"})

OFF_TOPIC = (
    "Here's a quick recipe for banana bread: mash three ripe bananas, stir in melted butter, "
    "sugar, one egg and a teaspoon of vanilla, then fold in flour and baking soda. Bake for "
    "an hour at 175 degrees until a skewer comes out clean.",
    "The French Revolution began in 1789 with the storming of the Bastille and ended the "
    "absolute monarchy; historians usually date its end to Napoleon's coup of 1799.",
    "To improve your marathon time, build weekly mileage slowly, add one tempo run and one "
    "long run per week, and taper for two weeks before race day.",
    "Photosynthesis turns light, water and carbon dioxide into glucose and oxygen inside the "
    "chloroplasts of plant cells.",
    "A good cover letter is one page long, names the role you apply for in the first "
    "sentence and explains with two concrete examples why you fit the team.",
    "Tomorrow will be mostly sunny in the morning with clouds moving in after lunch and a "
    "light breeze from the west; take a jacket for the evening.",
)
EMPTY = ("...", "Sure!", "Ok.", "Hmm.", "Done.", "👍", "?")
# whole answers, prose only: the assistant switched language although asked in English
FOREIGN_ANSWERS = {
    "de": (
        "Ich habe die Komponente angepasst und die Daten werden jetzt beim Laden der Seite "
        "abgerufen. Bitte prüfe die Vorschau und sag mir, ob noch etwas fehlt.",
        "Der Fehler entsteht, weil der Typ nicht zu den Daten passt. Ich habe die Datei "
        "geändert, damit der Build wieder durchläuft.",
    ),
    "nl": (
        "Ik heb het onderdeel aangepast zodat de gegevens nu worden opgehaald wanneer de "
        "pagina laadt. Kijk even in het voorbeeld of alles werkt zoals je wilt.",
        "De fout ontstaat omdat het type niet overeenkomt met de gegevens. Ik heb het bestand "
        "aangepast zodat de build weer slaagt.",
    ),
    "pt": (
        "Eu ajustei o componente e agora os dados são carregados quando a página abre. "
        "Verifique a pré-visualização e me diga se falta alguma coisa.",
        "O erro acontece porque o tipo não corresponde aos dados. Alterei o arquivo para que "
        "a compilação volte a funcionar.",
    ),
    "fr": (
        "J'ai modifié le composant et les données sont maintenant chargées à l'ouverture de "
        "la page. Vérifie l'aperçu et dis-moi s'il manque quelque chose.",
        "L'erreur vient du fait que le type ne correspond pas aux données. J'ai modifié le "
        "fichier pour que la compilation passe de nouveau.",
    ),
}


def pick_kind(rng: random.Random, rate: float) -> str | None:
    """The defect planted in a new session, or None (most sessions are fine)."""
    if rng.random() >= rate:
        return None
    return rng.choice(KINDS)


def names_file(error_text: str) -> bool:
    """Whether an error names a source file (a wrong-file fix is only visible then)."""
    return bool(_PATH.search(error_text))


def unrelated(path: str, failing: str, error_text: str) -> bool:
    """A source file other than the failing one, not named in the error, not configuration."""
    return path != failing and path not in error_text and not _NOT_SOURCE.search(path)


def off_topic(rng: random.Random) -> LabelledText:
    return LabelledText(rng.choice(OFF_TOPIC))


def empty(rng: random.Random) -> LabelledText:
    return LabelledText(rng.choice(EMPTY))


def wrong_language(rng: random.Random) -> LabelledText:
    lang = rng.choice(sorted(FOREIGN_ANSWERS))
    return LabelledText(rng.choice(FOREIGN_ANSWERS[lang]))


def truncated(rng: random.Random, full: str) -> LabelledText:
    """Cut the answer inside its first code block (or mid-sentence when it has none)."""
    fence = full.find("```")
    if fence >= 0:
        body = full.find("\n", fence) + 1
        rest = full[body:]
        cut = body + max(1, int(len(rest.split("```")[0]) * rng.uniform(0.2, 0.6)))
        return LabelledText(full[:cut].rstrip(" "))
    words = full.split(" ")
    keep = max(3, int(len(words) * rng.uniform(0.3, 0.6)))
    return LabelledText(" ".join(words[:keep]).rstrip(".,;:"))


def retry(rng: random.Random, previous: str | None, ctx_line: str) -> LabelledText:
    """The previous answer verbatim, else one line repeated (a degenerate generation)."""
    if previous:
        return LabelledText(previous)
    return LabelledText("\n".join([ctx_line] * rng.randint(8, 20)))


def wrong_file_fix(rng: random.Random, failing_path: str, other_path: str, lines: list[str]) -> str:
    """A fix message that changes ``other_path`` although ``failing_path`` is failing."""
    lang = "python" if other_path.endswith(".py") else "ts"
    lead = rng.choice(
        (
            f"I changed `{other_path}`:",
            f"Here's the corrected part of `{other_path}`:",
            f"Update `{other_path}` like this:",
        )
    )
    return (
        f"That should be fixed by a change in another place. {lead}\n\n```{lang}\n"
        + "\n".join(lines)
        + "\n```\n\nThis should build now."
    )


_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_PASSWORD_CHARS = _ALNUM + "!@#$%&*"


def _random(rng: random.Random, alphabet: str, n: int) -> str:
    value = "".join(rng.choice(alphabet) for _ in range(n))
    # a credential mixes classes: make sure of a digit and a letter
    return value[:-2] + rng.choice("0123456789") + rng.choice("abcdefghkmnpqrstuvwxyz")


def _chunks(rng: random.Random, value: str, lo: int, hi: int) -> list[str]:
    out, i = [], 0
    while i < len(value):
        n = rng.randint(lo, hi)
        out.append(value[i : i + n])
        i += n
    return out


def split_secret(rng: random.Random) -> tuple[str, str]:
    """A credential written the way redaction misses it: ``(lead-in sentence, secret text)``."""
    form = rng.choice(("stripe", "openai", "github", "aws", "spelled"))
    if form == "stripe":
        body = _random(rng, _ALNUM, 24)
        return "the Stripe secret key", "sk_live_ " + " ".join(_chunks(rng, body, 4, 7))
    if form == "openai":
        body = _random(rng, _ALNUM, 40)
        return "the OpenAI key", "sk-proj-\n" + "\n".join(_chunks(rng, body, 8, 14))
    if form == "github":
        body = _random(rng, _ALNUM, 36)
        return "the GitHub token", "ghp_ " + " ".join(_chunks(rng, body, 5, 9))
    if form == "aws":
        body = _random(rng, _UPPER_DIGITS, 16).upper()
        return "the AWS access key id", "AKIA " + " ".join(_chunks(rng, body, 4, 4))
    password = "".join(rng.sample(_PASSWORD_CHARS, rng.randint(10, 14)))
    if not any(c.isdigit() for c in password):
        password = password[:-1] + rng.choice("23456789")
    sep = rng.choice(("-", " ", ".", " - "))
    return "the database password", sep.join(password)


def residual_secret(rng: random.Random, good: str) -> LabelledText:
    """The good answer, led by an echo of a credential in a form redaction does not catch."""
    what, secret = split_secret(rng)
    lead = rng.choice(
        (
            f"I copied {what} you sent into the environment settings:\n\n{secret}\n\n",
            f"Got it, I'm using {what} from your message ({secret}) for this.\n\n",
            f"Saved {what} exactly as you typed it:\n{secret}\n\n",
        )
    )
    return LabelledText(lead + good)
