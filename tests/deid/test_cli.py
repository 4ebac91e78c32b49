"""The CLI contract: `deid analyze FILE.jsonl` prints one JSON line per input line;
`deid run`, `review` and `apply` drive the review on a project."""

from __future__ import annotations

import json

from tests.conftest import sign_in_cli
from workbench.cli import main
from workbench.core.items import ItemContent
from workbench.store import items
from workbench.store.users import get_user


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_analyze_prints_one_line_per_input(tmp_path, capsys):
    rows = [
        {"id": "a1", "text": "Herr Reto Brunner, IBAN CH93 0076 2011 6238 5295 7.", "locale": "de-CH", "extra": 1},
        {"id": 2, "text": "Nessun dato personale qui: CHF 1'850.00, art. 271 CO.", "locale": "it-CH"},
        {"id": "c", "text": "Call Mrs Emma Clarke on +41 44 381 22 90.", "locale": "en"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    assert main(["deid", "analyze", str(path)]) == 0
    out = _lines(capsys.readouterr().out)
    assert [o["id"] for o in out] == ["a1", 2, "c"]
    for o in out:
        assert set(o) == {"id", "spans"}
        for s in o["spans"]:
            assert set(s) == {"start", "end", "entity", "score"} and 0 < s["score"] <= 1
    text = rows[0]["text"]
    assert [(s["entity"], text[s["start"]:s["end"]]) for s in out[0]["spans"]] == [
        ("PERSON", "Reto Brunner"), ("IBAN_CODE", "CH93 0076 2011 6238 5295 7")]
    assert out[1]["spans"] == []
    assert {s["entity"] for s in out[2]["spans"]} == {"PERSON", "PHONE_NUMBER"}


def test_analyze_rejects_bad_lines_with_their_number(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "ok", "locale": "fr-CH"}\n{"id": 2, "text": "x", "locale": "de"}\n'
                    'not json\n', "utf-8")
    assert main(["deid", "analyze", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""   # nothing analysed, nothing printed
    assert "row 2, field 'locale'" in captured.err and "row 3" in captured.err


def test_run_review_apply_from_the_command_line(project, capsys):
    contents = [ItemContent.create(kind="pair", locale="fr-CH",
                                   prompt="Je suis Lucie Delacrétaz, tél. 079 512 38 04.",
                                   response="Madame Delacrétaz sera rappelée.")]
    item_id = items.add_items(project, contents, actor=get_user(project, "max"))[0]
    root = str(project.root)
    # every write is attributable: without a session the command refuses
    assert main(["--project", root, "deid", "run", "--json"]) == 2
    assert "workbench login" in capsys.readouterr().err
    sign_in_cli(root, "max")
    assert main(["--project", root, "--user", "max", "deid", "run", "--json"]) == 0
    summary = _lines(capsys.readouterr().out)[-1]
    assert summary["with_findings"] == 1 and summary["awaiting_review"] == 1

    assert main(["--project", root, "deid", "review", "list", "--json"]) == 0
    found = _lines(capsys.readouterr().out)
    assert {f["text"] for f in found} == {"Lucie Delacrétaz", "079 512 38 04", "Delacrétaz"}

    # naming someone else than the signed-in user is refused
    assert main(["--project", root, "--user", "claire", "deid", "review", "accept", "--all-pending"]) == 2
    assert "signed in as max, not claire" in capsys.readouterr().err
    assert main(["--project", root, "--user", "max", "deid", "review", "mark-missed", str(item_id),
                 "--field", "response", "--text", "rappelée", "--entity", "PERSON"]) == 0
    assert main(["--project", root, "--user", "max", "deid", "review", "accept", "--all-pending"]) == 0
    assert main(["--project", root, "--user", "max", "deid", "apply"]) == 0
    capsys.readouterr()
    item = items.get_item(project, item_id)
    assert item["status"] == "deidentified"
    assert item["prompt"] == "Je suis <PERSON_1>, tél. <PHONE_1>."
    assert item["response"] == "Madame <PERSON_1> sera <PERSON_2>."


def test_engines_lists_every_locale(capsys):
    assert main(["deid", "engines", "--json"]) == 0
    info = {d["locale"]: d for d in _lines(capsys.readouterr().out)}
    assert set(info) == {"de-CH", "gsw", "fr-CH", "it-CH", "rm", "en"}
    assert info["fr-CH"]["model"] == "fr_core_news_sm"
    assert info["rm"]["model"] is None and info["rm"]["blank_language"] == "xx"
