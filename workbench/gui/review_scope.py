"""The Review page's use-case lines: signed pairs against the method's rule of thumb (per use
case, never summed over them) and the items whose personal data lies outside the data classes
their use case's scope declares (store/usecases.py out_of_scope), for the owners. Functions of
the page (views/review_view.py), in its translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..store.item_counts import counts_by
from . import theme


_ = QCoreApplication


def add_scope_flags(view):
    """The banner listing the flagged items (its button opens the scope dialog on their use case)."""
    from .widgets import Banner

    view.scope_flags = Banner(closable=False)
    view.scope_flags.setObjectName("ScopeFlags")
    view.scope_flags.action.connect(lambda: view.ctx.open("scope", use_case=view._flagged_use_case))
    view._flagged_use_case, view.flagged = None, []
    return view.scope_flags


def show_volume(view, signed_pairs: dict[str, int]) -> None:
    from ..store.usecases import get_use_case, list_use_cases
    from ..train.volume import advise

    use_case, p = view.session.selected_use_case(), view.session.project
    if use_case is None and view.session.use_case is None and view.session.has_use_cases():
        # The rule of thumb is per use case: one short line for each (never a sum over them),
        # the thin locales in the tooltip; choosing a use case shows its full line.
        short, lines, enough = [], [], True
        for uc in list_use_cases(p):
            per = {r["locale"]: r["count"] for r in counts_by(p, "kind", "locale", "status", use_case=uc["id"])
                   if r["kind"] == "pair" and r["status"] == "signed_off"}
            advice = advise(per, "lora", "8b")
            enough = enough and advice.enough
            short.append(_.translate("ReviewView", "{name}: {pairs} of about {wanted} signed pairs").format(
                name=uc["scope"].name, pairs=f"{advice.pairs:,}", wanted=f"{advice.wanted:,}"))
            lines.append(volume_line(advice, uc["scope"].name))
        view.volume.setText(" · ".join(short))
        view.volume.setToolTip("\n".join(lines))
        view.volume.setStyleSheet("" if enough else f"color: {theme.current().warn}")
        return
    view.volume.setToolTip("")
    advice = advise(signed_pairs, "lora", "8b")   # the method's fast loop: LoRA on the 8B class
    text = _.translate("ReviewView",
                       "{pairs} signed training pairs. LoRA on the 8B class starts to move with about {wanted} "
                       "per use case; a full fine-tune of the 70B with tens of thousands.").format(
        pairs=f"{advice.pairs:,}", wanted=f"{advice.wanted:,}")
    if use_case is not None:
        text = volume_line(advice, get_use_case(p, use_case)["scope"].name)
    view.volume.setText(text)
    view.volume.setStyleSheet("" if advice.enough else f"color: {theme.current().warn}")

def volume_line(advice, name: str) -> str:
    """One use case's signed pairs against the rule of thumb, with its thin locales."""
    text = _.translate("ReviewView",
                       "{name}: {pairs} signed training pairs; LoRA on the 8B class starts to move with about "
                       "{wanted} per use case.").format(name=name, pairs=f"{advice.pairs:,}",
                                                        wanted=f"{advice.wanted:,}")
    thin = advice.thin_locales()
    if thin:
        text += " " + _.translate("ReviewView", "Fewer than about {share} per locale in: {locales}.").format(
            share=f"{advice.share:,}", locales=", ".join(thin))
    return text

def show_scope_flags(view) -> None:
    """Items holding personal data of a type no data class of their use case's scope covers
    (store.usecases.out_of_scope), with the classes that would cover it, for the owners."""
    from ..store.usecases import classes_for, list_use_cases, out_of_scope

    p, chosen = view.session.project, view.session.use_case
    view.flagged = []
    cases = [uc for uc in list_use_cases(p) if chosen is None or uc["id"] == chosen]
    for uc in cases:
        view.flagged += [{**f, "use_case": uc["id"]} for f in out_of_scope(p, uc["id"])]
    if not view.flagged:
        view.scope_flags.hide()
        return
    view._flagged_use_case = view.flagged[0]["use_case"]
    covers = classes_for(p, sorted({e for f in view.flagged for e in f["entities"]}))
    lines = []
    for f in view.flagged[:20]:
        types = "; ".join(
            _.translate("ReviewView", "{entity} (declared by: {classes})").format(
                entity=e, classes=", ".join(covers.get(e) or []) or _.translate("ReviewView", "no data class"))
            for e in f["entities"])
        lines.append(_.translate("ReviewView", "item #{id} ({locale}, {use_case}): {types}").format(
            id=f["item_id"], locale=f["locale"], use_case=f["use_case"], types=types))
    # One paragraph with the first item (the page's height is shared); every item in the tooltip.
    more = len(view.flagged) - 1
    text = _.translate("ReviewView",
                       "%n item(s) hold personal data outside the data classes their use case's scope declares. "
                       "The owners widen the scope or remove the data before sign-off:", "",
                       len(view.flagged)) + " " + lines[0]
    if more > 0:
        text += " " + _.translate("ReviewView", "… and %n more.", "", more)
    view.scope_flags.show_message(text, "warn", _.translate("ReviewView", "Use cases and scope…"))
    view.scope_flags.text.setToolTip("\n".join(lines))
