"""De-identification throughput (and detection quality) against plain Presidio.

    .venv/bin/python bench/deid_speed.py                 # 10,000 items, 2 processes
    .venv/bin/python bench/deid_speed.py --items 2000 --processes 1

Items are built from the labelled texts in tests/deid/data/labelled.jsonl (all six locales in
equal parts): prompt and response each join two labelled texts (~270 characters, like our
demo items), and every personal value is replaced by a fresh surrogate so no two items are
alike. Prints:

1. engine start-up (loading spaCy and the models, once per process);
2. texts/s of our analyzer, and the time `deid run` takes on a project of that many items
   (analysis, findings written to SQLite, items without findings moved on);
3. texts/s of plain Presidio (its generic recognizers and the same spaCy pipelines) on the
   same texts;
4. span recall, PII left in clear and over-masking of both on the labelled set.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

LABELLED = ROOT / "tests" / "deid" / "data" / "labelled.jsonl"
LOCALES = ("de-CH", "gsw", "fr-CH", "it-CH", "rm", "en")


def load_labelled() -> list[dict]:
    return [json.loads(line) for line in LABELLED.read_text("utf-8").splitlines()]


def variant(rec: dict, rng: random.Random) -> str:
    """The record's text with every labelled value replaced by a surrogate."""
    from workbench.deid.surrogates import SurrogateMaker

    maker = SurrogateMaker(rec["locale"], rng)
    text, out, pos = rec["text"], [], 0
    for s in sorted(rec["spans"], key=lambda s: s["start"]):
        out += [text[pos:s["start"]], maker.make(s["entity"], text[s["start"]:s["end"]])]
        pos = s["end"]
    return "".join(out + [text[pos:]])


def make_items(n: int, labelled: list[dict], seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    by_locale = {loc: [r for r in labelled if r["locale"] == loc] for loc in LOCALES}
    items = []
    for i in range(n):
        loc = LOCALES[i % len(LOCALES)]
        a, b, c, d = rng.sample(by_locale[loc], 4)
        # Two labelled texts per field: ~270 characters, the size of our demo items' fields.
        items.append({"id": i + 1, "locale": loc, "system": "",
                      "prompt": variant(a, rng) + "\n\n" + variant(b, rng),
                      "response": variant(c, rng) + " " + variant(d, rng)})
    return items


def plain_presidio(locale: str):
    """Presidio as shipped: generic recognizers, default context enhancer, same pipeline."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration
    from presidio_analyzer.predefined_recognizers import (CreditCardRecognizer, DateRecognizer,
                                                          EmailRecognizer, IbanRecognizer,
                                                          IpRecognizer, PhoneRecognizer,
                                                          SpacyRecognizer, UrlRecognizer)

    from workbench.deid.engines import load_pipeline
    from workbench.deid.nlp import LoadedSpacyNlpEngine
    from workbench.deid.recognizers.email import offline_extractor

    import presidio_analyzer.predefined_recognizers.generic.email_recognizer as email_module
    email_module.tldextract.extract = offline_extractor()  # the baseline must stay offline too
    nlp = load_pipeline(locale)
    engine = LoadedSpacyNlpEngine(locale, nlp, NerModelConfiguration(), lean=False)
    recognizers = [cls(supported_language=locale) for cls in (
        EmailRecognizer, PhoneRecognizer, IbanRecognizer, CreditCardRecognizer, DateRecognizer,
        IpRecognizer, UrlRecognizer)]
    recognizers.append(SpacyRecognizer(supported_language=locale))
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[locale])
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=[locale])


def run_plain(texts: list[tuple[str, str]], engines: dict) -> list[list]:
    from presidio_analyzer import BatchAnalyzerEngine

    out: list = [None] * len(texts)
    for loc in LOCALES:
        idx = [i for i, (_, locale) in enumerate(texts) if locale == loc]
        batch = BatchAnalyzerEngine(engines[loc])
        res = batch.analyze_iterator([texts[i][0] for i in idx], language=loc, batch_size=32,
                                     score_threshold=0.5)
        for i, r in zip(idx, res):
            out[i] = [{"start": x.start, "end": x.end, "entity": x.entity_type} for x in r]
    return out


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the forked workers): unlike wall
    time, it does not depend on what else the machine is running."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(label: str, fn, n_texts: int, n_items: int):
    t0, c0 = time.perf_counter(), cpu_seconds()
    out = fn()
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    print(f"{label}: {wall:.1f} s wall, {cpu:.1f} CPU-s = {n_texts / cpu:,.0f} texts per CPU-second "
          f"({n_items:,} items)")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--plain-texts", type=int, default=3_000,
                    help="texts for the plain-Presidio timing (it is slower; a sample suffices)")
    ap.add_argument("--skip-project", action="store_true", help="skip the end-to-end 'deid run'")
    args = ap.parse_args()

    from workbench.deid.analyze import analyze_items, analyze_texts, propagate_names
    from workbench.deid.engines import engine_for
    from workbench.deid.metrics import score, table

    labelled = load_labelled()
    items = make_items(args.items, labelled)
    texts = [(it[f], it["locale"]) for it in items for f in ("prompt", "response")]
    chars = sum(len(t) for t, _ in texts)
    print(f"{len(items):,} items, {len(texts):,} texts, {chars / len(texts):.0f} characters per "
          f"text on average, {os.cpu_count()} CPU(s) visible, {args.processes} process(es)\n")

    t0 = time.perf_counter()
    for loc in LOCALES:
        engine_for(loc)
    print(f"engine start-up (6 locales, once per process): {time.perf_counter() - t0:.1f} s")

    timed("ours, analysis only", lambda: analyze_items(items, processes=args.processes),
          len(texts), len(items))

    if not args.skip_project:
        from workbench.core.items import ItemContent
        from workbench.deid.pipeline import run_deid
        from workbench.store import init_project
        from workbench.store.items import add_items
        from workbench.store.users import create_user

        with tempfile.TemporaryDirectory() as tmp:
            project = init_project(Path(tmp) / "bench")
            bench = create_user(project, "bench", "bench-password-2026", roles=["annotator"])
            add_items(project, [ItemContent.create(kind="pair", locale=it["locale"], prompt=it["prompt"],
                                                   response=it["response"]) for it in items],
                      actor=bench, origin="bench")
            summary = timed("ours, 'deid run' on a project (analysis + findings in SQLite)",
                            lambda: run_deid(project, actor=bench, processes=args.processes),
                            len(texts), len(items))
            project.close()
        print(f"  {summary.findings:,} findings on {summary.with_findings:,} items")

    if args.plain_texts <= 0:
        return
    sample = texts[: args.plain_texts]
    plain_engines = {loc: plain_presidio(loc) for loc in LOCALES}
    print(f"\nsame {len(sample):,} texts, one process:")
    timed("  plain Presidio", lambda: run_plain(sample, plain_engines), len(sample), len(sample) // 2)
    timed("  ours", lambda: analyze_texts(sample, processes=1), len(sample), len(sample) // 2)

    print("\nDetection on the labelled set (tests/deid/data/labelled.jsonl):")
    records = [(r["text"], r["locale"]) for r in labelled]
    ours = analyze_texts(records, processes=1)
    ours = [propagate_names([r["text"]], [s])[0] for r, s in zip(labelled, ours)]
    plain = run_plain(records, plain_engines)
    for name, pred in (("plain Presidio", plain), ("Apertus Workbench", ours)):
        print(f"\n{name}\n" + table(score(labelled, pred), [*LOCALES, "all"]))


if __name__ == "__main__":
    main()
