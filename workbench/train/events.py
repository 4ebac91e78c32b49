"""The event log of a run (one writer, one schema, one reader), and whether its worker is alive.

`runs/<id>/events.jsonl` holds one JSON object per line, appended by the training worker:
    {"t": 1760000000.123, "type": "step", "step": 12, "loss": 1.93, "lr": 0.0002,
     "tokens_per_s": 5120.0, "memory_mb": 1834.2, ...}
Types: step, checkpoint, eval, log, error, done, cancelled, requeued (Slurm stopped the job to
start it again later: the worker's last word, not the run's). `t` is Unix time in seconds.
The evaluation of a run writes `runs/<id>/eval_events.jsonl` with the same writer and schema
(types eval.started, eval.progress, eval.completed, eval.failed, eval.skipped); pass its
file name as `name` to EventLog and read_from.
Each event is written with a single O_APPEND write of a whole line, so a reader never
sees half a line from a living writer, and a worker killed mid-write leaves at most one
partial last line, which readers skip.

Liveness: the worker holds an exclusive flock on `runs/<id>/worker.lock` for its whole
life. The kernel drops the lock when the process dies (also on kill -9), so "can I take
the lock?" answers "is the worker gone?" without pid files that outlive their process or
pids that get reused. The launcher takes the lock *before* starting the child and hands
the locked descriptor over, so there is no moment in which a starting run looks dead.
"""

from __future__ import annotations

import json
import math
import os
import time
from pathlib import Path
from typing import Any, Callable, Iterator

EVENTS = "events.jsonl"
LOCK = "worker.lock"
TERMINAL = {"done", "error", "cancelled", "requeued"}

try:  # POSIX (Linux, macOS). Windows runs fall back to "alive while the pid exists".
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None


def _clean(value: Any) -> Any:
    # JSON has no NaN/inf; a diverged loss is reported as a string so the line stays valid.
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


class EventLog:
    """Appends events to a run's events.jsonl (or to its file `name`), and hands each written
    event to `on_event` too (a progress bar, a callback of the caller)."""

    def __init__(self, run_dir: Path | str, *, name: str = EVENTS,
                 on_event: Callable[[dict], None] | None = None):
        self.path = Path(run_dir) / name
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.on_event = on_event
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def emit(self, type_: str, *, sync: bool = False, **fields: Any) -> dict:
        event = {"t": round(time.time(), 3), "type": type_, **_clean(fields)}
        os.write(self._fd, (json.dumps(event, ensure_ascii=False) + "\n").encode("utf-8"))
        if sync:  # checkpoints and final events survive a power cut with what they describe
            os.fsync(self._fd)
        if self.on_event is not None:
            self.on_event(event)
        return event

    def close(self) -> None:
        os.close(self._fd)

    def __enter__(self) -> EventLog:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_events(run_dir: Path | str, *, name: str = EVENTS) -> list[dict]:
    """Every complete event of the file, oldest first."""
    return read_from(run_dir, 0, name=name)[0]


def read_from(run_dir: Path | str, pos: int = 0, *, name: str = EVENTS) -> tuple[list[dict], int]:
    """The complete events after byte offset `pos`, and the offset to read from next time:
    a non-blocking step of tail_events for a GUI timer. An unfinished last line is left for
    the next call; a line cut by kill -9 is skipped."""
    path = Path(run_dir) / name
    if not path.exists():
        return [], pos
    with path.open("rb") as fh:
        fh.seek(pos)
        chunk = fh.read()
    end = chunk.rfind(b"\n") + 1
    events = []
    for raw in chunk[:end].split(b"\n"):
        if raw.strip():
            try:
                events.append(json.loads(raw))
            except ValueError:  # JSON or UTF-8 cut by kill -9
                continue
    return events, pos + end


def events_size(run_dir: Path | str, *, name: str = EVENTS) -> int:
    """Current length of the event file: pass it as `start_at` to follow only what comes next."""
    path = Path(run_dir) / name
    return path.stat().st_size if path.exists() else 0


def tail_events(run_dir: Path | str, *, poll_s: float = 0.2, timeout_s: float | None = None,
                start_at: int = 0) -> Iterator[dict]:
    """Yield events as they are appended until a terminal one (done/error/cancelled/requeued), or until
    the worker is gone without one: then one synthetic `interrupted` event ends the stream.
    `start_at` is a byte offset into the file (0: from the first event)."""
    run_dir = Path(run_dir)
    path = run_dir / EVENTS
    pos = start_at
    buf = b""
    started = time.monotonic()
    # A resumed run's file holds the earlier worker's events too, which may end with a
    # terminal event; the stream ends on a terminal event only once no worker is alive.
    last_terminal = False
    while True:
        chunk = b""
        if path.exists():
            with path.open("rb") as fh:
                fh.seek(pos)
                chunk = fh.read()
                pos += len(chunk)
        buf += chunk
        lines = buf.split(b"\n")
        buf = lines.pop()  # the unfinished tail, if any
        for raw in lines:
            if not raw.strip():
                continue
            try:
                event = json.loads(raw)
            except ValueError:  # JSON or UTF-8
                continue  # a line cut by kill -9, followed by a new worker's line
            yield event
            last_terminal = event.get("type") in TERMINAL
        if chunk:
            continue
        if not worker_alive(run_dir):
            # One more look: the worker may have written its last line and exited between
            # our read and the liveness check.
            if path.exists() and path.stat().st_size > pos:
                continue
            if not last_terminal:
                yield {"t": round(time.time(), 3), "type": "interrupted",
                       "message": "the training process ended without a final event (killed or "
                                  "crashed); 'workbench runs resume' continues from the last checkpoint"}
            return
        if timeout_s is not None and time.monotonic() - started > timeout_s:
            return
        time.sleep(poll_s)


# -- liveness -----------------------------------------------------------------------------

def acquire_worker_lock(run_dir: Path | str) -> int:
    """Take the run's lock and return its descriptor (kept open by the worker). Raises
    BlockingIOError when a worker of this run is alive."""
    path = Path(run_dir) / LOCK
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise
    return fd


def worker_alive(run_dir: Path | str) -> bool:
    path = Path(run_dir) / LOCK
    if not path.exists():
        return False
    if fcntl is None:  # pragma: no cover - Windows
        pid = _read_pid(path)
        return pid is not None and _pid_exists(pid)
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops our probe lock, if we got it
    return False


def write_pid(fd: int, pid: int) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, str(pid).encode(), 0)


def _read_pid(path: Path) -> int | None:  # pragma: no cover - Windows
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _pid_exists(pid: int) -> bool:  # pragma: no cover - Windows
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
