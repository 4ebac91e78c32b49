"""No value reaches a shell unquoted: every generated script, fed hostile values, then run.

Each hostile value tries to run `touch pwned…` through command substitution, backticks, `;`,
a newline, quotes or `$VAR`. An identifier (model id, served name, run id, partition…) that
holds one is refused with a ValidationError where it enters; a path (which may hold almost
anything) is written quoted. The scripts are then run for real with PATH pointing first at
stub executables (vllm, docker, srun, accelerate, torchrun, python, …) that record their
argv: no marker file may appear, and the stub must receive the value as one literal argument.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.errors import ValidationError
from workbench.handoff import serving
from workbench.train import launchers
from workbench.train.spec import JobSpec

#: Tries to create a file named pwned* in the working directory of whatever runs it.
HOSTILE = [
    "x$(touch pwned-subst)",
    "x`touch pwned-tick`",
    "x; touch pwned-semicolon",
    "x\ntouch pwned-newline",
    "x' ; touch pwned-squote ; '",
    'x" ; touch pwned-dquote ; "',
    "x$HOME",
    "${IFS}touch${IFS}pwned-ifs",
    "x && touch pwned-and",
    "x | touch pwned-pipe",
    "-x --help",
]
STUBS = ("vllm", "docker", "text-generation-launcher", "python", "accelerate", "torchrun", "srun", "scontrol")
STUB = """#!{python}
import json, os, sys
name = os.path.basename(sys.argv[0])
with open(os.environ["STUB_LOG"], "a", encoding="utf-8") as fh:
    fh.write(json.dumps([name] + sys.argv[1:]) + "\\n")
if name == "scontrol":
    print("node001")
if name == "srun":  # run the per-node script, as srun does on each node
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    os.execvp(args[0], args)
"""


@pytest.fixture
def stubs(tmp_path):
    folder = tmp_path / "stubs"
    folder.mkdir()
    for name in STUBS:
        path = folder / name
        path.write_text(STUB.format(python=sys.executable), encoding="utf-8")
        path.chmod(0o755)
    return folder


def run_script(script: Path, stubs: Path, cwd: Path, env: dict | None = None) -> list[list[str]]:
    """bash -n, then run it with the stubs first on PATH; return every stub's argv."""
    assert subprocess.run(["bash", "-n", str(script)], capture_output=True).returncode == 0, script.read_text()
    log = cwd / "stub-calls.jsonl"
    log.unlink(missing_ok=True)
    base = {"PATH": f"{stubs}:/usr/bin:/bin", "HOME": str(cwd), "STUB_LOG": str(log), "LC_ALL": "C.UTF-8"}
    done = subprocess.run(["bash", str(script)], cwd=cwd, env={**base, **(env or {})}, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []


def no_marker(root: Path) -> None:
    found = [p.name for p in root.rglob("pwned*") if p.is_file()]
    assert not found, f"a generated script ran injected code: {found}"


# -- serve_vllm.sh / serve_tgi.sh ---------------------------------------------------------

def write_serving(folder: Path, *, base_model_id: str, name: str = "apertus-demo") -> dict[str, Path]:
    (folder / "adapter").mkdir(parents=True, exist_ok=True)
    (folder / "merged").mkdir(exist_ok=True)
    scripts = {
        "vllm": serving.vllm_script(base_model_id=base_model_id, name=name, max_lora_rank=8, has_adapter=True,
                                    has_merged=True, qlora=True),
        "tgi": serving.tgi_script(base_model_id=base_model_id, name=name, has_adapter=True, has_merged=True),
    }
    out = {}
    for kind, text in scripts.items():
        out[kind] = folder / f"serve_{kind}.sh"
        out[kind].write_text(text, encoding="utf-8")
    return out


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_base_model_id_or_served_name_is_refused(value):
    for kwargs in ({"base_model_id": value, "name": "ok"}, {"base_model_id": "swiss-ai/Apertus-8B", "name": value}):
        with pytest.raises(ValidationError, match="not allowed"):
            serving.vllm_script(max_lora_rank=8, has_adapter=True, has_merged=False, qlora=False, **kwargs)
        with pytest.raises(ValidationError, match="not allowed"):
            serving.tgi_script(has_adapter=True, has_merged=False, **kwargs)
    with pytest.raises(ValidationError, match="TGI image tag"):
        serving.tgi_script(base_model_id="m", name="n", has_adapter=True, has_merged=False, tgi_version=value)


@pytest.mark.parametrize("value", HOSTILE)
def test_a_served_name_made_from_hostile_text_is_safe(value):
    name = serving.served_name("run-20260101-abcdef12", "step-10", value)
    serving.check_values(base_model_id="swiss-ai/Apertus-8B", name=name)


@pytest.mark.parametrize("value", [v for v in HOSTILE if "\n" not in v])
def test_serving_scripts_pass_a_hostile_local_path_as_one_literal_argument(value, tmp_path, stubs):
    base = f"/models/{value}"
    scripts = write_serving(tmp_path / "handoff", base_model_id=base)
    for mode in ("adapter", "merged"):
        calls = run_script(scripts["vllm"], stubs, tmp_path, {"MODE": mode})
        assert [c[0] for c in calls] == ["vllm"]
        argv = calls[0]
        if mode == "adapter":
            assert argv[1:3] == ["serve", base]
            assert argv[argv.index("--max-lora-rank") + 1] == "8"
        else:
            assert argv[argv.index("--served-model-name") + 1] == "apertus-demo"
        calls = run_script(scripts["tgi"], stubs, tmp_path, {"MODE": mode})
        assert [c[0] for c in calls] == ["docker"]
        if mode == "adapter":
            assert calls[0][calls[0].index("--model-id") + 1] == base
    no_marker(tmp_path)


def test_a_base_model_path_with_a_line_break_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="line breaks"):
        write_serving(tmp_path, base_model_id="/models/x\ntouch pwned")


