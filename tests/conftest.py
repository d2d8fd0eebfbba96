"""Shared fixtures.

The test database is migrated and the whole demo is loaded into it ONCE per test session
(once per worker with pytest-xdist), committed: every ``db`` test then sees the demo and
runs inside a transaction that is rolled back when it ends, so nothing a test writes
reaches the next one. Browser tests share one live server over that same committed demo;
a browser test that writes creates and removes its own data.
"""

import os
import shutil
from collections.abc import MutableMapping
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls made by
# the test itself (fixtures) are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_available():
    return Path(CHROMIUM).exists() or shutil.which("chromium") is not None


def pytest_collection_modifyitems(config, items):
    """Browser tests: skipped with a reason without Chromium, an error under CI=true."""
    if chromium_available():
        return
    in_ci = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
    for item in items:
        if "browser" in item.keywords:
            if in_ci:
                item.add_marker(pytest.mark.usefixtures("_require_chromium"))
            else:
                item.add_marker(
                    pytest.mark.skip(
                        reason=f"Chromium not found at {CHROMIUM}: apt-get install chromium"
                    )
                )


@pytest.fixture
def _require_chromium():
    pytest.fail(f"CI=true but Chromium is missing at {CHROMIUM}: browser tests cannot run.")


@pytest.fixture(autouse=True)
def _clear_cache():
    """Every test starts and ends with an empty cache (site root paths, menus, numbers)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


# --- The demo, built once ---------------------------------------------------------------


class DemoSite:
    """The session's demo as one test sees it.

    ``pages[key][lang]`` is read again from the database the first time a test asks for it,
    so that no test inherits an instance another test changed in memory (tree counters,
    unsaved fields). A test may add its own keys; they live as long as the test.
    """

    def __init__(self, refs, site_pk):
        self.pages = {key: _Translations(langs) for key, langs in refs.items()}
        self._site_pk = site_pk

    @property
    def site(self):
        from wagtail.models import Site

        return Site.objects.get(pk=self._site_pk)

    def locale(self, code):
        from wagtail.models import Locale

        return Locale.objects.get(language_code=code)

    def add(self, key, lang, page):
        """Make a page the test built reachable as ``pages[key][lang]``."""
        self.pages.setdefault(key, _Translations({}))[lang] = page


class _Translations(MutableMapping):
    """``{lang: page}``, each page read from the database on first access."""

    def __init__(self, refs):
        self._refs = dict(refs)
        self._read = {}

    def __getitem__(self, lang):
        if lang not in self._read:
            model, pk = self._refs[lang]
            self._read[lang] = model.objects.get(pk=pk)
        return self._read[lang]

    def __setitem__(self, lang, page):
        self._refs[lang] = (type(page), page.pk)
        self._read[lang] = page

    def __delitem__(self, lang):
        del self._refs[lang]
        self._read.pop(lang, None)

    def __iter__(self):
        return iter(self._refs)

    def __len__(self):
        return len(self._refs)


_DEMO = {}


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    *,
    django_test_environment,
    django_db_blocker,
    django_db_use_migrations,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """The test database, migrated, with the whole demo committed in it.

    pytest-django's own ``django_db_setup`` creates a database only when a collected test
    asks for ``db``; browser tests reach the database through the live server instead, so
    the default database is always created here. With ``--reuse-db`` (PostgreSQL) the
    kept database already holds the demo and ``load_demo`` only checks it.
    """
    from django.test.utils import setup_databases, teardown_databases
    from wagtail.models import Site

    from portal.demo import load_demo

    assert django_db_use_migrations, "the demo needs the migrations' data: no --nomigrations"
    keepdb = django_db_keepdb and not django_db_createdb
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        config = setup_databases(
            verbosity=verbosity, interactive=False, aliases={"default"}, keepdb=keepdb
        )
        ctx = load_demo()
        _DEMO["refs"] = {
            key: {
                lang: (page.specific_class or type(page), page.pk) for lang, page in langs.items()
            }
            for key, langs in ctx.pages.items()
        }
        _DEMO["site"] = Site.objects.get(is_default_site=True).pk
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(config, verbosity=verbosity)


@pytest.fixture
def demo_site(db):
    """The full demo site, as ``manage.py load_demo`` builds it (built once per session;
    what the test changes is rolled back at its end)."""
    return DemoSite(_DEMO["refs"], _DEMO["site"])


@pytest.fixture
def minimal_site(demo_site):
    """Formerly a home page alone; now the same full demo as ``demo_site`` (the database
    always holds it). A test must build or look up what it checks, not count on the
    absence of the rest."""
    return demo_site


# --- A real browser over one live server ------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def tab(browser):
    """A fresh browser tab (own cookies), French by default."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    tab = context.new_page()
    yield tab
    context.close()


class LiveServer:
    def __init__(self, thread):
        self.thread = thread
        self.url = f"http://{thread.host}:{thread.port}"

    def __str__(self):
        return self.url


@pytest.fixture(scope="session")
def _live_server(django_db_setup, django_db_blocker):
    """One server thread for the whole session, over the committed demo.

    Unlike pytest-django's ``live_server`` it never flushes the database. With SQLite the
    test database lives in memory, so the thread shares the test's connection (as Django's
    LiveServerTestCase does); with PostgreSQL it opens its own and sees what is committed.
    """
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.db import connections
    from django.test.testcases import LiveServerThread

    with django_db_blocker.unblock():
        shared = {
            conn.alias: conn
            for conn in connections.all()
            if conn.vendor == "sqlite" and conn.is_in_memory_db()
        }
        for conn in shared.values():
            conn.inc_thread_sharing()
        thread = LiveServerThread("localhost", StaticFilesHandler, connections_override=shared)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
    yield LiveServer(thread)
    with django_db_blocker.unblock():
        thread.terminate()
        for conn in shared.values():
            conn.dec_thread_sharing()


def _row_counts():
    from django.apps import apps

    return {model._meta.label: model.objects.count() for model in apps.get_models()}


@pytest.fixture
def demo_server(_live_server, django_db_blocker):
    """The shared live server on the demo site, for browser tests.

    The database is reachable and not wrapped in a transaction (the server must see what
    the test sees), so a test that writes removes what it wrote; this fixture checks that
    every table has as many rows afterwards. Searches made in the browser are logged by
    the site itself (``SearchLogEntry``): those rows are removed here.
    """
    from django.db import connections
    from django.test.utils import modify_settings

    from search.models import SearchLogEntry

    with (
        django_db_blocker.unblock(),
        modify_settings(ALLOWED_HOSTS={"append": _live_server.thread.host}),
    ):
        try:
            logged = set(SearchLogEntry.objects.values_list("pk", flat=True))
            before = _row_counts()
            yield _live_server
            SearchLogEntry.objects.exclude(pk__in=logged).delete()
            changed = {
                label: (count, after)
                for label, after in _row_counts().items()
                if (count := before.get(label)) != after
            }
            assert not changed, f"a browser test left rows behind (before, after): {changed}"
        finally:
            # Playwright runs an event loop in this thread, so Django keeps the connections
            # opened here apart from the thread's own (asgiref's Local); close them, or
            # PostgreSQL refuses to drop the test database at the end ("being accessed").
            connections.close_all()
