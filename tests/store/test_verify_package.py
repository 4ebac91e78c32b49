"""An outside auditor verifies the audit package without the workbench: its `verify.py`, run
where `workbench` cannot be imported, passes on an untouched package and names what fails
after each attack. The attacks rewrite the package consistently (SHA256SUMS recomputed), as
someone holding the database and the code could."""

from __future__ import annotations

import ast
import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from workbench.core.audit_chain import GENESIS, entry_hash
from workbench.core.hashing import canonical_json, sha256_hex

# Run verify.py with the project's interpreter in isolated mode, and with `workbench` made
# unimportable (the editable install would otherwise put it on sys.path even under -I).
BLOCK_WORKBENCH = ("import runpy, sys; sys.modules['workbench'] = None; sys.argv = sys.argv[1:]; "
                   "runpy.run_path(sys.argv[0], run_name='__main__')")


@pytest.fixture(scope="module")
def package(_project_template, tmp_path_factory) -> Path:
    """A real project (signed items, a frozen hold-out, a training snapshot, a registered run
    and a signed GO) and the audit package written from it."""
    from tests.handoff.conftest import record_decision
    from tests.store.helpers import signed_world
    from workbench.store import open_project
    from workbench.store.exports.audit_package import build_audit_package
    from workbench.store.runs import add_checkpoint, create_run
    from workbench.store.users import get_user

    base = tmp_path_factory.mktemp("verify_package")
    shutil.copytree(_project_template, base / "proj")
    project = open_project(base / "proj")
    try:
        train, frozen = signed_world(project, PASSWORD, n_pairs=4, n_holdout=2)
        run = create_run(project, spec={"base_model": "tiny"}, backend="peft", method="lora", base_model="tiny",
                         train_snapshot=train["id"], holdout_snapshot=frozen["id"], seed=1,
                         actor=get_user(project, "erik"), lineage={})
        add_checkpoint(project, run["id"], step=10, path=str(Path(run["run_dir"]) / "checkpoints" / "step-000010"),
                       train_loss=1.0, sha256="0" * 64, actor="erik")
        record_decision(project, run)
        return Path(build_audit_package(project, base / "audit-package.zip", actor="cora")["path"])
    finally:
        project.close()


def verify(target: Path, *args: str, script: Path | None = None) -> subprocess.CompletedProcess:
    """Run the package's own verify.py on a folder, or on a zip (verify.py taken out of it)."""
    if script is None and target.is_dir():
        script = target / "verify.py"
    elif script is None:
        script = target.parent / f"{target.stem}-verifier" / "verify.py"
        script.parent.mkdir(exist_ok=True)
        with zipfile.ZipFile(target) as zf:
            script.write_bytes(zf.read("verify.py"))
    return subprocess.run([sys.executable, "-I", "-c", BLOCK_WORKBENCH, str(script), str(target), *args],
                          cwd=script.parent, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(script.parent)})


def unzipped(package: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "pkg"
    with zipfile.ZipFile(package) as zf:
        zf.extractall(folder)
    return folder


def read(folder: Path, name: str):
    return json.loads((folder / name).read_text(encoding="utf-8"))


def write(folder: Path, name: str, data) -> None:
    """Replace one file and recompute SHA256SUMS, as a careful forger would."""
    (folder / name).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                   if p.is_file() and p.name != "SHA256SUMS")
    (folder / "SHA256SUMS").write_text("".join(
        f"{hashlib.sha256((folder / n).read_bytes()).hexdigest()}  {n}\n" for n in names), encoding="utf-8")


def failed(result: subprocess.CompletedProcess, *phrases: str) -> bool:
    return result.returncode == 1 and "NOT VERIFIED" in result.stdout and all(p in result.stdout for p in phrases)


def test_an_untouched_package_verifies_without_the_workbench(package, tmp_path):
    result = verify(package)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "VERIFIED" and all(line.startswith("ok ") for line in lines[:-1])
    assert "3 e-signatures" in result.stdout and "4 Ed25519 signatures valid" in result.stdout
    assert "1 go/no-go decisions" in result.stdout and "2 snapshots" in result.stdout
    folder = unzipped(package, tmp_path)
    assert verify(folder).returncode == 0  # the unzipped folder too
    shutil.copy(package, folder / "audit-package.zip")  # an auditor's own files beside it do not matter
    assert verify(folder).returncode == 0


def test_the_package_holds_what_a_third_party_needs_and_no_item_text(package):
    with zipfile.ZipFile(package) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    assert {"keys.json", "digital_signatures.json", "verify.py", "FORMAT.md"} <= set(files)
    keys = json.loads(files["keys.json"])
    assert {k["username"] for k in keys} >= {"claire", "cora", "erik"}
    assert all(set(k) == {"key_id", "username", "public_key", "created_at"} for k in keys)  # no sealed key
    assert not any(b"sealed_private" in blob or b'"box"' in blob for blob in files.values())
    assert all(s["items"] for s in json.loads(files["snapshots.json"]))
    decision = json.loads(files["decisions.json"])[0]
    assert sha256_hex(json.loads(decision["payload"])) == decision["payload_hash"]
    verification = json.loads(files["verification.json"])
    assert {"ok", "entries", "head", "first_bad_seq", "problem", "revisions", "digitally_signed"} <= set(verification)
    assert verification["ok"] and verification["problem"] == ""
    # The items' text (helpers.add: "Question n sur le compte" / "Réponse n") is nowhere.
    assert not [n for n, blob in files.items() if "sur le compte".encode() in blob or "Réponse".encode() in blob]


