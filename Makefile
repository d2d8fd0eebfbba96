# Lien social portal — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist workers for `make test`: 0 runs the suite in one process. Each worker builds
# its own test database and demo, which on this 2-core machine (shared with other work)
# costs more than it saves: 2:06-2:15 in one process against 3:42-4:27 with 2 workers.
TEST_WORKERS ?= 0

.PHONY: run serve test lint format install install-test migrate demo messages check-messages clean help

help:
	@echo "make run    install, migrate, load the demo content and serve http://$(HOST):$(PORT)/"
	@echo "make serve  production server: collectstatic, then gunicorn (2 workers) on $(HOST):$(PORT)"
	@echo "make test   install the test dependencies and run the whole suite ($(TEST_WORKERS) workers)"
	@echo "            e.g. make test TEST_WORKERS=0 PYTEST_ARGS='tests/directory -x'"
	@echo "make lint   ruff (strict) and djlint on the templates"

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements/base.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements/base.txt
	touch $@

$(VENV)/.installed-test: requirements/test.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements/test.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

migrate: install
	$(PY) manage.py migrate --no-input

demo: migrate
	$(PY) manage.py load_demo

run: demo
	$(PY) manage.py create_local_admin
	@echo "Admin: http://$(HOST):$(PORT)/admin/  (admin / lien-social-admin)"
	$(PY) manage.py runserver $(HOST):$(PORT)

# Production server (see the README's "Production"): reads SECRET_KEY, ALLOWED_HOSTS and the
# rest from the environment, refuses to start without SECRET_KEY. It does not migrate: run
# `manage.py migrate` first (one step of a deployment, not of every start).
SERVE_ENV := DJANGO_SETTINGS_MODULE=portal.settings.production

serve: install
	$(SERVE_ENV) $(PY) -m portal.gunicorn
	$(SERVE_ENV) $(PY) manage.py collectstatic --no-input --verbosity 0
	$(SERVE_ENV) exec $(BIN)/gunicorn --config python:portal.gunicorn --bind $(HOST):$(PORT)

test: install-test
	$(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --check
	$(BIN)/djlint templates --lint

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djlint templates --reformat

# Regenerate the message catalogues from the code (needs GNU gettext), then compile them
# with polib (pure Python) so that nobody else needs gettext.
messages: install
	$(PY) manage.py makemessages --all --no-obsolete --ignore=.venv --ignore=var
	$(PY) manage.py compile_catalogues

clean:
	rm -rf $(VENV) var/static
