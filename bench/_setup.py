"""Django setup shared by the bench scripts (run them from the project root)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup():
    sys.path.insert(0, str(ROOT))
    # Test settings: DEBUG off (no query log), a throwaway secret key; DATABASE_URL,
    # ELASTICSEARCH_URL and REDIS_URL still choose the services being measured.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()


def backend_name():
    from django.conf import settings
    from django.db import connection

    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    return f"{backend['BACKEND']} on {connection.vendor}"


def request_for(path="/recherche/", language="fr"):
    from django.test import RequestFactory
    from django.utils import translation

    translation.activate(language)
    return RequestFactory().get(path, SERVER_NAME="localhost")