@pytest.mark.parametrize("value", HOSTILE)
def test_environment_overrides_reach_the_server_literally(value, tmp_path, stubs):
    scripts = write_serving(tmp_path / "handoff", base_model_id="swiss-ai/Apertus-8B-Instruct-2509")
    calls = run_script(scripts["vllm"], stubs, tmp_path, {"BASE_MODEL": value, "NAME": value, "PORT": value})
    argv = calls[0]
    assert argv[1:3] == ["serve", value] and argv[argv.index("--port") + 1] == value
    assert argv[argv.index("--lora-modules") + 1] == f"{value}={tmp_path / 'handoff' / 'adapter'}"
    calls = run_script(scripts["tgi"], stubs, tmp_path, {"BASE_MODEL": value, "NAME": value,
                                                         "TGI_IMAGE": value})
    argv = calls[0]
    assert f"LORA_ADAPTERS={value}=/handoff/adapter" in argv and value in argv
    no_marker(tmp_path)


def test_the_usual_values_read_as_before():
    text = serving.vllm_script(base_model_id="swiss-ai/Apertus-8B-Instruct-2509", name="treuhand-fr",
                               max_lora_rank=16, has_adapter=True, has_merged=False, qlora=False)
    assert 'BASE_MODEL="${BASE_MODEL:-swiss-ai/Apertus-8B-Instruct-2509}"' in text
    assert 'NAME="${NAME:-treuhand-fr}"' in text
    spaced = serving.vllm_script(base_model_id="/srv/my models/Apertus 8B", name="n", max_lora_rank=None,
                                 has_adapter=True, has_merged=False, qlora=False)
    assert "BASE_MODEL='/srv/my models/Apertus 8B'" in spaced


# -- Slurm (slurm.sbatch, node.sh), accelerate and torchrun -------------------------------

RUN_ID = "run-20260101-abcdef12"


def hostile_run(tmp_path: Path, value: str) -> dict:
    """A run whose folder name carries the hostile value (a project may live anywhere)."""
    run_dir = tmp_path / "proj" / "runs" / value.replace("/", "_")
    run_dir.mkdir(parents=True)
    return {"id": RUN_ID, "run_dir": str(run_dir)}


SPEC = JobSpec(base_model="/models/m", method="full")


@pytest.mark.parametrize("field", ["partition", "account", "time_limit"])
@pytest.mark.parametrize("value", HOSTILE)
def test_slurm_values_that_are_not_names_are_refused(field, value, tmp_path):
    run = {"id": RUN_ID, "run_dir": str(tmp_path / "proj" / "runs" / RUN_ID)}
    with pytest.raises(ValidationError, match="not allowed"):
        launchers.slurm_script(run, SPEC, **{field: value})


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_run_id_or_count_is_refused(value, tmp_path):
    run = {"id": value, "run_dir": str(tmp_path / "proj" / "runs" / "r")}
    with pytest.raises(ValidationError, match="run id"):
        launchers.slurm_script(run, SPEC)
    with pytest.raises(ValidationError, match="rendezvous id"):
        launchers.torchrun_command(tmp_path, gpus_per_node=2, nodes=2, run_id=value)
    with pytest.raises(ValidationError):
        launchers.slurm_script({"id": RUN_ID, "run_dir": str(tmp_path)}, SPEC, nodes=value)
    with pytest.raises(ValidationError):
        launchers.accelerate_command(tmp_path, tmp_path / "a.yaml", num_processes=2, num_machines=2,
                                     main_process_ip=value)


