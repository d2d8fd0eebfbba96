"""Shared fixtures: the demo site, a minimal tree, and a real browser for browser tests."""

import os
import shutil
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


@pytest.fixture
def demo_site(db):
    """The full demo site, as ``manage.py load_demo`` builds it."""
    from portal.demo import load_demo

    return load_demo()


@pytest.fixture
def minimal_site(db):
    """Just a French home page set as the default site's root."""
    from portal.demo import load_demo

    return load_demo(modules=["home.demo"])


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


@pytest.fixture
def demo_server(transactional_db, live_server):
    """A live server on the demo site, for browser tests.

    Transactional tests flush the database; ``load_demo`` recreates what migrations had
    created (tree root, locales, default emergency numbers) before building the site.
    """
    from django.core.cache import cache

    from portal.demo import load_demo

    load_demo()
    cache.clear()
    return live_server
