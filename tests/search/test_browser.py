"""The search box as a combobox, driven by the keyboard in Chromium, and axe checks."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client

pytestmark = pytest.mark.browser


def test_combobox_keyboard(tab, demo_server):
    tab.goto(f"{demo_server.url}/")
    box = tab.locator("#site-search")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-autocomplete") == "list"
    listbox_id = box.get_attribute("aria-controls")
    box.fill("form")
    listbox = tab.locator(f"#{listbox_id}")
    listbox.locator("[role=option]").first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert listbox.get_attribute("role") == "listbox"
    box.press("ArrowDown")
    first = listbox.locator("[role=option]").first
    assert first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert listbox.is_hidden()
    box.press("ArrowDown")
    assert box.get_attribute("aria-expanded") == "true"
    title = listbox.locator("[role=option][aria-selected=true] .search-suggestions__title")
    expected = title.inner_text()
    box.press("Enter")
    tab.wait_for_load_state()
    assert tab.locator("h1").inner_text() == expected


def test_search_without_javascript_and_axe(browser, demo_server):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    tab = context.new_page()
    tab.goto(f"{demo_server.url}/")
    tab.fill("#site-search", "formats")
    tab.press("#site-search", "Enter")
    tab.wait_for_load_state()
    assert "/recherche/?q=formats" in tab.url
    shown = tab.locator(".search-results .search-results__title").all_inner_texts()
    context.close()
    # The same results as the page the server renders for that address.
    expected = [page.title for page in Client().get("/recherche/?q=formats").context["results"]]
    assert expected
    assert [title.strip() for title in shown] == expected


@pytest.mark.parametrize("query", ["formats", "zzzxqw"])
def test_results_pages_pass_axe(tab, demo_server, query):
    tab.goto(f"{demo_server.url}/recherche/?q={query}")
    tab.locator("#site-search").fill("gui")
    tab.locator("#site-search-suggestions, .search-suggestions").first.wait_for(state="attached")
    results = Axe().run(tab)
    violations = results.response["violations"]
    assert violations == [], [(v["id"], v["nodes"][0]["html"]) for v in violations]
