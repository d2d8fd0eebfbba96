"""Index pages: cards of the children, filters by theme and audience, bad input."""

from html import unescape

import pytest
from django.utils import translation

from guides.models import GuideIndexPage, GuidePage, InitiativePage

pytestmark = pytest.mark.django_db


def titles(response):
    return sorted(item.slug for item in response.context["items"])


def live_slugs(model, *filters, lang="fr"):
    """Slugs of the live pages of ``model`` in ``lang`` matching every ``{field: value}``."""
    pages = model.objects.live().filter(locale__language_code=lang)
    for condition in filters:
        pages = pages.filter(**condition)
    return sorted(set(pages.values_list("slug", flat=True)))


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ("", []),
        ("?theme=ecoute", [{"themes__slug": "ecoute"}]),
        ("?audience=seniors", [{"audiences__slug": "seniors"}]),
        (
            "?theme=convivialite&audience=benevoles",
            [{"themes__slug": "convivialite"}, {"audiences__slug": "benevoles"}],
        ),
        (
            "?theme=entraide&audience=professionnels",
            [{"themes__slug": "entraide"}, {"audiences__slug": "professionnels"}],
        ),
    ],
)
def test_guide_filters_return_exactly_the_expected_pages(client, demo_site, query, filters):
    expected = live_slugs(GuidePage, *filters)
    assert expected  # the demo tags guides with each of these terms
    response = client.get(f"/guides/{query}")
    assert response.status_code == 200
    assert titles(response) == expected
    if filters:
        assert expected != live_slugs(GuidePage)  # the filter really narrows the list


def test_initiative_filters(client, demo_site):
    expected = live_slugs(
        InitiativePage, {"themes__slug": "aller-vers"}, {"audiences__slug": "tout-public"}
    )
    assert expected
    response = client.get("/initiatives/?theme=aller-vers&audience=tout-public")
    assert titles(response) == expected
    response = client.get("/initiatives/")
    assert titles(response) == live_slugs(InitiativePage)
    assert expected != titles(response)


def test_filter_form_works_without_javascript(client, demo_site):
    html = " ".join(client.get("/guides/?theme=ecoute").content.decode().split())
    assert '<form class="filters" method="get" action="/guides/">' in html
    assert '<option value="ecoute" selected>' in html
    assert '<button type="submit" class="button">' in html
    assert 'href="/guides/">' in html  # clear filters


def test_a_filter_without_results_says_what_to_do(client, demo_site):
    from portal.models import Theme

    Theme.objects.create(slug="sans-guide", name="Sans guide", locale=demo_site.locale("fr"))
    response = client.get("/guides/?theme=sans-guide")
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
    with translation.override("fr"):
        notice = translation.gettext(
            "There is no theme called « %(raw)s »: this filter is ignored."
        ) % {"raw": "inconnu"}
    assert notice != "There is no theme called « inconnu »: this filter is ignored."
    assert notice in unescape(html)
    assert 'class="notice" role="status"' in html
    assert titles(response) == titles(client.get("/guides/"))
    assert titles(response)


@pytest.mark.parametrize("bad", ["abc", "-1", "0", "99999"])
def test_bad_page_numbers_are_404(client, demo_site, bad):
    assert client.get(f"/guides/?theme=ecoute&page={bad}").status_code == 404
    assert client.get(f"/initiatives/?page={bad}").status_code == 404


def test_pagination_keeps_the_filters(client, demo_site, monkeypatch):
    monkeypatch.setattr(GuideIndexPage, "per_page", 2)
    expected = live_slugs(GuidePage, {"themes__slug": "convivialite"})
    assert 2 < len(expected) <= 4
    response = client.get("/guides/?theme=convivialite")
    html = response.content.decode()
    assert 'href="?theme=convivialite&amp;page=2"' in html
    second = client.get("/guides/?theme=convivialite&page=2")
    assert second.status_code == 200
    assert sorted(titles(response) + titles(second)) == expected


def test_filters_work_in_other_languages(client, demo_site):
    response = client.get("/en/guides/?theme=ecoute")
    assert response.status_code == 200
    assert titles(response) == live_slugs(GuidePage, {"themes__slug": "ecoute"}, lang="en")


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
