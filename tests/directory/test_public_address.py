"""Addresses that leave the screen (the fiche's QR code and JSON-LD, the editors' export)
are those of the host the portal is served at, or of PUBLIC_BASE_URL; never the
placeholder ``localhost`` of the Wagtail Site record."""

import csv
import io
import json
import re

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail.models import Site

from directory import presenter
from directory.models import OrganisationPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

HOST = "annuaire.example.org"
SLUG = "centre-social-haut-du-lievre"


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_the_site_record_is_the_placeholder():
    """What makes the other tests meaningful: Wagtail alone would say « localhost »."""
    assert Site.objects.get(is_default_site=True).hostname == "localhost"
    page = OrganisationPage.objects.get(slug=SLUG)
    assert "localhost" in page.get_full_url()


@override_settings(ALLOWED_HOSTS=[HOST], PUBLIC_BASE_URL="")
def test_qr_code_and_json_ld_use_the_request_host(client):
    response = client.get(f"/annuaire/{SLUG}/", HTTP_HOST=HOST)
    assert response.status_code == 200
    html = response.content.decode()
    expected = f"http://{HOST}/annuaire/{SLUG}/"
    assert json_ld(html)["url"] == expected
    with translation.override(response["Content-Language"]):
        title = translation.gettext("QR code: address of this page")
    assert response.context["qr_code"] == presenter.qr_svg(expected, title)
    assert str(response.context["qr_code"]) in html
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert "localhost" not in main
    assert "localhost" not in json.dumps(json_ld(html))


@override_settings(ALLOWED_HOSTS=[HOST], PUBLIC_BASE_URL="https://lien.example.net")
def test_a_configured_public_address_wins(client):
    html = client.get(f"/annuaire/{SLUG}/", HTTP_HOST=HOST).content.decode()
    assert json_ld(html)["url"] == f"https://lien.example.net/annuaire/{SLUG}/"


@override_settings(ALLOWED_HOSTS=[HOST], PUBLIC_BASE_URL="")
def test_the_export_gives_the_page_address_at_the_request_host(admin_client):
    response = admin_client.get(
        "/admin/directory_entries/", {"export": "csv", "city": "Laxou"}, HTTP_HOST=HOST
    )
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "localhost" not in body
    rows = list(csv.reader(io.StringIO(body)))
    addresses = [row[-1] for row in rows[1:]]
    assert addresses
    slugs = OrganisationPage.objects.filter(city_key="laxou").values_list("slug", flat=True)
    assert sorted(addresses) == sorted(f"http://{HOST}/annuaire/{slug}/" for slug in slugs)
