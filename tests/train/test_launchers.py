"""Several GPUs and clusters: the run is registered here, its workers start from the files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.train import launchers, runner
from workbench.train.spec import JobSpec


def test_slurm_launch_registers_the_run_and_writes_a_job_for_fsdp(ready_project, tiny_model_dir, capsys):
    from tests.conftest import sign_in_cli

    sign_in_cli(ready_project.root, "erik")
    code = main(["--project", str(ready_project.root), "--user", "erik", "train", "--base-model",
                 str(tiny_model_dir), "--method", "full", "--launcher", "slurm", "--nodes", "2",
                 "--gpus-per-node", "4", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    run = runner.get_run(ready_project, out["run"])
    assert run["status"] == "queued" and run["lineage"]["launcher"] == "slurm"
    assert runner.list_runs(ready_project)[0]["status"] == "queued"  # waiting in the queue is not death

    script = Path(out["script"]).read_text()
    assert "#SBATCH --nodes=2" in script and "#SBATCH --gpus-per-node=4" in script
    assert "#SBATCH --requeue" in script and "srun --kill-on-bad-exit=1 bash" in script
    node = Path(out["node_script"]).read_text()
    assert '--machine_rank "$SLURM_NODEID"' in node and '--main_process_ip "$MASTER_ADDR"' in node
    assert node.rstrip().endswith(f"-m workbench.train.worker {run['run_dir']}")

    # The accelerate config is one the installed accelerate accepts: FSDP2 over decoder layers.
    from accelerate.commands.config.config_args import ClusterConfig

    cfg = ClusterConfig.from_yaml_file(out["accelerate_config"])
    assert str(cfg.distributed_type).endswith("FSDP") and cfg.num_processes == 8 and cfg.num_machines == 2
    assert cfg.fsdp_config["fsdp_transformer_layer_cls_to_wrap"] == "ApertusDecoderLayer"
    assert cfg.fsdp_config["fsdp_version"] == 2


def test_lora_uses_ddp_and_torchrun_command_lines():
    spec = JobSpec(base_model="m", method="qlora").resolve({"hidden_size": 4096, "num_hidden_layers": 32,
                                                            "intermediate_size": 21504, "vocab_size": 131072})
    assert launchers.accelerate_config(spec)["distributed_type"] == "MULTI_GPU"
    assert launchers.needs_fsdp(JobSpec(base_model="m", method="lora", model_size="70b"))
    cmd = launchers.torchrun_command("/p/runs/r1", gpus_per_node=8, nodes=2, run_id="r1")
    assert cmd[:3] == ["torchrun", "--nproc_per_node", "8"] and "--rdzv_endpoint" in cmd
    assert cmd[-3:] == ["-m", "workbench.train.worker", "/p/runs/r1"]


def test_one_launch_for_both_front_ends_checks_the_launcher_and_the_role_first(ready_project, erik,
                                                                              tiny_model_dir):
    from workbench.core.errors import PermissionDenied, ValidationError
    from workbench.store.users import get_user

    spec = JobSpec(base_model=str(tiny_model_dir), method="lora", max_steps=4)
    with pytest.raises(ValidationError, match="unknown launcher 'slurmm': use local, accelerate"):
        runner.launch(ready_project, spec, erik, launcher="slurmm")
    with pytest.raises(PermissionDenied, match="launch training runs"):
        runner.launch(ready_project, spec, get_user(ready_project, "max"), launcher="torchrun")
    assert runner.list_runs(ready_project) == []

    launched = runner.launch(ready_project, spec, erik, launcher="torchrun", nodes=2, gpus_per_node=4)
    assert launched.run["status"] == "queued" and launched.run["lineage"]["launcher"] == "torchrun"
    assert launched.command[:5] == ["torchrun", "--nproc_per_node", "4", "--nnodes", "2"]
    assert launched.command[-1] == launched.run["run_dir"]
    assert launched.files["accelerate_config"] == Path(launched.run["run_dir"]) / "launch" / "accelerate.yaml"
    assert launched.files["accelerate_config"].exists()


def test_a_cpu_job_asks_for_no_gpu_and_one_machine_takes_a_free_port(tmp_path):
    """`device: cpu` (the CI's tiny model): fp32, no GPU request; the time limit requeues."""
    run = {"id": "run-20260101-abcdef12", "run_dir": str(tmp_path / "proj" / "runs" / "r")}
    cpu = JobSpec(base_model="m", method="full", device="cpu")
    script = launchers.slurm_script(run, cpu, gpus_per_node=2, partition="debug", time_limit="00:20:00",
                                    cpus_per_task=1)
    assert "--gpus-per-node" not in script and "on 1 x 2 CPU processes" in script
    assert "#SBATCH --signal=B:USR1@120" in script and "#SBATCH --open-mode=append" in script
    assert 'scontrol requeue "$SLURM_JOB_ID"\' USR1' in script and "--signal=TERM" not in script
    assert "#SBATCH --gpus-per-node=8" in launchers.slurm_script(run, JobSpec(base_model="m", method="full"))
    config = launchers.accelerate_config(cpu, gpus_per_machine=2)
    assert config["mixed_precision"] == "no" and config["main_process_port"] == 0
    assert "main_process_port" not in launchers.accelerate_config(cpu, num_machines=2)
    assert launchers.accelerate_config(JobSpec(base_model="m", method="full"))["mixed_precision"] == "bf16"
    assert "--standalone" in launchers.torchrun_command("/p/runs/r1", gpus_per_node=2)
    assert "--standalone" not in launchers.torchrun_command("/p/runs/r1", gpus_per_node=2, nodes=2)