def test_a_chain_rewritten_with_the_projects_own_hash_function_fails_on_the_signed_heads(package, tmp_path):
    folder = unzipped(package, tmp_path)
    entries = [json.loads(line) for line in (folder / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    target = next(e for e in entries if e["action"] == "items.status")
    target["actor"] = "mallory"
    prev = GENESIS
    for e in entries:
        stored = {**e, **{k: None if e[k] is None else canonical_json(e[k]) for k in ("before", "after")}}
        e["prev_hash"], e["hash"] = prev, entry_hash(prev, stored)
        prev = e["hash"]
    (folder / "audit.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries),
                                        encoding="utf-8")
    write(folder, "verification.json", {**read(folder, "verification.json"), "head": prev})
    result = verify(folder)
    assert "ok      audit chain" in result.stdout  # the chain alone is fooled…
    assert failed(result, "is not in the chain", "the audit trail was rewritten"), result.stdout  # …the heads are not


def test_a_signature_meaning_changed_fails_with_or_without_its_digital_signature(package, tmp_path):
    folder = unzipped(package, tmp_path)
    sigs = read(folder, "signatures.json")
    sigs[0]["meaning"] = "reviewed only, not approved"
    write(folder, "signatures.json", sigs)
    assert failed(verify(folder), f"signature {sigs[0]['id']}: its meaning differs from what was digitally signed")
    # Dropping its digital signature does not help: every signature made since keys exist has one.
    write(folder, "digital_signatures.json", [p for p in read(folder, "digital_signatures.json")
                                              if (p["kind"], p["ref"]) != ("signature", sigs[0]["id"])])
    assert failed(verify(folder), f"signature {sigs[0]['id']}: it has no digital signature although")


@pytest.mark.parametrize("rehash", [False, True], ids=["payload-only", "payload-and-hash"])
def test_a_decision_payload_changed_fails(package, tmp_path, rehash):
    folder = unzipped(package, tmp_path)
    decisions = read(folder, "decisions.json")
    payload = json.loads(decisions[0]["payload"])
    payload["checkpoint"] = "step-000020"
    decisions[0]["payload"] = canonical_json(payload)
    if rehash:
        decisions[0]["payload_hash"] = sha256_hex(payload)
    write(folder, "decisions.json", decisions)
    why = "its digest differs from what was digitally signed" if rehash else "payload no longer matches"
    assert failed(verify(folder), f"decision {decisions[0]['id']}", why)


def test_a_swapped_public_key_fails(package, tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    folder = unzipped(package, tmp_path)
    public = Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    new_id = "ed25519:" + hashlib.sha256(public).hexdigest()[:16]
    keys = read(folder, "keys.json")
    claire = next(k for k in keys if k["username"] == "claire")
    old_id, claire["key_id"], claire["public_key"] = claire["key_id"], new_id, public.hex()
    write(folder, "keys.json", keys)
    proofs = read(folder, "digital_signatures.json")
    for p in proofs:
        p["key_id"] = new_id if p["key_id"] == old_id else p["key_id"]
    write(folder, "digital_signatures.json", proofs)
    assert failed(verify(folder), f"key {new_id} of claire is not announced in the audit trail",
                  "the Ed25519 signature does not match")


def test_a_file_changed_without_its_checksum_and_an_unreadable_package_are_named(package, tmp_path):
    folder = unzipped(package, tmp_path)
    runs = folder / "runs.json"
    runs.write_text(runs.read_text(encoding="utf-8").replace("peft", "mlx"), encoding="utf-8")
    assert failed(verify(folder), "runs.json does not match its SHA256SUMS line")
    shutil.copy(package, tmp_path / "extra.zip")
    with zipfile.ZipFile(tmp_path / "extra.zip", "a") as zf:
        zf.writestr("reports/addendum.html", "<p>added later</p>")
    assert failed(verify(tmp_path / "extra.zip"), "reports/addendum.html is in the package but not in SHA256SUMS")
    (tmp_path / "not-a-package.zip").write_bytes(b"not a zip")
    result = verify(tmp_path / "not-a-package.zip", script=folder / "verify.py")
    assert result.returncode == 2 and "UNREADABLE" in result.stderr


def test_verify_py_imports_only_the_standard_library_and_cryptography():
    from workbench.paths import resources_dir

    tree = ast.parse((resources_dir() / "audit_package" / "verify.py").read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module and not node.level}
    assert imported - set(sys.stdlib_module_names) == {"cryptography"}


def test_verify_py_passes_in_a_fresh_virtualenv_with_only_cryptography(package, tmp_path):
    """No network here, so the venv gets no pip: a .pth file makes exactly cryptography and
    what it loads (cffi, its compiled backend, pycparser) importable from this interpreter's
    site-packages, as `pip install cryptography` would."""
    import cryptography

    venv = tmp_path / "v"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    site = Path(cryptography.__file__).parents[1]
    only = tmp_path / "only-cryptography"
    only.mkdir()
    for name in ("cryptography", "cffi", "pycparser", *(p.name for p in site.glob("_cffi_backend*"))):
        (only / name).symlink_to(site / name)
    venv_site = next((venv / "lib").glob("python3*/site-packages"))
    (venv_site / "only-cryptography.pth").write_text(str(only) + "\n", encoding="utf-8")
    python = venv / "bin" / "python"
    for absent in ("workbench", "argon2", "sqlite_utils"):
        probe = subprocess.run([str(python), "-c", f"import {absent}"], cwd=tmp_path, capture_output=True)
        assert probe.returncode != 0, f"{absent} is importable in the fresh virtualenv"
    shutil.copy(package, tmp_path / "audit-package.zip")
    with zipfile.ZipFile(package) as zf:
        (tmp_path / "verify.py").write_bytes(zf.read("verify.py"))
    result = subprocess.run([str(python), "verify.py", "audit-package.zip"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0 and result.stdout.splitlines()[-1] == "VERIFIED", result.stdout + result.stderr
