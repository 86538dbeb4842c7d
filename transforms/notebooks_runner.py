"""Execute the analyst notebooks (``notebooks/NN_*.py``, jupytext percent format) headless.

``python -m transforms.notebooks_runner [--only 01,03]``: each notebook runs as a plain Python
script in its own process (matplotlib Agg backend, settings from the environment); their PNG
plots land in ``<data>/reports/notebooks/``. Exit code 1 when any notebook fails.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from transforms.config import Settings, child_env


@dataclass
class NotebookRun:
    """One executed notebook."""

    notebook: str
    ok: bool
    seconds: float
    plots: list[str]
    output_tail: str


def notebook_paths(settings: Settings) -> list[Path]:
    """The numbered notebooks in ``<repo>/notebooks`` in order."""
    return sorted((settings.repo_dir / "notebooks").glob("[0-9][0-9]_*.py"))


def run_notebooks(
    settings: Settings | None = None, only: list[str] | None = None, timeout_s: float = 300
) -> list[NotebookRun]:
    """Run every notebook (or those whose number/name starts with an ``only`` entry)."""
    settings = settings or Settings.from_env()
    paths = notebook_paths(settings)
    if only:
        paths = [p for p in paths if any(p.name.startswith(o) for o in only)]
        if not paths:
            raise ValueError(f"no notebook matches {only}")
    env = child_env(
        {
            "MPLBACKEND": "Agg",
            "IW_DATA_DIR": str(settings.data_dir),
            "IW_WAREHOUSE": str(settings.warehouse_path),
            "IW_LAKE_DIR": str(settings.lake_dir),
        }
    )
    out_dir = settings.reports_dir / "notebooks"
    runs = []
    for path in paths:
        before = (
            {p: p.stat().st_mtime_ns for p in out_dir.glob("*.png")} if out_dir.exists() else {}
        )
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, str(path)],
            env=env,
            cwd=settings.repo_dir,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
        plots = (
            sorted(str(p) for p in out_dir.glob("*.png") if before.get(p) != p.stat().st_mtime_ns)
            if out_dir.exists()
            else []
        )
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-30:])
        runs.append(
            NotebookRun(
                path.name, proc.returncode == 0, round(time.perf_counter() - t0, 2), plots, tail
            )
        )
    return runs


def main(argv: list[str] | None = None) -> int:
    """Command line entry: run, print one line per notebook, non-zero exit on any failure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated notebook prefixes, e.g. 01,03")
    args = parser.parse_args(argv)
    runs = run_notebooks(only=args.only.split(",") if args.only else None)
    for r in runs:
        status = "ok  " if r.ok else "FAIL"
        print(f"{status} {r.notebook} ({r.seconds:.1f}s) -> {len(r.plots)} plot(s)")
        for p in r.plots:
            print(f"       {p}")
        if not r.ok:
            print("       " + r.output_tail.replace("\n", "\n       "))
    return 0 if all(r.ok for r in runs) else 1


if __name__ == "__main__":
    raise SystemExit(main())
