# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: demo test lint install clean bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/dyadwatch ingest data/sample --db sqlite:///$(DEMO_DB) --source sample
	$(BIN)/dyadwatch stats --db sqlite:///$(DEMO_DB)
	@echo "Next: export DYADWATCH_DB=sqlite:///$(DEMO_DB); .venv/bin/dyadwatch articles --q Dokdo; see the README tour."

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

# The store tests run on SQLite and on a real PostgreSQL server, which scripts/test-postgres.sh installs
# (Debian package, as root) and starts on 127.0.0.1; set DYADWATCH_TEST_POSTGRES to use another server.
# The dashboard tests drive Debian chromium headless, which scripts/test-browser.sh installs.
test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	bash scripts/test-browser.sh || true
	DYADWATCH_TEST_POSTGRES="$${DYADWATCH_TEST_POSTGRES:-$$(bash scripts/test-postgres.sh || true)}" \
		$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/ingest_speed.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache
