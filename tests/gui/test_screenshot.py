"""`workbench gui --screenshot FILE --view V` renders offscreen and writes a PNG."""

import pytest
from PySide6.QtGui import QImage

from tests.gui.helpers import add_pairs
from workbench.cli import main


def test_screenshot_command_writes_a_png(project, tmp_path, monkeypatch):
    add_pairs(project, [("Question sur le compte", "Réponse")])
    monkeypatch.setenv("WORKBENCH_USER", "claire")
    monkeypatch.setenv("WORKBENCH_PASSWORD", "secret-pw-2026")
    monkeypatch.setenv("WORKBENCH_ALLOW_ENV_PASSWORD", "1")
    out = tmp_path / "review.png"
    assert main(["--project", str(project.root), "gui", "--screenshot", str(out), "--view", "review"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1440, 900)
    # not a blank frame: a rendered page has many distinct colours
    colours = {image.pixel(x, y) for x in range(0, 1440, 37) for y in range(0, 900, 29)}
    assert len(colours) > 10


@pytest.mark.parametrize("view", ["training", "dashboard"])
def test_training_and_dashboard_pages_render(project, tmp_path, view):
    from workbench.gui.app import render_screenshot

    out = render_screenshot(project.root, tmp_path / f"{view}.png", view)
    assert QImage(str(out)).width() == 1440


def test_unknown_view_is_refused_with_the_choices(project, tmp_path, capsys):
    assert main(["--project", str(project.root), "gui", "--screenshot", str(tmp_path / "x.png"),
                 "--view", "nope"]) == 2
    err = capsys.readouterr().err
    assert "unknown view 'nope'" in err and "audit" in err
    assert not (tmp_path / "x.png").exists()


def test_project_option_after_gui_as_the_issue_spells_it(project, tmp_path):
    out = tmp_path / "audit.png"
    assert main(["gui", "--project", str(project.root), "--screenshot", str(out), "--view", "audit"]) == 0
    assert QImage(str(out)).width() == 1440
