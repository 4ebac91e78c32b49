# The two commands of the README: `make demo` and `make test`. Each creates .venv when it is
# missing and installs everything from the package registries (nothing else is downloaded).

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
# torch first and pinned: with torch already satisfied, the rest of the install does not
# pull a several-GB CUDA build onto a CPU-only laptop or CI machine.
TORCH_SPEC ?= torch==2.13.0
EXTRAS ?= dev,mlx
STAMP  := $(VENV)/.installed
# One test worker per core (the suite trains and generates with the tiny model).
PYTEST_ARGS ?= -n auto

export QT_QPA_PLATFORM ?= offscreen
export HF_HUB_OFFLINE = 1
export TRANSFORMERS_OFFLINE = 1
export HF_DATASETS_OFFLINE = 1
export TOKENIZERS_PARALLELISM = false

.PHONY: demo test install bench clean screenshots

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet "$(TORCH_SPEC)"
	$(PY) -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	QT_QPA_PLATFORM=$${DEMO_QPA:-} $(VENV)/bin/workbench demo

# Everything, the `multiprocess` and `slurm` tests included (README, "The two commands"):
# PYTEST_ARGS='-n auto -m "not multiprocess and not slurm"' leaves them out locally.
test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) bench/import_speed.py

clean:
	rm -rf $(VENV) .pytest_cache build dist
