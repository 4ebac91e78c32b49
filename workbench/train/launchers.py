"""Command lines and job scripts that start a registered run's worker.

- local: `python -m workbench.train.worker RUN_DIR` (what runner.launch_run does);
- one machine, several GPUs: `accelerate launch` with a config file (DDP for LoRA/QLoRA,
  FSDP for full fine-tunes and bf16 LoRA on 70B), or `torchrun` (DDP);
- a Slurm cluster: a batch script that runs `accelerate launch` on every node via srun.

Every rank runs the same worker; rank 0 alone writes events, checkpoints and registry rows,
so the project folder must be on a file system all nodes share (and that supports file
locks, as SQLite and our run lock need: Lustre, GPFS, BeeGFS or NFSv4 with locking).
A worker always continues from the last complete checkpoint, so a requeued or restarted
job resumes by itself. Under Slurm, two minutes before the time limit the job script
requeues its own job; Slurm stops the workers with SIGTERM (as it does on a preemption), and
they write a checkpoint of the last finished step before they exit (worker.py, slurm.py).

A job pinned to the CPU (`device: cpu`: the CI's tiny model) gets the same files without a
GPU request and without bf16; its processes talk over gloo.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from ..core.errors import ValidationError
from ..core.identifiers import (check_count, check_host, check_name, check_partition, check_path_text,
                                check_slurm_time, comment_text)
from .session import REPO_ROOT
from .spec import JobSpec

DECODER_LAYER = "ApertusDecoderLayer"
MASTER_PORT = 29500
#: Written unquoted into node.sh (inside double quotes): srun sets them on each node.
NODE_ENV_REFERENCES = ("$SLURM_NODEID", "$MASTER_ADDR")
#: Where a run's workers start: here ("local"), or from the job files written for them.
LAUNCHERS = ("local", "accelerate", "torchrun", "slurm")


def check_slurm_options(options: dict) -> dict:
    """The Slurm script's own options (partition, time_limit, account, cpus_per_task), checked."""
    unknown = set(options) - {"partition", "time_limit", "account", "cpus_per_task"}
    if unknown:
        raise ValidationError(f"unknown Slurm option(s) {', '.join(sorted(unknown))}")
    if options.get("partition"):
        check_partition(options["partition"])
    if options.get("time_limit") is not None:
        check_slurm_time(options["time_limit"])
    if options.get("account"):
        check_name(options["account"], "Slurm account")
    if options.get("cpus_per_task") is not None:
        check_count(options["cpus_per_task"], "CPUs per task")
    return options


def check_launcher(kind: str) -> str:
    if kind not in LAUNCHERS:
        raise ValidationError(f"unknown launcher '{kind}': use local, accelerate, torchrun or slurm")
    return kind


def worker_args(run_dir: Path | str) -> list[str]:
    return ["-m", "workbench.train.worker", check_path_text(str(run_dir), "run folder")]


def local_command(run_dir: Path | str, python: str | None = None) -> list[str]:
    return [python or sys.executable, *worker_args(run_dir)]


def needs_fsdp(spec: JobSpec) -> bool:
    """Shard the weights when one GPU cannot hold them: full fine-tunes, bf16 LoRA on 70B."""
    return spec.method == "full" or (spec.method == "lora" and spec.model_size == "70b")


def on_cpu(spec: JobSpec) -> bool:
    """A job pinned to the CPU (`device: cpu`): its processes talk over gloo, with no GPU to
    ask Slurm for. "auto" means GPUs: the files are written on a login node for GPU nodes."""
    return spec.device == "cpu"


def accelerate_config(spec: JobSpec, *, num_machines: int = 1, gpus_per_machine: int = 8) -> dict:
    """An `accelerate launch` config: FSDP2 (full sharding, sharded checkpoints) or DDP."""
    num_machines = check_count(num_machines, "number of machines")
    gpus_per_machine = check_count(gpus_per_machine, "GPUs per machine")
    config = {
        "compute_environment": "LOCAL_MACHINE",
        "distributed_type": "FSDP" if needs_fsdp(spec) else "MULTI_GPU",
        # A CPU job (device: cpu, the CI's tiny model) computes in fp32, as on one machine.
        "mixed_precision": "no" if on_cpu(spec) else "bf16",
        "num_machines": num_machines,
        "num_processes": num_machines * gpus_per_machine,
        "machine_rank": 0,
        # One machine: a free port, so two runs (or a run and a test) on one node never collide.
        # Several: the port is on the command line (accelerate_command).
        **({"main_process_port": 0} if num_machines == 1 else {}),
        "rdzv_backend": "static",
        "same_network": True,
        "main_training_function": "main",
        "use_cpu": False,
    }
    if needs_fsdp(spec):
        config["fsdp_config"] = {
            "fsdp_version": 2,
            "fsdp_auto_wrap_policy": "TRANSFORMER_BASED_WRAP",
            "fsdp_transformer_layer_cls_to_wrap": DECODER_LAYER,
            "fsdp_reshard_after_forward": True,
            # Each rank saves and loads its own shard: a 70B checkpoint is never gathered
            # into one process's memory for resuming (the hand-off copy is gathered once).
            "fsdp_state_dict_type": "SHARDED_STATE_DICT",
            # Only rank 0 reads the weights from disk; the others receive their shards.
            "fsdp_cpu_ram_efficient_loading": True,
            "fsdp_offload_params": False,
            # FSDP checkpoints activations per decoder layer; the worker then leaves
            # transformers' own gradient checkpointing off.
            "fsdp_activation_checkpointing": bool(spec.gradient_checkpointing),
        }
    return config


