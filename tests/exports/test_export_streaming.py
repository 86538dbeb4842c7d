"""Streaming export (issue 18): batch by batch gives what the whole-table pipeline gives."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from transforms.exports import curation as cur
from transforms.exports import ordering, streaming
from transforms.exports.build import build_exports
from transforms.exports.decontam import build_eval_index
from transforms.exports.options import ExportOptions
from transforms.exports.sources import read_warehouse
from transforms.exports.specs import SPECS, curation_steps
from transforms.exports.stats import DatasetStats, dataset_stats
from transforms.exports.writer import SplitRows, write_version


def _steps(settings, spec, snap, opts):
    consent = snap.consent
    return [
        *curation_steps(
            spec,
            opts,
            consent=cur.ConsentFilter(consent.allowed, consent.known),
            eval_index=build_eval_index(opts.eval_set_path, opts.decontam_ngram),
        ),
        cur.AssignSplits(settings.split_salt, opts.split_fractions),
    ]


def _without_seconds(steps: list[dict]) -> list[dict]:
    return [{k: v for k, v in s.items() if k != "seconds"} for s in steps]


@pytest.mark.parametrize("dataset", ["sft", "bugfix", "preference"])
def test_streamed_curation_equals_the_whole_table_pipeline(fixture_warehouse, tmp_path, dataset):
    settings, _ = fixture_warehouse
    spec, opts = SPECS[dataset], ExportOptions()
    with read_warehouse(settings, [spec]) as snap:
        whole = pl.from_arrow(snap.con.sql(spec.select_sql(snap.con)).to_arrow_table())
        ranked = spec.prepare(whole).sort(
            [e for e, _ in spec.rank], descending=spec.rank_descending(), maintain_order=True
        )
        expected = cur.run_pipeline(ranked, _steps(settings, spec, snap, opts))
        spill = tmp_path / "rows.parquet"
        # 7 rows per batch: every dedup cluster and most users span several batches
        got = streaming.curate(
            snap.con, spec, _steps(settings, spec, snap, opts), spill, batch_rows=7
        )
    ids = pl.read_parquet(spill).select("_row", "id")
    got_rows = got.frame.join(ids, on="_row").select("id", "split", "dup_count").sort("id")
    want_rows = expected.frame.select("id", "split", pl.col("_dups").alias("dup_count")).sort("id")
    assert got_rows.height > 0
    assert got_rows.to_dicts() == want_rows.to_dicts()
    assert got.rows_in == expected.rows_in == whole.height
    assert _without_seconds(got.steps) == _without_seconds(expected.steps)
    assert got.removed_by_reason == expected.removed_by_reason
    assert any(s["removed"] for s in got.steps if s["step"] in ("exact_dedup", "near_dedup"))


def test_batch_size_does_not_change_a_byte(fixture_warehouse, built, monkeypatch):
    settings, _, first = built
    monkeypatch.setattr(streaming, "BATCH_ROWS", 5)
    again = build_exports(settings, "all")
    for dataset in ("sft", "bugfix", "preference"):
        a, b = (
            json.loads((Path(s["datasets"][dataset]["path"]) / "manifest.json").read_text())
            for s in (first, again)
        )
        assert [(f["path"], f["sha256"]) for f in a["files"]] == [
            (f["path"], f["sha256"]) for f in b["files"]
        ]
        assert a["content_hash"] == b["content_hash"]
        assert a["stats"] == b["stats"]


def test_streamed_splits_write_the_same_shards_as_one_table(tmp_path):
    settings = type("S", (), {"exports_dir": tmp_path / "exports"})()
    n = 200
    table = pa.table(
        {
            "id": [f"id-{i:04d}" for i in range(n)],
            "text": [("word " * (i % 37)).strip() for i in range(n)],
            "split": ["train"] * 150 + ["validation"] * 30 + ["test"] * 20,
        }
    )
    # small row groups and shards: several of each, cut across the incoming tables
    opts = ExportOptions(target_shard_bytes=2_000, row_group_bytes=1_500)
    common = {"opts": opts, "manifest": {}, "config_for_hash": {}}
    whole = write_version(settings, "t", table, **common)
    streamed = {}
    for split in ("train", "validation", "test"):
        part = table.filter(pa.compute.equal(table["split"], split)).combine_chunks()
        pieces = [part.slice(i, 7) for i in range(0, part.num_rows, 7)]
        streamed[split] = SplitRows(part.num_rows, part.nbytes, lambda p=pieces: p)
    again = write_version(settings, "t", streamed, schema=table.schema, **common)
    files = [(f["path"], f["sha256"]) for f in whole.manifest["files"]]
    assert files == [(f["path"], f["sha256"]) for f in again.manifest["files"]]
    assert sum(1 for p, _ in files if p.startswith("train-")) >= 2
    assert pq.ParquetFile(whole.path / files[0][0]).metadata.num_row_groups >= 2


def test_stats_accumulated_per_batch_equal_stats_of_the_whole(built):
    settings, _, summary = built
    for dataset in ("sft", "preference"):
        vdir = Path(summary["datasets"][dataset]["path"])
        table = pa.concat_tables(pq.read_table(p) for p in sorted(vdir.glob("*.parquet")))
        acc = DatasetStats(dataset)
        for i in range(0, table.num_rows, 3):
            acc.add(table.slice(i, 3))
        assert acc.result() == dataset_stats(dataset, table)


def test_step_counts_add_up_and_settings_stay():
    into = {"reason": "r", "removed": 2, "threshold": 5, "removed_by_rule": {"a": 1}}
    streaming.merge_counts(
        into, {"reason": "r", "removed": 3, "threshold": 5, "removed_by_rule": {"a": 1, "b": 2}}
    )
    assert into == {
        "reason": "r",
        "removed": 5,
        "threshold": 5,
        "removed_by_rule": {"a": 2, "b": 2},
    }


def test_sorted_rows_need_contiguous_splits(tmp_path):
    schema = pa.schema([("id", pa.string()), ("split", pa.string())])
    tables = [pa.table({"id": ["a", "b"], "split": ["train", "test"]}, schema=schema)] * 2
    with pytest.raises(ValueError, match="not contiguous"):
        ordering.split_files(iter(tables), schema, tmp_path)


def test_ranked_signatures_pick_rows_across_batches_and_release_the_blocks(tmp_path):
    """The rank-ordered signature matrix equals fancy-indexing the concatenated blocks, and
    every batch block is released while it is assembled (no list + copy + copy)."""
    import numpy as np

    run = streaming._Run.__new__(streaming._Run)
    run.near = cur.NearDedup()
    rng = np.random.default_rng(7)
    blocks = [rng.integers(0, 2**32, size=(8, n), dtype=np.uint32) for n in (3, 0, 5, 4)]
    run.sigs = list(blocks)
    whole = np.concatenate(blocks, axis=1)
    rows = np.array([9, 0, 4, 11, 2, 7])  # a rank order over a subset of the 12 rows
    got = run._ranked_signatures(rows)
    np.testing.assert_array_equal(got, whole[:, rows])
    assert run.sigs == []  # the blocks went with the assembly


@pytest.mark.parametrize("dataset", ["sft", "preference"])
def test_sorted_rows_by_buckets_equal_one_sort_of_the_whole_spill(
    fixture_warehouse, tmp_path, dataset
):
    """Narrow keys sorted, wide rows moved bucket by bucket: the same rows in (split, id)
    order as sorting the joined spill at once, in tables of ``batch_rows``, for any bucket
    size; the bucket files are gone afterwards."""
    settings, _ = fixture_warehouse
    spec, opts = SPECS[dataset], ExportOptions()
    spill = tmp_path / "rows.parquet"
    with read_warehouse(settings, [spec]) as snap:
        kept = streaming.curate(
            snap.con, spec, _steps(settings, spec, snap, opts), spill, batch_rows=7
        ).frame
    whole = (
        pl.read_parquet(spill)
        .join(kept, on="_row")
        .sort(["split", "id", "_row"])
        .select(*spec.payload_columns, "split", "dup_count")
    )
    want = spec.to_output(whole.to_arrow())
    assert want.num_rows > 10 and len(set(want.column("split").to_pylist())) == 3
    for bucket_bytes in (1, 5_000, 1 << 30):  # one bucket per 4 rows ... one bucket
        scratch = tmp_path / f"b{bucket_bytes}"
        scratch.mkdir()
        tables = list(
            ordering.sorted_rows(
                spec, spill, kept, scratch, batch_rows=4, bucket_bytes=bucket_bytes
            )
        )
        assert [t.num_rows for t in tables[:-1]] == [4] * (len(tables) - 1)
        assert pa.concat_tables(tables).equals(want)
        assert list(scratch.iterdir()) == []


def test_coalesced_batches_are_copies_so_kept_keys_never_pin_a_read_batch():
    """A batch imported from DuckDB lives while any of its buffers does: the tables handed to
    curation must own their memory, for one batch as for several."""
    batches = [
        pa.record_batch({"id": [f"id-{i}-{j}" for j in range(3)], "text": ["x" * 50] * 3})
        for i in range(4)
    ]
    read = {b.column(0).buffers()[2].address for b in batches}
    for rows in (3, 100):  # one source batch per table, then all four in one table
        reader = pa.RecordBatchReader.from_batches(batches[0].schema, batches)
        tables = list(streaming._coalesce(reader, rows, 1 << 20))
        assert pa.concat_tables(tables).equals(pa.Table.from_batches(batches))
        for table in tables:
            for chunk in table.column("id").chunks:
                assert chunk.buffers()[2].address not in read
