"""House rule: each user action is one function below gui/ and cli/, called by both front ends.

The rule, as the test reads it: a function of `workbench/gui/` or `workbench/cli/` (a
command, a method, with the closures and lambdas inside it) refers to at most one *write* of
the lower layers, i.e. one function from WRITES below. Two writes in one front-end function
mean the front end assembles the action itself (register a run, then write its job files;
write the reports, then the audit package): that sequence belongs in one function of
store/, train/, evaluate/, deid/ or handoff/, with its role check inside, which the CLI and
the GUI both call.

A reference counts whether it is a call or a function handed to a task runner, since
`tasks.start(label, fn, ...)` runs the action as surely as `fn(...)` does. The same write
used twice (a loop over groups of items) is one write. Calls from one front-end function to
another are not followed: each is judged by what it refers to itself.

Before issue 16 the rule found five functions: the CLI's `train` and the Training page's launch
(launch_run + write_launch_files), the CLI's `audit export` and the Audit page's export
(reports_for_audit + build_audit_package), and the editor's undo (edit_item + set_tags).
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "workbench"
FRONT_ENDS = ("gui", "cli")
LOWER_LAYERS = ("store", "train", "evaluate", "deid", "handoff")

#: The functions of the lower layers that change the project (rows, audit entries, files a
#: run or an auditor depends on). Every function that appends an audit entry itself must be
#: here (test_every_function_that_writes_an_audit_entry_is_a_listed_write).
WRITES = {
    "workbench.store.audit": {"append", "read_log", "note_reading"},
    "workbench.store.project": {"init_project"},
    "workbench.store.users": {"create_user", "relax_password_policy", "deactivate_user", "revoke_role",
                              "set_duties"},
    "workbench.store.sessions": {"login", "logout"},
    "workbench.store.keys": {"create_key"},
    "workbench.store.items": {"add_items", "new_revision", "edit_item", "set_item_state", "set_status",
                              "set_tags"},
    "workbench.store.imports": {"import_file"},
    "workbench.store.signoff": {"sign_off", "record_signature"},
    "workbench.store.snapshots": {"create_snapshot", "supersede_holding"},
    "workbench.store.erasure": {"erase_originals"},
    "workbench.store.bulk": {"set_status_matching"},
    "workbench.store.returns": {"return_to_annotator"},
    "workbench.store.exports": {"export_snapshot"},
    "workbench.store.exports.audit_package": {"build_audit_package"},
    "workbench.store.runs": {"create_run", "set_run_status", "record_launch", "note", "update_lineage",
                             "add_checkpoint"},
    "workbench.store.usecases": {"set_data_classes", "create_use_case", "change_scope", "sign_scope",
                                 "assign_items"},
    "workbench.store.evaluations": {"start_evaluation", "finish_evaluation", "fail_evaluation", "add_decision",
                                    "add_signed_report",
                                    "set_json_setting"},
    "workbench.deid.review": {"write_findings", "drop_stale_pending", "decide", "mark_missed", "set_operators",
                              "apply_reviewed", "write_anonymized", "carry_rejections"},
    "workbench.deid.pipeline": {"run_deid", "settle"},
    "workbench.train.launchers": {"write_launch_files", "write_accelerate_config"},
    "workbench.train.runner": {"launch", "launch_run", "spawn_worker", "cancel_run", "resume_run"},
    "workbench.evaluate.evaluator": {"evaluate"},
    "workbench.evaluate.decision": {"set_policy", "decide"},
    "workbench.evaluate.recheck": {"sign_recheck"},
    "workbench.evaluate.report": {"write_report", "reports_for_audit", "write_audit_package"},
    "workbench.handoff.export": {"export_handoff"},
}
QUALIFIED_WRITES = {f"{module}.{name}" for module, names in WRITES.items() for name in names}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(*layers: str) -> list[tuple[str, Path]]:
    return [(module_name(p), p) for layer in layers for p in sorted((PACKAGE / layer).rglob("*.py"))]


def imported_names(node: ast.AST, module: str, is_package: bool) -> dict[str, str]:
    """Local name → what it stands for, fully qualified, from the imports directly in `node`'s
    body and in the bodies nested in it (function-level imports are the norm here)."""
    package = module if is_package else module.rpartition(".")[0]
    names = {}
    for sub in ast.walk(node):
        if isinstance(sub, ast.ImportFrom):
            source = importlib.util.resolve_name("." * sub.level + (sub.module or ""), package)
            for alias in sub.names:
                names[alias.asname or alias.name] = f"{source}.{alias.name}"
        elif isinstance(sub, ast.Import):
            for alias in sub.names:  # `import a.b` binds a; `import a.b as c` binds c to a.b
                bound = alias.asname or alias.name.partition(".")[0]
                names[bound] = alias.name if alias.asname else bound
    return names


def dotted(node: ast.AST) -> list[str] | None:
    """`a.b.c` as ['a', 'b', 'c']; None for anything but names and attributes."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return base + [node.attr] if base else None
    return None


