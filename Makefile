# Two commands set everything up on a fresh machine (see README.md):
#   make demo   create .venv, install resumekit, parse the bundled sample résumé
#   make test   create .venv, install resumekit with its dev extras, run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SHARED ?= ../shared
JOBS   ?= 2
NER    ?= dataturks

.PHONY: demo test fuzz hostile eval eval-zoo eval-fixtures eval-cli eval-ner eval-synth eval-reprint fixtures golden bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/resumekit parse fixtures/sample.pdf
	$(BIN)/resumekit parse fixtures/sample.pdf --json

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

# A long fuzz run before a release (not part of `make test`): FUZZ_N examples in all, shared by the
# tests of tests/test_fuzz.py, with fresh random seeds; ~20 minutes for 100,000 on one core.
FUZZ_N ?= 100000
fuzz: $(VENV)/.installed-dev
	RESUMEKIT_FUZZ_EXAMPLES=$(FUZZ_N) $(BIN)/python -m pytest tests/test_fuzz.py -p no:cacheprovider \
		--hypothesis-show-statistics $(ARGS)

# Outcome, time and peak memory of every file of the hostile corpus in ../shared (see docs/robustness.md).
hostile: $(VENV)/.installed
	rm -rf .hostile && python3 $(SHARED)/corpus/hostile/make_hostile.py .hostile > /dev/null
	$(BIN)/python scripts/hostile_report.py .hostile $(ARGS)

# Accuracy on the labelled dev corpus and on the template zoo (need ../shared; not part of the
# tests): the scorer of ../shared/eval, documents parsed in worker processes, a row per template
# family and format. ARGS="-v" lists each tuning document's misses; ARGS="--save F" / "--against F"
# keep a run and compare with it.
eval: $(VENV)/.installed
	$(BIN)/python scripts/evaluate.py dev --shared $(SHARED) --jobs $(JOBS) $(ARGS)

eval-zoo: $(VENV)/.installed
	$(BIN)/python scripts/evaluate.py zoo --shared $(SHARED) --jobs $(JOBS) $(ARGS)

# Our fixture sets that carry scorer labels (fixtures/<set>/labels): a row per set.
eval-fixtures: $(VENV)/.installed
	$(BIN)/python scripts/evaluate.py fixtures --shared $(SHARED) --jobs $(JOBS) $(ARGS)

# The same dev measurement through the scorer's own route: one CLI process per document.
eval-cli: $(VENV)/.installed
	$(BIN)/python $(SHARED)/eval/score.py --labels $(SHARED)/corpus/dev/labels --docs $(SHARED)/corpus/dev/docs \
		--cmd "$(BIN)/resumekit parse {file} --json" --jobs $(JOBS) $(ARGS)

# The zoo's fictional people through randomised layouts (scripts/synth_eval.py): which layout choices read worst.
eval-synth: $(VENV)/.installed-dev
	$(BIN)/python scripts/synth_eval.py --shared $(SHARED) $(ARGS)

# The dev corpus's tuning documents converted by LibreOffice, pandoc, XeLaTeX, Chromium, PDFium and
# pdfplumber (Word to PDF, rewritten, to text, to Markdown, to HTML printed, typeset through LaTeX,
# to Markdown printed; PDF to Word, to a viewer's copied text, to text laid out as on the page) and
# scored with their own labels (scripts/reprint.py): real people's text in layouts nobody tuned to.
# The converted files go to REPRINT (outside the repository), each route converted once; a route whose
# tool this machine lacks is left out and named (pypdfium2 comes with the dev extras).
# `scripts/reprint.py --corpus zoo --out DIR` does the same for the zoo.
REPRINT ?= /tmp/resumekit-reprint
eval-reprint: $(VENV)/.installed-dev
	$(BIN)/python scripts/reprint.py --shared $(SHARED) --out $(REPRINT) --keep
	$(BIN)/python scripts/evaluate.py fixtures --fixtures $(REPRINT) --shared $(SHARED) --jobs $(JOBS) $(ARGS)

eval-ner: $(VENV)/.installed
	$(BIN)/python $(SHARED)/eval/score_ner.py --dataset $(SHARED)/corpus/ner/$(NER) \
		--cmd "$(BIN)/resumekit parse {file} --json" $(ARGS)

# Benchmarks (not part of `make test`; see docs/performance.md): import time, per-format extraction
# against the rest with pdfplumber/pypdfium2/python-docx references, batch throughput with 1 and 2
# workers and their peak memory, the date grammar; on the fixtures, and ../shared's dev corpus and
# zoo when present. ARGS="--only batch", "--runs 5", "--out report.md"...
bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/run.py --shared $(SHARED) $(ARGS)

# Regenerate the fixture documents, then the golden snapshots (review the diff before committing).
fixtures: $(VENV)/.installed-dev
	$(BIN)/python fixtures/make_fixtures.py
	$(BIN)/python fixtures/make_docx_fixtures.py
	$(BIN)/python fixtures/make_ja_fixtures.py
	$(BIN)/python fixtures/make_lang_fixtures.py
	$(BIN)/python fixtures/make_nordic_fixtures.py
	$(BIN)/python fixtures/make_unseen_profile.py
	$(BIN)/python fixtures/make_pdf_fixtures.py
	$(BIN)/python fixtures/make_markup_fixtures.py
	$(BIN)/python fixtures/make_unseen_work.py
	$(BIN)/python fixtures/make_unseen_layout.py
	$(BIN)/python fixtures/make_unseen_intl.py
	$(BIN)/python fixtures/make_unseen_tex.py
	$(BIN)/python fixtures/make_unseen_academic.py
	$(BIN)/python fixtures/make_unseen_docx.py
	$(BIN)/python fixtures/make_unseen_builders.py
	$(BIN)/python fixtures/make_dates_fixtures.py
	$(BIN)/python fixtures/make_unseen_edu.py
	$(BIN)/python fixtures/make_unseen_long.py
	$(BIN)/python fixtures/make_unseen_header.py
	$(BIN)/python fixtures/make_unseen_wordml.py
	$(BIN)/python fixtures/make_unseen_sections.py
	$(BIN)/python fixtures/make_unseen_schooling.py
	$(BIN)/python fixtures/make_unseen_lists.py
	$(BIN)/python fixtures/make_unseen_top.py
	$(BIN)/python fixtures/make_unseen_realsections.py
	$(BIN)/python fixtures/make_unseen_reallists.py
	$(BIN)/python fixtures/make_unseen_realschool.py
	$(BIN)/python fixtures/make_unseen_entries.py
	$(BIN)/python fixtures/make_unseen_realwork.py
	$(BIN)/python fixtures/make_unseen_realjobs.py
	$(BIN)/python fixtures/make_unseen_reallists2.py

golden: $(VENV)/.installed-dev
	$(BIN)/python -m pytest tests/test_golden.py --update-golden

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .hostile src/*.egg-info
