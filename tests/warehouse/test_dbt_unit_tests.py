"""dbt ``unit_tests`` (dbt/models/**/_*__unit_tests.yml) on the models with real logic.

``dbt build`` runs them before each model, so the warehouse stage already refuses to build
when one fails; this test runs them on their own (``dbt test --select test_type:unit``) so a
failure names the unit test, and checks that every one of them ran.
"""

from __future__ import annotations

import json
import shutil

from tests.warehouse import fixtures as fx
from transforms.pipelines import warehouse

UNIT_TESTS = {
    "turns_know_the_user_turn_before_them_and_their_place_in_the_thread": "int_messages_ordered",
    "a_regeneration_chain_shares_its_root_prompt_and_surviving_answer": (
        "int_regenerations_chained"
    ),
    "threading_follows_regenerations_to_the_surviving_answer": "int_sessions_threaded",
    "fix_loops_open_on_a_failure_and_close_on_the_next_success": "int_fix_attempts_numbered",
    "funnel_counts_loops_fixed_within_n_attempts_with_roll_ups": "mart_fix_loop_funnel",
    "preference_pairs_choose_the_surviving_answer_and_name_the_strongest_signal": (
        "train_preference_pairs"
    ),
}


def test_unit_tests_cover_the_models_with_real_logic(tmp_path_factory):
    s = fx.built_fixture_warehouse(tmp_path_factory)
    manifest = json.loads(warehouse.dbt_parse(s, s.data_dir / "dbt" / "target").read_text())
    declared = {
        u["name"]: u["model"]
        for u in manifest.get("unit_tests", {}).values()
        if u["package_name"] == "interaction_warehouse"
    }
    assert declared == UNIT_TESTS


def test_dbt_unit_tests_pass(tmp_path_factory, tmp_path):
    s = fx.built_fixture_warehouse(tmp_path_factory)
    # unit tests read the upstream relations' column types: run them on a copy of the build
    scratch = tmp_path / "unit.duckdb"
    shutil.copyfile(s.warehouse_path, scratch)
    res = warehouse.run_dbt(s, scratch, ["test", "--select", "test_type:unit"])
    assert res.success, (res.failures, res.exception, res.output_tail)
    assert res.statuses == {"pass": len(UNIT_TESTS)}, res.statuses
