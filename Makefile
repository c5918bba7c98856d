# secretary-app: set-up, run, test, benchmark and bundle.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q

.PHONY: run test test-fast bench dist dist-check lint typecheck translations screenshots sysdeps clean \
	office-test-db office-test-db-stop

run: $(VENV)/.run-stamp
	@bash .ci/system-packages.sh qt
	$(VENV)/bin/secretary-app $(ARGS)

test: $(VENV)/.test-stamp
	@bash .ci/system-packages.sh qt fonts signing postgres
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

test-fast: $(VENV)/.test-stamp
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

lint: $(VENV)/.test-stamp
	$(VENV)/bin/ruff check .

# mypy on the Qt-free core (domain, storage, documents; see [tool.mypy] in pyproject.toml)
typecheck: $(VENV)/.test-stamp
	$(VENV)/bin/mypy

# builds (or reuses) the seeded databases under bench/data/, then writes docs/benchmarks.md
bench: $(VENV)/.test-stamp
	@bash .ci/system-packages.sh qt fonts postgres
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run $(BENCH_ARGS)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-stamp: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.test-stamp: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e ".[test]"
	@touch $@ $(VENV)/.run-stamp

# One-folder bundle with PyInstaller (build.spec); see docs/install.md.
dist: $(VENV)/.dist-stamp
	@bash .ci/system-packages.sh build
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller build.spec
	@du -sh dist/secretary-app

# Runs the built bundle in a clean environment: version, smoke test, import, DOCX + PDF export.
dist-check: $(VENV)/.test-stamp
	@bash .ci/system-packages.sh qt xvfb
	$(PY) tests/bundle/check_bundle.py dist/secretary-app

$(VENV)/.dist-stamp: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e ".[dist]"
	@touch $@ $(VENV)/.run-stamp

# Qt translations: English from the Vietnamese sources (lupdate -> fill from the JSON glossary,
# which fails naming any text still untranslated -> lrelease); Qt's own strings in Vietnamese.
TR := resources/translations
translations: $(VENV)/.test-stamp
	$(VENV)/bin/pyside6-lupdate $$(find secretary_app/ui -name '*.py' | sort) -ts $(TR)/secretary_app_en.ts \
		-source-language vi -target-language en -no-obsolete -locations none
	$(PY) $(TR)/fill_translations.py $(TR)/secretary_app_en.ts $(TR)/secretary_app_en.json
	$(VENV)/bin/pyside6-lrelease $(TR)/secretary_app_en.ts -qm $(TR)/secretary_app_en.qm
	$(VENV)/bin/pyside6-lrelease $(TR)/qtbase_vi.ts -qm $(TR)/qtbase_vi.qm

# The user guide's screenshots, from the real window under a virtual X display.
screenshots: $(VENV)/.test-stamp
	@bash .ci/system-packages.sh qt fonts xvfb
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) docs/screenshots/take_screenshots.py
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) docs/screenshots/take_screenshots.py --live 1366x768
	xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) docs/screenshots/take_screenshots.py --live 1920x1080

sysdeps:
	bash .ci/system-packages.sh qt fonts

# A throw-away PostgreSQL (Debian's initdb/pg_ctl, no service) for trying the office server by
# hand; the tests start their own. Stop it with `make office-test-db-stop`.
OFFICE_DB_DIR := build/office-test-db
office-test-db: $(VENV)/.test-stamp
	@bash .ci/system-packages.sh postgres
	$(PY) -m tests.office.pg_cluster start $(OFFICE_DB_DIR)

office-test-db-stop:
	$(PY) -m tests.office.pg_cluster stop $(OFFICE_DB_DIR)

clean:
	rm -rf build dist .pytest_cache
