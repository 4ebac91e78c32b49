"""Evaluation: every checkpoint scored per locale against the base on the frozen hold-out.

generation (+ generators: gen_peft, gen_mlx) → scoring (metrics, checks, fidelity) → evaluator (stores
rows via store.evaluations) → policy → decision (signed) → report (+ charts). worker is the
process the training runner starts after each checkpoint. torch/transformers/peft/mlx are
imported only inside the functions that generate.
"""
