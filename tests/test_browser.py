"""The foundation as citizens meet it: in Chromium, checked with axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser


def axe_violations(tab):
    results = Axe().run(tab, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]})
    return [(v["id"], len(v["nodes"])) for v in results.response["violations"]]


@pytest.mark.parametrize(
    "path", ["/", "/ar/", "/a-propos/", "/guides/", "/recherche/?q=lien", "/nope/"]
)
def test_pages_have_no_axe_violations(demo_server, tab, path):
    tab.goto(demo_server.url + path)
    assert axe_violations(tab) == []


def test_skip_link_is_first_and_moves_focus_to_main(demo_server, tab):
    tab.goto(demo_server.url + "/")
    tab.keyboard.press("Tab")
    focused = tab.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Aller au contenu"
    tab.keyboard.press("Enter")
    assert tab.evaluate("location.hash") == "#main"


def test_phone_width_has_no_horizontal_scroll(demo_server, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="fr-FR")
    tab = context.new_page()
    for path in ["/", "/ar/", "/a-propos/"]:
        tab.goto(demo_server.url + path)
        overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        wide = tab.evaluate(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect()"
            ".right > window.innerWidth + 1).map(e => e.className || e.tagName).slice(0, 5)"
        )
        assert overflow <= 0, (path, wide)
    context.close()


def test_search_works_without_javascript(demo_server, browser):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    tab = context.new_page()
    tab.goto(demo_server.url + "/")
    tab.fill("#site-search", "accessibilité")
    tab.click("button[type=submit]")
    assert "/recherche/?q=" in tab.url
    results = tab.locator(".search-results")
    assert results.get_by_role("link", name="Déclaration d'accessibilité").count() == 1
    context.close()


def test_no_request_leaves_the_portal(demo_server, tab):
    hosts = set()
    tab.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    tab.goto(demo_server.url + "/")
    tab.wait_for_load_state("networkidle")
    assert hosts == {demo_server.url.split("/")[2]}
