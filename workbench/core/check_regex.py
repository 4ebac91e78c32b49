"""The regex of a hold-out check: refused where it enters when it can run away, and run with
a time limit on every answer.

A check regex is written by a domain owner and runs on every generated answer of every
evaluation. Python's `re` has no time limit, and `^(a+)+$` against thirty a's and a '!' runs
for minutes. So patterns run with the `regex` module (the same syntax, VERSION0) and its
`timeout=`, and `check_pattern` (called by `Checks.from_dict`, where a check enters the
store) refuses a pattern that
- nests a variable repetition inside another repetition (`(a+)+`, `(\\w+\\s?)*`, `(.*a){12}`):
  the shape of catastrophic backtracking, exponential in `re` and in every other
  backtracking tool that reads the stored check (`regex` survives it on short inputs, and
  still needs quadratic time); or
- does not finish on adversarial probes (each of its literal characters repeated, then a
  character that breaks the match: 'a' * 30 + '!') within PROBE_TIMEOUT_S: overlapping
  alternatives such as `(a|aa)+$`.
Pure functions, no I/O.
"""

from __future__ import annotations

import functools
import re

import regex

from .errors import ValidationError

try:  # Python 3.11+: the parser behind `re`, used to read the pattern's structure
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

#: Per answer. Generated answers are a few hundred words: a sound pattern needs microseconds.
MATCH_TIMEOUT_S = 1.0
#: Per probe, at import. The probes are 31 characters long.
PROBE_TIMEOUT_S = 0.1
PROBE_REPEAT = 30
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT}
_CATEGORY_SAMPLE = {_sre.CATEGORY_DIGIT: "1", _sre.CATEGORY_NOT_DIGIT: "a", _sre.CATEGORY_SPACE: " ",
                    _sre.CATEGORY_NOT_SPACE: "a", _sre.CATEGORY_WORD: "a", _sre.CATEGORY_NOT_WORD: " "}


class CatastrophicPattern(ValidationError):
    """A check regex that can take exponential time on some answer."""


def compile_pattern(pattern: str) -> "regex.Pattern":
    """Compile with the `regex` module (re syntax); ValidationError when it does not compile."""
    try:
        return _compiled(pattern)
    except (regex.error, re.error, ValueError) as exc:
        raise ValidationError(f"checks.regex does not compile: {exc}") from None


@functools.lru_cache(maxsize=512)
def _compiled(pattern: str) -> "regex.Pattern":
    re.compile(pattern)  # the syntax authors are told to use; `regex` accepts a superset
    return regex.compile(pattern, regex.VERSION0)


def check_pattern(pattern: str) -> str:
    """The pattern, if it compiles and cannot run away; else one-line ValidationError."""
    compiled = compile_pattern(pattern)
    parsed = _sre_parse.parse(pattern)
    nested = _nested_repeat(parsed)
    if nested:
        raise CatastrophicPattern(
            f"checks.regex {pattern!r} repeats a group that itself repeats ({nested}), which can take "
            "exponential time on some answers: repeat the inner part only once, e.g. '^(a+)+$' -> '^a+$'")
    for probe in probes(parsed):
        try:
            compiled.search(probe, timeout=PROBE_TIMEOUT_S)
        except TimeoutError:
            raise CatastrophicPattern(
                f"checks.regex {pattern!r} took over {PROBE_TIMEOUT_S:g} s on a {len(probe)}-character test "
                "text and can take exponential time on some answers: make its alternatives exclusive "
                "(e.g. '(a|aa)+' -> 'a+')") from None
    return pattern


def search(pattern: str, text: str, *, timeout: float | None = None) -> bool | None:
    """Whether the pattern matches somewhere in text; None when it ran out of time
    (MATCH_TIMEOUT_S unless given)."""
    try:
        return compile_pattern(pattern).search(text, timeout=timeout or MATCH_TIMEOUT_S) is not None
    except TimeoutError:
        return None


# -- structure ----------------------------------------------------------------------------

def _variable(repeat_av) -> bool:
    low, high, _ = repeat_av
    return high > 1 and low != high


def _children(op, av) -> list:
    """The sub-patterns directly inside one parsed element."""
    if op in _REPEATS:
        return [av[2]]
    if op is _sre.SUBPATTERN:
        return [av[-1]]
    if op is _sre.BRANCH:
        return list(av[1])
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return [av[1]]
    if op is _sre.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    return []  # literals, classes, and atomic or possessive parts (they never backtrack)


def _contains_variable_repeat(sub) -> str | None:
    for op, av in sub:
        if op in _REPEATS and _variable(av):
            return _shown(op, av)
        for child in _children(op, av):
            found = _contains_variable_repeat(child)
            if found:
                return found
    return None


def _nested_repeat(sub) -> str | None:
    """A description of the first variable repetition inside another one, or None."""
    for op, av in sub:
        if op in _REPEATS and av[1] > 1:  # (.*a){12} too: a fixed count multiplies the tries
            inner = _contains_variable_repeat(av[2])
            if inner:
                return f"{inner} inside a repetition"
        for child in _children(op, av):
            found = _nested_repeat(child)
            if found:
                return found
    return None


def _shown(op, av) -> str:
    low, high, _ = av
    if high == _sre.MAXREPEAT:
        return {0: "'*'", 1: "'+'"}.get(low, f"'{{{low},}}'")
    return f"'{{{low},{high}}}'"


# -- probes -------------------------------------------------------------------------------

def _literals(sub, found: list[str]) -> None:
    for op, av in sub:
        if op is _sre.LITERAL:
            found.append(chr(av))
        elif op is _sre.IN:
            for item_op, item_av in av:
                if item_op is _sre.LITERAL:
                    found.append(chr(item_av))
                elif item_op is _sre.RANGE:
                    found.append(chr(item_av[0]))
                elif item_op is _sre.CATEGORY and item_av in _CATEGORY_SAMPLE:
                    found.append(_CATEGORY_SAMPLE[item_av])
        elif op is _sre.ANY:
            found.append("a")
        for child in _children(op, av):
            _literals(child, found)


def probes(parsed) -> list[str]:
    """Test texts that make a backtracking pattern try every way to split them: a run of one
    character the pattern matches (or two, alternating), then one that breaks the match."""
    chars: list[str] = []
    _literals(parsed, chars)
    chars = list(dict.fromkeys(chars + ["a", "1", " "]))[:16]
    out = []
    for c in chars:
        for end in ("!", "\n", "\x00"):
            out.append(c * PROBE_REPEAT + end)
    for a, b in zip(chars, chars[1:]):
        out.append((a + b) * (PROBE_REPEAT // 2) + "!")
    return out
