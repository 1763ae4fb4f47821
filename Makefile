# Everything a newcomer needs: `make run` serves the site, `make test` runs the suite.
SHELL := /bin/bash
.DEFAULT_GOAL := run

HOST ?= 127.0.0.1
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LIGHTHOUSE := $(VENV)/lighthouse/node_modules/.bin/lighthouse
DEV_ENV := DJANGO_DEBUG=1 DJANGO_SECRET_KEY=insecure-development-key-never-use-in-production \
	DJANGO_SHOW_DEMO_DATA=1
# Tests run with debug off, as in production, but over plain HTTP.
TEST_ENV := DJANGO_SECRET_KEY=test-key-that-is-long-enough-for-the-settings-check-0123456789 \
	DJANGO_SECURE_SSL_REDIRECT=0
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/firewall_directory

# The first Python 3.12+ on PATH, then under pyenv (whose shims answer only for the selected version).
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3 \
	$$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
	"$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { command -v "$$p"; break; }; \
	done)

.PHONY: install run test test-postgres lint messages postgres-up check-deploy clean \
	backup restore check-compose browser bench

$(STAMP): pyproject.toml
	@if [ -z "$(PYTHON)" ]; then \
		echo "No Python 3.12 or newer found on PATH or under ~/.pyenv/versions/."; \
		echo "Install one (e.g. 'pyenv install 3.12' or your system's python3.12 package) and run make again."; \
		exit 1; fi
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --group test -e .
	@touch $@

install: $(STAMP)

# gettext's msgfmt compiles the catalogues; installed from Debian's packages when missing.
messages: install
	@command -v msgfmt >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; } || \
		{ echo "Install gettext (e.g. apt-get install gettext) and run make again."; exit 1; }
	$(TEST_ENV) $(BIN)/python manage.py compilemessages --ignore=.venv -v 0

run: install messages
	$(DEV_ENV) $(BIN)/python manage.py migrate --no-input
	$(DEV_ENV) $(BIN)/python manage.py load_demo
	$(DEV_ENV) $(BIN)/python manage.py load_guidance
	$(DEV_ENV) $(BIN)/python manage.py create_demo_staff
	$(DEV_ENV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run

test: lint messages check-deploy browser
	$(TEST_ENV) $(BIN)/pytest $(PYTEST_ARGS)

# PostgreSQL must be reachable at POSTGRES_URL (the machine's local server by default).
test-postgres: lint messages check-deploy postgres-up browser
	$(TEST_ENV) DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest $(PYTEST_ARGS)

# The browser tests (tests/browser/) drive Debian's chromium, with fonts for Thai, Arabic and
# Chinese; installed from Debian's packages when missing. Playwright never fetches a browser.
BROWSER_PACKAGES := chromium fonts-noto-core fonts-noto-cjk
browser:
	@missing=$$(for package in $(BROWSER_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" \
		|| echo $$package; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing" $$missing "from Debian's packages for the browser tests."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		$$missing >/dev/null; fi

# The speed benchmark of SPEC §10 (README, "Speed"): 10,000 invented services in PostgreSQL
# (its own database, fd_bench) and in SQLite, gunicorn, wrk, then Lighthouse's audits of three
# pages; on 127.0.0.1 only, at most 30 min.
bench: install postgres-up browser $(LIGHTHOUSE)
	@command -v wrk >/dev/null || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	timeout 1800 $(BIN)/python -m bench.run

# Lighthouse for the benchmark's page audits, pinned, from the npm registry into the venv.
# 12.8 is the newest release that runs on Node.js 18 and 20 (13 wants 22); Debian's is 18.
$(LIGHTHOUSE):
	@command -v npm >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; } || \
		{ echo "Install Node.js 18.16 or newer with npm and run make bench again."; exit 1; }
	npm install --prefix $(VENV)/lighthouse --no-save --no-package-lock --no-audit --no-fund \
		--loglevel=error lighthouse@12.8.2

# Django's deployment checklist with production settings: every warning fails.
check-deploy: install
	DJANGO_SECRET_KEY=$$($(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))") \
		DJANGO_ALLOWED_HOSTS=directory.example.org \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

# docker-compose.yml against the current Compose Specification (check-jsonschema's copy), then
# with Debian's docker-compose 1.29, which also follows references and reads .env.example.
# Neither needs a Docker engine; whichever is missing is installed first.
COMPOSE_TOOLS := $(VENV)/compose-tools
check-compose: install
	@command -v docker-compose >/dev/null 2>&1 || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		docker-compose >/dev/null; }
	@test -x $(COMPOSE_TOOLS)/bin/check-jsonschema || { $(BIN)/python -m venv $(COMPOSE_TOOLS) \
		&& $(COMPOSE_TOOLS)/bin/python -m pip install --quiet check-jsonschema==0.39.0; }
	$(COMPOSE_TOOLS)/bin/check-jsonschema --builtin-schema vendor.compose-spec docker-compose.yml
	@project=$$(mktemp -d) && cp .env.example "$$project/.env" \
		&& docker-compose --project-directory "$$project" -f docker-compose.yml config --quiet; \
		status=$$?; rm -rf "$$project"; \
		[ $$status -eq 0 ] && echo "docker-compose $$(docker-compose version --short): ok"; exit $$status

# A timestamped copy of DATABASE_URL's database (default: the SQLite file) in backups/.
backup:
	@bin/backup

# Replaces DATABASE_URL's database with FILE, keeping a backup of what was there first.
restore:
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/<file>" >&2; exit 2; }
	@bin/restore "$(FILE)"

postgres-up:
	@bin/postgres-up

clean:
	rm -rf $(VENV) staticfiles
