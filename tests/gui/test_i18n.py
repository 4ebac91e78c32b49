"""Translations: every interface string has German, French and Italian text, the compiled
files are current, and switching the language changes the window."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workbench.paths import resources_dir

I18N = resources_dir() / "i18n"


def _messages(path: Path) -> dict[str, ET.Element]:
    root = ET.parse(path).getroot()
    return {f"{c.findtext('name')}|{m.findtext('source')}": m
            for c in root.iter("context") for m in c.iter("message")}


@pytest.mark.parametrize("lang", ["de", "fr", "it"])
def test_every_string_is_translated(lang):
    messages = _messages(I18N / f"workbench_{lang}.ts")
    assert len(messages) > 200
    unfinished = [k for k, m in messages.items() if m.find("translation").get("type") == "unfinished"
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []
    for key, m in messages.items():  # placeholders survive translation
        src = m.findtext("source")
        text = "".join(m.find("translation").itertext())
        for token in ("{n}", "{id}", "{locale}", "{name}", "%n"):
            if token in src:
                assert token in text, (lang, key)
    if lang == "de":  # Swiss spelling
        assert not any("ß" in "".join(m.find("translation").itertext()) for m in messages.values())


def test_ts_files_cover_the_current_sources(tmp_path):
    """Run lupdate into a scratch copy: no string of the code may be missing from the .ts."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    scratch = tmp_path / "de.ts"
    shutil.copy(I18N / "workbench_de.ts", scratch)
    root = resources_dir().parent
    sources = sorted(str(p) for p in (root / "workbench" / "gui").rglob("*.py"))
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(scratch)],
                   check=True, capture_output=True)
    assert set(_messages(scratch)) == set(_messages(I18N / "workbench_de.ts"))
    for lang in ("en", "de", "fr", "it"):
        qm, ts = I18N / f"workbench_{lang}.qm", I18N / f"workbench_{lang}.ts"
        assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"recompile {qm.name}"


def test_german_window(qtbot, project):
    from workbench.gui import i18n
    from workbench.gui.app import build_window

    try:
        _, win = build_window(remember=False, language="de", theme_mode="light")
        qtbot.addWidget(win)
        assert win.open_project(project.root, login=False)
        titles = [win.sidebar.list.item(n).text() for n in range(win.sidebar.list.count())]
        assert titles[:3] == ["Daten", "Editor", "Prüfung"]
        assert win.role.text() == "Nicht angemeldet (nur lesen)"
        win.ctx.tasks.wait()
        win.session.close_project()
    finally:
        from PySide6.QtWidgets import QApplication

        i18n.install(QApplication.instance(), "en")


def test_language_follows_the_system_when_not_set(monkeypatch):
    from PySide6.QtCore import QLocale

    from workbench.gui import i18n

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_CH")))
    assert i18n.choose_language("system") == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("rm_CH")))
    assert i18n.choose_language("system") == "de"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))
    assert i18n.choose_language("system") == "en"
    assert i18n.choose_language("it") == "it"