def write_accelerate_config(spec: JobSpec, path: Path, **kwargs) -> Path:
    import yaml

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(accelerate_config(spec, **kwargs), sort_keys=False), encoding="utf-8")
    return path


def accelerate_command(run_dir: Path | str, config_file: Path | str, *, num_processes: int,
                       num_machines: int = 1, machine_rank: str | int = 0,
                       main_process_ip: str | None = None, port: int = MASTER_PORT) -> list[str]:
    num_processes, num_machines = check_count(num_processes, "number of processes"), check_count(
        num_machines, "number of machines")
    if machine_rank not in NODE_ENV_REFERENCES:
        machine_rank = check_count(machine_rank, "machine rank", minimum=0)
    cmd = ["accelerate", "launch", "--config_file", check_path_text(str(config_file), "accelerate config"),
           "--num_processes", str(num_processes), "--num_machines", str(num_machines),
           "--machine_rank", str(machine_rank)]
    if num_machines > 1:
        host = main_process_ip or "$MASTER_ADDR"
        if host not in NODE_ENV_REFERENCES:
            check_host(host, "main process host")
        cmd += ["--main_process_ip", host, "--main_process_port", str(check_count(port, "port", maximum=65535))]
    return cmd + worker_args(run_dir)


def torchrun_command(run_dir: Path | str, *, gpus_per_node: int, nodes: int = 1,
                     endpoint: str = f"$MASTER_ADDR:{MASTER_PORT}", run_id: str = "workbench") -> list[str]:
    """DDP without an accelerate config (LoRA/QLoRA; FSDP needs accelerate's config)."""
    gpus_per_node, nodes = check_count(gpus_per_node, "GPUs per node"), check_count(nodes, "number of nodes")
    check_name(run_id, "rendezvous id")
    host, _, port = endpoint.rpartition(":")
    if host not in NODE_ENV_REFERENCES:
        check_host(host, "rendezvous host")
    check_count(port, "rendezvous port", maximum=65535)
    cmd = ["torchrun", "--nproc_per_node", str(gpus_per_node), "--nnodes", str(nodes)]
    if nodes > 1:
        cmd += ["--rdzv_backend", "c10d", "--rdzv_endpoint", endpoint, "--rdzv_id", run_id]
    else:  # one machine: a free local port, never a fixed one another job may hold
        cmd += ["--standalone"]
    return cmd + worker_args(run_dir)


def slurm_job_name(run_id: str) -> str:
    """The job's name in the queue: how the workbench finds a job submitted by hand."""
    return f"apertus-{run_id}"


