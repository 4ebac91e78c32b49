"""Apertus Workbench: curate, de-identify, sign off, train and defend fine-tunes of Apertus."""

__version__ = "0.1.0"
