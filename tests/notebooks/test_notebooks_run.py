"""The analyst notebooks run headless on the fixture warehouse and save their plots."""

from __future__ import annotations

import ast

from tests.warehouse import fixtures as fx
from transforms.notebooks_runner import main, notebook_paths, run_notebooks

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_every_notebook_runs_and_saves_png_plots(tmp_path, tmp_path_factory):
    s = fx.copy_data_dir(fx.built_fixture_warehouse(tmp_path_factory), tmp_path / "data")
    runs = run_notebooks(s)
    assert [r.notebook for r in runs] == [p.name for p in notebook_paths(s)]
    assert len(runs) == 5
    for r in runs:
        assert r.ok, f"{r.notebook} failed:\n{r.output_tail}"
        assert r.plots, f"{r.notebook} saved no plot"
    pngs = sorted((s.reports_dir / "notebooks").glob("*.png"))
    assert {p.name for p in pngs} >= {
        "01_fix_loop_funnel.png",
        "02_time_to_first_working_app.png",
        "03_model_latency_and_cost.png",
        "04_training_candidates.png",
        "05_export_curation.png",
        "05_preference_and_quality.png",
    }
    for p in pngs:
        assert p.read_bytes()[:8] == PNG_MAGIC and p.stat().st_size > 5_000
    # the funnel notebook prints the mart it plots
    funnel = next(r for r in runs if r.notebook.startswith("01_"))
    assert "loops_opened" in funnel.output_tail


def test_notebooks_are_jupytext_percent_and_read_only_through_the_analyst_path(tmp_path):
    for path in notebook_paths(fx.fixture_settings(tmp_path)):
        source = path.read_text()
        assert "# %%" in source and "jupytext" in source
        imports = [
            n
            for n in ast.walk(ast.parse(source))
            if isinstance(n, ast.ImportFrom) and n.module.startswith("transforms")
        ]
        assert {n.module for n in imports} <= {"transforms.config", "transforms.privacy.access"}
        names = {a.name for n in imports for a in n.names}
        assert names <= {"Settings", "connect_analyst"}, path.name  # never the privileged one
        assert "connect_privileged" not in source and "duckdb.connect" not in source


def test_runner_exit_code_reports_failure(tmp_path, monkeypatch):
    # no warehouse in an empty data dir: every notebook fails and the runner says so
    monkeypatch.setenv("IW_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("IW_WAREHOUSE", raising=False)
    monkeypatch.delenv("IW_LAKE_DIR", raising=False)
    assert main(["--only", "01"]) == 1
