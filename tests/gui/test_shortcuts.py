"""F1 lists every shortcut of every page, read from the shortcuts the window registered, each
with words that say what it does."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut


def test_f1_lists_every_registered_shortcut_of_every_page(qtbot, window):
    from workbench.gui.shortcuts import ShortcutsDialog, collect

    window.show_view("data")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window._dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    listed = dialog.listed()
    shown_keys = " ".join(keys for _, keys in listed)
    registered = [s.key() for s in window.findChildren(QShortcut)]
    registered += [k for a in window.findChildren(QAction) for k in a.shortcuts()]
    for seq in registered:
        if not seq.isEmpty():
            assert seq.toString(QKeySequence.SequenceFormat.NativeText) in shown_keys
    for page, text, key in collect(window):
        assert text and text != key, f"the shortcut {key} on page '{page}' has no description"

    steps = [step for step, _ in listed]
    for heading in ("Data", "Review", "Editor"):
        assert heading in steps  # grouped under each page that has keys
    assert "Return the item to its annotator, with a comment" in steps
    assert "Go to item #…" in steps and "Select every item matching the filters" in steps
    dialog.close()
