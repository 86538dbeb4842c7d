"""The platform simulator: users build apps by chatting; we log everything they do.

``generate(settings, ...)`` writes every table of :mod:`transforms.contracts.platform` to NDJSON
export files (default, ``settings.source_dir``) or a PostgreSQL schema (``to="postgresql://..."``)
plus gold labels for every planted PII/secret span. Same arguments -> byte-identical files.

How the simulation runs (day by day, user by user, streaming to the sink; nothing is held
for more than one session):
- Users sign up inside the window (a launch cohort in the first days, then a trickle); each
  has a heavy-tailed activity level (a few power users), a home country (time zone, language),
  a preferred model and stack. Signup emits a ``users`` row and the first ``consent_events`` row.
- Each day, active users open 1..n sessions at local-time-of-day peaks (late morning, evening).
  A session belongs to one app (an existing one, or a new one: ``apps`` row, status ``draft``).
- Turns alternate user (even ``seq``) / assistant (odd ``seq``). Session length is heavy-tailed.
  Assistant turns make code edits; each edit triggers a build. A failed build's log is pasted
  by the user in the next turn and the assistant attempts a fix (new edit, new build) until a
  build passes (loop resolved) or the user gives up (session ends: loop abandoned). Successful
  builds occasionally raise runtime errors, which open a loop the same way.
- Feedback on assistant turns: accept / revert (with ``edit_id``), thumbs up/down (optional
  comment), regenerate: a new assistant message with ``regenerated_from`` = the judged message
  and **the same seq** (it answers the same user prompt at the same position, so seq stays dense
  and role parity holds; the latest message at a seq is the one the user kept).
- Mutable entities are re-emitted with a newer ``updated_at``: users on consent change or plan
  upgrade, apps on status change (draft -> building -> shipped / archived).
- A few users file deletion requests and stop being active afterwards.

Planted content (see :mod:`transforms.simulator.pii` for labelling rules): most messages carry no
PII; some user turns carry personal data or pasted credentials, error logs sometimes leak IPs
or emails, assistants sometimes echo what users pasted, ``.env.local`` diffs carry secrets.
Every user's first message plants one entity type (rotating by user index), so even a dozen
users cover the common types. Gold labels: ``<source>/_gold/labels.jsonl.gz`` (files) or
``<schema>._gold_labels`` (PostgreSQL). A share of sessions carries one planted low-quality
assistant turn (:mod:`transforms.simulator.low_quality`), labelled in
``<source>/_gold/low_quality.jsonl.gz`` (file sources only).

This module is the driver (sizing, sink, shards, progress, manifest, the labelled corpus);
the day-by-day run is :mod:`transforms.simulator.platform`, its catalogue and per-user state
:mod:`transforms.simulator.world`, sessions :mod:`transforms.simulator.session`, text
:mod:`transforms.simulator.conversation`. Runs with 1,500+ users are split by user over two
processes (users share no state); each partition file is then the shards' gzip members
concatenated in shard order: still one valid ``part-00000.jsonl.gz``, same rows as one process.
"""

from __future__ import annotations

import datetime as dt
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.simulator.conversation import Rates
from transforms.simulator.platform import Simulator
from transforms.simulator.sinks import NdjsonSink, Sink

DEFAULT_END_DATE = dt.date(2026, 11, 20)
DEFAULT_USERS = 40
DEFAULT_DAYS = 3
# Messages per user per day of the window, measured on this simulator (mean of two seeds at
# 1000 users; 500 at 30 days): it falls with longer windows (weekends, later signups, users
# who leave after an erasure request). Used to size users for --messages.
RATE_BY_DAYS = ((1, 9.8), (3, 9.5), (6, 8.6), (10, 8.5), (30, 7.95), (365, 7.9))
GENERATOR_VERSION = "1"
# Big runs are split over processes by user (users share no state). The count depends only on
# the arguments, never on the machine, so the output bytes do too.
SHARDS = 2
SHARD_MIN_USERS = 1500


def size_for_messages(messages: int, users: int | None, days: int | None) -> tuple[int, int]:
    """Users and days that produce about ``messages`` messages."""
    if messages <= 0:
        raise ValueError(f"--messages must be positive, got {messages}")
    if days is None and users is None:
        days = 3 if messages <= 10_000 else min(30, max(3, round(messages / 33_000)))
    if users is None:
        users = max(1, round(messages / (days * _rate(days))))  # type: ignore[arg-type]
    if days is None:
        days = max(1, round(messages / (users * _rate(3))))
        days = max(1, round(messages / (users * _rate(days))))
    return users, days


def _rate(days: int) -> float:
    xs, ys = zip(*RATE_BY_DAYS, strict=True)
    return float(np.interp(days, xs, ys))


