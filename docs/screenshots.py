"""Render every page of the desktop workbench, on a fresh demo project, into docs/img/.

    .venv/bin/python docs/screenshots.py [--out docs/img] [--lang en] [--theme light]

The demo project is built in a temporary folder and walked a little way along the method, so
each page has something true to show: de-identification run (with workbench.deid, when
installed), the hold-out signed off by each locale's owner and frozen, German pairs signed,
French pairs waiting in Claire's queue, one item edited with its personal data still to
review (the editor page), a few items rejected, and a tiny-model LoRA run trained on the
German pairs and evaluated (the training and dashboard pages). Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
    os.environ.setdefault(var, "1")

PASSWORD = "demo"  # every demo account's password (README)

#: page → who is signed in when it is rendered (the view a real user of that role sees)
SIGNED_IN = {"data": "max", "editor": "max", "review": "claire", "training": "erik",
             "dashboard": "erik", "audit": "cora"}


def run_deidentification(project, reviewer):
    """The real de-identification over every draft, when the engine is installed. Returns
    False when it is not (the screenshots then show status moves without findings)."""
    try:
        from workbench.deid.pipeline import run_deid
    except ModuleNotFoundError:
        return False
    summary = run_deid(project, actor=reviewer)
    print(f"de-identification: {summary.as_dict()}")
    return True


def accept_findings(project, ids, reviewer, engine: bool) -> None:
    """A reviewer who agrees with every finding: accept, then write the de-identified
    revisions. Without the engine, the status move the engine would make."""
    from workbench.store import items

    if not engine:
        drafts = [i["id"] for i in items.list_items(project, ids=ids) if i["status"] == "draft"]
        if drafts:
            items.set_status(project, drafts, "deidentified", actor=reviewer,
                             reason="screenshots: no de-identification engine installed")
        return
    from workbench.deid import review

    pending = [f["id"] for f in review.list_findings(project, item_ids=ids, decision="pending",
                                                     with_text=False)]
    if pending:
        review.decide(project, pending, "accepted", actor=reviewer)
    review.apply_reviewed(project, actor=reviewer, item_ids=ids)


def prepare(root: Path) -> dict:
    """Build the demo project and bring it into a realistic mid-project state."""
    from workbench.store import items, signoff, snapshots
    from workbench.store.demo import DEMO_USE_CASES, OWNER_OF, create_demo_project
    from workbench.store.usecases import sign_scope
    from workbench.store.users import get_user

    project = create_demo_project(root)
    # 0. Scope first: each use case's owners sign it. The screenshots follow the back office;
    # contract review's items stay drafts.
    for use_case, scope in DEMO_USE_CASES.items():
        for owner in scope["owners"]:
            sign_scope(project, use_case, username=owner, password=PASSWORD)
    max_ = get_user(project, "max")
    ids = lambda **f: items.item_ids(project, use_case="back-office", **f)  # noqa: E731
    # An annotator's correction, made before de-identification: the editor shows its diff
    # next to the personal data found in it.
    fr = ids(kind="pair", locale="fr-CH")
    named = [i for i in items.list_items(project, ids=fr)
             if "Madame" in i["prompt"] or "Monsieur" in i["prompt"]]
    edited = (named or items.list_items(project, ids=fr))[0]["id"]
    item = items.get_item(project, edited)
    items.edit_item(project, edited, actor=max_, response=item["response"] + " Merci de votre confiance.")
    engine = run_deidentification(project, max_)
    # 1. The evaluation set first: every locale's hold-out signed by its owner, then frozen.
    for locale, owner in OWNER_OF.items():
        hold = ids(kind="holdout", locale=locale)
        if hold:
            accept_findings(project, hold, max_, engine)
            signoff.sign_off(project, signoff.on_screen(project, hold), username=owner, password=PASSWORD)
    for owner in sorted(set(OWNER_OF.values())):  # each owner freezes their locale
        snapshots.create_snapshot(project, kind="holdout", name="hold-out v1",
                                  actor=get_user(project, owner), password=PASSWORD, use_case="back-office")
    # 2. Training pairs at different stages per locale.
    de = ids(kind="pair", locale="de-CH")
    accept_findings(project, de, max_, engine)
    signoff.sign_off(project, signoff.on_screen(project, de), username="anna", password=PASSWORD)
    accept_findings(project, [i for i in fr if i != edited], max_, engine)
    ready = ids(kind="pair", locale="fr-CH", status="deidentified")
    items.set_status(project, ready[: len(ready) // 3], "in_review", actor=max_)
    gsw = ids(kind="pair", locale="gsw")
    accept_findings(project, gsw[: len(gsw) // 2], max_, engine)
    it = ids(kind="pair", locale="it-CH")
    accept_findings(project, it, max_, engine)
    items.set_status(project, it[:5], "rejected", actor=max_,
                     reason="screenshots: duplicates of a template answer")
    # 3. A tiny-model LoRA run on the signed German pairs (the only ones signed so far),
    # evaluated per locale against the base: what the training page and the dashboard show.
    # de-CH gains, the other locales now get German answers: the gate says NO-GO.
    from workbench.evaluate.demo_loop import DEMO_TRAINING, train_and_evaluate

    snapshots.create_snapshot(project, kind="pairs", name="training v1", actor=get_user(project, "erik"),
                              use_case="back-office")
    train_and_evaluate(project, say=print, training={**DEMO_TRAINING, "name": "demo LoRA — de-CH pairs"})
    project.close()
    return {"edited": edited}


def select_signoff(audit) -> None:
    """The Audit page opened on a sign-off: its sentence and the change it recorded."""
    rows = [r for r in range(audit.model.rowCount()) if audit.model.entry_at(r)["action"] == "items.signoff"]
    if rows:
        audit.table.selectRow(rows[0])
        audit.table.scrollTo(audit.model.index(rows[0], 0))


def render_all(out: Path, language: str, theme: str) -> list[Path]:
    from workbench.gui.app import render_screenshot
    from workbench.gui.views import keys

    written = []
    with tempfile.TemporaryDirectory(prefix="apertus-shots-") as tmp:
        root = Path(tmp) / "demo"
        state = prepare(root)
        for view in keys():
            def click_verify(window, view=view):
                if view == "audit":  # show the verification result, as an auditor would
                    window.views["audit"].verify()
                    select_signoff(window.views["audit"])
                if view == "data":  # one locale's pairs, where every stage of the method shows
                    window.views["data"].filters.set_value("locale", "fr-CH")
                    window.views["data"].filters.set_value("kind", "pair")

            path = render_screenshot(root, out / f"{view}.png", view,
                                     username=SIGNED_IN.get(view, "admin"), password=PASSWORD,
                                     language=language, theme_mode=theme,
                                     item_id=state["edited"] if view == "editor" else None,
                                     prepare=click_verify)
            print(f"wrote {path}")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--lang", default="en", choices=["en", "de", "fr", "it"])
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    args = parser.parse_args(argv)
    render_all(args.out, args.lang, args.theme)
    return 0


if __name__ == "__main__":
    sys.exit(main())
