"""Our spaCy hook (it overrides the contrib one, which collects every submodule).

The contrib hook bundles spaCy's test suite and the language classes of ~70 languages; the
workbench needs the blank pipelines of its locales only (de for de-CH and gsw, fr, it, en,
and xx, the multi-language class used for Romansh). Skipping the rest shortens the
analysis step of the build noticeably on 2-core CI machines.
"""

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, get_package_paths

LANGUAGES = {"de", "fr", "it", "en", "xx"}
# Modules directly in spacy/lang (lex_attrs, char_classes, …) are shared by every language.
SHARED = {p.stem for p in Path(get_package_paths("spacy.lang")[1]).glob("*.py")}


def _wanted(name: str) -> bool:
    parts = name.split(".")
    if "tests" in parts:
        return False
    if len(parts) > 2 and parts[1] == "lang":
        return parts[2] in LANGUAGES or parts[2] in SHARED
    return True


hiddenimports = collect_submodules("spacy", filter=_wanted)
datas = collect_data_files("spacy", excludes=["**/tests/**"])
