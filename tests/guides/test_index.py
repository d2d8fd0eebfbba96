"""Index pages: cards of the children, filters by theme and audience, bad input."""

import pytest
from django.utils import translation

from guides.models import GuideIndexPage, GuidePage

pytestmark = pytest.mark.django_db


def titles(response):
    return sorted(item.slug for item in response.context["items"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "",
            [
                "accessibilite-et-inclusion",
                "en-cas-d-urgence",
                "mesurer-sans-fliquer",
                "methode-en-six-etapes",
                "principes-et-lieux-publics",
            ],
        ),
        ("?theme=ecoute", ["en-cas-d-urgence", "methode-en-six-etapes"]),
        ("?audience=seniors", ["accessibilite-et-inclusion"]),
        (
            "?theme=convivialite&audience=benevoles",
            ["accessibilite-et-inclusion", "methode-en-six-etapes", "principes-et-lieux-publics"],
        ),
        (
            "?theme=entraide&audience=professionnels",
            [
                "mesurer-sans-fliquer",
                "principes-et-lieux-publics",
            ],
        ),
    ],
)
def test_guide_filters_return_exactly_the_expected_pages(client, demo_site, query, expected):
    response = client.get(f"/guides/{query}")
    assert response.status_code == 200
    assert titles(response) == expected


def test_initiative_filters(client, demo_site):
    response = client.get("/initiatives/?theme=aller-vers&audience=tout-public")
    assert titles(response) == ["bus-pti-plato", "pompiers-de-paris-vivre-ensemble"]
    response = client.get("/initiatives/")
    assert len(titles(response)) == 3


def test_filter_form_works_without_javascript(client, demo_site):
    html = " ".join(client.get("/guides/?theme=ecoute").content.decode().split())
    assert '<form class="filters" method="get" action="/guides/">' in html
    assert '<option value="ecoute" selected>' in html
    assert '<button type="submit" class="button">' in html
    assert 'href="/guides/">' in html  # clear filters


def test_a_filter_without_results_says_what_to_do(client, demo_site):
    response = client.get("/guides/?theme=numerique&audience=jeunes")
    assert response.status_code == 200
    html = response.content.decode()
    assert titles(response) == []
    assert 'class="empty-state"' in html
    with translation.override("fr"):
        assert translation.gettext("Nothing matches these filters yet.") in html


def test_an_empty_index_says_what_to_do(client, demo_site):
    for page in GuidePage.objects.all():
        page.unpublish()
    html = client.get("/guides/").content.decode()
    assert 'class="empty-state"' in html
    assert 'class="filters"' in html  # themes exist, the form stays usable


@pytest.mark.parametrize(
    "query",
    [
        "?theme=inconnu",
        "?audience=personne",
        "?theme=%3Cscript%3E",
        "?theme=" + "x" * 500,
        "?theme=ecoute&theme=solitude",
        "?theme=&audience=",
        "?theme=%00",
    ],
)
def test_bad_filter_values_never_fail(client, demo_site, query):
    response = client.get(f"/guides/{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>" not in html


def test_an_unknown_theme_is_reported_and_ignored(client, demo_site):
    response = client.get("/guides/?theme=inconnu")
    html = " ".join(response.content.decode().split())
    assert "There is no theme called « inconnu »" in html or "inconnu" in html
    assert 'class="notice" role="status"' in html
    assert len(titles(response)) == 5


@pytest.mark.parametrize("bad", ["abc", "-1", "0", "99999"])
def test_bad_page_numbers_are_404(client, demo_site, bad):
    assert client.get(f"/guides/?theme=ecoute&page={bad}").status_code == 404
    assert client.get(f"/initiatives/?page={bad}").status_code == 404


def test_pagination_keeps_the_filters(client, demo_site, monkeypatch):
    monkeypatch.setattr(GuideIndexPage, "per_page", 2)
    response = client.get("/guides/?theme=convivialite")
    html = response.content.decode()
    assert 'href="?theme=convivialite&amp;page=2"' in html
    second = client.get("/guides/?theme=convivialite&page=2")
    assert second.status_code == 200
    assert len(titles(second)) == 1


def test_filters_work_in_other_languages(client, demo_site):
    response = client.get("/en/guides/?theme=ecoute")
    assert response.status_code == 200
    assert titles(response) == []


def test_index_query_count_does_not_grow_with_the_cards(
    client, guide_index, django_assert_max_num_queries
):
    client.get("/guides/")
    with django_assert_max_num_queries(18):
        client.get("/guides/?theme=convivialite")
    for number in range(8):
        guide_index.add_child(
            instance=GuidePage(title=f"Guide {number}", slug=f"guide-{number}", body=[])
        ).save_revision().publish()
    client.get("/guides/")  # publishing cleared the cached site and menu data
    with django_assert_max_num_queries(18):
        response = client.get("/guides/")
    assert len(response.context["items"]) == 12
