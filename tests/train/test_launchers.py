"""Several GPUs and clusters: the run is registered here, its workers start from the files."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.cli import main
from workbench.train import launchers, runner
from workbench.train.spec import JobSpec


def test_slurm_launch_registers_the_run_and_writes_a_job_for_fsdp(ready_project, tiny_model_dir, capsys):
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
