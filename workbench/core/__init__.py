"""What things are: locales, items, revisions, roles, policies. No I/O, no Qt, no torch."""
