"""Compose the text of chat turns, planting PII, secrets and hard negatives with gold spans.

Kept as one module: the :class:`Composer`'s methods share one random stream and one set of
planting rules, one short method per kind of turn.

A :class:`Composer` is stateless apart from its random stream and rates; the session simulator
(:mod:`transforms.simulator.generator`) decides *what* happens (feature request, error paste, fix),
this module decides *how it reads*. Each method returns a :class:`LabelledText` whose spans are
the gold labels for that text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from transforms.contracts.platform import ENTITY_TYPES
from transforms.simulator import codegen, pii
from transforms.simulator import texts as T
from transforms.simulator.codegen import AppContext, ErrorCase
from transforms.simulator.labelled_text import Entity, LabelledText, render, slot_names


@dataclass(frozen=True)
class Rates:
    """How often planted content appears (per message)."""

    user_pii: float = 0.09
    user_secret: float = 0.035
    user_hard_negative: float = 0.12
    assistant_echo: float = 0.3  # assistant repeats PII/secrets the user just gave
    log_pii: float = 0.05
    comment_pii: float = 0.06
    non_english: float = 0.55  # for users whose country has a non-English language
    low_quality: float = 0.12  # per session: one planted defective assistant turn

    def scaled(self, factor: float) -> Rates:
        """Richer rates for labelled eval corpora (capped to stay a realistic mix)."""
        return Rates(
            min(0.6, self.user_pii * factor),
            min(0.35, self.user_secret * factor),
            self.user_hard_negative,
            self.assistant_echo,
            min(0.3, self.log_pii * factor),
            min(0.3, self.comment_pii * factor),
            self.non_english,
            self.low_quality,
        )


@dataclass
class Persona:
    user_id: str
    full_name: str
    email: str
    phone: str
    country: str
    lang: str | None  # non-English language code, if any


@dataclass
class Memory:
    """What the current session has planted so far (the assistant may echo it)."""

    pii: list[tuple[str, str]] = field(default_factory=list)
    secrets: list[tuple[str, str]] = field(default_factory=list)


_SLOT_TYPES = {"PERSON2": "PERSON", "CITY": "LOCATION", "IP_ADDRESS2": "IP_ADDRESS"}


def _slot_types(template: str) -> set[str]:
    """Entity types a template plants (secret slots all count as SECRET)."""
    out = set()
    for name in slot_names(template):
        if name.isupper() and name not in ("ANON_JWT", "PK_LIVE"):
            typ = _SLOT_TYPES.get(name, name)
            out.add(typ if typ in ENTITY_TYPES else "SECRET")
    return out


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _env_file(rng: random.Random, ctx: AppContext) -> LabelledText:
    """A ``.env`` paste: secret values are labelled, public ones (anon key, URLs) are not."""
    names = rng.sample(pii.ENV_SECRET_NAMES, rng.randint(1, 3))
    public = [
        f"NEXT_PUBLIC_SUPABASE_URL=https://{ctx.supabase_ref}.supabase.co",
        "NEXT_PUBLIC_SUPABASE_ANON_KEY=" + pii.supabase_jwt(rng, "anon", ctx.supabase_ref),
        "PORT=3000",
        "NODE_ENV=development",
        "NEXT_PUBLIC_SITE_URL=http://localhost:3000",
        "STRIPE_PUBLISHABLE_KEY=" + pii.stripe_publishable_key(rng),
        "OPENAI_MODEL=gpt-4o-mini",
    ]
    lines: list[tuple[str, str | None]] = [(n, None) for n in names]
    lines += [(p, "public") for p in rng.sample(public, rng.randint(1, 3))]
    rng.shuffle(lines)
    out = LabelledText()
    for i, (name, kind) in enumerate(lines):
        if i:
            out.add("\n")
        if kind == "public":
            out.add(name)
        else:
            out.add(f"{name}=").entity("SECRET", pii.env_secret_value(rng, name))
    return out


# Slots that plant a labelled value: name -> (gold type, generator).
_PLANTED = {
    "PHONE_NUMBER": ("PHONE_NUMBER", pii.phone),
    "CREDIT_CARD": ("CREDIT_CARD", pii.credit_card),
    "IBAN_CODE": ("IBAN_CODE", pii.iban),
    "IP_ADDRESS": ("IP_ADDRESS", pii.ipv4),
    "IP_ADDRESS2": ("IP_ADDRESS", pii.ipv4),
    "US_SSN": ("US_SSN", pii.us_ssn),
    "LOCATION": ("LOCATION", pii.street_address),
    "CITY": ("LOCATION", pii.city),
    "OPENAI": ("SECRET", pii.openai_key),
    "ANTHROPIC": ("SECRET", pii.anthropic_key),
    "STRIPE": ("SECRET", pii.stripe_key),
    "AWS_ID": ("SECRET", pii.aws_access_key_id),
    "AWS_SECRET": ("SECRET", pii.aws_secret_access_key),
    "GITHUB": ("SECRET", pii.github_token),
    "SLACK": ("SECRET", pii.slack_token),
    "GOOGLE": ("SECRET", pii.google_api_key),
    "PEM": ("SECRET", pii.pem_private_key),
    "BEARER": ("SECRET", pii.opaque_token),
}
# Look-alike slots (hard negatives): never labelled.
_NEGATIVES = {
    "uuid": pii.uuid4,
    "sha7": lambda r: pii.git_sha(r, True),
    "sha40": pii.git_sha,
    "unix_ts": pii.unix_ts,
    "ten_digit": pii.ten_digit_id,
    "placeholder": pii.placeholder_key,
    "PK_LIVE": pii.stripe_publishable_key,
    "stripe_obj": pii.stripe_object_id,
}


class Composer:
    """Writes turns for one random stream."""

    def __init__(self, rng: random.Random, rates: Rates | None = None) -> None:
        self.rng = rng
        self.rates = rates or Rates()
        self.question: int | None = None  # index of the last question asked (its answer)

    # --- slot values ----------------------------------------------------------------------------
    def _slot(
        self, name: str, ctx: AppContext, persona: Persona | None
    ) -> str | Entity | LabelledText:
        rng = self.rng
        plain = ctx.slots()
        if name in plain:
            return plain[name]
        if name.startswith("PERSON"):
            if persona and name == "PERSON" and rng.random() < 0.3:
                return Entity("PERSON", persona.full_name)
            return Entity(
                "PERSON", pii.person_name(rng) if rng.random() < 0.8 else pii.first_name(rng)
            )
        if name == "EMAIL_ADDRESS":
            if persona and rng.random() < 0.3:
                return Entity("EMAIL_ADDRESS", persona.email)
            return Entity("EMAIL_ADDRESS", pii.email(rng))
        if name in _PLANTED:
            type_, make = _PLANTED[name]
            return Entity(type_, make(rng))
        if name == "SERVICE_JWT":
            return Entity("SECRET", pii.supabase_jwt(rng, "service_role", ctx.supabase_ref))
        if name == "DB_URL":
            before, pw, after = pii.connection_url(rng)
            return LabelledText(before).entity("SECRET", pw).add(after)
        if name == "ENV":
            return _env_file(rng, ctx)
        if name in _NEGATIVES:
            return _NEGATIVES[name](rng)
        if name == "ANON_JWT":  # public by design: never labelled
            return pii.supabase_jwt(rng, "anon", ctx.supabase_ref)
        if name == "idea":
            return ctx.idea.phrase
        if name == "stack":
            return rng.choice(T.STACK_WORDS[ctx.stack])
        if name in ("detail", "detail2"):
            return codegen.fill(rng.choice(T.DETAILS).replace("{entity}", "$entity"), plain)
        if name == "detail_lc":
            return rng.choice(T.DETAILS).replace("{entity}", ctx.entity).lower().rstrip(".")
        raise KeyError(f"unknown slot {name!r}")

    def fill(
        self,
        template: str,
        ctx: AppContext,
        persona: Persona | None = None,
        into: LabelledText | None = None,
        **fixed: str,
    ) -> LabelledText:
        """Render ``template`` generating only the slots it uses."""
        slots = {
            n: fixed[n] if n in fixed else self._slot(n, ctx, persona) for n in slot_names(template)
        }
        return render(template, slots, into)

    # --- planted extras -----------------------------------------------------------------------
    def _extras(
        self, ctx: AppContext, persona: Persona | None, memory: Memory | None, rates: Rates
    ) -> list[LabelledText]:
        rng = self.rng
        extras = []
        if rng.random() < rates.user_pii:
            extras.append(self.fill(rng.choice(T.PII_USER_TEMPLATES), ctx, persona))
        if rng.random() < rates.user_secret:
            extras.append(self.fill(rng.choice(T.SECRET_USER_TEMPLATES), ctx, persona))
        if rng.random() < rates.user_hard_negative:
            extras.append(self.fill(rng.choice(T.HARD_NEGATIVE_USER_TEMPLATES), ctx, persona))
        if memory is not None:
            for e in extras:
                for _, _, t, v in e.spans:
                    (memory.secrets if t == "SECRET" else memory.pii).append((t, v))
        return extras

    def with_planted(
        self,
        main: LabelledText,
        entity_type: str,
        ctx: AppContext,
        persona: Persona | None = None,
        memory: Memory | None = None,
    ) -> LabelledText:
        """``main`` plus a sentence that certainly plants ``entity_type`` (coverage for
        small datasets: a user's first message often introduces them or their project)."""
        pool = T.SECRET_USER_TEMPLATES if entity_type == "SECRET" else T.PII_USER_TEMPLATES
        options = [tpl for tpl in pool if entity_type in _slot_types(tpl)]
        extra = self.fill(self.rng.choice(options), ctx, persona)
        if memory is not None:
            for _, _, t, v in extra.spans:
                (memory.secrets if t == "SECRET" else memory.pii).append((t, v))
        return self._join_user(main, [extra])

    def _join_user(self, main: LabelledText, extras: list[LabelledText]) -> LabelledText:
        if not extras:
            return main
        out = LabelledText()
        parts = [main, *extras]
        if self.rng.random() < 0.25:  # sometimes the personal detail comes first
            parts = [*extras, main]
        for i, p in enumerate(parts):
            if i:
                out.add(self.rng.choice((" ", "\n", "\n\n", " ")))
            out.extend(p)
        return out

    def _lang(self, persona: Persona | None) -> str | None:
        if persona and persona.lang and self.rng.random() < self.rates.non_english:
            return persona.lang
        return None

    # --- user turns -----------------------------------------------------------------------------
    def user_new_app(
        self, ctx: AppContext, persona: Persona | None = None, memory: Memory | None = None
    ) -> LabelledText:
        lang = self._lang(persona)
        if lang:
            main = self.fill(self.rng.choice(T.NON_ENGLISH[lang]), ctx, persona)
        else:
            main = self.fill(self.rng.choice(T.APP_PROMPTS), ctx, persona)
        return self._join_user(main, self._extras(ctx, persona, memory, self.rates))

    def user_feature(
        self,
        ctx: AppContext,
        feature: T.Feature,
        persona: Persona | None = None,
        memory: Memory | None = None,
    ) -> LabelledText:
        rng = self.rng
        lang = self._lang(persona)
        if lang:
            main = self.fill(rng.choice(T.NON_ENGLISH[lang]), ctx, persona)
        else:
            phrase = codegen.fill(feature.phrase.replace("{", "${"), ctx.slots())
            tpl = rng.choice(T.FEATURE_PHRASINGS)
            main = self.fill(tpl, ctx, persona, feature=phrase, Feature=_cap(phrase))
            if rng.random() < 0.15 and not main.spans:  # people often type in lower case
                main = LabelledText(main.text().lower())
        return self._join_user(main, self._extras(ctx, persona, memory, self.rates))

    def user_question(
        self, ctx: AppContext, persona: Persona | None = None, memory: Memory | None = None
    ) -> LabelledText:
        self.question = self.rng.randrange(len(T.QUESTIONS))
        q = self.fill(T.QUESTIONS[self.question], ctx, persona)
        return self._join_user(q, self._extras(ctx, persona, memory, self.rates))

    def user_error_paste(
        self,
        ctx: AppContext,
        err: ErrorCase,
        persona: Persona | None = None,
        memory: Memory | None = None,
    ) -> LabelledText:
        rng = self.rng
        lang = self._lang(persona)
        intros = T.ERROR_PASTE_INTROS if err.source == "build" else T.RUNTIME_PASTE_INTROS
        intro = self.fill(rng.choice(intros), ctx, persona)
        if lang and rng.random() < 0.5:
            intro = LabelledText(
                next((s for s in T.NON_ENGLISH[lang] if s.endswith(":")), intro.text())
            )
        out = LabelledText().extend(intro)
        if err.source == "build":
            body = err.log
        elif rng.random() < 0.5:
            body = err.stack_trace
        else:
            body = LabelledText(f"{err.error_type}: ").extend(err.log)
        if rng.random() < 0.6:
            out.add("\n\n```\n").extend(body).add("\n```")
        else:
            out.add("\n").extend(body)
        if rng.random() < 0.3:
            out.add(
                "\n"
                + rng.choice(
                    (
                        "what's wrong?",
                        "can you fix it",
                        "please fix",
                        "no idea what this means",
                        "🙏",
                    )
                )
            )
        extras = self._extras(
            ctx, persona, memory, Rates(self.rates.user_pii / 2, self.rates.user_secret / 2, 0.0)
        )
        if memory is not None:
            for _, _, t, v in err.log.spans:
                memory.pii.append((t, v))
        return self._join_user(out, extras)

    def user_thanks(
        self, ctx: AppContext, persona: Persona | None = None, memory: Memory | None = None
    ) -> LabelledText:
        return self._join_user(
            LabelledText(self.rng.choice(T.THANKS)),
            self._extras(ctx, persona, memory, self.rates.scaled(0.5)),
        )

    # --- assistant turns ------------------------------------------------------------------------
    def _echo(self, memory: Memory | None) -> LabelledText | None:
        """Assistants do repeat what users paste: the leak the redactor must catch."""
        rng = self.rng
        if memory is None or rng.random() >= self.rates.assistant_echo:
            return None
        if memory.secrets and rng.random() < 0.3:
            t, v = memory.secrets[-1]
            return (
                LabelledText("Heads-up: you pasted a live credential (`")
                .entity(t, v)
                .add(
                    "`). I moved it into `.env.local`, but please rotate it since it is now "
                    "in the chat history."
                )
            )
        if memory.pii:
            t, v = memory.pii[-1]
            if t == "EMAIL_ADDRESS":
                return LabelledText("I set ").entity(t, v).add(" as the admin contact.")
            if t == "PERSON":
                return LabelledText("I added ").entity(t, v).add(" to the seed data.")
            if t in ("PHONE_NUMBER", "LOCATION"):
                return LabelledText("The contact section now shows ").entity(t, v).add(".")
        return None

    def assistant_feature(
        self, ctx: AppContext, feature: T.Feature | None, memory: Memory | None = None
    ) -> LabelledText:
        rng = self.rng
        s = ctx.slots()
        out = LabelledText(rng.choice(T.ASSISTANT_OPENERS))
        out.add(codegen.fill(rng.choice(T.FEATURE_INTROS).replace("{", "${"), s))
        echo = self._echo(memory)
        if echo is not None:
            out.add(" ").extend(echo)
        snip = codegen.snippet(rng, ctx)
        out.add(f"\n\n```{snip.lang}\n{snip.code}\n```\n")
        if rng.random() < 0.25:
            extra = codegen.snippet(rng, ctx)
            if extra.path != snip.path:
                out.add(f"\nAnd in `{extra.path}`:\n\n```{extra.lang}\n{extra.code}\n```\n")
        bullets = rng.sample(T.CHANGE_BULLETS, rng.randint(2, 4))
        out.add("\n" + "\n".join(codegen.fill(b.replace("{", "${"), s) for b in bullets) + "\n")
        if feature is not None and feature.package and rng.random() < 0.6:
            out.add("\n" + codegen.fill(rng.choice(T.INSTALL_NOTES).replace("{", "${"), s))
        if rng.random() < 0.12:
            out.add(f"\n\nI ran the build to check:\n\n```bash\n{codegen.shell_session(ctx)}\n```")
        if rng.random() < 0.08:
            out.add(
                "\n\nFor local development copy this to `.env.local` (these are placeholders, "
                f"not real keys):\n\n```env\n{codegen.env_example(ctx)}\n```"
            )
        closing = rng.choice(T.CLOSINGS)
        if closing:
            out.add("\n\n" + closing)
        return out

    def assistant_fix(
        self, ctx: AppContext, err: ErrorCase, attempt: int, memory: Memory | None = None
    ) -> LabelledText:
        rng = self.rng
        intro = rng.choice(T.FIX_INTROS).format(cause=err.cause)
        if attempt > 1:
            lead = rng.choice(
                (
                    "My previous change didn't address the root cause. ",
                    "Sorry, that wasn't it. ",
                    "Let's try a different approach. ",
                    "Still failing, so ",
                )
            )
            intro = lead + (intro[0].lower() + intro[1:] if lead.endswith("so ") else intro)
        out = LabelledText(intro + ". ")
        out.add(
            rng.choice(
                (
                    f"Here's the corrected part of `{err.fix_path}`:",
                    f"I changed `{err.fix_path}`:",
                    f"Update `{err.fix_path}` like this:",
                )
            )
        )
        lang = (
            "python"
            if err.fix_path.endswith(".py")
            else (
                "json"
                if err.fix_path.endswith(".json")
                else "sql"
                if err.fix_path.endswith(".sql")
                else "ts"
            )
        )
        if rng.random() < 0.3:
            body = "\n".join([f"-{x}" for x in err.fix_old] + [f"+{x}" for x in err.fix_new])
            out.add(f"\n\n```diff\n{body}\n```\n")
        else:
            out.add(f"\n\n```{lang}\n" + "\n".join(err.fix_new) + "\n```\n")
        echo = self._echo(memory)
        if echo is not None:
            out.add("\n").extend(echo).add("\n")
        outro = rng.choice(T.FIX_OUTROS)
        if outro:
            out.add("\n" + outro)
        return out

    def assistant_answer(self, ctx: AppContext, memory: Memory | None = None) -> LabelledText:
        rng = self.rng
        if self.question is None:  # no question asked: a general tip
            answer = rng.choice(T.GENERIC_ANSWERS)
        else:
            slots = {**ctx.slots(), "idea": ctx.idea.phrase}
            answer = codegen.fill(T.QUESTION_REPLIES[self.question].replace("{", "${"), slots)
        out = LabelledText(rng.choice(T.QUESTION_ANSWERS).format(answer=answer))
        if rng.random() < 0.35:
            snip = codegen.snippet(rng, ctx)
            out.add(f"\n\nFor example:\n\n```{snip.lang}\n" + "\n".join(snip.lines[:14]) + "\n```")
        echo = self._echo(memory)
        if echo is not None:
            out.add("\n\n").extend(echo)
        return out

    def feedback_comment(self, ctx: AppContext, kind: str) -> LabelledText | None:
        rng = self.rng
        if kind not in T.FEEDBACK_COMMENTS or rng.random() < 0.4:
            return None
        if rng.random() < self.rates.comment_pii:
            return self.fill(rng.choice(T.PII_FEEDBACK_TEMPLATES), ctx)
        return LabelledText(rng.choice(T.FEEDBACK_COMMENTS[kind]))

    def env_edit(self, ctx: AppContext, memory: Memory) -> LabelledText:
        """A ``.env.local`` the assistant writes, carrying the secret the user just pasted."""
        out = LabelledText(f"NEXT_PUBLIC_SUPABASE_URL=https://{ctx.supabase_ref}.supabase.co\n")
        t, v = memory.secrets[-1]
        name = (
            "OPENAI_API_KEY"
            if v.startswith("sk-") and not v.startswith("sk-ant")
            else "ANTHROPIC_API_KEY"
            if v.startswith("sk-ant")
            else "STRIPE_SECRET_KEY"
            if v[:3] in ("sk_", "rk_")
            else "SUPABASE_SERVICE_ROLE_KEY"
            if v.startswith("eyJ")
            else "GITHUB_TOKEN"
            if v.startswith(("ghp_", "github_pat_"))
            else "SLACK_BOT_TOKEN"
            if v.startswith("xox")
            else "GOOGLE_MAPS_API_KEY"
            if v.startswith("AIza")
            else "PRIVATE_KEY"
            if v.startswith("-----")
            else "APP_SECRET"
        )
        if "\n" in v:
            v_line = LabelledText(f'{name}="').entity(t, v).add('"')
        else:
            v_line = LabelledText(f"{name}=").entity(t, v)
        return out.extend(v_line).add("\nPORT=3000")
