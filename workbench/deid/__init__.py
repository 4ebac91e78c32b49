"""De-identification: find personal data in items, let people review it, anonymize.

Modules, in the order data flows through them:

- `engines`   one Presidio analyzer per locale (spaCy NER model where installed, else blank)
- `recognizers/`  the Swiss recognizers, one per file
- `analyze`   batch analysis on all cores, name propagation within an item
- `review`    findings in the project database, decisions, the anonymized revision
- `anonymize` consistent placeholders, surrogates (`surrogates`), masks
- `pipeline`  `deid run`: all of the above for the project's draft items

Nothing here is imported by `workbench --help`: spaCy and Presidio load on first use.
"""