# --- public API -----------------------------------------------------------------------------------
def generate(
    settings: Settings,
    *,
    users: int | None = None,
    days: int | None = None,
    messages: int | None = None,
    seed: int | None = None,
    to: str | Path | None = None,
    schema: str | None = None,
    end_date: dt.date | str | None = None,
    bad_rows: bool = False,
    progress: bool | None = None,
    shards: int | None = None,
) -> dict[str, int]:
    """Generate a deterministic platform dataset; returns rows written per table.

    ``to``: a directory (default ``settings.source_dir``) or a ``postgresql://`` URL (``schema``
    or the URL's ``?schema=`` names the PostgreSQL schema; it is recreated). ``messages`` sizes
    users/days to produce about that many messages. ``end_date`` (exclusive; default
    ``IW_SOURCE_END_DATE`` or 2026-11-20) anchors the window. ``bad_rows`` plants malformed
    rows for quarantine tests (files only; counts under ``bad_rows.*``). ``progress``: rich bar
    on stderr (default: only when stderr is a TTY). ``shards``: processes for file output
    (default: 2 from 1,500 users, else 1); rows are identical whatever the shard count, only
    their order within a file differs.
    """
    seed = settings.seed if seed is None else int(seed)
    if messages is not None:
        if users is not None and days is not None:
            raise ValueError("give at most two of users / days / messages")
        users, days = size_for_messages(int(messages), users, days)
    users = DEFAULT_USERS if users is None else int(users)
    days = DEFAULT_DAYS if days is None else int(days)
    if isinstance(end_date, str):
        end_date = dt.date.fromisoformat(end_date)
    end = end_date or settings.source_end_date or DEFAULT_END_DATE
    target = settings.source_dir if to is None else to
    from transforms.contracts.postgres import is_postgres_url, parse_url
    from transforms.simulator.postgres_sink import PostgresSink

    show = sys.stderr.isatty() if progress is None else progress
    to_postgres = is_postgres_url(str(target))
    if to_postgres and bad_rows:
        raise ValueError(
            "bad_rows=True plants into export files; for PostgreSQL use "
            "transforms.simulator.bad_rows.plant_bad_rows_postgres"
        )
    if shards is None:
        shards = 1 if to_postgres or users < SHARD_MIN_USERS else SHARDS
    elif shards < 1 or (to_postgres and shards > 1):
        raise ValueError(f"shards must be >= 1 (and 1 for PostgreSQL), got {shards}")
    start = end - dt.timedelta(days=days)
    args = {
        "users": users,
        "days": days,
        "seed": seed,
        "messages_target": messages,
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "shards": shards,
    }
    t0 = time.perf_counter()
    with _progress(show, days * shards, f"generating {users} users x {days} days") as tick:
        if shards > 1:
            counts, gold = _generate_sharded(Path(target), args, tick)
            where = str(Path(target))
        else:
            sink: Sink
            if to_postgres:
                sink = PostgresSink(str(target), schema)
                where = "postgresql:" + parse_url(str(target), schema)[1]
            else:
                sink = NdjsonSink(Path(target))
                where = str(Path(target))
            sim = Simulator(sink, users=users, days=days, seed=seed, end=end, on_day=tick)
            try:
                sim.run()
            except BaseException:
                sink.abort()
                raise
            counts = dict(sink.counts)  # type: ignore[attr-defined]
            gold = dict(sink.gold_counts)  # type: ignore[attr-defined]
            sink.close(_manifest(args, counts, gold))
    result = {t: counts.get(t, 0) for t in TABLES}
    result["gold_labels"] = sum(gold.values())
    if bad_rows:
        from transforms.simulator.bad_rows import plant_bad_rows

        planted = plant_bad_rows(Path(target), seed=seed)
        result.update({f"bad_rows.{k}": v for k, v in planted.items()})
    _log(show, f"wrote {sum(counts.values()):,} rows to {where} in {time.perf_counter() - t0:.1f}s")
    return result


def _manifest(args: dict[str, Any], counts: dict[str, int], gold: dict[str, int]) -> dict[str, Any]:
    return {
        "generator_version": GENERATOR_VERSION,
        "args": args,
        "counts": {t: counts.get(t, 0) for t in TABLES},
        "gold_labels": {"total": sum(gold.values()), "by_type": dict(sorted(gold.items()))},
    }


def _shard_main(root: str, args: dict[str, Any], shard: int, ticks: Any) -> dict[str, Any]:
    """One generator process: simulate every ``shards``-th user into its own directory."""
    sink = NdjsonSink(Path(root), atomic=False)
    sim = Simulator(
        sink,
        users=args["users"],
        days=args["days"],
        seed=args["seed"],
        end=dt.date.fromisoformat(args["end_date"]),
        on_day=lambda _d: ticks.put(1),
        shard=(shard, args["shards"]),
    )
    sim.run()
    sink.close(None)
    return {
        "counts": dict(sink.counts),
        "gold": dict(sink.gold_counts),
        "partitions": {t: sorted(d) for t, d in sink.partitions.items()},
    }


