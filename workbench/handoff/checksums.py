"""SHA256SUMS for a hand-off folder: written once, checked wherever the folder lands.

The file uses the `sha256sum` layout ("<hex>  <relative path>", sorted, forward slashes), so
a receiving team can check it with `sha256sum -c SHA256SUMS` on any Linux box, without our
application. `verify_folder` is the same check in Python, and stricter: a file that was
*added* to the folder also fails, since an extra weight shard or script changes what gets
served as surely as an edited one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import ValidationError

SUMS_FILE = "SHA256SUMS"
_BLOCK = 1 << 20


def file_sha256(path: Path) -> str:
    """Streamed, so a 140 GB set of weight shards never has to fit in memory."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and p.relative_to(folder).as_posix() != SUMS_FILE)


def write_sums(folder: Path | str) -> tuple[Path, dict[str, str]]:
    """Hash every file under `folder` (except SHA256SUMS itself) and write SHA256SUMS."""
    folder = Path(folder)
    sums = {name: file_sha256(folder / name) for name in _files(folder)}
    for name in sums:
        if "\n" in name or "\\" in name:
            # sha256sum escapes such names; refusing them keeps the file trivially parseable.
            raise ValidationError(f"file name {name!r} cannot be listed in {SUMS_FILE}: rename it")
    path = folder / SUMS_FILE
    path.write_text("".join(f"{digest}  {name}\n" for name, digest in sums.items()), encoding="utf-8")
    return path, sums


def read_sums(path: Path | str) -> dict[str, str]:
    sums: dict[str, str] = {}
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64 or not name:
            raise ValidationError(f"{path} line {n} is not '<sha256>  <file>': the checksum file is damaged")
        sums[name.removeprefix("*")] = digest.lower()
    return sums


@dataclass
class VerifyReport:
    ok: bool
    checked: int
    mismatched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)

    @property
    def problem(self) -> str:
        parts = []
        if self.mismatched:
            parts.append(f"changed: {', '.join(self.mismatched)}")
        if self.missing:
            parts.append(f"missing: {', '.join(self.missing)}")
        if self.unexpected:
            parts.append(f"not listed: {', '.join(self.unexpected)}")
        return "; ".join(parts)

    def as_dict(self) -> dict:
        return {"ok": self.ok, "checked": self.checked, "mismatched": self.mismatched,
                "missing": self.missing, "unexpected": self.unexpected}


def verify_folder(folder: Path | str) -> VerifyReport:
    """Re-hash every listed file; report changed, missing and unlisted files."""
    folder = Path(folder)
    sums_path = folder / SUMS_FILE
    if not sums_path.exists():
        raise ValidationError(f"{folder} has no {SUMS_FILE}: it is not a hand-off folder, or the file was removed")
    expected = read_sums(sums_path)
    present = set(_files(folder))
    report = VerifyReport(ok=True, checked=0)
    for name, digest in expected.items():
        if name not in present:
            report.missing.append(name)
            continue
        report.checked += 1
        if file_sha256(folder / name) != digest:
            report.mismatched.append(name)
    report.unexpected = sorted(present - set(expected))
    report.ok = not (report.mismatched or report.missing or report.unexpected)
    return report
