"""Model work the window asks for, in the engine's Python (the desktop bundle has no ML stack):

    python -m workbench.evaluate.engine baseline --project DIR --user NAME --base-model M
                                                 [--use-case U] [--holdout SNAP]
    python -m workbench.evaluate.engine recheck --project DIR --user NAME --adapter A --holdout SNAP

Each acts in the name of the signed-in user who asked (checked as that user, like the
evaluation worker), writes its results to the database, and prints one JSON line: the
baseline evaluation, or the re-check's evaluations. Exit codes: 0 done, 2 a WorkbenchError
(its message on stderr, one line), 1 anything else.
"""

from __future__ import annotations

import argparse
import json
import os
import sys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m workbench.evaluate.engine")
    sub = parser.add_subparsers(dest="task", required=True)
    base = sub.add_parser("baseline", help="evaluate the base model alone on a frozen hold-out")
    base.add_argument("--base-model", required=True)
    base.add_argument("--use-case", default=None)
    base.add_argument("--holdout", default=None)
    check = sub.add_parser("recheck", help="evaluate a handed-off checkpoint and its base on a newer hold-out")
    check.add_argument("--adapter", required=True)
    check.add_argument("--holdout", required=True)
    for p in (base, check):
        p.add_argument("--project", required=True)
        p.add_argument("--user", required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from ..core.errors import WorkbenchError
    from ..core.roles import SystemActor
    from ..store import open_project
    from ..store.users import get_user

    try:
        with open_project(args.project) as project:
            actor = SystemActor(args.user, on_behalf_of=get_user(project, args.user))
            if args.task == "baseline":
                from .baseline import evaluate_base

                ev = evaluate_base(project, use_case=args.use_case, holdout=args.holdout,
                                   base_model=args.base_model, actor=actor)
                out = {"evaluation": ev["id"], "reused": bool(ev.get("reused"))}
            else:
                from .recheck import recheck

                out = {"recheck": recheck(project, args.adapter, holdout=args.holdout, actor=actor).as_dict()}
    except WorkbenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - reported in one line; the traceback to stderr too
        import traceback

        traceback.print_exc()
        print(f"unexpected error: {exc!r}", file=sys.stderr)
        return 1
    sys.stdout.write(json.dumps(out, ensure_ascii=False, default=str) + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
