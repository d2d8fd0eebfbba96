"""Configuration comes from the environment, parsed by django-environ."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STRONG_KEY = "x7Gq2LmN9pR4sT6vW8yZ1aB3cD5eF7gH9iJ2kL4mN6oP8qR0sT2uV4wX6yZ8"


def settings_value(expression, module="portal.settings.production", **env):
    """Evaluate ``expression`` against a freshly imported settings module."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DATABASE_URL",
            "ELASTICSEARCH_URL",
            "REDIS_URL",
            "SECRET_KEY",
            "DEBUG",
            "ALLOWED_HOSTS",
            "SECURE_SSL_REDIRECT",
            "DJANGO_SETTINGS_MODULE",
            "EMAIL_URL",
        }
    }
    clean.update(env)
    code = f"import {module} as s; print(repr({expression}))"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def value(expression, **env):
    result = settings_value(expression, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_refuses_to_start_without_secret_key():
    result = settings_value("s.SECRET_KEY")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("true", "True"),
        ("on", "True"),
        ("1", "True"),
        ("false", "False"),
        ("off", "False"),
        ("0", "False"),
    ],
)
def test_booleans_are_parsed_not_compared_as_strings(raw, expected):
    assert (
        value("s.SECURE_SSL_REDIRECT", SECRET_KEY=STRONG_KEY, SECURE_SSL_REDIRECT=raw) == expected
    )


def test_production_is_safe_by_default():
    assert (
        value(
            "(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT)",
            SECRET_KEY=STRONG_KEY,
            DEBUG="true",
        )
        == "(False, True, True, True)"
    )


def test_default_database_is_sqlite_under_var():
    out = value("s.DATABASES['default']", SECRET_KEY=STRONG_KEY)
    assert "django.db.backends.sqlite3" in out
    assert "var/db.sqlite3" in out


def test_postgres_url_enables_contrib_postgres():
    out = value(
        "(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'], "
        "'django.contrib.postgres' in s.INSTALLED_APPS)",
        SECRET_KEY=STRONG_KEY,
        DATABASE_URL="postgres://u:p@db.example:5432/lien",
    )
    assert out == "('django.db.backends.postgresql', 'lien', True)"


def test_search_backend_follows_elasticsearch_url():
    assert "database" in value(
        "s.WAGTAILSEARCH_BACKENDS['default']['BACKEND']", SECRET_KEY=STRONG_KEY
    )
    out = value(
        "(s.WAGTAILSEARCH_BACKENDS['default']['BACKEND'], "
        "s.WAGTAILSEARCH_BACKENDS['default']['URLS'])",
        SECRET_KEY=STRONG_KEY,
        ELASTICSEARCH_URL="http://es.example:9200",
    )
    assert out == "('wagtail.search.backends.elasticsearch9', ['http://es.example:9200'])"


def test_cache_follows_redis_url():
    assert "LocMemCache" in value("s.CACHES['default']['BACKEND']", SECRET_KEY=STRONG_KEY)
    out = value(
        "(s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION'])",
        SECRET_KEY=STRONG_KEY,
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert out == "('django.core.cache.backends.redis.RedisCache', 'redis://127.0.0.1:6379/1')"


def test_allowed_hosts_and_email_from_environment():
    out = value(
        "(s.ALLOWED_HOSTS, s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS)",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="lien.example.org,www.lien.example.org",
        EMAIL_URL="smtp+tls://user:pw@smtp.example.org:587",
    )
    assert out == (
        "(['lien.example.org', 'www.lien.example.org'], "
        "'django.core.mail.backends.smtp.EmailBackend', 'smtp.example.org', 587, True)"
    )


def test_check_deploy_passes_under_production_settings(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="lien.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        # as behind the reverse proxy of `make serve` (README, Production)
        PUBLIC_BASE_URL="https://lien.example.org",
        USE_X_FORWARDED_HOST="true",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
