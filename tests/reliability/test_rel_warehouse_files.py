"""Issue 15 item 6: a killed build leaves nothing behind after the next run, and repeated
rebuilds do not grow the warehouse file."""

from __future__ import annotations

import duckdb

from transforms.config import Settings
from transforms.pipelines import warehouse as wh


def _rebuild(settings: Settings, generation: int) -> None:
    """What a dbt run does to the build copy: replace the marts with new contents."""
    build = wh.prepare_build(settings)
    con = duckdb.connect(str(build))
    for mart in wh.TRAINING_MARTS:
        con.execute(f"create or replace table {mart} as select {generation} as g")
    con.execute(
        "create or replace table fct_events as "
        f"select range as id, 'event-' || range || '-{generation}' as payload "
        "from range(300000)"
    )
    con.close()
    wh._publish(settings, build)


def test_five_rebuilds_do_not_grow_the_warehouse(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1)
    sizes = []
    for generation in range(6):
        _rebuild(s, generation)
        sizes.append(s.warehouse_path.stat().st_size)
    # the first build is the baseline; five rebuilds on top stay within 10 % of it
    assert max(sizes[1:]) <= sizes[0] * 1.1, sizes
    assert sorted(p.name for p in tmp_path.iterdir() if "duckdb" in p.name) == ["warehouse.duckdb"]
    con = duckdb.connect(str(s.warehouse_path), read_only=True)
    assert con.execute("select max(g) from train_sft_conversations").fetchone() == (5,)
    con.close()


def test_leftovers_of_a_killed_build_are_removed_by_the_next_run(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1)
    _rebuild(s, 0)
    build = wh.build_path_for(s)
    leftovers = [
        build,
        build.with_name(build.name + ".wal"),
        build.with_name(f".{build.name}.copy"),
        build.with_name(f".{build.name}.compact"),
    ]
    for p in leftovers:
        p.write_bytes(b"x" * 4096)  # what a SIGKILL mid-build leaves
    removed = wh.remove_build_leftovers(s)
    assert sorted(removed) == sorted(p.name for p in leftovers)
    assert s.warehouse_path.exists() and not any(p.exists() for p in leftovers)
    for p in leftovers[1:]:
        p.write_bytes(b"x" * 4096)
    _rebuild(s, 1)  # prepare_build cleans them too
    assert not any(p.exists() for p in leftovers)