def _generate_sharded(
    target: Path, args: dict[str, Any], tick: Callable[[int], None] | None
) -> tuple[dict[str, int], dict[str, int]]:
    """Run the shards in parallel processes, then merge their files in shard order."""
    import multiprocessing as mp
    import queue
    import shutil
    import uuid
    from concurrent.futures import ProcessPoolExecutor, wait

    from transforms.simulator.sinks import merge_shards

    token = uuid.uuid4().hex[:8]
    dirs = [target.with_name(f".{target.name}.{token}.shard{k}") for k in range(args["shards"])]
    ctx = mp.get_context("spawn")  # no fork of a process that may run a progress thread
    try:
        with ctx.Manager() as manager, ProcessPoolExecutor(args["shards"], mp_context=ctx) as pool:
            ticks = manager.Queue()
            futures = [pool.submit(_shard_main, str(d), args, k, ticks) for k, d in enumerate(dirs)]
            pending = set(futures)
            while pending:
                _, pending = wait(pending, timeout=0.5)
                while True:
                    try:
                        ticks.get_nowait()
                    except queue.Empty:
                        break
                    if tick:
                        tick(0)
            outs = [f.result() for f in futures]  # re-raises a shard's exception
        counts: dict[str, int] = {}
        gold: dict[str, int] = {}
        partitions: dict[str, set[str]] = {}
        for o in outs:
            for k, v in o["counts"].items():
                counts[k] = counts.get(k, 0) + v
            for k, v in o["gold"].items():
                gold[k] = gold.get(k, 0) + v
            for t, days in o["partitions"].items():
                partitions.setdefault(t, set()).update(days)
        manifest = _manifest(args, counts, gold)
        manifest["partitions"] = {t: sorted(d) for t, d in partitions.items()}
        merge_shards(dirs, target, manifest)
        return counts, gold
    finally:
        for d in dirs:
            shutil.rmtree(d, ignore_errors=True)


class _progress:
    """A rich progress bar over days on stderr, or a no-op."""

    def __init__(self, show: bool, total: int, label: str) -> None:
        self.show, self.total, self.label = show, total, label
        self._bar: Any = None

    def __enter__(self) -> Callable[[int], None] | None:
        if not self.show:
            return None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        self._bar = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
        )
        self._bar.start()
        task = self._bar.add_task(self.label, total=self.total)
        return lambda _day: self._bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def _log(show: bool, msg: str) -> None:
    if show:
        sys.stderr.write(msg + "\n")


# --- labelled corpus for the privacy team ---------------------------------------------------------
class _ListSink:
    """Collects messages in memory (for :func:`generate_labelled_messages`)."""

    def __init__(self) -> None:
        self.messages: list[dict[str, str]] = []
        self.spans: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {}
        self.gold_counts: dict[str, int] = {}
        self._texts: dict[str, str] = {}

    def write(self, table: str, row: dict[str, Any]) -> None:
        if table == "messages":
            self.messages.append({"id": row["message_id"], "text": row["text"]})

    def gold(self, table: str, row_id: str, column: str, spans: list[Any]) -> None:
        if table == "messages":
            self.spans.extend(
                {"id": row_id, "start": s, "end": e, "type": t, "value": v} for s, e, t, v in spans
            )

    def low_quality(self, record: dict[str, Any]) -> None:
        pass

    def end_day(self, day: dt.date) -> None:
        pass

    def close(self, manifest: dict[str, Any]) -> None:
        pass

    def abort(self) -> None:
        pass


def generate_labelled_messages(n: int, seed: int) -> tuple[list[dict], list[dict]]:
    """``n`` chat messages with gold spans, for PII/secret detection eval and benchmarks.

    Same simulator and text as the platform data, with planting rates scaled up (5x,
    capped) so a few hundred messages cover every entity type, while about two thirds of the
    messages still carry no PII (to measure the flag rate on clean text). Returns
    ``(messages [{"id","text"}], spans [{"id","start","end","type","value"}])``; deterministic
    in ``(n, seed)``.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    sink = _ListSink()
    users = max(4, math.ceil(n / (_rate(3) * 3)))
    rates = Rates().scaled(5.0)
    sim = Simulator(sink, users=users, days=3, seed=seed, end=DEFAULT_END_DATE, rates=rates)
    sim.run()
    extra = 0
    while len(sink.messages) < n:  # top up deterministically if the draw came out short
        extra += 1
        more = _ListSink()
        Simulator(
            more, users=users, days=3, seed=seed * 1000 + extra, end=DEFAULT_END_DATE, rates=rates
        ).run()
        offset = f"x{extra}_"
        sink.messages.extend({"id": offset + m["id"], "text": m["text"]} for m in more.messages)
        sink.spans.extend({**s, "id": offset + s["id"]} for s in more.spans)
    messages = sink.messages[:n]
    keep = {m["id"] for m in messages}
    spans = [s for s in sink.spans if s["id"] in keep]
    return messages, spans
