"""Refresh the translation sources and compile them.

    .venv/bin/python resources/i18n/update.py

1. pyside6-lupdate collects every translatable string of workbench/gui into
   workbench_<lang>.ts (existing translations are kept; vanished strings are dropped).
2. Translators edit the .ts files (pyside6-linguist, or any XML editor).
3. pyside6-lrelease compiles them to the .qm files the application loads.

English has a .ts file too: only its plural forms ("%n item(s)" → "1 item", "2 items") need
filling in; every other English string is the source text itself.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
#: file suffix → the language Qt uses for plural rules (Swiss variants of de, fr and it)
LANGUAGES = {"en": "en", "de": "de_CH", "fr": "fr_CH", "it": "it_CH"}


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workbench" / "gui").rglob("*.py"))


def ts_file(lang: str) -> Path:
    return HERE / f"workbench_{lang}.ts"


def lupdate() -> None:
    for lang, target in LANGUAGES.items():
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", target, *sources(),
                        "-ts", str(ts_file(lang))], cwd=ROOT, check=True)


def lrelease(ts_files: list[Path]) -> None:
    for ts in ts_files:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str]) -> int:
    if "--compile-only" not in argv:
        lupdate()
    lrelease([ts_file(lang) for lang in LANGUAGES])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
