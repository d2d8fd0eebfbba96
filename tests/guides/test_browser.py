"""Guide pages in a real browser: accessibility (axe), print button, print layout."""

import pytest

pytestmark = pytest.mark.browser


def axe_violations(tab):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(tab)
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in results.response["violations"]]


@pytest.mark.parametrize(
    "path",
    [
        "/guides/methode-en-six-etapes/",
        "/guides/en-cas-d-urgence/",
        "/guides/?theme=inconnu",
        "/initiatives/bus-pti-plato/",
    ],
)
def test_pages_have_no_axe_violations(demo_server, tab, path):
    tab.goto(demo_server.url + path)
    assert axe_violations(tab) == []


def test_print_button_appears_with_javascript_and_print_hides_navigation(demo_server, tab):
    tab.goto(demo_server.url + "/guides/methode-en-six-etapes/")
    button = tab.locator("button[data-print]")
    assert button.is_visible()
    assert tab.locator(".toc").is_visible()
    tab.emulate_media(media="print")
    assert not tab.locator(".site-header").is_visible()
    assert not tab.locator(".toc").is_visible()
    assert not button.is_visible()
    assert tab.locator(".checklist__items li").first.is_visible()
    box = tab.evaluate(
        "() => getComputedStyle(document.querySelector('.checklist__items li'), '::before')"
        ".borderTopStyle"
    )
    assert box == "solid"
    after = tab.evaluate(
        "() => getComputedStyle(document.querySelector('.resources a'), '::after').content"
    )
    assert "/guides/en-cas-d-urgence/" in after


def test_table_of_contents_links_reach_their_sections(demo_server, tab):
    tab.goto(demo_server.url + "/guides/methode-en-six-etapes/")
    tab.click(".toc a >> nth=1")
    assert tab.url.endswith("#la-liste-de-verification")
    assert tab.locator("#la-liste-de-verification").is_visible()
