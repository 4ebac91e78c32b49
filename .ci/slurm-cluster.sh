#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for the Slurm tests (tests/train/test_slurm.py):
# slurmctld + slurmd on localhost with munge, Debian's slurm-wlm packages, no accounting.
#
#     sudo .ci/slurm-cluster.sh start     # install (apt) when missing, configure, start
#     .ci/slurm-cluster.sh status         # sinfo + the queue
#     sudo .ci/slurm-cluster.sh stop      # stop the daemons (the configuration stays)
#
# .ci/run starts it before `make test`. It writes /etc/slurm/slurm.conf and refuses to touch
# one it did not write: on a machine that already belongs to a real cluster, use that one.
# In a container: ProctrackType=proctrack/linuxproc and TaskPlugin=task/none need no
# cgroups. KillWait is Slurm's default (30 s): the time a stopped job has to checkpoint.
set -euo pipefail

CONF=/etc/slurm/slurm.conf
MARK="# written by apertus-workbench .ci/slurm-cluster.sh"
STATE=/var/lib/workbench-slurm
LOGS=/var/log/workbench-slurm

need_root() {
    if [ "$(id -u)" != 0 ]; then
        echo "slurm-cluster.sh $1: run it as root (sudo)" >&2
        exit 1
    fi
}

install_packages() {
    if command -v sbatch >/dev/null && command -v slurmctld >/dev/null && command -v munged >/dev/null; then
        return
    fi
    need_root install
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends slurm-wlm munge
}

write_config() {
    if [ -e "$CONF" ] && ! grep -qxF "$MARK" "$CONF"; then
        echo "$CONF exists and was not written by this script: not touching a real cluster's configuration" >&2
        exit 1
    fi
    local host node
    host=$(hostname -s)
    # The node as slurmd sees it (CPUs, sockets, cores, memory), so it registers without a mismatch.
    node=$(slurmd -C | head -n 1 | sed "s/^NodeName=[^ ]*/NodeName=$host NodeAddr=127.0.0.1/")
    mkdir -p /etc/slurm "$STATE/ctld" "$STATE/d" "$LOGS"
    cat > "$CONF" <<EOF
$MARK
ClusterName=workbench
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/d
SlurmctldPidFile=/run/workbench-slurmctld.pid
SlurmdPidFile=/run/workbench-slurmd.pid
SlurmctldLogFile=$LOGS/slurmctld.log
SlurmdLogFile=$LOGS/slurmd.log
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
# Finished jobs stay visible to squeue/scontrol for 5 minutes (the tests read their state).
MinJobAge=300
KillWait=30
$node State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
}

start_munge() {
    if munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; then
        return
    fi
    mkdir -p /run/munge
    chown munge:munge /run/munge
    if [ ! -s /etc/munge/munge.key ]; then
        mungekey --create --force 2>/dev/null || dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 status=none
        chown munge:munge /etc/munge/munge.key
        chmod 400 /etc/munge/munge.key
    fi
    runuser -u munge -- /usr/sbin/munged
    for _ in $(seq 50); do
        munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1 && return
        sleep 0.1
    done
    echo "munged did not start" >&2
    exit 1
}

running() {  # the daemon of our pid file is alive (no procps needed)
    local pid
    pid=$(cat "/run/workbench-$1.pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

start() {
    install_packages
    need_root start
    write_config
    start_munge
    running slurmctld || /usr/sbin/slurmctld
    running slurmd || /usr/sbin/slurmd
    for _ in $(seq 120); do
        if sinfo -h -N -o "%T" 2>/dev/null | grep -qE "^(idle|mixed|allocated)"; then
            sinfo
            return
        fi
        # A node that was down when the controller last saw it comes back on its own
        # (ReturnToService=2); resume it anyway.
        scontrol update nodename="$(hostname -s)" state=resume >/dev/null 2>&1 || true
        sleep 0.5
    done
    echo "the Slurm node did not become idle; logs in $LOGS" >&2
    sinfo -N -l >&2 || true
    exit 1
}

stop() {
    need_root stop
    for daemon in slurmd slurmctld; do
        pid=$(cat "/run/workbench-$daemon.pid" 2>/dev/null || true)
        if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        fi
    done
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) sinfo && squeue ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
