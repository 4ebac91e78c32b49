"""Hostile inputs, generated scripts and other robustness cases (issue 17)."""
