"""In Chromium: the volunteer's two clicks, the one-page A4 sheet, and axe."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PAGE_OBJECT = re.compile(rb"/Type\s*/Page\b(?!s)")


def pdf_pages(pdf):
    return len(PAGE_OBJECT.findall(pdf))


def axe_violations(tab):
    results = Axe().run(tab)
    return [(v["id"], v["help"], len(v["nodes"])) for v in results.response["violations"]]


def test_free_format_for_ten_people_in_a_library_in_two_clicks(demo_server, tab):
    tab.goto(f"{demo_server.url}/formats/")
    assert axe_violations(tab) == []
    # Click 1: the library facet.
    tab.click('.format-facets a[href="?place=mediatheque"]')
    tab.wait_for_url("**/formats/?place=mediatheque")
    card = tab.locator(".format-card", has=tab.locator("a", has_text="Cercle d'écoute"))
    facts = " ".join(card.locator(".format-facts dd").all_inner_texts())
    assert "1 h" in facts
    assert "6" in facts
    assert "12" in facts  # a group of 10 fits
    assert axe_violations(tab) == []
    # Click 2: the format, whose summary band says it all at a glance.
    card.locator("a").click()
    tab.wait_for_url("**/formats/cercle-d-ecoute/")
    band = tab.locator(".format-band")
    assert band.is_visible()
    assert "Médiathèque" in band.inner_text()
    # The print button appears with JavaScript and the sheet prints on one A4 page.
    assert tab.locator("[data-print]").is_visible()
    assert axe_violations(tab) == []
    tab.emulate_media(media="print")
    assert not tab.locator(".site-header").is_visible()
    assert tab.locator(".format-sheet__footer").is_visible()
    assert pdf_pages(tab.pdf(format="A4")) == 1


def test_filters_work_without_javascript(demo_server, browser):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    tab = context.new_page()
    tab.goto(f"{demo_server.url}/formats/?place=mediatheque")
    tab.fill("#facet-size-input", "10")
    tab.click(".facet__form button")
    tab.wait_for_url(re.compile(r".*size=10.*"))
    assert "place=mediatheque" in tab.url
    shown = tab.locator(".format-card").count()
    context.close()
    from guides.models import ActionFormatPage

    fitting = [
        page
        for page in ActionFormatPage.objects.live().filter(
            locale__language_code="fr", places__slug="mediatheque"
        )
        if page.group_min <= 10 and (page.group_max is None or page.group_max >= 10)
    ]
    assert fitting
    assert shown == len(fitting)


def test_every_demo_format_prints_on_one_a4_page(demo_server, tab):
    from guides.models import ActionFormatPage

    urls = [page.url for page in ActionFormatPage.objects.live().filter(locale__language_code="fr")]
    assert urls
    for url in urls:
        tab.goto(f"{demo_server.url}{url}")
        assert pdf_pages(tab.pdf(format="A4")) == 1, url
    # The counter itself sees several pages when there are several.
    tab.goto(f"{demo_server.url}/formats/")
    assert pdf_pages(tab.pdf(format="A4")) > 1
