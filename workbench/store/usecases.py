"""Use cases: the signed scope of a fine-tune, and which items, snapshots and runs belong to it.

Every rule about use cases lives here, so the window and the command line cannot differ:

- A scope version is in force once *each* owner it names has e-signed it (password, digital
  signature, meaning naming the scope's hash). A change is a new version, with a reason, and
  needs every owner's signature again; until then the previous version stays in force and a
  new run for the use case is refused (`require_in_force`).
- An item moves between use cases only before sign-off: a signed-off item's owner vouched
  for it as part of the data it was collected for.
- A snapshot and a run belong to the use case of their items (store/snapshots.py and
  train/runner.py ask `for_snapshot` / `check_run_scope`).
- Items whose findings include an entity no declared data class covers are flagged for the
  owners (`out_of_scope`).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Iterable

from ..core.errors import NotFound, PermissionDenied, StateError, ValidationError
from ..core.hashing import canonical_json
from ..core.roles import Action, Role, User, actor_name, check
from ..core.usecases import (DataClass, Scope, covered_entities, data_classes_from, make_scope,
                             parse_use_case_id, scope_meaning)
from . import audit, settings
from .clock import utc_now
from .signoff import record_signature
from .sql import chunks, placeholders, query
from .users import authenticate, get_user

if TYPE_CHECKING:
    from .project import Project

DATA_CLASSES_KEY = "data_classes"
#: Findings that say personal data of an entity type was in the text (a rejected finding was
#: not personal data; a superseded one was found on text overwritten before review).
PRESENT = ("pending", "accepted", "missed", "replaced")
#: Statuses in which an item may still change use case.
MOVABLE = ("draft", "deidentified")


def data_classes(project: "Project") -> dict[str, DataClass]:
    return data_classes_from(settings.get_value(project, DATA_CLASSES_KEY))


_project_classes = data_classes


def set_data_classes(project: "Project", raw: list[dict], *, actor) -> dict[str, DataClass]:
    """Replace the project's list of data classes (a scope already signed keeps its ids)."""
    check(actor, Action.DEFINE_SCOPE)
    classes = data_classes_from(raw)
    used = {c for uc in list_use_cases(project) for c in uc["scope"].data_classes}
    gone = sorted(used - set(classes))
    if gone:
        raise StateError(f"data class {', '.join(gone)} is in a use case's scope: keep it in the list")
    with project.transaction():
        settings.set_value(project, DATA_CLASSES_KEY, [c.as_dict() for c in classes.values()])
        audit.append(project, actor=actor_name(actor), action="usecase.data_classes", object_type="settings",
                     object_id=DATA_CLASSES_KEY, after={"classes": [c.as_dict() for c in classes.values()]})
    return classes


def _check_owners(project: "Project", scope: Scope) -> None:
    for name in scope.owners:
        try:
            user = get_user(project, name)
        except NotFound:
            raise ValidationError(f"owner '{name}' is not an active user: add them first, or name another owner") \
                from None
        if Role.DOMAIN_OWNER not in user.roles:
            raise ValidationError(f"owner '{name}' is not a domain owner: a scope is approved by the business's "
                                  "domain owners")


def has_use_cases(project: "Project") -> bool:
    return project.conn.execute("SELECT 1 FROM use_cases LIMIT 1").fetchone() is not None


def create_use_case(project: "Project", use_case: str, *, actor, name: str, tasks, locales,
                    data_classes: Iterable[str], owners, description: str = "") -> dict:
    """A new use case with its scope as version 1 (not in force until every owner signed it)."""
    check(actor, Action.DEFINE_SCOPE)
    uc = parse_use_case_id(use_case)
    scope = make_scope(name=name, tasks=tasks, locales=locales, data_classes=data_classes, owners=owners,
                       description=description, known_classes=_project_classes(project))
    _check_owners(project, scope)
    with project.transaction():
        if project.conn.execute("SELECT 1 FROM use_cases WHERE id = ?", (uc,)).fetchone():
            raise StateError(f"use case '{uc}' exists already: change its scope instead")
        now = utc_now()
        project.conn.execute("INSERT INTO use_cases (id, created_by, created_at) VALUES (?, ?, ?)",
                             (uc, actor_name(actor), now))
        _insert_scope(project, uc, 1, scope, actor, now, reason="created")
        audit.append(project, actor=actor_name(actor), action="usecase.create", object_type="use_case",
                     object_id=uc, after={"version": 1, "scope": scope.as_dict(), "scope_hash": scope.hash})
    return get_use_case(project, uc)


