"""The adapters handed off from a project, by name and version, and one command that serves
every current adapter on one base: what a bank's serving team runs. A hand-off folder changed
after export is listed as not intact and left out of the command."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import sign_in_cli

pytestmark = pytest.mark.slow


@pytest.fixture
def two_adapters(handoff_world, tmp_path):
    """The hand-off world's project copied, with a second adapter under another name (as a
    second use case, 'contract-review', would have)."""
    from workbench.handoff.export import export_handoff
    from workbench.store import open_project
    from workbench.store.users import get_user

    root = tmp_path / "proj"
    shutil.copytree(handoff_world.root, root)
    project = open_project(root)
    export_handoff(project, handoff_world.run["id"], out=tmp_path / "contract-review", checkpoint=10,
                   name="contract-review", actor=get_user(project, "erik"))
    yield project, handoff_world.result_adapter["served_name"]
    project.close()


def test_versions_per_name_and_one_vllm_command_for_all_current_adapters(two_adapters, tmp_path):
    from workbench.handoff.registry import current_adapters, list_adapters, tgi_command, vllm_command

    project, first = two_adapters
    # The shared hand-off world may hold other tests' hand-offs too: only ours are counted.
    listed = list_adapters(project)
    ours = [a for a in listed if a.name in (first, "contract-review")]
    assert [(a.name, a.version) for a in ours] == [(first, 1), (first, 2), ("contract-review", 1)]
    assert all(a.intact and a.decision_id and a.exported_by == "erik" for a in ours)
    current = current_adapters(project)
    assert {(a.name, a.version) for a in current} >= {(first, 2), ("contract-review", 1)}
    assert [a.name for a in current] == sorted(a.name for a in current)     # one per name
    vllm = vllm_command(current)
    assert vllm.startswith(f"vllm serve {current[0].base_model_id} ")
    assert f"--enable-lora --max-loras {len(current)}" in vllm
    assert f"contract-review={tmp_path}/contract-review/adapter" in vllm
    assert f"{first}={ours[1].folder}/adapter" in vllm                      # the newest version of the first
    tgi = tgi_command(current)
    assert "LORA_ADAPTERS=" + ",".join(f"{a.name}=/adapters/{a.name}/adapter" for a in current) in tgi

    # Changed after export (a weight file swapped on the serving host): not intact, not served.
    card = tmp_path / "contract-review" / "README.md"
    card.write_text(card.read_text(encoding="utf-8") + "\nedited\n", encoding="utf-8")
    [changed] = [a for a in list_adapters(project) if a.name == "contract-review"]
    assert not changed.intact and "README.md" in changed.problem
    assert "contract-review" not in [a.name for a in current_adapters(project)]
    assert first in [a.name for a in current_adapters(project)]


def test_the_command_line_lists_and_serves_and_refuses_an_unknown_engine(two_adapters, capsys):
    from workbench.cli import main

    project, first = two_adapters
    sign_in_cli(project.root, "erik")
    assert main(["--project", str(project.root), "adapters", "--json"]) == 0
    names = [a["name"] for a in json.loads(capsys.readouterr().out)]
    assert names[-1] == "contract-review" and names.count(first) == 2
    assert main(["--project", str(project.root), "adapters", "--serve", "tgi"]) == 0
    assert "contract-review=/adapters/contract-review/adapter" in capsys.readouterr().out
    assert main(["--project", str(project.root), "adapters", "--serve", "sglang"]) == 2
    assert "--serve takes vllm or tgi" in capsys.readouterr().err
