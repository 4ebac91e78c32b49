"""No message in the window sends a person to the command line: the window's own texts name no
command or flag, and the messages of the layers below are said the window's way."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import workbench.gui

COMMAND = re.compile(r"\bworkbench (init|login|logout|snapshot|items|runs|deid|eval|decide|train|audit|users|duties|"
                     r"import|export|handoff|report|status|gui|demo|signoff)\b|(^|\s|\()--[a-z]")
TRANSLATED = {"tr", "translate", "QT_TRANSLATE_NOOP", "_t"}


def _texts():
    for path in Path(workbench.gui.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
                if name in TRANSLATED:
                    for arg in node.args:
                        for sub in ast.walk(arg):
                            if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                                yield path.name, sub.value


def test_no_translated_text_of_the_window_names_a_command_or_a_flag():
    bad = [(name, text) for name, text in _texts() if COMMAND.search(text)]
    assert bad == []


@pytest.mark.parametrize("message, expected", [
    ("no locale: add a 'locale' column or pass --locale", "choose the locale when importing"),
    ("no frozen hold-out yet: ... ('workbench snapshot create --kind holdout')", "(Review page → Freeze)"),
    ("run r1 has no evaluation of the base model yet: run 'workbench eval r1' first", "Dashboard → Evaluate"),
    ("nobody is signed in to this project: run 'workbench login --user NAME' first", "File → Sign in"),
    ("no run 'x': 'workbench runs list' shows them", "the Training page shows them"),
    ("or launch with an override reason (--allow-contamination REASON), which", "Contamination override"),
])
def test_messages_from_below_are_said_the_windows_way(qapp, message, expected):
    from workbench.gui.messages import window_text

    said = window_text(message)
    assert expected in said and "workbench " not in said and "--" not in said, said


def test_an_import_without_a_locale_says_to_choose_it_in_the_window(qtbot, qapp):
    from workbench.gui.widgets import Banner

    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message("row 1: no locale: add a 'locale' column or pass --locale", "error")
    assert "--locale" not in banner.text.text() and "choose the locale" in banner.text.text()
