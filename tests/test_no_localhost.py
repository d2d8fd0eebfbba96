"""Served at another host, no page of the demo points to ``localhost`` (issue 9, point 6).

The demo's Wagtail ``Site`` record says ``localhost``: absolute addresses (sitemap, robots.txt,
printed sheets, QR codes, JSON-LD) must come from the request's host or ``PUBLIC_BASE_URL``.
"""

import re

import pytest
from django.core.cache import cache
from wagtail.models import Page

pytestmark = pytest.mark.django_db

PUBLIC_HOST = "portail.example.org"
LOC = re.compile(r"<loc>([^<]+)</loc>")


@pytest.fixture
def public_host(settings):
    settings.ALLOWED_HOSTS = [PUBLIC_HOST]
    settings.PUBLIC_BASE_URL = ""
    cache.clear()  # nothing rendered for another host may be reused
    return PUBLIC_HOST


def live_pages():
    return Page.objects.live().public().filter(depth__gt=1).specific().order_by("path")


def live_page_urls():
    return [(page.locale.language_code, page.get_url()) for page in live_pages()]


def get(client, url):
    return client.get(url, HTTP_HOST=PUBLIC_HOST)


def test_no_live_page_of_the_demo_names_localhost(client, demo_site, public_host):
    urls = live_page_urls()
    assert {language for language, _url in urls} == {"fr", "en", "ar"}
    failures = []
    for _language, url in urls:
        response = get(client, url)
        assert response.status_code == 200, url
        if "localhost" in response.content.decode():
            failures.append(url)
    assert failures == [], f"{len(failures)} of {len(urls)} pages name localhost: {failures}"


def test_printed_format_sheet_gives_the_address_on_the_request_host(client, demo_site, public_host):
    sheets = [page for page in live_pages() if page.specific_class.__name__ == "ActionFormatPage"]
    assert sheets
    for page in sheets:
        html = get(client, page.get_url()).content.decode()
        assert f"http://{PUBLIC_HOST}{page.get_url()}" in html, page.get_url()


def test_sitemap_is_on_the_request_host(client, demo_site, public_host):
    response = get(client, "/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert "localhost" not in body
    locations = LOC.findall(body)
    assert len(locations) == len(live_page_urls())
    assert all(location.startswith(f"http://{PUBLIC_HOST}/") for location in locations)


def test_robots_txt_is_on_the_request_host(client, demo_site, public_host):
    response = get(client, "/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "localhost" not in body
    assert f"Sitemap: http://{PUBLIC_HOST}/sitemap.xml" in body


def test_public_base_url_wins_in_sitemap_and_robots(client, demo_site, public_host, settings):
    settings.PUBLIC_BASE_URL = "https://lien.example.org"
    sitemap = get(client, "/sitemap.xml").content.decode()
    locations = LOC.findall(sitemap)
    assert locations
    assert all(location.startswith("https://lien.example.org/") for location in locations)
    assert "https://lien.example.org/en/" in locations
    assert PUBLIC_HOST not in sitemap
    assert "localhost" not in sitemap
    robots = get(client, "/robots.txt").content.decode()
    assert "Sitemap: https://lien.example.org/sitemap.xml" in robots
