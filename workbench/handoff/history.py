"""A hand-off's model card after a signed drift re-check: its History section rewritten and
its SHA256SUMS with it, so `verify_handoff` (and `sha256sum -c`) still pass. The new digest
goes into the re-check's `handoff.recheck` audit entry, which the registry then expects.

The folder is only touched while it is intact (every file matches the recorded SHA256SUMS):
a changed folder is reported, never re-blessed by a new checksum file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .checksums import SUMS_FILE, file_sha256, write_sums
from .modelcard import history_section, with_history

CARD = "README.md"


@dataclass
class CardUpdate:
    folder: Path
    old_card: bytes
    old_sums: bytes
    sha256sums: str

    def restore(self) -> None:
        """Put the card and SHA256SUMS back as they were (the signing failed)."""
        _replace(self.folder / CARD, self.old_card)
        _replace(self.folder / SUMS_FILE, self.old_sums)


def _replace(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def rewrite_card(folder: Path | str, rechecks: list[dict]) -> CardUpdate:
    """Write the History of these signed re-checks into the folder's card and re-hash the folder."""
    folder = Path(folder)
    old_card, old_sums = (folder / CARD).read_bytes(), (folder / SUMS_FILE).read_bytes()
    card = with_history(old_card.decode("utf-8"), history_section(rechecks))
    _replace(folder / CARD, card.encode("utf-8"))
    try:
        sums_path, _ = write_sums(folder)
    except BaseException:
        _replace(folder / CARD, old_card)
        raise
    return CardUpdate(folder, old_card, old_sums, file_sha256(sums_path))
