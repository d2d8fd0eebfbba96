"""Gunicorn configuration for ``make serve``: ``gunicorn --config python:portal.gunicorn``.

Every value comes from the environment (or the ``.env`` file, like the Django settings):

- ``WEB_CONCURRENCY``: number of worker processes (default 2, one per core of a small host);
- ``GUNICORN_TIMEOUT``: seconds a worker may spend on one request before it is restarted
  (default 30), ``GUNICORN_GRACEFUL_TIMEOUT`` (default 30) and ``GUNICORN_KEEPALIVE``
  (default 5, for the reverse proxy's connections);
- ``FORWARDED_ALLOW_IPS``: read by gunicorn itself, the proxies trusted for
  ``X-Forwarded-*`` (default ``127.0.0.1,::1``).

The bind address is given on the command line (``--bind $(HOST):$(PORT)``).

Privacy ("mesurer sans fliquer"): the access log keeps the time, method, path, status,
size and duration of each request, never the client's address, user, referrer, user agent
or query string (a search query can say a lot about the person who typed it).

Running ``python -m portal.gunicorn`` only checks the environment (the first step of
``make serve``): it exits with a plain message when a required variable is missing or a
number is malformed, before anything else is started. (gunicorn itself parses
``WEB_CONCURRENCY`` before reading this file, with a traceback on a bad value.)
"""

import sys
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
REQUIRED = {
    "SECRET_KEY": "a long random string, e.g. "
    "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`",
}

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)


def missing_variables():
    """The required variables that neither the environment nor ``.env`` sets."""
    return [name for name in REQUIRED if not env.str(name, default="")]


def require_environment():
    missing = missing_variables()
    if missing:
        lines = ["The production server needs these environment variables (or lines in .env):"]
        lines += [f"  {name}: {REQUIRED[name]}" for name in missing]
        sys.stderr.write("\n".join(lines) + "\n")
        raise SystemExit(2)


def positive_int(name, default):
    raw = env.str(name, default=str(default)).strip()
    if not raw.isdigit() or int(raw) < 1:
        sys.stderr.write(f"{name} must be a whole number of at least 1 (got {raw!r}).\n")
        raise SystemExit(2)
    return int(raw)


require_environment()

wsgi_app = "portal.wsgi:application"
workers = positive_int("WEB_CONCURRENCY", 2)
timeout = positive_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = positive_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = positive_int("GUNICORN_KEEPALIVE", 5)
# Several servers may run on one host (bench, tests): no shared control socket.
control_socket_disable = True

accesslog = "-"
errorlog = "-"
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
loglevel = env.str("GUNICORN_LOG_LEVEL", default="info")
