"""Entry point of the Apertus Workbench desktop bundle (PyInstaller).

    apertus-workbench [PROJECT]                  open the window (on PROJECT, or the last one)
    apertus-workbench --demo [DIR]               create the demo project (in DIR) and open it
    apertus-workbench PROJECT --screenshot PNG   render one page offscreen and exit (CI)
    apertus-workbench --self-check               check the bundle: store, audit, de-identification
    apertus-workbench cli ARGS…                  the `workbench` command line (store, audit, users…)

The bundle has no torch/transformers/peft/mlx (see the README, "The desktop bundle"): training and evaluation
run in the "engine" Python named by $WORKBENCH_ENGINE_PYTHON or the app's settings.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import tempfile
from pathlib import Path

SAMPLE = ("Bonjour, ici Claire Rochat de la Banque Cantonale. Merci de verser le montant sur "
          "l'IBAN CH93 0076 2011 6238 5295 7 avant vendredi.")


def self_check() -> int:
    """What the bundle must do without the ML stack, each step for real; prints JSON."""
    import importlib.util

    from workbench import __version__
    from workbench.paths import engine_python, resources_dir
    from workbench.store import init_project
    from workbench.store.audit import verify_chain
    from workbench.store.users import create_user

    report: dict = {"version": __version__, "frozen": bool(getattr(sys, "frozen", False)),
                    "resources": resources_dir().is_dir(), "engine_python": engine_python()}
    # The heavy stack must be absent (it is what keeps the bundle small), not merely unused.
    report["ml_stack_absent"] = all(importlib.util.find_spec(m) is None
                                    for m in ("torch", "transformers", "peft", "mlx", "datasets"))
    with tempfile.TemporaryDirectory() as tmp:
        project = init_project(Path(tmp) / "check")
        create_user(project, "admin", "self-check-pw", display_name="Self Check", roles=["admin"])
        report["audit_intact"] = verify_chain(project).ok
        project.close()
    try:
        from workbench.deid.analyze import analyze_text

        found = sorted({span.entity for span in analyze_text(SAMPLE, "fr-CH")})
    except ImportError:  # the de-identification layer not in this build: check its engines directly
        import spacy

        found = sorted({e.label_ for e in spacy.load("fr_core_news_sm")(SAMPLE).ents})
    report["deid_entities"] = found
    ok = report["resources"] and report["audit_intact"] and bool(found) and report["ml_stack_absent"]
    print(json.dumps({"ok": ok, **report}, ensure_ascii=False))
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["cli"]:
        from workbench.cli import main as cli_main

        return cli_main(argv[1:])
    parser = argparse.ArgumentParser(prog="apertus-workbench", description="Apertus Workbench")
    parser.add_argument("project", nargs="?", type=Path, help="project folder to open")
    parser.add_argument("--demo", action="store_true",
                        help="create the demo project (in PROJECT, or a temporary folder)")
    parser.add_argument("--screenshot", type=Path, help="render offscreen into this PNG and exit")
    parser.add_argument("--view", default="data", help="page for --screenshot (data, editor, review, audit, …)")
    parser.add_argument("--self-check", action="store_true", help="check the bundle works, print JSON, exit")
    parser.add_argument("--version", action="store_true")
    args = parser.parse_args(argv)
    if args.version:
        from workbench import __version__

        print(f"Apertus Workbench {__version__}")
        return 0
    if args.self_check:
        return self_check()
    project = args.project
    if args.demo:
        from workbench.store.demo import create_demo_project

        project = project or Path(tempfile.mkdtemp(prefix="apertus-demo-"))
        if not (project / "workbench.sqlite").exists():
            create_demo_project(project).close()
    from workbench.gui.app import run

    return run(project, demo=args.demo, screenshot=args.screenshot, view=args.view)


if __name__ == "__main__":
    # The de-identification batch may use worker processes; in a frozen app each child
    # re-enters this file, and freeze_support() turns it into the worker instead.
    multiprocessing.freeze_support()
    sys.exit(main())
