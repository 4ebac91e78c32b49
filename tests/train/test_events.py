"""The run event log: what the writer appends, the readers give back, for training and evaluation."""

from __future__ import annotations

import json

from workbench.train.events import EVENTS, EventLog, events_size, read_events, read_from


def test_written_events_come_back_in_order_with_time_and_type(tmp_path):
    seen = []
    with EventLog(tmp_path, on_event=seen.append) as log:
        log.emit("step", step=1, loss=float("nan"), note="Grüezi\u2028mitenand")
        log.emit("done", step=1, sync=True)
    events = read_events(tmp_path)
    assert [e["type"] for e in events] == ["step", "done"]
    assert all(isinstance(e["t"], float) for e in events)
    assert events[0]["loss"] == "nan"  # JSON has no NaN: the line stays valid
    assert events[0]["note"] == "Grüezi\u2028mitenand"  # a Unicode line separator stays inside its line
    assert seen == events  # the listener gets exactly what was written


def test_read_from_returns_only_complete_new_lines_and_where_to_go_on(tmp_path):
    with EventLog(tmp_path) as log:
        log.emit("log", message="first")
    events, pos = read_from(tmp_path)
    assert [e["message"] for e in events] == ["first"] and pos == events_size(tmp_path)
    with (tmp_path / EVENTS).open("ab") as fh:  # a worker writing its next line, not yet finished
        fh.write(b'{"t": 1.0, "type": "log", "mess')
    assert read_from(tmp_path, pos) == ([], pos)
    with (tmp_path / EVENTS).open("ab") as fh:
        fh.write(b'age": "second"}\n')
    events, pos = read_from(tmp_path, pos)
    assert [e["message"] for e in events] == ["second"] and pos == events_size(tmp_path)


def test_a_line_cut_by_kill_9_is_skipped_even_mid_character(tmp_path):
    cut = json.dumps({"t": 1.0, "type": "log", "message": "é"}, ensure_ascii=False).encode()[:-3]
    (tmp_path / EVENTS).write_bytes(cut + json.dumps({"t": 2.0, "type": "done"}).encode() + b"\n")
    assert read_events(tmp_path) == []
    with EventLog(tmp_path) as log:
        log.emit("done")
    assert [e["type"] for e in read_events(tmp_path)] == ["done"]


def test_an_evaluation_writes_its_own_file_with_the_same_schema(tmp_path):
    with EventLog(tmp_path, name="eval_events.jsonl") as log:
        log.emit("eval.progress", checkpoint="base", done=2, total=6)
    assert read_events(tmp_path) == []
    events, _ = read_from(tmp_path, name="eval_events.jsonl")
    assert [(e["type"], e["done"]) for e in events] == [("eval.progress", 2)]
