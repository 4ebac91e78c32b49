"""A hold-out check regex cannot hang an evaluation: a catastrophic pattern is refused where it
enters (import, edit) with one line, and every pattern runs with a time limit."""

from __future__ import annotations

import json
import time

import pytest

from workbench.core import check_regex
from workbench.core.errors import ImportRejected, ValidationError
from workbench.core.items import Checks
from workbench.evaluate.checks import passed_all, run_checks

CATASTROPHIC = [
    r"^(a+)+$",               # nested repetition: exponential in re
    r"(a*)*b",
    r"^(\w+\s?)*$",           # "a sentence of words", the classic one
    r"(x+x+)+y",
    r"(\d{1,3})+$",
    r"(?i)^(Zins\s*)+$",
    r"(.*a){12}",             # a fixed count multiplies the tries as well
    r"(?:a|aa)+$",            # overlapping alternatives: caught by the timed probes
    r"^(a|a)*$",
    r"((ab)*|(ba)*)*c",
]
SOUND = [
    r"(?i)kündigung",
    r"\bCHF\s*\d+(['’]\d{3})*\b",
    r"(?i)(drei|3)\s+monate",
    r"^Non\b",
    r"756\.\d{4}\.\d{4}\.\d{2}",
    r"(?i)\b(zins|taux|tasso)\b",
    r"a.*b.*c",
    r"\d+(\.\d+)?\s*%",
    r"(?i)^(oui|non)[.!]?$",
    r"[A-Z]{2}\d{2}(?: ?\d{4}){4} ?\d",
]


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_a_catastrophic_pattern_is_refused_in_one_line_within_a_second(pattern):
    started = time.perf_counter()
    with pytest.raises(ValidationError) as caught:
        Checks.from_dict({"regex": pattern})
    assert time.perf_counter() - started < 2
    message = str(caught.value)
    assert "\n" not in message and "exponential time" in message and repr(pattern) in message


@pytest.mark.parametrize("pattern", SOUND)
def test_sound_patterns_are_accepted_and_run(pattern):
    assert Checks.from_dict({"regex": pattern}).regex == pattern
    assert check_regex.search(pattern, "nothing to see") in (True, False)


def test_a_pattern_that_does_not_compile_is_still_refused_as_before():
    with pytest.raises(ValidationError, match="does not compile"):
        Checks.from_dict({"regex": "(unclosed"})


def test_the_probes_come_from_the_pattern_itself():
    import re._parser as parser

    probes = check_regex.probes(parser.parse(r"(?:x|xy)+Z"))
    assert "x" * 30 + "!" in probes and "Z" * 30 + "!" in probes
    assert all(len(p) <= 31 for p in probes)


def test_an_import_with_a_catastrophic_check_is_refused_and_changes_nothing(project, tmp_path):
    from workbench.store import items
    from workbench.store.imports import import_file
    from workbench.store.users import get_user

    rows = [{"prompt": "Wie hoch ist der Zins?", "reference": "Der Zins beträgt 1 %.", "locale": "de-CH",
             "checks": {"regex": "^(a+)+$"}},
            {"prompt": "Und die Gebühr?", "reference": "Keine.", "locale": "de-CH", "checks": {"regex": "(?i)keine"}}]
    path = tmp_path / "holdout.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    before = project.conn.execute("SELECT count(*) FROM items").fetchone()[0]
    with pytest.raises(ImportRejected) as caught:
        import_file(project, path, kind="holdout", actor=get_user(project, "max"))
    assert "exponential time" in str(caught.value) and "row 1" in str(caught.value)
    assert project.conn.execute("SELECT count(*) FROM items").fetchone()[0] == before
    assert not items.list_items(project, kind="holdout")


def test_a_pattern_stored_before_the_rule_runs_out_of_time_and_fails(monkeypatch):
    """Checks written before this rule are not re-validated when read: at run time the limit
    holds, and the result says why the check failed."""
    monkeypatch.setattr(check_regex, "MATCH_TIMEOUT_S", 0.2)
    answer = "a" * 5000 + "!"
    started = time.perf_counter()
    result = run_checks(answer, {"regex": "(a|aa)+$"})
    assert time.perf_counter() - started < 3
    assert result == {"regex": False, "regex_timed_out": True} and passed_all(result) is False


def test_a_sound_pattern_still_decides_its_check():
    assert run_checks("Der Zins beträgt CHF 1'000.", {"regex": r"CHF\s*\d+(['’]\d{3})*"}) == {"regex": True}
    assert run_checks("Kein Betrag.", {"regex": r"CHF\s*\d+"}) == {"regex": False}
