"""Import: every format and shape, and every malformed case leaves the database unchanged."""

import json

import pytest

from tests.store.helpers import row_count
from workbench.core.errors import ImportRejected
from workbench.store import items
from workbench.store.audit import entries, verify_chain
from workbench.store.imports import import_file
from workbench.store.users import get_user

GOOD = [
    {"prompt": "Wie schliesse ich mein Konto?", "response": "Per Formular oder am Schalter.", "locale": "de-CH"},
    {"prompt": "Chönnd Sie mer d Charte sperre?", "response": "Jo, mir sperred si grad.", "locale": "gsw",
     "tags": ["banking"]},
]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def snapshot_counts(p):
    return {t: row_count(p, t) for t in ("items", "revisions", "audit", "imports")}


@pytest.mark.parametrize("name,content,expect", [
    ("encoding.jsonl", "latin1", "not UTF-8"),
    ("broken.jsonl", '{"prompt": "ok", "response": "ok", "locale": "en"}\n{"prompt": "x", \n', "broken JSON"),
    ("missing.jsonl", '{"prompt": "only a prompt", "locale": "en"}\n', "'response' is missing"),
    ("empty.jsonl", '{"prompt": "   ", "response": "r", "locale": "en"}\n', "'prompt' is empty"),
    ("mistyped.jsonl", '{"prompt": 12, "response": "r", "locale": "en"}\n', "must be text"),
    ("locale.jsonl", '{"prompt": "p", "response": "r", "locale": "de"}\n', "ambiguous"),
    ("oversized.jsonl", json.dumps({"prompt": "p", "response": "x" * 40_000, "locale": "en"}) + "\n",
     "over the limit"),
    ("binary.jsonl", b"PK\x03\x04\x00\x00binary zip", "binary data"),
    ("ctrl.jsonl", json.dumps({"prompt": "p\x01\x02\x03\x04", "response": "r", "locale": "en"}) + "\n", "binary data"),
    ("nolocale.jsonl", '{"prompt": "p", "response": "r"}\n', "no locale"),
    ("notobject.jsonl", '["p", "r"]\n', "expected a JSON object"),
    ("emptyfile.jsonl", "", "is empty"),
    ("multi.jsonl", json.dumps({"messages": [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"},
                                             {"role": "user", "content": "c"}, {"role": "assistant", "content": "d"}],
                                "locale": "en"}) + "\n", "multi-turn"),
])
def test_malformed_file_changes_nothing_and_says_why(project, tmp_path, name, content, expect):
    path = tmp_path / name
    good_line = json.dumps(GOOD[0], ensure_ascii=False) + "\n"
    if content == "latin1":
        path.write_bytes(good_line.encode()
                         + '{"prompt": "Grüezi", "response": "r", "locale": "gsw"}\n'.encode("latin-1"))
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(good_line + content if content else "", encoding="utf-8")
    before = snapshot_counts(project)
    with pytest.raises(ImportRejected) as exc:
        import_file(project, path, actor=get_user(project, "max"))
    assert expect in str(exc.value)
    if exc.value.problems:  # row-level problems name the row
        assert any(p.row and p.row >= 1 for p in exc.value.problems)
    assert snapshot_counts(project) == before


def test_missing_file_is_a_clear_error(project, tmp_path):
    with pytest.raises(ImportRejected, match="no such file"):
        import_file(project, tmp_path / "nope.jsonl", actor=get_user(project, "max"))


def test_every_bad_row_is_listed_not_just_the_first(project, tmp_path):
    rows = [GOOD[0], {"prompt": "", "response": "r", "locale": "en"}, GOOD[1], {"prompt": "p", "locale": "en"}]
    with pytest.raises(ImportRejected) as exc:
        import_file(project, write_jsonl(tmp_path / "two_bad.jsonl", rows), actor=get_user(project, "max"))
    assert [p.row for p in exc.value.problems] == [2, 4]
    assert row_count(project) == 0


