"""Personal data stays in the revisions table: the audit trail (append-only, copied into
every audit package and hand-off) records ids and hashes of item changes, never their text."""

from __future__ import annotations

import json

from workbench.core.items import ItemContent
from workbench.store import audit, items
from workbench.store.imports import import_file
from workbench.store.users import get_user

AHV, IBAN, NAME = "756.9217.0769.85", "CH93 0076 2011 6238 5295 7", "Beatrice Zürcher"


def _trail(project) -> str:
    return "\n".join(json.dumps(audit.decoded(e), ensure_ascii=False) for e in audit.entries(project))


def test_importing_one_item_records_its_hash_not_its_text(project, tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"prompt": f"Frau {NAME}, AHV {AHV}, möchte ihr Konto {IBAN} saldieren.",
                                "response": "Wir saldieren das Konto per Monatsende."}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    result = import_file(project, path, locale="de-CH", actor=get_user(project, "max"))
    trail = _trail(project)
    assert AHV not in trail and IBAN not in trail and NAME not in trail
    [entry] = [audit.decoded(e) for e in audit.entries(project, action="items.add")]
    assert entry["after"]["content_hash"] == items.get_item(project, result.item_ids[0])["content_hash"]


def test_editing_an_item_records_which_fields_changed_not_their_text(project):
    max_ = get_user(project, "max")
    [item_id] = items.add_items(project, [ItemContent.create(kind="pair", locale="de-CH", prompt="Frage",
                                                             response="Antwort")], actor=max_)
    items.edit_item(project, item_id, actor=max_, prompt=f"Frage von {NAME}, IBAN {IBAN}")
    trail = _trail(project)
    assert NAME not in trail and IBAN not in trail
    [edit] = [audit.decoded(e) for e in audit.entries(project, action="item.edit")]
    assert edit["after"]["changed"] == ["prompt"]