def writes_referred_to(function: ast.AST, names: dict[str, str]) -> set[str]:
    found = set()
    for sub in ast.walk(function):
        parts = dotted(sub) if isinstance(sub, (ast.Name, ast.Attribute)) else None
        if parts and parts[0] in names:
            qualified = ".".join([names[parts[0]], *parts[1:]])
            if qualified in QUALIFIED_WRITES:
                found.add(qualified)
    return found


def front_end_functions():
    """(module, function name, the writes it refers to) for every top-level function and
    every method of a top-level class in gui/ and cli/."""
    for module, path in modules(*FRONT_ENDS):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = imported_names(ast.Module(body=[n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))],
                                        type_ignores=[]), module, path.name == "__init__.py")
        units = [(n.name, n) for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        units += [(f"{c.name}.{m.name}", m) for c in tree.body if isinstance(c, ast.ClassDef)
                  for m in c.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for name, fn in units:
            names = {**top, **imported_names(fn, module, path.name == "__init__.py")}
            yield module, name, writes_referred_to(fn, names)


def test_the_rule_sees_the_front_ends_call_the_lower_layers():
    """Guard against a rule that passes because it sees nothing."""
    seen = {w for _, _, writes in front_end_functions() for w in writes}
    assert {"workbench.train.runner.launch", "workbench.evaluate.report.write_audit_package",
            "workbench.store.signoff.sign_off"} <= seen


@pytest.mark.parametrize("module, function, writes",
                         [pytest.param(m, f, w, id=f"{m}.{f}") for m, f, w in front_end_functions() if w])
def test_a_front_end_function_takes_at_most_one_write_step(module, function, writes):
    assert len(writes) <= 1, (
        f"{module}.{function} assembles an action from {sorted(writes)}: make it one function below "
        "gui/ and cli/ (with its role check) and call that from both front ends")


def test_every_listed_write_exists():
    for module, path in modules(*LOWER_LAYERS):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        missing = WRITES.get(module, set()) - defined
        assert not missing, f"WRITES lists {sorted(missing)} in {module}, which defines no such function"
    assert set(WRITES) <= {m for m, _ in modules(*LOWER_LAYERS)}


def test_every_function_that_writes_an_audit_entry_is_a_listed_write():
    unlisted = []
    for module, path in modules(*LOWER_LAYERS):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in tree.body:
            if not isinstance(fn, ast.FunctionDef) or fn.name.startswith("_"):
                continue
            appends = any(isinstance(c, ast.Call) and dotted(c.func) == ["audit", "append"] for c in ast.walk(fn))
            if appends and fn.name not in WRITES.get(module, set()):
                unlisted.append(f"{module}.{fn.name}")
    assert not unlisted, f"add these writes to WRITES: {unlisted}"
