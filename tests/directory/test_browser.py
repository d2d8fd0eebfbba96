"""The directory in a real browser: accessibility (axe), the map, « use my position »."""

import pytest

pytestmark = pytest.mark.browser


def violations(tab):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(tab)
    return [
        (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in results.response["violations"]
    ]


def test_directory_page_is_accessible_and_shows_the_map(demo_server, tab):
    errors = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.goto(f"{demo_server.url}/annuaire/?place=Laxou&radius=5")
    assert tab.locator(".directory-item").count() > 0
    tab.wait_for_selector(".leaflet-marker-icon, .marker-cluster")
    assert tab.locator(".directory-map").is_visible()
    assert violations(tab) == []
    # Only the tile images may fail here (no network); nothing about CSP.
    assert not [e for e in errors if "Content Security Policy" in e]


def test_fiche_is_accessible(demo_server, tab):
    tab.goto(f"{demo_server.url}/annuaire/mediatheque-du-plateau/")
    assert tab.locator("svg.qr-code").count() == 1
    tab.locator(".fiche__report summary").click()
    assert violations(tab) == []


def test_directory_works_without_javascript(demo_server, browser):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{demo_server.url}/annuaire/")
    page.fill("#id_place", "54500")
    page.click(".directory-search button[type=submit]")
    assert "place=54500" in page.url
    assert page.locator(".directory-item").first.inner_text()
    assert not page.locator(".directory-map").is_visible()
    context.close()