def test_jsonl_import_is_audited_with_file_hash(project, tmp_path):
    result = import_file(project, write_jsonl(tmp_path / "good.jsonl", GOOD), actor=get_user(project, "max"))
    assert result.added == 2
    assert {r["locale"] for r in items.list_items(project)} == {"de-CH", "gsw"}
    entry = list(entries(project, action="items.add"))[-1]
    assert "file_sha256" in entry["after"] and entry["actor"] == "max"
    assert verify_chain(project).ok


def test_duplicates_are_reported_not_added(project, tmp_path):
    import_file(project, write_jsonl(tmp_path / "a.jsonl", GOOD), actor=get_user(project, "max"))
    again = import_file(project, write_jsonl(tmp_path / "b.jsonl", [GOOD[0], GOOD[0], {**GOOD[1], "prompt": "Neu?"}]),
                        actor=get_user(project, "max"))
    assert again.added == 1
    assert again.duplicates == [{"row": 1, "duplicate_of": "item 1"}, {"row": 2, "duplicate_of": "item 1"}]
    assert row_count(project) == 3


@pytest.mark.parametrize("shape", [
    {"prompt": "P", "completion": "C"},
    {"instruction": "Fasse zusammen", "input": "Text", "output": "Kurz"},
    {"question": "P", "answer": "C"},
    {"messages": [{"role": "system", "content": "S"}, {"role": "user", "content": "P"},
                  {"role": "assistant", "content": "C"}]},
])
def test_common_shapes(project, tmp_path, shape):
    import_file(project, write_jsonl(tmp_path / "s.jsonl", [shape]), locale="fr-CH", actor=get_user(project, "max"))
    item = items.list_items(project)[0]
    assert item["locale"] == "fr-CH" and item["prompt"].startswith(("P", "Fasse"))
    if "input" in shape:
        assert item["prompt"] == "Fasse zusammen\n\nText"
    if "messages" in shape:
        assert item["system"] == "S"


def test_holdout_with_checks(project, tmp_path):
    rows = [{"prompt": "Qual è il limite del pilastro 3a?", "reference": "CHF 7'258 per i dipendenti.",
             "checks": {"required": ["7'258"], "forbidden": ["6'883"]}}]
    import_file(project, write_jsonl(tmp_path / "h.jsonl", rows), kind="holdout", locale="it-CH",
                actor=get_user(project, "max"))
    item = items.list_items(project, kind="holdout")[0]
    assert item["checks"]["required"] == ["7'258"]


def test_json_csv_parquet_and_datasets_folder(project, tmp_path):
    import datasets
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "a.json").write_text(json.dumps({"data": [{"prompt": "J1", "response": "R"}]}), encoding="utf-8")
    (tmp_path / "b.csv").write_text('prompt,response,locale,tags\n"Hello, there",Hi,en,"banking,canton"\n',
                                    encoding="utf-8")
    pq.write_table(pa.Table.from_pylist([{"prompt": "Q1", "response": "R", "locale": "rm"}]), tmp_path / "c.parquet")
    datasets.Dataset.from_list([{"prompt": "H1", "completion": "R", "locale": "it-CH"}]).save_to_disk(
        str(tmp_path / "hf"))
    import_file(project, tmp_path / "a.json", locale="en", actor=get_user(project, "max"))
    import_file(project, tmp_path / "b.csv", actor=get_user(project, "max"))
    import_file(project, tmp_path / "c.parquet", actor=get_user(project, "max"))
    import_file(project, tmp_path / "hf", actor=get_user(project, "max"))
    got = {r["prompt"]: (r["locale"], r["tags"]) for r in items.list_items(project)}
    assert got == {"J1": ("en", []), "Hello, there": ("en", ["banking", "canton"]), "Q1": ("rm", []),
                   "H1": ("it-CH", [])}


def test_row_locale_contradicting_the_flag_is_refused(project, tmp_path):
    with pytest.raises(ImportRejected, match="contradicts"):
        import_file(project, write_jsonl(tmp_path / "x.jsonl", [GOOD[1]]), locale="de-CH",
                    actor=get_user(project, "max"))
