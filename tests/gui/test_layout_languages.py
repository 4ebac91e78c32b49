"""Every page in English, German, French and Italian at 1280×720 and 1920×1080: no label,
button, check box, combo box or tab cut off, no two widgets of a layout on top of each other
(tests/gui/layout_checks.py measures them with their own fonts).

The project is the one the README's screenshots show (docs/screenshots.py): every stage of
the method present, a tiny-model run trained and evaluated, so the Training page follows a
run and the Dashboard has its charts, heat map and decision panel to lay out."""

from __future__ import annotations

import pytest

from tests.gui.conftest import settle
from tests.gui.layout_checks import page_problems

PAGES = ("data", "editor", "review", "training", "dashboard", "audit")
#: Who looks at each page: the person whose work it is (the page then shows all its controls).
READERS = {"data": "max", "editor": "max", "review": "claire", "training": "erik", "dashboard": "erik",
           "audit": "cora"}
SIZES = ((1280, 720), (1920, 1080))


pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "docs" / "screenshots.py"
    spec = importlib.util.spec_from_file_location("docs_screenshots", path)
    shots = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shots)
    root = tmp_path_factory.mktemp("layout") / "demo"
    shots.prepare(root)
    return root


@pytest.mark.parametrize("language", ["en", "de", "fr", "it"])
def test_every_page_lays_out_in_every_language_at_both_sizes(qtbot, demo_root, language):
    from workbench.gui.app import build_window

    _, window = build_window(remember=False, language=language, theme_mode="light")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(demo_root, login=False)
    settle(qtbot, window, timeout=60_000)
    problems = []
    try:
        for page in PAGES:
            window.session.sign_in(READERS[page], "demo")
            window.show_view(page)
            settle(qtbot, window, timeout=60_000)
            for width, height in SIZES:
                window.resize(width, height)
                qtbot.wait(30)
                settle(qtbot, window, timeout=60_000)
                problems += [f"{language} {width}×{height} {page}: {p}"
                             for p in page_problems(window.views[page])]
    finally:
        window.ctx.tasks.wait(20_000)
        window.session.close_project()
        from workbench.gui import i18n

        i18n.install(window.ctx.parent(), "en")  # the next tests read English
    assert problems == [], "\n".join(problems[:60]) + f"\n({len(problems)} problems)"