@pytest.mark.parametrize("value", [v for v in HOSTILE if "\n" not in v])
def test_slurm_job_runs_a_hostile_run_folder_as_one_literal_argument(value, tmp_path, stubs):
    run = hostile_run(tmp_path, value)
    # The interpreter's folder may carry it too: the job puts that folder first on PATH.
    python_dir = tmp_path / "venv" / value.replace("/", "_") / "bin"
    python_dir.mkdir(parents=True)
    shutil.copy(stubs / "python", python_dir / "python")
    files = launchers.write_launch_files(run, SPEC.with_overrides(base_model=f"/models/{value}"), kind="slurm",
                                         nodes=2, gpus_per_node=4, partition="gpu,gpu-long", account="swiss-ai",
                                         python=str(python_dir / "python"))
    script, node = Path(files["script"]), Path(files["node_script"])
    assert "#SBATCH --partition=gpu,gpu-long" in script.read_text()
    calls = run_script(script, stubs, tmp_path, {"SLURM_JOB_NODELIST": "node[001-002]", "SLURM_NODEID": "1"})
    assert [c[0] for c in calls] == ["scontrol", "srun", "accelerate"]
    assert calls[1][-1] == str(node)
    accelerate = calls[2]
    assert accelerate[-3:] == ["-m", "workbench.train.worker", run["run_dir"]]
    assert accelerate[accelerate.index("--config_file") + 1] == str(Path(run["run_dir"]) / "launch" /
                                                                     "accelerate.yaml")
    assert accelerate[accelerate.index("--machine_rank") + 1] == "1"              # expanded on the node
    assert accelerate[accelerate.index("--main_process_ip") + 1] == "node001"
    no_marker(tmp_path)


def test_a_run_folder_with_a_line_break_is_refused(tmp_path):
    run = {"id": RUN_ID, "run_dir": str(tmp_path / "proj" / "runs" / "x\ntouch pwned")}
    with pytest.raises(ValidationError, match="line breaks"):
        launchers.slurm_script(run, SPEC)
    with pytest.raises(ValidationError, match="line breaks"):
        launchers.node_script(run, nodes=2, gpus_per_node=2)
    with pytest.raises(ValidationError, match="line breaks"):
        launchers.torchrun_command(run["run_dir"], gpus_per_node=2)


def test_a_base_model_with_a_line_break_stays_inside_the_comment(tmp_path, stubs):
    run = hostile_run(tmp_path, "plain")
    files = launchers.write_launch_files(run, SPEC.with_overrides(base_model="/m\ntouch pwned-comment"),
                                         kind="slurm", nodes=1, python=str(stubs / "python"))
    script = Path(files["script"])
    assert "\ntouch pwned" not in script.read_text()
    run_script(script, stubs, tmp_path, {"SLURM_JOB_NODELIST": "n1", "SLURM_NODEID": "0"})
    no_marker(tmp_path)


@pytest.mark.parametrize("value", [v for v in HOSTILE if "\n" not in v])
def test_accelerate_and_torchrun_command_lines_keep_the_run_folder_one_argument(value, tmp_path, stubs):
    run = hostile_run(tmp_path, value)
    for kind in ("accelerate", "torchrun"):
        files = launchers.write_launch_files(run, SPEC, kind=kind, nodes=1, gpus_per_node=2)
        log = tmp_path / "stub-calls.jsonl"
        log.unlink(missing_ok=True)
        env = {"PATH": f"{stubs}:/usr/bin:/bin", "STUB_LOG": str(log)}
        subprocess.run(files["command"], env=env, cwd=tmp_path, check=True, timeout=60)
        argv = json.loads(log.read_text().splitlines()[0])
        assert argv[0] == kind and argv[-1] == run["run_dir"]
    no_marker(tmp_path)


def test_the_accelerate_config_is_data_not_a_script(tmp_path):
    import yaml

    run = hostile_run(tmp_path, "x$(touch pwned)")
    files = launchers.write_launch_files(run, SPEC, kind="accelerate", nodes=1, gpus_per_node=2)
    config = yaml.safe_load(Path(files["accelerate_config"]).read_text())
    assert config["num_processes"] == 2 and config["distributed_type"] == "FSDP"
    with pytest.raises(ValidationError, match="whole number"):
        launchers.accelerate_config(SPEC, gpus_per_machine="8; touch pwned")
