"""Leases: work in progress claimed by one process, so that two processes split it.

A lease is a row (resource, owner, expiry) written inside a write transaction, whose
BEGIN IMMEDIATE makes "is it free? then it is mine" one atomic step across processes. Two
`deid run`s each claim the revisions they analyse; two evaluations of the same checkpoint
under the same settings cannot both be running.

A lease is free again when its owner releases it, when it expires, or when its owner was a
process on this machine that no longer exists (killed, crashed): work is never stuck behind
a dead process for longer than the expiry, and on one machine not at all.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Iterable, Sequence

from .clock import stamp
from .sql import chunks, placeholders

if TYPE_CHECKING:
    from .project import Project


def new_owner(tag: str | None = None) -> str:
    """host:pid:tag (default: random) — unique per claimant, and tells whether its process
    still lives."""
    return f"{socket.gethostname()}:{os.getpid()}:{tag or uuid.uuid4().hex[:8]}"


def _owner_alive(owner: str) -> bool:
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return True  # another machine's process: only the expiry can free its lease
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def holders(project: "Project", resources: Sequence[str]) -> dict[str, dict]:
    """resource → {owner, acquired_at, expires_at} of the live leases among `resources`."""
    now = stamp(datetime.now(timezone.utc))
    out: dict[str, dict] = {}
    for part in chunks(list(resources)):
        for resource, owner, acquired, expires in project.conn.execute(
                "SELECT resource, owner, acquired_at, expires_at FROM leases WHERE resource IN "
                f"({placeholders(len(part))})", part):
            if expires > now and _owner_alive(owner):
                out[resource] = {"owner": owner, "acquired_at": acquired, "expires_at": expires}
    return out


def claim(project: "Project", resources: Iterable[str], *, owner: str, ttl_s: float,
          limit: int | None = None) -> list[str]:
    """Take the resources (at most `limit`, in the given order) not held by another live
    owner; return those now held by `owner`. Runs in (or joins) one write transaction."""
    wanted = list(dict.fromkeys(resources))
    now = datetime.now(timezone.utc)
    with project.transaction():
        taken = {r for r, h in holders(project, wanted).items() if h["owner"] != owner}
        mine = [r for r in wanted if r not in taken][:limit]
        project.conn.executemany(
            "INSERT OR REPLACE INTO leases (resource, owner, acquired_at, expires_at) VALUES (?, ?, ?, ?)",
            [(r, owner, stamp(now), stamp(now + timedelta(seconds=ttl_s))) for r in mine])
    return mine


def release(project: "Project", resources: Iterable[str], *, owner: str) -> None:
    """Give up `owner`'s leases on these resources (others' leases are left alone)."""
    with project.transaction():
        for part in chunks(list(resources), 800):
            project.conn.execute(
                f"DELETE FROM leases WHERE owner = ? AND resource IN ({placeholders(len(part))})",
                [owner, *part])


def release_all(project: "Project", owner: str) -> None:
    with project.transaction():
        project.conn.execute("DELETE FROM leases WHERE owner = ?", (owner,))


def release_tagged(project: "Project", tag: str) -> None:
    """Give up the leases of the owner created with new_owner(tag), from any process (an
    evaluation is finished by the process that started it, or marked failed by another)."""
    with project.transaction():
        project.conn.execute("DELETE FROM leases WHERE substr(owner, -length(?)) = ?",
                             (":" + tag, ":" + tag))
