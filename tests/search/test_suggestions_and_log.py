"""Suggestions (JSON), the anonymous search log, its report and its retention."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.text import capfirst

from home.models import ContentPage
from search.models import SearchLogEntry
from tests.helpers import add_page

pytestmark = pytest.mark.django_db


def suggest(client, q, url="/recherche/suggestions/"):
    response = client.get(url, {"q": q})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


def test_suggestions_by_title_prefix(client, search_site):
    from wagtail.models import Page

    found = suggest(client, "cerc")
    with translation.override("fr"):
        content_page = str(capfirst(ContentPage._meta.verbose_name))
    assert {"title": "Cercle d'écoute", "url": "/cercle-ecoute/", "type": content_page} in found
    # Every French page whose title starts so is offered.
    starting = Page.objects.live().filter(locale__language_code="fr", title__istartswith="cerc")
    assert {page.url for page in starting} <= {s["url"] for s in found}
    # ... and before pages that match only by their summary.
    first = [s["url"] for s in found[: starting.count()]]
    assert set(first) == {page.url for page in starting}


def test_suggestions_fold_accents(client, search_site):
    assert "Café des échanges" in [s["title"] for s in suggest(client, "cafe")]


def test_suggestions_are_bounded_and_need_two_letters(client, search_site):
    for n in range(12):
        add_page(search_site.pages["home"]["fr"], ContentPage, f"tricot-{n}", title=f"Tricot {n}")
    assert len(suggest(client, "tric")) == 8
    assert suggest(client, "t") == []


def test_suggestions_follow_the_language(client, search_site):
    assert [s["title"] for s in suggest(client, "listen", "/en/recherche/suggestions/")] == [
        "Listening circle"
    ]
    assert suggest(client, "listen") == []


def test_suggestions_query_count(client, search_site, django_assert_max_num_queries):
    suggest(client, "cerc")
    with django_assert_max_num_queries(6):
        suggest(client, "cerc")


def test_searches_are_logged_anonymously(client, search_site):
    client.get("/recherche/", {"q": "  Écoute  "}, REMOTE_ADDR="203.0.113.9")
    found = client.get("/recherche/", {"q": "ecoute"}).context["search"].total
    client.get("/recherche/", {"q": "zzzxqw"})
    client.get("/recherche/", {"q": "ecoute", "page": "1", "type": "home.contentpage"})
    entry = SearchLogEntry.objects.get(query="ecoute")
    assert entry.searches == 2
    assert entry.hits == found >= 1
    assert entry.language == "fr"
    assert SearchLogEntry.objects.get(query="zzzxqw").hits == 0
    field_names = {f.name for f in SearchLogEntry._meta.get_fields()}
    assert field_names == {"id", "query", "language", "day", "searches", "hits"}
    assert "203.0.113.9" not in str(list(SearchLogEntry.objects.values()))


def test_empty_queries_are_not_logged(client, search_site):
    for q in ["", "  ", "!!!"]:
        client.get("/recherche/", {"q": q})
    assert not SearchLogEntry.objects.exists()


def test_report_lists_frequent_searches_and_searches_without_results(admin_client, search_site):
    today = timezone.localdate()
    SearchLogEntry.objects.create(query="ecoute", language="fr", day=today, searches=7, hits=3)
    SearchLogEntry.objects.create(query="zzzxqw", language="fr", day=today, searches=2, hits=0)
    response = admin_client.get("/admin/reports/searches/")
    assert response.status_code == 200
    assert [r["query"] for r in response.context["frequent"]] == ["ecoute", "zzzxqw"]
    assert [r["query"] for r in response.context["without_results"]] == ["zzzxqw"]
    assert admin_client.get("/admin/reports/searches/?days=abc").status_code == 200


def test_report_needs_permission(client, search_site, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("editor", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get("/admin/reports/searches/")
    # Wagtail turns the refusal into a redirect to the dashboard, with a message.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200  # the user does reach the admin


def test_purge_command_keeps_only_recent_rows(search_site):
    today = timezone.localdate()
    old = today - datetime.timedelta(days=200)
    SearchLogEntry.objects.create(query="ancien", language="fr", day=old, searches=1)
    SearchLogEntry.objects.create(query="recent", language="fr", day=today, searches=1)
    call_command("purge_search_log", days=180)
    assert list(SearchLogEntry.objects.values_list("query", flat=True)) == ["recent"]
    call_command("purge_search_log", days=0)
    assert list(SearchLogEntry.objects.values_list("query", flat=True)) == ["recent"]