def slurm_script(run: dict, spec: JobSpec, *, nodes: int = 1, gpus_per_node: int = 8,
                 time_limit: str = "24:00:00", partition: str | None = None, account: str | None = None,
                 cpus_per_task: int = 32, python: str | None = None) -> str:
    """The batch script. Every value is checked against its pattern (ValidationError) and
    quoted: sbatch reads #SBATCH lines with shell-like quoting, bash the rest. A CPU job
    (`device: cpu`) asks for no GPUs: gpus_per_node is then its processes per node."""
    run_id = check_name(run["id"], "run id")
    nodes, gpus_per_node = check_count(nodes, "number of nodes"), check_count(gpus_per_node, "GPUs per node")
    cpus_per_task = check_count(cpus_per_task, "CPUs per task")
    check_slurm_time(time_limit)
    run_dir = Path(check_path_text(str(run["run_dir"]), "run folder"))
    project_root = run_dir.parent.parent
    python_bin = Path(check_path_text(python or sys.executable, "python")).parent
    lines = [
        "#!/bin/bash",
        f"#SBATCH --job-name={slurm_job_name(run_id)}",
        f"#SBATCH --nodes={nodes}",
        "#SBATCH --ntasks-per-node=1",
        *([] if on_cpu(spec) else [f"#SBATCH --gpus-per-node={gpus_per_node}"]),
        f"#SBATCH --cpus-per-task={cpus_per_task}",
        f"#SBATCH --time={time_limit}",
        f"#SBATCH --output={shlex.quote(f'{run_dir}/slurm-%j.log')}",
        # A requeued job keeps its id: its next start appends to the same log.
        "#SBATCH --open-mode=append",
        # Preempted or failed nodes: Slurm may requeue; the worker resumes from its last checkpoint.
        "#SBATCH --requeue",
        # USR1 to this script two minutes before the time limit: it requeues the job (below).
        "#SBATCH --signal=B:USR1@120",
    ]
    if partition:
        lines.append(f"#SBATCH --partition={check_partition(partition)}")
    if account:
        lines.append(f"#SBATCH --account={check_name(account, 'Slurm account')}")
    lines += [
        "",
        comment_text(f"# Apertus Workbench run {run_id}: {spec.method} of {spec.base_model} on "
                     f"{nodes} x {gpus_per_node} {'CPU processes' if on_cpu(spec) else 'GPUs'}."),
        "# Submit with: sbatch " + comment_text(shlex.quote(str(run_dir / "launch" / "slurm.sbatch"))),
        "set -euo pipefail",
        f"cd {shlex.quote(str(project_root))}",
        f"export PATH={shlex.quote(str(python_bin))}:$PATH",
        f"export PYTHONPATH={shlex.quote(str(REPO_ROOT))}${{PYTHONPATH:+:$PYTHONPATH}}",
        "export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_DATASETS_OFFLINE=1",
        'export MASTER_ADDR=$(scontrol show hostnames "$SLURM_JOB_NODELIST" | head -n 1)',
        f"export MASTER_PORT={MASTER_PORT}",
        # Near the time limit: requeue. Slurm stops the workers with SIGTERM; they write a
        # checkpoint of the last finished step, record the run as requeued and exit, and the
        # job's next start continues from that checkpoint (as after a preemption).
        "trap 'echo \"time limit near: requeueing job $SLURM_JOB_ID\"; scontrol requeue \"$SLURM_JOB_ID\"' USR1",
        # One task per node; node.sh starts that node's processes with its own rank. In the
        # background, so that the trap runs while the job waits for it.
        f"srun --kill-on-bad-exit=1 bash {shlex.quote(str(run_dir / 'launch' / 'node.sh'))} &",
        "srun_pid=$!",
        "while true; do",
        '    code=0; wait "$srun_pid" || code=$?',
        '    kill -0 "$srun_pid" 2>/dev/null || exit "$code"  # else the trap interrupted the wait',
        "done",
        "",
    ]
    return "\n".join(lines)


def node_script(run: dict, *, nodes: int, gpus_per_node: int) -> str:
    """What srun runs on every node: accelerate launch with this node's rank."""
    run_dir = Path(run["run_dir"])
    nodes, gpus_per_node = check_count(nodes, "number of nodes"), check_count(gpus_per_node, "GPUs per node")
    launch = accelerate_command(run_dir, run_dir / "launch" / "accelerate.yaml",
                                num_processes=nodes * gpus_per_node, num_machines=nodes,
                                machine_rank="$SLURM_NODEID", main_process_ip="$MASTER_ADDR")
    # $SLURM_NODEID and $MASTER_ADDR are expanded here, on each node; every other word is
    # quoted (a run folder named "$HOME" stays that text).
    expanded = {i + 1 for i, a in enumerate(launch) if a in ("--machine_rank", "--main_process_ip")}
    words = [f'"{a}"' if i in expanded and a in NODE_ENV_REFERENCES else shlex.quote(a)
             for i, a in enumerate(launch)]
    return "#!/bin/bash\nset -euo pipefail\nexec " + " ".join(words) + "\n"


def write_launch_files(run: dict, spec: JobSpec, *, kind: str, nodes: int = 1, gpus_per_node: int = 8,
                       **slurm) -> dict[str, Path | list[str]]:
    """Write runs/<id>/launch/ (accelerate config, and the Slurm script for kind 'slurm');
    return the files and the command to run."""
    run_dir = Path(run["run_dir"])
    folder = run_dir / "launch"
    config = write_accelerate_config(spec, folder / "accelerate.yaml", num_machines=nodes,
                                     gpus_per_machine=gpus_per_node)
    out: dict[str, Path | list[str]] = {"accelerate_config": config}
    if kind == "slurm":
        script = folder / "slurm.sbatch"
        script.write_text(slurm_script(run, spec, nodes=nodes, gpus_per_node=gpus_per_node, **slurm),
                          encoding="utf-8")
        node = folder / "node.sh"
        node.write_text(node_script(run, nodes=nodes, gpus_per_node=gpus_per_node), encoding="utf-8")
        for path in (script, node):
            path.chmod(0o755)
        out.update(script=script, node_script=node, command=["sbatch", str(script)])
    elif kind == "torchrun":
        out["command"] = torchrun_command(run_dir, gpus_per_node=gpus_per_node, nodes=nodes, run_id=run["id"])
    else:
        out["command"] = accelerate_command(run_dir, config, num_processes=nodes * gpus_per_node,
                                            num_machines=nodes)
    return out
