"""`workbench gui` on a Linux desktop without libxcb-cursor0 names the missing library and the
command that installs it, instead of Qt's generic "could not load the platform plugin xcb"."""

from workbench.gui import system_libs


def test_a_missing_xcb_library_is_named_with_its_install_command(monkeypatch, tmp_path, capsys):
    from workbench.gui import app

    monkeypatch.setattr(system_libs, "loadable", lambda soname: soname != "libxcb-cursor.so.0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(system_libs.sys, "platform", "linux")
    os_release = tmp_path / "os-release"
    os_release.write_text('ID=ubuntu\nID_LIKE=debian\n')
    read = system_libs.distribution
    monkeypatch.setattr(system_libs, "distribution", lambda: read(os_release))

    assert app.run(None) == 2  # checked before the window is built: Qt never gets to abort
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err and "sudo apt install libxcb-cursor0" in err
    assert "platform plugin" not in err


def test_the_install_command_follows_the_distribution(tmp_path):
    release = tmp_path / "os-release"
    release.write_text('NAME="Fedora Linux"\nID=fedora\n')
    assert system_libs.distribution(release) == "fedora"
    hint = system_libs.install_hint(["libxcb-cursor.so.0", "libxcb-icccm.so.4"], "fedora")
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in hint
    both = system_libs.install_hint(["libxcb-cursor.so.0"], "")  # unknown: the two common ones
    assert "apt install libxcb-cursor0" in both and "dnf install xcb-util-cursor" in both


def test_only_an_x11_window_needs_them(monkeypatch):
    monkeypatch.setattr(system_libs, "loadable", lambda soname: False)
    assert system_libs.missing_libraries({"QT_QPA_PLATFORM": "offscreen"}, "linux") == []
    assert system_libs.missing_libraries({}, "darwin") == []
    assert system_libs.missing_libraries({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"},
                                         "linux") == []
    assert "libxcb-cursor.so.0" in system_libs.missing_libraries({"DISPLAY": ":0"}, "linux")
