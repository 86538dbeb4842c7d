"""One chat session of the simulator: turns, code edits, builds, runtime errors, feedback.

Kept as one module: it is one state machine (:class:`SessionSim`) whose small methods share
the session's state, and the rules below read as one list.

The rules (``schema.py`` "Event semantics"), each in its own small method:

- a user turn (even ``seq``): the error from an open fix loop if there is one, else the app
  request (first turn of a new app), a question, or a feature request;
- an assistant turn (odd ``seq``): a fix attempt, an answer or a feature; it makes 0..2 code
  edits and every edit triggers a build; a failed build opens (or continues) the fix loop, the
  first successful build closes it; a successful build sometimes raises a runtime error,
  which opens a loop too;
- feedback on the assistant turn; ``regenerate`` produces another assistant message with the
  same ``seq`` and ``regenerated_from`` set (at most two regenerations per turn);
- the user gives up on a failing loop with a probability that grows with every attempt
  (the loop is abandoned), otherwise the session ends after its planned number of turns.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from transforms.simulator import codegen, low_quality
from transforms.simulator import texts as T
from transforms.simulator.codegen import AppContext, ErrorCase
from transforms.simulator.conversation import Composer, Memory
from transforms.simulator.labelled_text import LabelledText

if TYPE_CHECKING:
    from transforms.simulator.platform import Simulator
    from transforms.simulator.world import AppState, ModelSpec, UserState

# A user's first message plants one of these (by user index), so even a dozen users cover the
# common types; the rest is left to chance at realistic rates.
COVERAGE_ROTATION = (
    "EMAIL_ADDRESS",
    "SECRET",
    "PERSON",
    "PHONE_NUMBER",
    "LOCATION",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
)
MAX_SESSION_MS = 12 * 3_600_000
QUIET_END_MS = 2 * 3_600_000  # no new turn in the window's last 2 h: sessions end inside it
FEEDBACK_ODDS = {  # (has edit, build passed) -> (kind, probability) per assistant turn
    (True, True): (("accept", 0.18), ("thumbs_up", 0.06), ("revert", 0.04),
                   ("regenerate", 0.04), ("thumbs_down", 0.02)),
    (True, False): (("thumbs_down", 0.08), ("regenerate", 0.08), ("revert", 0.06)),
    (False, None): (("thumbs_up", 0.05), ("thumbs_down", 0.03), ("regenerate", 0.05)),
    "defect": (("regenerate", 0.25), ("thumbs_down", 0.2)),
}  # fmt: skip


@dataclass
class _Reply:
    """The assistant message just written and what its edits/builds did."""

    message_id: str
    at: int  # when the reply (and then its builds) finished
    edit_ids: list[str]
    build_ok: bool | None
    defect: str | None = None  # planted low-quality kind (transforms.simulator.low_quality)


class SessionSim:
    """Simulate and emit one session; ``run()`` returns when it has ended."""

    def __init__(self, sim: Simulator, u: UserState, start: int, day: int, k: int) -> None:
        self.sim, self.u, self.start = sim, u, start
        self.rng = random.Random(f"{sim.seed}/s/{u.idx}/{day}/{k}")
        self.comp = Composer(self.rng, sim.rates)
        self.memory = Memory()
        u.n_sessions += 1
        self.prefix = f"{u.idx:06d}_{u.n_sessions:05d}"
        self.sid = f"s_{self.prefix}"
        self.n = {"m": 0, "e": 0, "b": 0, "r": 0, "f": 0}
        self.open_err: ErrorCase | None = None
        self.attempts = 0
        self.context_tokens = 0
        self.last_event = start
        # planted low-quality turn: its own stream, so the decision does not shift the others
        self.lq_rng = random.Random(f"{sim.seed}/lq/{u.idx}/{day}/{k}")
        self.defect = low_quality.pick_kind(self.lq_rng, sim.rates.low_quality)
        self.prev_reply: str | None = None

    def _id(self, kind: str) -> str:
        self.n[kind] += 1
        return f"{kind}_{self.prefix}_{self.n[kind]:03d}"

    # --- the session ------------------------------------------------------------------------
    def run(self) -> None:
        rng, sim, u = self.rng, self.sim, self.u
        self.new_app = not u.apps or rng.random() < 0.15
        self.app = self._pick_app()
        self.feature = rng.choice(T.FEATURES)
        self.ctx = AppContext(
            self.app.idea,
            self.app.stack,
            self.app.slug,
            self.feature.component,
            "",
            self.feature.package,
            self.app.ref,
        )
        self.ctx.path = codegen.snippet(rng, self.ctx).path
        self.model = sim.pick_model(rng, u)
        # heavy-tailed planned length in user+assistant pairs
        planned = min(40, 1 + int(rng.paretovariate(1.6) * 1.6) + (2 if self.new_app else 0))
        t, turn, seq = self.start, 0, 0
        while t < sim.end_ms - QUIET_END_MS and t - self.start < MAX_SESSION_MS:
            text, intent = self._user_text(turn)
            self._message(self._id("m"), seq, "user", text, None, t)
            self.context_tokens += len(text) // 4
            self.last_event = t
            reply_text = self._assistant_turn(seq + 1, intent, t)
            turn, seq = turn + 1, seq + 2
            self.context_tokens += len(reply_text) // 4
            if self.open_err is not None:
                give_up = 0.08 + 0.07 * self.attempts + (0.25 if turn >= planned + 6 else 0)
                if rng.random() < give_up:
                    break  # the fix loop is abandoned
            elif turn >= planned:
                break
            think = rng.lognormvariate(math.log(20_000 if self.open_err else 50_000), 0.9)
            t = self.last_event + int(min(think, 1_800_000))
        self._end()

    def _pick_app(self) -> AppState:
        rng, sim, u = self.rng, self.sim, self.u
        if self.new_app:
            app = sim.new_app(rng, u, self.start - 2000)
            sim.emit_app(app, u)
            return app
        app = u.apps[-1] if rng.random() < 0.7 else rng.choice(u.apps)
        if app.status == "archived":
            sim.set_app_status(u, app, "building", self.start - 1000)
        if len(u.apps) > 2 and rng.random() < 0.05 and u.apps[0] is not app:
            sim.set_app_status(u, u.apps[0], "archived", self.start - 500)
        return app

    def _end(self) -> None:
        sim, app = self.sim, self.app
        ended = min(self.last_event, sim.end_ms - 1)
        self.u.busy_until = ended
        if app.status == "building" and self.open_err is None and self.rng.random() < 0.1:
            sim.set_app_status(self.u, app, "shipped", ended)
        sim.emit("chat_sessions", {
            "session_id": self.sid, "app_id": app.app_id, "user_id": self.u.user_id,
            "started_at": sim.ts(self.start), "ended_at": sim.ts(ended),
            "updated_at": sim.ts(ended),
        })  # fmt: skip

    # --- user turn ------------------------------------------------------------------------------
    def _user_text(self, turn: int) -> tuple[LabelledText, str]:
        rng, comp, ctx, u, mem = self.rng, self.comp, self.ctx, self.u, self.memory
        if self.open_err is not None:
            return comp.user_error_paste(ctx, self.open_err, u.persona, mem), "fix"
        if turn == 0 and self.new_app:
            text = comp.user_new_app(ctx, u.persona, mem)
            if u.n_sessions == 1:  # every user plants one known type on day one: coverage
                kind = COVERAGE_ROTATION[u.idx % len(COVERAGE_ROTATION)]
                text = comp.with_planted(text, kind, ctx, u.persona, mem)
            return text, "feature"
        if rng.random() < 0.14:
            return comp.user_question(ctx, u.persona, mem), "question"
        if turn > 0:
            self.feature = rng.choice(T.FEATURES)
            ctx.component, ctx.package = self.feature.component, self.feature.package
            ctx.path = codegen.snippet(rng, ctx).path
        if turn > 0 and rng.random() < 0.2:
            thanks = comp.user_thanks(ctx, u.persona, mem)
            return thanks.add(" ").extend(
                comp.user_feature(ctx, self.feature, u.persona, mem)
            ), "feature"
        return comp.user_feature(ctx, self.feature, u.persona, mem), "feature"

    # --- assistant turn ----------------------------------------------------------------------
    def _assistant_turn(self, seq: int, intent: str, asked_at: int) -> str:
        """Reply, edits, builds, feedback; regenerations repeat it at the same ``seq``."""
        judged: str | None = None
        at = asked_at
        asked_err, asked_attempts = self.open_err, self.attempts
        for regen_round in range(3):
            # a regenerated answer answers the same request: the same open error, if any
            self.open_err, self.attempts = asked_err, asked_attempts
            reply = self._reply(seq, intent, at, judged, regen_round)
            kind = self._feedback(reply)
            if kind in ("revert", "thumbs_down") and regen_round < 2 and self.rng.random() < 0.5:
                # unhappy users often ask for another answer right away
                self._emit_feedback(reply, "regenerate")
                kind = "regenerate"
            if kind != "regenerate" or regen_round == 2:
                break
            judged, at = reply.message_id, self.last_event
        return self._last_text

    def _reply(
        self, seq: int, intent: str, after: int, judged: str | None, regen_round: int
    ) -> _Reply:
        rng, comp = self.rng, self.comp
        if self.open_err is not None:
            self.attempts += 1
            text = comp.assistant_fix(self.ctx, self.open_err, self.attempts, self.memory)
        elif intent == "question":
            text = comp.assistant_answer(self.ctx, self.memory)
        else:
            text = comp.assistant_feature(self.ctx, self.feature, self.memory)
        defect = self._take_defect()
        if defect is not None:
            text = self._defective_text(defect, text)
        m = (
            self.model
            if regen_round == 0 or rng.random() < 0.6
            else self.sim.pick_model(rng, self.u)
        )
        out_tokens = int(len(text) / 3.6 * rng.uniform(0.9, 1.1)) + 5
        latency = int(
            rng.lognormvariate(math.log(m.ttft_ms), 0.35) + out_tokens / m.tokens_per_s * 1000
        )
        at = after + latency
        in_tokens = 1800 + self.context_tokens + rng.randint(0, 4000)
        cost = float(f"{(in_tokens * m.usd_in_per_m + out_tokens * m.usd_out_per_m) / 1e6:.6f}")
        mid = self._id("m")
        self._message(
            mid, seq, "assistant", text, m, at, latency, in_tokens, out_tokens, cost, judged
        )
        self._last_text = text.text()
        self.last_event = at
        if defect is not None:
            n_edits = 1 if defect in ("wrong_file", "retry_loop") and self.open_err else 0
        elif intent == "question":
            n_edits = 1 if rng.random() < 0.1 else 0
        elif self.open_err is not None:
            n_edits = 1
        else:
            n_edits = rng.choices((0, 1, 2), (0.06, 0.8, 0.14))[0]
        if defect is not None:
            self.sim.low_quality(self.sid, mid, seq, defect)
        self.prev_reply = self._last_text
        reply = _Reply(mid, at, [], None, defect)
        build_id = None
        for _ in range(n_edits):
            build_id = self._edit_and_build(reply, m)
        if reply.build_ok and rng.random() < 0.07:  # the deployed build raises in the browser
            self._runtime_error(reply, build_id)  # type: ignore[arg-type]
        self.last_event = max(self.last_event, reply.at)
        return reply

    def _take_defect(self) -> str | None:
        """The planted defect if this turn is where it lands (at most once per session)."""
        kind = self.defect
        if kind is None:
            return None
        if kind in low_quality.FIX_ONLY and (
            self.open_err is None or not low_quality.names_file(self._error_text(self.open_err))
        ):
            return None
        if kind == "retry_loop" and self.open_err is not None and self.prev_reply is None:
            return None
        if self.lq_rng.random() < 0.4:
            return None
        self.defect = None
        return kind

    def _defective_text(self, kind: str, good: LabelledText) -> LabelledText:
        r, ctx = self.lq_rng, self.ctx
        if kind == "off_topic":
            return low_quality.off_topic(r)
        if kind == "empty":
            return low_quality.empty(r)
        if kind == "wrong_language":
            return low_quality.wrong_language(r)
        if kind == "truncated":
            return low_quality.truncated(r, good.text())
        if kind == "residual_secret":
            return low_quality.residual_secret(r, good.text())
        if kind == "retry_loop":
            prev = self.prev_reply if self.open_err is not None else None
            return low_quality.retry(r, prev, f"I updated `{ctx.path}` so it works now.")
        # wrong_file: a fix that edits another file than the failing one
        err = self.open_err
        assert err is not None
        snip = self._other_file(err.fix_path, self._error_text(err))
        self.wrong_path, self.wrong_lines = snip.path, snip.lines
        return LabelledText(low_quality.wrong_file_fix(r, err.fix_path, snip.path, snip.lines[:8]))

    @staticmethod
    def _error_text(err: ErrorCase) -> str:
        return err.log.text() + "\n" + err.stack_trace.text()

    def _other_file(self, failing: str, error_text: str) -> codegen.Snippet:
        """A source file of the app that the error does not involve."""
        snip = codegen.snippet(self.lq_rng, self.ctx)
        for _ in range(12):
            if low_quality.unrelated(snip.path, failing, error_text):
                return snip
            snip = codegen.snippet(self.lq_rng, self.ctx)
        return codegen.Snippet("tsx", "src/components/Footer.tsx", ["export {};"])

    def _edit_and_build(self, reply: _Reply, m: ModelSpec) -> str:
        rng, sim, u, app, ctx = self.rng, self.sim, self.u, self.app, self.ctx
        eid = self._id("e")
        reply.at += rng.randint(150, 900)
        if reply.defect is not None and self.open_err is not None:
            # a fix of the wrong file or the same fix again: the same error stays
            good = False
            same = self.open_err
            if reply.defect == "wrong_file":
                path = self.wrong_path
                diff = codegen.modify_diff(
                    self.lq_rng, path, self.wrong_lines, 1, 1, ["  // attempted fix"]
                )
            else:
                path = same.fix_path
                diff = codegen.fix_edit(self.lq_rng, same, ctx, False)
        elif self.open_err is not None:
            good = rng.random() < m.fix_success
            diff = codegen.fix_edit(rng, self.open_err, ctx, good)
            path = self.open_err.fix_path
        elif self.memory.secrets and rng.random() < 0.35:  # wires the pasted key into .env
            good, path = True, ".env.local"
            diff = codegen.env_file_diff(rng, self.comp.env_edit(ctx, self.memory))
        else:
            good = rng.random() >= m.feature_fail
            path, diff = codegen.feature_edit(rng, ctx)
        sim.emit("code_edits", {
            "edit_id": eid, "message_id": reply.message_id, "session_id": self.sid,
            "app_id": app.app_id, "user_id": u.user_id, "file_path": path,
            "diff": diff.text.text(), "lines_added": diff.added, "lines_removed": diff.removed,
            "created_at": sim.ts(reply.at), "updated_at": sim.ts(reply.at),
        }, {"diff": diff.text})  # fmt: skip
        reply.edit_ids.append(eid)
        bid = self._id("b")
        b_start = reply.at + rng.randint(300, 2000)
        duration = int(rng.lognormvariate(math.log(sim.build_median_ms(app.stack)), 0.45))
        if not good and self.open_err is not None and path == self.open_err.fix_path:
            err = self.open_err  # a fix attempt that did not work: the same error stays
        elif reply.defect is not None and not good:
            err = self.open_err
        else:
            err = None if good else codegen.build_error(rng, ctx, sim.rates.log_pii)
        sim.emit("builds", {
            "build_id": bid, "session_id": self.sid, "app_id": app.app_id,
            "user_id": u.user_id, "edit_id": eid, "status": "success" if good else "failed",
            "duration_ms": duration, "error_log": err.log.text() if err else None,
            "created_at": sim.ts(b_start), "updated_at": sim.ts(b_start + duration),
        }, {"error_log": err.log if err else None})  # fmt: skip
        reply.at = b_start + duration
        reply.build_ok = good
        if good:
            self.open_err, self.attempts = None, 0  # the first passing build resolves the loop
            if app.status == "draft":
                sim.set_app_status(u, app, "building", reply.at)
        else:
            if self.open_err is None:
                self.attempts = 0
            self.open_err = err
        return bid

    def _runtime_error(self, reply: _Reply, build_id: str) -> None:
        rng, sim = self.rng, self.sim
        at = reply.at + int(rng.lognormvariate(math.log(45_000), 0.8))
        err = codegen.runtime_error(rng, self.ctx, sim.rates.log_pii)
        sim.emit("runtime_errors", {
            "error_id": self._id("r"), "session_id": self.sid, "app_id": self.app.app_id,
            "user_id": self.u.user_id, "build_id": build_id, "error_type": err.error_type,
            "message": err.log.text(), "stack_trace": err.stack_trace.text(),
            "created_at": sim.ts(at), "updated_at": sim.ts(at),
        }, {"message": err.log, "stack_trace": err.stack_trace})  # fmt: skip
        self.open_err, self.attempts = err, 0
        reply.at = at

    def _feedback(self, reply: _Reply) -> str | None:
        """Maybe judge the reply; returns the feedback kind (or None)."""
        rng = self.rng
        has_edit = bool(reply.edit_ids)
        r = rng.random()
        kind = None
        odds = (
            FEEDBACK_ODDS["defect"]
            if reply.defect
            else FEEDBACK_ODDS[(has_edit, reply.build_ok if has_edit else None)]
        )
        for k, p in odds:
            if r < p:
                kind = k
                break
            r -= p
        if kind is None:
            return None
        self._emit_feedback(reply, kind)
        return kind

    def _emit_feedback(self, reply: _Reply, kind: str) -> None:
        rng, sim = self.rng, self.sim
        at = max(reply.at, self.last_event) + rng.randint(3_000, 90_000)
        comment = self.comp.feedback_comment(self.ctx, kind)
        sim.emit("feedback", {
            "feedback_id": self._id("f"), "session_id": self.sid, "user_id": self.u.user_id,
            "message_id": reply.message_id,
            "edit_id": reply.edit_ids[-1] if kind in ("accept", "revert") else None,
            "kind": kind, "comment": comment.text() if comment else None,
            "created_at": sim.ts(at), "updated_at": sim.ts(at),
        }, {"comment": comment})  # fmt: skip
        self.last_event = max(self.last_event, at)

    def _message(
        self,
        mid: str,
        seq: int,
        role: str,
        text: LabelledText,
        model: ModelSpec | None,
        at: int,
        latency: int | None = None,
        in_tokens: int | None = None,
        out_tokens: int | None = None,
        cost: float | None = None,
        regenerated_from: str | None = None,
    ) -> None:
        ts = self.sim.ts(at)
        self.sim.emit("messages", {
            "message_id": mid, "session_id": self.sid, "user_id": self.u.user_id, "seq": seq,
            "role": role, "text": text.text(), "model": model.name if model else None,
            "latency_ms": latency if model else None, "input_tokens": in_tokens,
            "output_tokens": out_tokens, "cost_usd": cost, "regenerated_from": regenerated_from,
            "created_at": ts, "updated_at": ts,
        }, {"text": text})  # fmt: skip