def _insert_scope(project: "Project", uc: str, version: int, scope: Scope, actor, now: str, *, reason: str) -> None:
    project.conn.execute(
        "INSERT INTO use_case_scopes (use_case_id, version, scope, scope_hash, reason, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (uc, version, canonical_json(scope.as_dict()), scope.hash, reason, actor_name(actor), now))


def change_scope(project: "Project", use_case: str, *, actor, reason: str, **changes) -> dict:
    """A new scope version: the fields given replace the current ones. Needs a reason, and
    every owner's signature before it is in force."""
    check(actor, Action.DEFINE_SCOPE)
    reason = " ".join((reason or "").split())
    if len(reason) < 10:
        raise ValidationError("say why the scope changes (at least 10 characters): the owners sign it again")
    current = get_use_case(project, use_case)
    merged = {**current["scope"].as_dict(), **{k: v for k, v in changes.items() if v is not None}}
    scope = make_scope(known_classes=data_classes(project), **merged)
    _check_owners(project, scope)
    if scope.hash == current["scope_hash"]:
        raise ValidationError("the scope is unchanged: nothing to sign")
    with project.transaction():
        latest = project.conn.execute("SELECT max(version) FROM use_case_scopes WHERE use_case_id = ?",
                                      (current["id"],)).fetchone()[0]
        if latest != current["version"]:
            raise StateError(f"the scope of '{current['id']}' changed meanwhile (now v{latest}): look again")
        _insert_scope(project, current["id"], latest + 1, scope, actor, utc_now(), reason=reason)
        audit.append(project, actor=actor_name(actor), action="usecase.change", object_type="use_case",
                     object_id=current["id"], before={"version": latest, "scope_hash": current["scope_hash"]},
                     after={"version": latest + 1, "scope": scope.as_dict(), "scope_hash": scope.hash,
                            "reason": reason})
    return get_use_case(project, current["id"])


def scope_statement(project: "Project", use_case: str) -> str:
    """The meaning a signature of the latest scope version records (shown before signing)."""
    uc = get_use_case(project, use_case)
    return scope_meaning(uc["id"], uc["version"], uc["scope"])


def sign_scope(project: "Project", use_case: str, *, username: str, password: str, version: int | None = None,
               meaning: str | None = None, shown: tuple[str, str] | None = None) -> dict:
    """One owner approves the latest scope version. `version` (what the signer looked at)
    must still be the latest; `meaning`, when given, must be the statement recorded."""
    signer = authenticate(project, username, password)
    with project.transaction(durable=True):
        uc = get_use_case(project, use_case)
        if version is not None and int(version) != uc["version"]:
            raise StateError(f"the scope of '{uc['id']}' changed since you looked (v{version} → v{uc['version']}): "
                             "read it again, then sign")
        if signer.username not in uc["scope"].owners:
            raise PermissionDenied(f"{signer.username} is not an owner of use case '{uc['id']}': its owners are "
                                   f"{', '.join(uc['scope'].owners)}")
        if signer.username in uc["signed_by"]:
            raise StateError(f"{signer.username} signed scope v{uc['version']} of '{uc['id']}' already")
        expected = scope_meaning(uc["id"], uc["version"], uc["scope"])
        if meaning is not None and meaning != expected:
            raise ValidationError(f"the meaning of this signature is '{expected}', not '{meaning}'")
        sig = record_signature(project, signer, password=password, meaning=expected,
                               subject_type=f"scope:{uc['id']}:v{uc['version']}", entries=[], shown=shown)
        project.conn.execute("INSERT INTO scope_signatures (use_case_id, version, signature_id) VALUES (?, ?, ?)",
                             (uc["id"], uc["version"], sig["id"]))
        missing = [o for o in uc["missing"] if o != signer.username]
        audit.append(project, actor=signer.username, action="usecase.sign", object_type="use_case",
                     object_id=uc["id"], after={"version": uc["version"], "scope_hash": uc["scope_hash"],
                                                "signature": sig["id"], "in_force": not missing,
                                                "still_to_sign": missing})
    return get_use_case(project, uc["id"])


def _versions(project: "Project", uc: str) -> list[dict]:
    rows = query(project, "SELECT * FROM use_case_scopes WHERE use_case_id = ? ORDER BY version", (uc,))
    for r in rows:
        r["scope"] = Scope.from_dict(json.loads(r["scope"]))
        # Only a signature over this very scope counts: a row pointing at another signature (a
        # sign-off, another version's) does not make anyone an approver of this text.
        r["signed_by"] = [s["signer"] for s in query(
            project, "SELECT s.signer FROM scope_signatures ss JOIN signatures s ON s.id = ss.signature_id "
                     "WHERE ss.use_case_id = ? AND ss.version = ? AND s.subject_type = ? "
                     "AND instr(s.meaning, ?) > 0 ORDER BY s.id",
            (uc, r["version"], f"scope:{uc}:v{r['version']}", r["scope_hash"]))]
        r["in_force"] = set(r["scope"].owners) <= set(r["signed_by"])
    return rows


def get_use_case(project: "Project", use_case: str) -> dict:
    """The use case with its latest scope version: version, scope, scope_hash, signed_by,
    missing (owners still to sign), in_force (the latest version is fully signed),
    force_version (the newest fully signed version, None if none), history (all versions)."""
    uc = parse_use_case_id(use_case)
    versions = _versions(project, uc)
    if not versions:
        known = [r[0] for r in project.conn.execute("SELECT id FROM use_cases ORDER BY id")]
        raise NotFound(f"no use case '{uc}'" + (f": the project has {', '.join(known)}" if known else
                                               ": the project has none yet"))
    latest = versions[-1]
    signed = [v for v in versions if v["in_force"]]
    return {"id": uc, "version": latest["version"], "scope": latest["scope"], "scope_hash": latest["scope_hash"],
            "signed_by": latest["signed_by"],
            "missing": [o for o in latest["scope"].owners if o not in latest["signed_by"]],
            "in_force": latest["in_force"], "force_version": signed[-1]["version"] if signed else None,
            "history": versions}


def list_use_cases(project: "Project") -> list[dict]:
    return [get_use_case(project, r[0]) for r in project.conn.execute("SELECT id FROM use_cases ORDER BY id")]


def require_in_force(project: "Project", use_case: str) -> dict:
    """The use case, if its latest scope is signed by every owner; else a StateError saying who
    still has to sign."""
    uc = get_use_case(project, use_case)
    if not uc["in_force"]:
        raise StateError(f"the scope of use case '{uc['id']}' (v{uc['version']}) is not signed by every owner "
                         f"yet: {', '.join(uc['missing'])} still to sign", fix="sign_scope")
    return uc


def assign_items(project: "Project", use_case: str | None, item_ids: Iterable[int], *, actor) -> int:
    """Put items into a use case (None: out of every use case). Only drafts and de-identified
    items move: a signed-off item is returned to its annotator first. Returns how many moved."""
    check(actor, Action.EDIT_ITEMS)
    uc = get_use_case(project, use_case)["id"] if use_case else None
    ids = sorted({int(i) for i in item_ids})
    if not ids:
        raise ValidationError("no items given")
    with project.transaction():
        rows = []
        for chunk in chunks(ids):
            rows += project.conn.execute(
                f"SELECT id, status, use_case FROM items WHERE id IN ({placeholders(len(chunk))})", chunk).fetchall()
        missing = sorted(set(ids) - {r[0] for r in rows})
        if missing:
            raise NotFound(f"no item {', '.join(map(str, missing[:10]))}")
        fixed = [r[0] for r in rows if r[1] not in MOVABLE and r[2] != uc]
        if fixed:
            raise StateError(
                f"{len(fixed)} item(s) are past de-identification (e.g. item {fixed[0]}): an owner signed them for "
                "their use case; return them to the annotator before moving them")
        moving = [r[0] for r in rows if r[2] != uc]
        for chunk in chunks(moving):
            project.conn.execute(f"UPDATE items SET use_case = ?, updated_at = ? WHERE id IN "
                                 f"({placeholders(len(chunk))})", [uc, utc_now(), *chunk])
        if moving:
            audit.append(project, actor=actor_name(actor), action="items.use_case", object_type="items",
                         object_id=f"{moving[0]}-{moving[-1]}",
                         before={"use_cases": sorted({r[2] or "" for r in rows if r[0] in set(moving)})},
                         after={"use_case": uc, "count": len(moving), "items": moving[:1000]})
    return len(moving)


def items_of(project: "Project", use_case: str | None) -> int:
    if use_case is None:
        return project.conn.execute("SELECT count(*) FROM items WHERE use_case IS NULL").fetchone()[0]
    return project.conn.execute("SELECT count(*) FROM items WHERE use_case = ?", (use_case,)).fetchone()[0]


def out_of_scope(project: "Project", use_case: str) -> list[dict]:
    """Items of the use case whose current revision's findings (or those of any earlier
    revision) name an entity type no declared data class covers: [{item_id, locale,
    entities}], for the owners to look at (the data touched a class the scope did not list)."""
    uc = get_use_case(project, use_case)
    covered = covered_entities(uc["scope"], data_classes(project))
    rows = project.conn.execute(
        "SELECT i.id, i.locale, group_concat(DISTINCT f.entity) FROM items i JOIN findings f ON f.item_id = i.id "
        f"WHERE i.use_case = ? AND f.decision IN ({placeholders(len(PRESENT))}) GROUP BY i.id ORDER BY i.id",
        (uc["id"], *PRESENT)).fetchall()
    out = []
    for item_id, locale, entities in rows:
        outside = sorted(set(entities.split(",")) - covered)
        if outside:
            out.append({"item_id": item_id, "locale": locale, "entities": outside})
    return out


def classes_for(project: "Project", entities: Iterable[str]) -> dict[str, list[str]]:
    """entity → the data classes that cover it (for saying which class a scope would need)."""
    classes = data_classes(project)
    return {e: sorted(c.id for c in classes.values() if e in c.entities) for e in entities}


def snapshot_use_case(project: "Project", item_ids: list[int]) -> str | None:
    """The one use case a set of items belongs to (None: project-wide items). Items of
    several use cases in one snapshot are refused: a snapshot trains or judges one adapter."""
    found: set = set()
    for chunk in chunks(item_ids):
        found |= {r[0] for r in project.conn.execute(
            f"SELECT DISTINCT use_case FROM items WHERE id IN ({placeholders(len(chunk))})", chunk)}
    if len(found) > 1:
        names = ", ".join(sorted(str(u) for u in found))
        raise ValidationError(f"these items belong to several use cases ({names}): take one snapshot per use case")
    return found.pop() if found else None


def check_run_scope(project: "Project", train_snapshot: dict, holdout_snapshot: dict) -> str | None:
    """The use case a run with these snapshots trains an adapter for, after checking that both
    snapshots belong to it and that its scope is in force. In a project with use cases, a run
    must name one."""
    uc_train, uc_hold = train_snapshot.get("use_case"), holdout_snapshot.get("use_case")
    if uc_train != uc_hold:
        trained, judged = uc_train or "no use case", uc_hold or "no use case"
        raise ValidationError(f"the training snapshot is for {trained} but the hold-out for {judged}: "
                              "a run is judged on its own use case's hold-out")
    if uc_train is None:
        if has_use_cases(project):
            raise ValidationError("this project has use cases: take the training snapshot and freeze the hold-out "
                                  "of one use case, then train its adapter")
        return None
    require_in_force(project, uc_train)
    return uc_train


def user_owns(user: User, use_case: dict) -> bool:
    return user.username in use_case["scope"].owners
