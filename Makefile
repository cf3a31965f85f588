# Mission Portal — `make demo` to run it, `make test` to test it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
# Absolute links (canonical, feeds, sitemaps, e-mails) follow the port the demo serves on.
SITE_URL ?= http://127.0.0.1:$(PORT)
export SITE_URL

.PHONY: install demo test test-sqlite test-postgres lint format chromium tools bench messages clean

$(BIN)/portal: pyproject.toml requirements.lock
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements.lock -e ".[test]"
	@touch $@

install: $(BIN)/portal

# The demo content and the benchmark commands come from tools/, installed by the
# development settings (the `portal` script's default), never by production settings.
demo: install
	$(BIN)/portal migrate --noinput
	$(BIN)/portal load_demo
	$(BIN)/portal ensure_admin
	@echo "Serving on http://127.0.0.1:$(PORT)/ with the background worker and publishing scheduler (Ctrl+C stops both)"
	@$(BIN)/portal worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/portal runserver 127.0.0.1:$(PORT)

# Debian's chromium for the browser tests; never a browser download.
# wrk and nginx for the benchmark harness (its smoke run is part of the suite).
tools: chromium
	@if command -v wrk >/dev/null 2>&1 && command -v nginx >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's wrk and nginx-light for the benchmark harness..."; \
		(apt-get install -y -q wrk nginx-light >/dev/null || (apt-get update -q >/dev/null && apt-get install -y -q wrk nginx-light >/dev/null)); \
	else echo "wrk or nginx is missing and cannot be installed here: the harness smoke test will be skipped."; fi

chromium:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's chromium for the browser tests..."; \
		(apt-get install -y -q chromium >/dev/null || (apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null)); \
	else echo "chromium is not installed and cannot be installed here: browser tests will be skipped."; fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install tools lint
	$(BIN)/portal makemigrations --check --dry-run --settings=portal.settings.test
	$(BIN)/portal check --settings=portal.settings.test
	$(BIN)/pytest
	@if $(BIN)/python -c 'import socket; socket.create_connection(("127.0.0.1", 5432), 1)' 2>/dev/null; then \
		echo "== PostgreSQL answers on 127.0.0.1:5432: running the suite again on it =="; \
		TEST_DATABASE_URL=$(PG_URL) $(BIN)/pytest -m "not browser and not bench"; \
	else echo "== No PostgreSQL on 127.0.0.1:5432: PostgreSQL run skipped =="; fi

# The benchmark harness (BENCHMARKS.md): PostgreSQL, Redis for the cached run, wrk,
# nginx; BENCH_PEER_DIR=path/to/bakerydemo adds the stock Wagtail peer.
BENCH_SIZES ?= 1000,10000,100000
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/portal_bench
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/5
bench: install tools
	$(BIN)/python -m pip install -q -c requirements.lock -e ".[test,bench]"
	$(BIN)/portal bench --fresh --sizes $(BENCH_SIZES) --database-url $(BENCH_DATABASE_URL) \
		--redis-url $(BENCH_REDIS_URL) $(if $(BENCH_PEER_DIR),--peer-dir $(BENCH_PEER_DIR),)

# Refresh the ru/tg catalogues from the source, then compile them (needs GNU gettext).
# Only portal/ is read: the developers' tools (tools/) are not translated.
messages: install
	cd portal && ../$(BIN)/portal makemessages -l ru -l tg --no-obsolete --ignore 'settings/*' --ignore '*/tests/*'
	cd portal && ../$(BIN)/portal compilemessages

clean:
	rm -rf $(VENV) db.sqlite3 media static .pytest_cache
