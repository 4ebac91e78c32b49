"""Messages of the layers below, said the window's way.

The store and the engines write one message per error for both front ends, and a few of them
end with the command-line step that fixes the problem ("'workbench snapshot create --kind
pairs'", "pass --locale"). A person in the window never types commands: `window_text` puts the
window's step (a page, a button) in their place. Every banner, pre-launch check and signature
error goes through it, so no message in the window names a command or a flag.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

#: Command (its first words) → the same step in the window. Longest prefixes first.
STEPS = (
    ("snapshot create --kind holdout", QT_TRANSLATE_NOOP("Messages", "Review page → Freeze")),
    ("snapshot create --kind pairs", QT_TRANSLATE_NOOP("Messages", "Training page → Create a training snapshot")),
    ("snapshot create", QT_TRANSLATE_NOOP("Messages", "Training page → Create a training snapshot")),
    ("snapshot list", QT_TRANSLATE_NOOP("Messages", "the Training page")),
    ("items list", QT_TRANSLATE_NOOP("Messages", "the Data page")),
    ("runs list", QT_TRANSLATE_NOOP("Messages", "the Training page")),
    ("runs resume", QT_TRANSLATE_NOOP("Messages", "Training page → Resume")),
    ("users list", QT_TRANSLATE_NOOP("Messages", "the sign-in dialog")),
    ("deid review", QT_TRANSLATE_NOOP("Messages", "the Editor's findings")),
    ("deid run", QT_TRANSLATE_NOOP("Messages", "Data page → De-identify")),
    ("eval", QT_TRANSLATE_NOOP("Messages", "Dashboard → Evaluate")),
    ("decide", QT_TRANSLATE_NOOP("Messages", "Dashboard → Record decision")),
    ("login", QT_TRANSLATE_NOOP("Messages", "File → Sign in")),
    ("audit verify", QT_TRANSLATE_NOOP("Messages", "Audit page → Verify")),
    ("audit head", QT_TRANSLATE_NOOP("Messages", "Audit page → Verify")),
    ("init", QT_TRANSLATE_NOOP("Messages", "File → New project")),
    ("train", QT_TRANSLATE_NOOP("Messages", "Training page")),
    ("handoff", QT_TRANSLATE_NOOP("Messages", "Dashboard → Hand off")),
)
#: Flag phrases → the control that sets the same thing in the window.
FLAGS = (
    (re.compile(r"(?:pass|use|with) --locale\b"), QT_TRANSLATE_NOOP("Messages", "choose the locale when importing")),
    (re.compile(r"pass --project(?: DIR| with the right folder)?"),
     QT_TRANSLATE_NOOP("Messages", "open the right project folder (File → Open)")),
    (re.compile(r"pass --device cpu"), QT_TRANSLATE_NOOP("Messages", "choose a CPU preset")),
    (re.compile(r"use --precision fp32"), QT_TRANSLATE_NOOP("Messages", "choose a CPU preset")),
    (re.compile(r"\(?--allow-contamination REASON\)?"),
     QT_TRANSLATE_NOOP("Messages", "(the Contamination override field)")),
    (re.compile(r"pass --force to"), QT_TRANSLATE_NOOP("Messages", "choose an empty folder, or confirm to")),
    (re.compile(r"pass --user NAME"), QT_TRANSLATE_NOOP("Messages", "sign in first")),
)
_QUOTED = re.compile(r"""(?P<verb>(?:run |with |create one with )?)(?P<open>[(]?)['`"]?\s*workbench\b"""
                     r"""(?P<cmd>[^'`")]*)['`"]?(?P<close>[)]?)""")
_BARE_FLAG = re.compile(r"\s*\(?--[a-z][\w-]*(?: [A-Z_]+)?\)?")


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _step(command: str) -> str:
    words = " ".join(re.sub(r"--user \S+", " ", command.replace("…", " ")).split())
    for prefix, step in STEPS:
        if words.startswith(prefix):
            return _t(step)
    return _t("the matching page")


def _replace_command(m: re.Match) -> str:
    step = _step(m.group("cmd").strip())
    verb = _t("use ") if m.group("verb") else ""
    return f"{verb}({step})" if m.group("open") and m.group("close") else f"{verb}{step}"


def window_text(message: str) -> str:
    """`message` with every command-line step replaced by the window's (see the module doc)."""
    if not message or ("workbench" not in message and "--" not in message):
        return message
    for pattern, words in FLAGS:
        message = pattern.sub(lambda _m, w=words: _t(w), message)
    message = _QUOTED.sub(_replace_command, message)
    return _BARE_FLAG.sub("", message)
