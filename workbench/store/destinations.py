"""Where an export may be written, decided before anything is written.

An export that overwrote a colleague's file, or half-wrote into `/proc`, would be worse than
one that refused: a file that exists is replaced, and a folder that holds files is written
into, only when the user said so (`--force`). System locations, devices and folders that
cannot be written are refused with a message that says where to write instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..core.errors import ValidationError

#: Pseudo file systems: writing there changes the running system, not a file.
SYSTEM_ROOTS = (Path("/proc"), Path("/sys"), Path("/dev"))


def _refuse_system(out: Path, what: str) -> None:
    resolved = out.expanduser().resolve()
    for root in SYSTEM_ROOTS:
        if resolved == root or root in resolved.parents:
            raise ValidationError(f"{out} is a system location, not a place for {what}: "
                                  "choose a path in an ordinary folder")


def _ready_folder(folder: Path, what: str) -> None:
    """Create `folder` (and its parents) if needed; refuse if it cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError(f"cannot create the folder {folder} for {what} ({exc.strerror or exc}): "
                              "choose a folder you can write to") from None
    if not folder.is_dir():
        raise ValidationError(f"{folder} is a file, not a folder: choose another place for {what}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError(f"cannot write into {folder} (permission denied or a read-only medium): "
                              f"choose a folder you can write to for {what}")


def check_file(out: Path | str, *, force: bool = False, what: str = "the file") -> Path:
    """A file path `out` may be (re)written: refuses folders, devices, system locations and,
    unless `force`, an existing file. Creates the parent folder."""
    out = Path(out).expanduser()
    _refuse_system(out, what)
    if out.is_dir():
        raise ValidationError(f"{out} is a folder: give the name of the file to write, e.g. "
                              f"{out / 'audit-package.zip'}")
    if out.exists() or out.is_symlink():
        if not out.is_file():
            raise ValidationError(f"{out} is not an ordinary file (a device, pipe or broken link): "
                                  f"choose another name for {what}")
        if not force:
            raise ValidationError(f"{out} already exists: choose another name, or pass --force to "
                                  "replace it")
    _ready_folder(out.parent, what)
    return out


def check_folder(out: Path | str, *, force: bool = False, what: str = "the export") -> Path:
    """A folder `out` may be written into: new or empty, or (with `force`) holding files
    that may be replaced. Creates it."""
    out = Path(out).expanduser()
    _refuse_system(out, what)
    if out.exists() and not out.is_dir():
        raise ValidationError(f"{out} is a file, not a folder: choose a new or empty folder for {what}")
    if out.is_dir() and not force:
        try:
            occupied = any(out.iterdir())
        except OSError as exc:
            raise ValidationError(f"cannot read the folder {out} ({exc.strerror or exc}): choose "
                                  f"another folder for {what}") from None
        if occupied:
            raise ValidationError(f"{out} is not empty: choose a new or empty folder, or pass "
                                  "--force to write into it (files of the same name are replaced)")
    _ready_folder(out, what)
    return out
