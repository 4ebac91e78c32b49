"""SHA256SUMS covers every file of a hand-off; any change, removal or addition fails."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from workbench.handoff.checksums import SUMS_FILE, read_sums, verify_folder, write_sums

pytestmark = pytest.mark.slow  # uses the exported hand-off of the tiny model (handoff_world)



@pytest.fixture
def copy(handoff_world, tmp_path):
    dest = tmp_path / "received"
    shutil.copytree(handoff_world.merged, dest)
    return dest


def test_every_file_is_listed_and_verifies(copy):
    listed = set(read_sums(copy / SUMS_FILE))
    on_disk = {p.relative_to(copy).as_posix() for p in copy.rglob("*") if p.is_file()} - {SUMS_FILE}
    assert listed == on_disk
    assert {"README.md", "adapter/adapter_model.safetensors", "merged/config.json", "serve_vllm.sh",
            "audit-package.zip", "handoff.json"} <= listed
    report = verify_folder(copy)
    assert report.ok and report.checked == len(listed)


def test_the_receiving_side_can_check_with_sha256sum(copy):
    if shutil.which("sha256sum") is None:
        pytest.skip("coreutils sha256sum not installed")
    done = subprocess.run(["sha256sum", "--quiet", "-c", SUMS_FILE], cwd=copy, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_modified_weight_file_fails(copy):
    shard = next((copy / "merged").glob("*.safetensors"))
    data = bytearray(shard.read_bytes())
    data[-1] ^= 0x01  # one bit of one weight
    shard.write_bytes(bytes(data))
    report = verify_folder(copy)
    assert not report.ok and report.mismatched == [shard.relative_to(copy).as_posix()]
    assert "changed" in report.problem


def test_a_removed_and_an_added_file_fail(copy):
    (copy / "serve_tgi.sh").unlink()
    (copy / "adapter" / "extra.safetensors").write_bytes(b"not ours")
    report = verify_folder(copy)
    assert not report.ok
    assert report.missing == ["serve_tgi.sh"] and report.unexpected == ["adapter/extra.safetensors"]


def test_rewriting_sums_covers_new_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.bin").write_bytes(b"x")
    (tmp_path / "y.txt").write_text("y")
    _, sums = write_sums(tmp_path)
    assert list(sums) == ["a/x.bin", "y.txt"] and verify_folder(tmp_path).ok
