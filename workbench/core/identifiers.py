"""What a value may hold before it is written into a generated script or job file.

Generated files (serve_vllm.sh, serve_tgi.sh, slurm.sbatch, node.sh, the launch commands)
quote every value with shlex.quote where they write it. These checks are the first line:
a model id, run name, Slurm partition or port that does not fit its pattern is refused where
it enters, with a message that says what is allowed, so a typo or a hostile value
(`x$(touch FILE)`) never reaches a script. Pure functions, no I/O.
"""

from __future__ import annotations

import re

from .errors import ValidationError

#: Names: served model names, run ids, Docker tags, Slurm accounts.
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
#: A Hugging Face hub id: "swiss-ai/Apertus-8B-Instruct-2509" (or a bare "gpt2").
HUB_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,95}(/[A-Za-z0-9][A-Za-z0-9._-]{0,95})?")
#: One Slurm partition, or several separated by commas ("gpu,gpu-long").
PARTITION = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,63}(,[A-Za-z0-9_][A-Za-z0-9._-]{0,63})*")
#: Slurm --time: minutes, [days-]hours:minutes[:seconds] and the like, or UNLIMITED.
SLURM_TIME = re.compile(r"\d{1,6}(-\d{1,3})?(:\d{1,2}){0,2}|UNLIMITED|INFINITE", re.IGNORECASE)
#: A host name or IPv4/IPv6 address (the rendezvous host of a multi-node run).
HOST = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,252}|\[?[0-9A-Fa-f:.]{2,45}\]?")
# A line break ends a comment or a #SBATCH line early; other control characters have no
# business in a path or an id either.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _require_str(value, what: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be text, got {type(value).__name__}")
    return value


def check_name(value, what: str = "name") -> str:
    """A run id, served model name, Docker tag or Slurm account."""
    if not NAME.fullmatch(_require_str(value, what)):
        raise ValidationError(f"{what} {_shown(value)} is not allowed: use 1-128 letters, digits, '.', '_' "
                              "or '-', starting with a letter or digit")
    return value


def check_path_text(value, what: str = "path") -> str:
    """A file system path as text: anything but line breaks and control characters (the
    scripts quote it)."""
    text = _require_str(value, what)
    if not text or _CONTROL.search(text):
        raise ValidationError(f"{what} {_shown(value)} is not allowed: a path must be non-empty and hold no "
                              "line breaks or control characters")
    return text


def check_model_id(value, what: str = "base model id") -> str:
    """A hub id (org/name) or a local model folder (an absolute, ~ or ./ path)."""
    text = _require_str(value, what)
    if HUB_ID.fullmatch(text):
        return text
    if text.startswith(("/", "~", "./", "../")):
        return check_path_text(text, what)
    raise ValidationError(f"{what} {_shown(value)} is not allowed: give a hub id like "
                          "'swiss-ai/Apertus-8B-Instruct-2509' (letters, digits, '.', '_', '-', one '/') "
                          "or the absolute path of a local model folder")


def check_partition(value, what: str = "Slurm partition") -> str:
    if not PARTITION.fullmatch(_require_str(value, what)):
        raise ValidationError(f"{what} {_shown(value)} is not allowed: use letters, digits, '.', '_' or '-' "
                              "(several partitions separated by commas)")
    return value


def check_slurm_time(value, what: str = "Slurm time limit") -> str:
    if not SLURM_TIME.fullmatch(_require_str(value, what)):
        raise ValidationError(f"{what} {_shown(value)} is not allowed: use minutes, hours:minutes:seconds or "
                              "days-hours:minutes:seconds (e.g. 24:00:00 or 2-00:00:00)")
    return value


def check_host(value, what: str = "host") -> str:
    if not HOST.fullmatch(_require_str(value, what)):
        raise ValidationError(f"{what} {_shown(value)} is not allowed: give a host name or an IP address")
    return value


def check_count(value, what: str, *, minimum: int = 1, maximum: int = 1_000_000) -> int:
    """A whole number in [minimum, maximum] (node, GPU and CPU counts, ranks, ports)."""
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().isdecimal():
            value = int(value)
        else:
            raise ValidationError(f"{what} must be a whole number, got {_shown(value)}")
    if not minimum <= value <= maximum:
        raise ValidationError(f"{what} must be between {minimum} and {maximum}, got {value}")
    return int(value)


def comment_text(value) -> str:
    """A value made safe for a '# …' comment line: line breaks and control characters become
    '?' (a newline would end the comment and start a command)."""
    return _CONTROL.sub("?", str(value))
