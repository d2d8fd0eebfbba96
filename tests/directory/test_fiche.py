"""The fiche: what a citizen needs first, privacy of contacts, QR, JSON-LD, error reports."""

import csv
import io
import json
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from directory.models import ErrorReport, OrganisationPage
from directory.reports import REPORTS_PER_HOUR

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def get(client, slug, **params):
    response = client.get(f"/annuaire/{slug}/", params)
    assert response.status_code == 200
    return response, response.content.decode()


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_fiche_shows_the_essentials(client):
    _response, html = get(client, "centre-social-haut-du-lievre")
    assert "14 boulevard du Plateau" in html
    assert "openstreetmap.org/directions?to=48.70270%2C6.15610" in html
    assert 'href="tel:' in html  # the centre agreed to show its phone
    assert "Café-échanges du jeudi" in html
    assert 'class="fiche__hours"' in html
    assert 'class="status status--' in html
    assert "Données de démonstration" in html
    assert "fiche__demo" in html
    assert re.search(r'<svg [^>]*class="qr-code"', html)
    assert "style=" not in html.split("<main", 1)[1]  # CSP: no inline styles
    data = json_ld(html)
    assert data["@type"] == "Organization"
    assert data["address"]["postalCode"] == "54000"
    assert data["geo"]["latitude"] == pytest.approx(48.7027)
    assert data["telephone"]
    assert "PH off" not in " ".join(data["openingHours"])


def test_volunteer_phone_hidden_without_consent(client):
    page = OrganisationPage.objects.get(slug="ateliers-francais-laxou")
    assert page.phone
    assert not page.contact_public
    _response, html = get(client, "ateliers-francais-laxou")
    assert page.phone not in html
    assert "tel:" not in html.split('class="site-footer', 1)[0].split("<main", 1)[1]
    assert "telephone" not in json_ld(html)


def test_temporary_closure_is_shown_and_overrides_hours(client):
    _response, html = get(client, "mediatheque-centre-nancy")
    assert "Fermée pour travaux" in html
    assert "status--closed" in html
    assert "status--open" not in html


def test_library_gets_a_library_type_in_json_ld(client):
    _response, html = get(client, "mediatheque-du-plateau")
    assert json_ld(html)["@type"] == "Library"


def test_back_link_keeps_the_search(client):
    referer = "http://testserver/annuaire/?place=Laxou&theme=convivialite"
    response = client.get("/annuaire/pti-plato-bus/", HTTP_REFERER=referer)
    assert 'href="/annuaire/?place=Laxou&amp;theme=convivialite"' in response.content.decode()
    response = client.get("/annuaire/pti-plato-bus/", HTTP_REFERER="https://evil.example/x")
    assert "evil.example" not in response.content.decode()


def report(client, slug="pti-plato-bus", **data):
    return client.post(f"/annuaire/{slug}/", data)


def test_valid_report_is_stored(client):
    response = report(client, kind="hours", message="Le bus ne passe plus le mardi.")
    assert response.status_code == 302
    assert response["Location"].endswith("?signalement=merci#signaler")
    stored = ErrorReport.objects.get()
    assert stored.page.slug == "pti-plato-bus"
    assert stored.kind == "hours"
    assert stored.state == ErrorReport.State.NEW
    _r, html = get(client, "pti-plato-bus", signalement="merci")
    assert 'role="status"' in html


def test_spam_is_dropped(client):
    response = report(client, kind="other", message="Buy now", website="http://spam.example")
    assert response.status_code == 302
    assert ErrorReport.objects.count() == 0


def test_invalid_report_shows_errors(client):
    response = report(client, kind="nonsense", message="x" * 3000)
    assert response.status_code == 200
    assert ErrorReport.objects.count() == 0
    html = response.content.decode()
    assert "field-error" in html


def test_reports_are_rate_limited(client):
    for _ in range(REPORTS_PER_HOUR):
        assert report(client, kind="other").status_code == 302
    response = report(client, kind="other")
    assert response.status_code == 429
    assert ErrorReport.objects.count() == REPORTS_PER_HOUR


def test_report_needs_csrf_token():
    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/annuaire/pti-plato-bus/", {"kind": "other"}).status_code == 403
    assert ErrorReport.objects.count() == 0


def test_fiche_query_count(client, django_assert_max_num_queries):
    client.get("/annuaire/pti-plato-bus/")
    with django_assert_max_num_queries(40):
        client.get("/annuaire/pti-plato-bus/")


def test_admin_listing_filters_and_export(admin_client):
    response = admin_client.get("/admin/directory_entries/", {"city": "Laxou"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Mairie de Laxou" in html
    assert "Hôtel de ville de Nancy" not in html
    response = admin_client.get(
        "/admin/directory_entries/", {"has_position": "yes", "stale": "yes", "export": "csv"}
    )
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    stale = [p for p in OrganisationPage.objects.filter(latitude__isnull=False) if p.is_stale]
    assert stale  # the demo has stale entries (every fifth one)
    assert sorted(row["id"] for row in rows) == sorted(p.source_id for p in stale)
    assert len(stale) < OrganisationPage.objects.count()  # the filters did filter
    assert admin_client.get("/admin/directory_reports/").status_code == 200


def test_editor_form_saves_hours_from_the_grid(admin_client):
    page = OrganisationPage.objects.get(slug="cafe-des-voisins-nancy")
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="opening_hours_We_0_start"' in html
    assert 'value="15:00"' in html


def test_related_pages_are_listed_and_read_once(client, django_assert_max_num_queries):
    """The fiche lists its related pages from the context (RelatedContentMixin), without
    working them out a second time in the template."""
    from guides.models import GuidePage  # the test composes two apps; the code does not

    entry = OrganisationPage.objects.get(slug="pti-plato-bus", locale__language_code="fr")
    client.get(entry.url)
    with CaptureQueriesContext(connection) as plain:
        assert client.get(entry.url).status_code == 200
    without_related = len(plain.captured_queries)  # read now: each request resets the log
    guides = list(GuidePage.objects.live().filter(locale=entry.locale).order_by("pk")[:3])
    entry.related = [("page", guide) for guide in guides]
    entry.save_revision().publish()
    client.get(entry.url)
    with django_assert_max_num_queries(without_related + 4):
        html = client.get(entry.url).content.decode()
    related = html.split('id="related-title"', 1)[1]
    for guide in guides:
        assert escape(guide.title) in related
