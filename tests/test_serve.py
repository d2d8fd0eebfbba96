"""The production server of ``make serve``: gunicorn, production settings, from the environment.

Nothing here keeps a server running: the configuration is read by gunicorn itself
(``--print-config``), the Makefile is read by make (``-n``), and one real gunicorn answers
/robots.txt once, bounded in time.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).parent / "gunicorn"
STRONG_KEY = "q8Wz3Lr6Tn1Yv5Bx9Kd2Hs7Jf4Mp0Rc6Ug8Ea3Io5Ny1Tb7Vl9Qw2Ze4Xs6Dk8Fh"
# Variables that would leak the developer's shell into the server being tested.
LEAKY = {
    "DJANGO_SETTINGS_MODULE",
    "SECRET_KEY",
    "DATABASE_URL",
    "DEBUG",
    "ALLOWED_HOSTS",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "USE_X_FORWARDED_HOST",
    "USE_X_FORWARDED_PORT",
    "PUBLIC_BASE_URL",
    "WEB_CONCURRENCY",
    "GUNICORN_TIMEOUT",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}
MAKE = shutil.which("make")
needs_make = pytest.mark.skipif(MAKE is None, reason="GNU make is not installed")


def clean_env(**extra):
    env = {key: value for key, value in os.environ.items() if key not in LEAKY}
    env.update(extra)
    return env


def run(args, env=None, timeout=60):
    """Run a command from the project's root with a clean environment, output captured."""
    return subprocess.run(
        [str(arg) for arg in args],
        cwd=ROOT,
        env=env if env is not None else clean_env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def secret_key_in_dotenv():
    dotenv = ROOT / ".env"
    return dotenv.exists() and re.search(r"^\s*SECRET_KEY\s*=\s*\S", dotenv.read_text(), re.M)


def gunicorn_config(**env):
    """gunicorn's own reading of portal/gunicorn.py, as ``{setting: printed value}``."""
    result = run(
        [GUNICORN, "--config", "python:portal.gunicorn", "--print-config"], clean_env(**env)
    )
    assert result.returncode == 0, result.stderr
    return {
        name.strip(): value.strip()
        for name, _, value in (line.partition("=") for line in result.stdout.splitlines())
        if value
    }


def make_serve_dry_run(**variables):
    settings = (f"{name}={value}" for name, value in variables.items())
    result = run([MAKE, "--no-print-directory", "-n", "-o", ".venv/.installed", "serve", *settings])
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


@pytest.fixture(scope="module")
def default_config():
    """gunicorn's reading of the default configuration, read once for the module."""
    return gunicorn_config(SECRET_KEY=STRONG_KEY)


def test_gunicorn_config_defaults_to_two_workers_and_bounded_requests(default_config):
    config = default_config
    assert config["wsgi_app"] == "portal.wsgi:application"
    assert config["workers"] == "2"
    assert config["timeout"] == "30"
    assert config["control_socket_disable"] == "True"
    assert config["accesslog"] == "-"


def test_gunicorn_workers_and_timeout_follow_the_environment():
    config = gunicorn_config(SECRET_KEY=STRONG_KEY, WEB_CONCURRENCY="3", GUNICORN_TIMEOUT="12")
    assert (config["workers"], config["timeout"]) == ("3", "12")


def test_access_log_keeps_no_personal_data(default_config):
    log_format = default_config["access_log_format"]
    assert "%(U)s" in log_format  # the path, without the query string
    assert "%(s)s" in log_format
    # client address, user, request line (has the query), query, referrer, user agent
    for atom in ("%(h)s", "%(u)s", "%(r)s", "%(q)s", "%(f)s", "%(a)s", "{x-forwarded-for}i"):
        assert atom not in log_format


@pytest.mark.parametrize("raw", ["0", "deux", "-1"])
def test_make_serve_check_refuses_a_worker_count_that_is_not_a_positive_number(raw):
    # gunicorn itself reads WEB_CONCURRENCY before any config (a traceback on "deux"), so
    # make serve runs this check first.
    result = run(
        [sys.executable, "-m", "portal.gunicorn"],
        clean_env(SECRET_KEY=STRONG_KEY, WEB_CONCURRENCY=raw),
    )
    assert result.returncode != 0
    assert "WEB_CONCURRENCY must be a whole number" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(secret_key_in_dotenv(), reason="a local .env sets SECRET_KEY")
def test_gunicorn_refuses_to_start_without_secret_key():
    result = run([GUNICORN, "--config", "python:portal.gunicorn", "--print-config"])
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr


@needs_make
@pytest.mark.skipif(secret_key_in_dotenv(), reason="a local .env sets SECRET_KEY")
def test_make_serve_stops_before_collectstatic_without_secret_key():
    result = run([MAKE, "--no-print-directory", "-o", ".venv/.installed", "serve", "PORT=1"])
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "collectstatic" not in result.stdout


@needs_make
def test_make_serve_runs_collectstatic_then_gunicorn_with_production_settings():
    lines = make_serve_dry_run(HOST="192.0.2.10", PORT="8123")
    collect = next(i for i, line in enumerate(lines) if "collectstatic --no-input" in line)
    serve = next(i for i, line in enumerate(lines) if "gunicorn --config" in line)
    assert collect < serve
    assert "--bind 192.0.2.10:8123" in lines[serve]
    assert "python:portal.gunicorn" in lines[serve]
    for line in (lines[collect], lines[serve]):
        assert "DJANGO_SETTINGS_MODULE=portal.settings.production" in line
    # Starting the server never migrates by itself: a deployment step of its own.
    assert not any("migrate" in line for line in lines)


@needs_make
def test_make_serve_listens_on_the_host_and_port_of_make_run_by_default():
    serve = next(line for line in make_serve_dry_run() if "gunicorn --config" in line)
    assert "--bind 127.0.0.1:8000" in serve


@needs_make
def test_make_help_names_serve():
    result = run([MAKE, "--no-print-directory", "help"])
    assert result.returncode == 0, result.stderr
    assert "make serve" in result.stdout
    assert "gunicorn" in result.stdout


def production_value(expression, **env):
    code = f"import portal.settings.production as s; print(repr({expression}))"
    return run([sys.executable, "-c", code], clean_env(SECRET_KEY=STRONG_KEY, **env))


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "(('HTTP_X_FORWARDED_PROTO', 'https'), False, False)"),
        (
            {
                "SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_SCHEME,https",
                "USE_X_FORWARDED_HOST": "on",
                "USE_X_FORWARDED_PORT": "1",
            },
            "(('HTTP_X_FORWARDED_SCHEME', 'https'), True, True)",
        ),
        ({"SECURE_PROXY_SSL_HEADER": "", "USE_X_FORWARDED_HOST": "false"}, "(None, False, False)"),
    ],
)
def test_proxy_settings_come_from_the_environment(env, expected):
    result = production_value(
        "(s.SECURE_PROXY_SSL_HEADER, s.USE_X_FORWARDED_HOST, s.USE_X_FORWARDED_PORT)", **env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO"}, "SECURE_PROXY_SSL_HEADER"),
        ({"PUBLIC_BASE_URL": "lien.example.org"}, "PUBLIC_BASE_URL"),
    ],
)
def test_malformed_proxy_settings_are_refused_with_their_name(env, named):
    result = production_value("s.DEBUG", **env)
    assert result.returncode != 0
    assert f"ImproperlyConfigured: {named}" in result.stderr


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_gunicorn_answers_robots_txt_under_production_settings(tmp_path):
    """One real start (one worker), one answer, then stopped: at most a minute."""
    port = free_port()
    log_path = tmp_path / "gunicorn.log"
    env = clean_env(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        SECURE_SSL_REDIRECT="false",
        WEB_CONCURRENCY="1",
    )
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [str(GUNICORN), "--config", "python:portal.gunicorn", "--bind", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        body, deadline = None, time.monotonic() + 60
        while body is None and time.monotonic() < deadline and server.poll() is None:
            try:
                url = f"http://127.0.0.1:{port}/robots.txt?trace=personne"
                with urllib.request.urlopen(url, timeout=5) as response:
                    body = response.read().decode()
            except OSError:
                time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(timeout=30)
    log_text = log_path.read_text()
    assert body is not None, log_text
    assert f"Sitemap: http://127.0.0.1:{port}/sitemap.xml" in body
    access = [line for line in log_text.splitlines() if '"GET /robots.txt' in line]
    assert access, log_text
    assert all("127.0.0.1" not in line and "personne" not in line for line in access)
