"""The Airflow path records the same ``dbt_nodes`` in the warehouse run as the in-process stage."""

from __future__ import annotations

import json

from dbt.events.types import NodeFinished, NodeStart
from dbt_common.events.base_types import msg_from_base_event

from tests.warehouse import fixtures as fx
from transforms.orchestration.cosmos_dbt import (
    DBT_NODES_XCOM_KEY,
    DbtNodeStatuses,
    node_statuses,
)
from transforms.pipelines import warehouse


class _TaskInstance:
    """The XCom surface of an Airflow task instance, kept in a dict."""

    def __init__(self):
        self.xcom: dict[tuple[str, str], object] = {}
        self.task_id = "dbt_build"

    def xcom_push(self, key, value):
        self.xcom[(self.task_id, key)] = value

    def xcom_pull(self, task_ids, key):
        return self.xcom.get((task_ids, key))


def _finished(unique_id: str, status: str):
    return msg_from_base_event(
        NodeFinished(node_info={"unique_id": unique_id}, run_result={"status": status})
    )


def test_finished_nodes_are_counted_by_status_and_pushed_once():
    statuses = DbtNodeStatuses()
    ti = _TaskInstance()
    statuses(msg_from_base_event(NodeStart(node_info={"unique_id": "model.p.a"})))
    for event in (
        _finished("model.p.a", "success"),
        _finished("model.p.b", "success"),
        _finished("test.p.t1", "pass"),
        _finished("test.p.t2", "fail"),
    ):
        statuses(event)
    statuses.push("/tmp/project", context={"ti": ti})
    assert ti.xcom[("dbt_build", DBT_NODES_XCOM_KEY)] == {"success": 2, "pass": 1, "fail": 1}
    assert node_statuses(ti) == {"success": 2, "pass": 1, "fail": 1}
    # a second run of the same operator object starts from zero
    statuses(_finished("model.p.a", "error"))
    statuses.push("/tmp/project", context={"ti": ti})
    assert node_statuses(ti) == {"error": 1}


def test_no_pushed_statuses_reads_as_none():
    assert node_statuses(_TaskInstance()) is None


def test_publish_records_the_dbt_nodes_it_is_given(tmp_path):
    s = fx.fixture_settings(tmp_path)
    fx.write_clean_lake(s)
    fx.write_run_records(s)
    build = warehouse.prepare_build(s, full_refresh=True)
    dbt = warehouse.run_dbt(s, build, ["build", "--full-refresh"])
    assert dbt.success
    result = warehouse.publish_build(s, build, dbt_nodes=dbt.statuses)
    [path] = (s.state_dir / "runs/warehouse").glob(f"*{result.run_id}*.json")
    record = json.loads(path.read_text())
    assert record["details"]["dbt_nodes"] == dbt.statuses == result.details["dbt_nodes"]
    assert dbt.statuses.get("success", 0) > 0 and dbt.statuses.get("error", 0) == 0
