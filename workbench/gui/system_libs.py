"""Before the window opens on Linux/X11: are the system libraries Qt's xcb plugin loads there?

Without them Qt aborts with "Could not load the Qt platform plugin 'xcb' … no Qt platform
plugin could be initialized", which names neither the library nor the package. A fresh
Ubuntu or Debian desktop typically lacks libxcb-cursor0. We try to load each library the
plugin needs (by its exact soname, as the plugin will) before creating the QApplication,
and name what is missing with the command that installs it on this distribution.
Nothing here imports Qt: the check must run before Qt tries and fails.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

#: soname the xcb plugin of Qt 6 loads → package on (Debian/Ubuntu, Fedora/RHEL, Arch, openSUSE)
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor", "libxcb-cursor0"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm", "libxcb-icccm4"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image", "libxcb-image0"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms", "libxcb-keysyms1"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil",
                                "libxcb-render-util0"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb", "libxcb-xkb1"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb", "libxcb-shape0"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb", "libxcb-randr0"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11",
                              "libxkbcommon-x11-0"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util", "libxcb-util1"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb", "libxcb-shm0"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb", "libxcb-sync1"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb", "libxcb-xfixes0"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb", "libxcb-render0"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon", "libxkbcommon0"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11", "libX11-xcb1"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig", "fontconfig"),
}
#: distribution family → (index into the package tuples, install command)
INSTALLERS = {"debian": (0, "sudo apt install"), "fedora": (1, "sudo dnf install"),
              "arch": (2, "sudo pacman -S"), "suse": (3, "sudo zypper install")}


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds and loads `soname` (what the Qt plugin will try)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will open the window through its xcb (X11) plugin."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    # Qt 6 prefers Wayland in a Wayland session and falls back to xcb otherwise.
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland")


def distribution(os_release: Path = Path("/etc/os-release")) -> str:
    """debian, fedora, arch or suse (the family of this Linux), '' when unknown."""
    try:
        fields = dict(line.split("=", 1) for line in os_release.read_text().splitlines() if "=" in line)
    except OSError:
        return ""
    names = f"{fields.get('ID', '')} {fields.get('ID_LIKE', '')}".replace('"', "").lower().split()
    for family, members in (("debian", {"debian", "ubuntu"}), ("fedora", {"fedora", "rhel", "centos"}),
                            ("arch", {"arch"}), ("suse", {"suse", "opensuse", "sles"})):
        if members & set(names) or any(n.startswith("opensuse") for n in names) and family == "suse":
            return family
    return ""


def missing_libraries(environ=os.environ, platform: str = sys.platform) -> list[str]:
    """The sonames the window needs here and the loader cannot find (none off Linux/X11)."""
    if not uses_xcb(environ, platform):
        return []
    return [name for name in XCB_LIBRARIES if not loadable(name)]


def install_hint(missing: list[str], family: str | None = None) -> str:
    """What to tell the user: which libraries are missing and the command that installs them."""
    family = distribution() if family is None else family
    choices = [INSTALLERS[family]] if family in INSTALLERS else [INSTALLERS["debian"], INSTALLERS["fedora"]]
    commands = []
    for index, command in choices:
        packages = list(dict.fromkeys(XCB_LIBRARIES[m][index] for m in missing))
        commands.append(f"  {command} {' '.join(packages)}")
    return ("The window cannot open: Qt's X11 (xcb) platform needs system libraries that are not "
            f"installed: {', '.join(missing)}.\nInstall them with:\n" + "\n".join(commands) +
            "\nThen start the workbench again. (The command line works without them.)")
