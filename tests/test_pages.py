"""Every page of the demo tree answers in every language where it exists."""

import pytest
from django.utils import translation
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def test_every_demo_page_returns_200_in_every_locale(client, demo_site):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    languages = set()
    for page in pages:
        url = page.get_url()
        response = client.get(url)
        assert response.status_code == 200, url
        html = " ".join(response.content.decode().split())
        assert f'<html lang="{page.locale.language_code}"' in html
        languages.add(page.locale.language_code)
    assert languages == {"fr", "en", "ar"}
    # Every page the demo loader built is among them.
    built = {page.pk for langs in demo_site.pages.values() for page in langs.values()}
    assert built
    assert built <= {page.pk for page in pages}


@pytest.mark.parametrize(
    ("url", "lang", "direction"),
    [("/", "fr", "ltr"), ("/en/", "en", "ltr"), ("/ar/", "ar", "rtl")],
)
def test_html_lang_and_dir_follow_the_language(client, demo_site, url, lang, direction):
    html = " ".join(client.get(url).content.decode().split())
    assert f'<html lang="{lang}" dir="{direction}">' in html


@pytest.mark.parametrize("path", ["/guides/", "/initiatives/", "/formats/", "/annuaire/"])
def test_index_pages_of_the_brief_exist(client, demo_site, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.context["page"].slug == path.strip("/")


def test_admin_login_page(client, db):
    assert client.get("/admin/login/").status_code == 200


def test_unknown_url_gives_the_friendly_404(client, demo_site):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    with translation.override("fr"):
        title = translation.gettext("This page does not exist")
    assert title != "This page does not exist"
    assert f"<h1>{title}</h1>" in html.replace("&#x27;", "'")
    assert 'href="tel:15"' in html  # emergency numbers even on the 404 page


@pytest.mark.parametrize("bad", ["abc", "-1", "0", "99999"])
def test_bad_page_numbers_are_404_not_500(client, demo_site, bad):
    assert client.get(f"/guides/?page={bad}").status_code == 404


def test_emergency_banner_on_every_page(client, demo_site):
    for url in ["/", "/guides/", "/a-propos/", "/en/", "/ar/annuaire/", "/recherche/?q=lien"]:
        html = client.get(url).content.decode()
        for number in ("15", "17", "18", "112", "114", "115", "119", "3114", "3919"):
            assert f'href="tel:{number}"' in html, (url, number)


def test_emergency_labels_are_translated(client, demo_site):
    assert "Fire brigade" in client.get("/en/").content.decode()
    assert "Pompiers" in client.get("/").content.decode()


def test_language_switcher_links_to_translations(client, demo_site):
    html = client.get("/guides/").content.decode()
    assert 'href="/en/guides/"' in html
    assert 'href="/ar/guides/"' in html
    # A page without translation links to the other language's home page.
    html = client.get("/accessibilite/").content.decode()
    assert 'href="/en/" lang="en"' in " ".join(html.split())


def test_robots_and_sitemap(client, demo_site):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    for path in (b"/guides/", b"/en/guides/", b"/ar/annuaire/", b"/en/a-propos/"):
        assert path + b"</loc>" in sitemap.content


def test_public_pages_send_security_headers(client, demo_site):
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.urls("tests.error_urls")
def test_server_error_page_is_self_contained(client, demo_site):
    client.raise_request_exception = False
    response = client.get("/casse/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Le site a un problème" in html
    assert 'href="tel:112"' in html
