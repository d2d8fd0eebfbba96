"""The results page: French analysis, synonyms, scope, types, excerpts, pagination."""

import pytest
from django.db import connection
from django.utils import translation
from django.utils.text import capfirst

from home.models import ContentPage
from tests.helpers import add_page

from .conftest import requires_stemming, titles

pytestmark = pytest.mark.django_db


def search(client, q, **params):
    response = client.get("/recherche/", {"q": q, **params})
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ecoute", "Cercle d'écoute"),
        ("ÉCOUTE", "Cercle d'écoute"),
        ("bibliothèques", "Les bibliothèques du quartier"),
        ("cafe", "Café des échanges"),
        ("mediatheques", "Les bibliothèques du quartier"),
    ],
)
def test_accents_and_capitals_do_not_matter(client, search_site, query, expected):
    assert expected in titles(search(client, query))


@requires_stemming
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ateliers", "Atelier numérique apaisé"),
        ("bibliotheque", "Les bibliothèques du quartier"),
        ("repas partage", "Repas partagés"),
        ("ecouter", "Cercle d'écoute"),
    ],
)
def test_french_stemming(client, search_site, query, expected):
    assert expected in titles(search(client, query))


@pytest.mark.skipif(connection.vendor != "sqlite", reason="documents SQLite's behaviour only")
def test_sqlite_does_not_stem_and_says_so_honestly(client, search_site):
    """FTS5 matches whole words: a plural does not find the singular on SQLite."""
    assert "Atelier numérique apaisé" not in titles(search(client, "ateliers"))
    assert "Atelier numérique apaisé" in titles(search(client, "atelier"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SDF", "Aide aux personnes sans domicile à Nancy"),
        ("manger", "Repas partagés"),
        ("ordinateur", "Atelier numérique apaisé"),
        ("parler à quelqu'un", "Cercle d'écoute"),
        ("parler a quelqu un", "Cercle d'écoute"),
    ],
)
def test_synonyms_expand_everyday_words(client, search_site, query, expected):
    response = search(client, query)
    assert expected in titles(response)
    with translation.override("fr"):
        assert translation.gettext("Also searched:") in response.content.decode()


# A word that no demo page contains.
UNKNOWN = "kamishibai"


def test_synonyms_are_editable(client, search_site):
    from search.models import Synonym

    assert titles(search(client, UNKNOWN)) == []
    Synonym.objects.create(term=UNKNOWN, expansions="discussion", locale=search_site.locale("fr"))
    assert titles(search(client, UNKNOWN)) == titles(search(client, "discussion"))
    assert "Café des échanges" in titles(search(client, UNKNOWN))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("aide SDF Nancy", "Aide aux personnes sans domicile à Nancy"),
        ("cafe discussion solitude", "Café des échanges"),
    ],
)
def test_citizen_queries_find_the_right_page_first(client, search_site, query, expected):
    assert titles(search(client, query))[0] == expected


def test_all_words_first_then_any_word(client, search_site):
    both = search(client, "nancy hebergement")
    assert not both.context["search"].broadened
    assert "Aide aux personnes sans domicile à Nancy" in titles(both)
    # No page has both words: any of them will do.
    response = search(client, f"nancy {UNKNOWN}")
    assert response.context["search"].broadened
    nancy = search(client, "nancy")
    assert response.context["search"].total == nancy.context["search"].total > 0
    assert set(titles(response)) == set(titles(nancy))


def test_scope_live_pages_of_the_active_language(client, search_site):
    french = titles(search(client, "ecoute"))
    assert "Brouillon sur l'écoute" not in french
    assert "Listening circle" not in french
    english = client.get("/en/recherche/", {"q": "listening"})
    assert english.status_code == 200
    assert "Listening circle" in titles(english)
    assert "Cercle d'écoute" in french
    assert {p.locale.language_code for p in english.context["results"]} == {"en"}
    assert {p.locale.language_code for p in search(client, "ecoute").context["results"]} == {"fr"}


def test_private_pages_are_not_found(client, search_site):
    from wagtail.models import PageViewRestriction

    page = search_site.pages["repas-partages"]["fr"]
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert "Repas partagés" not in titles(search(client, "repas"))


def test_type_counts_come_from_the_results(client, search_site):
    outcome = search(client, "nancy").context["search"]
    types = outcome.types
    assert len(types) > 1  # the demo has content pages and directory entries in Nancy
    assert [t.count for t in types] == sorted((t.count for t in types), reverse=True)
    assert sum(t.count for t in types) == outcome.total
    for kind in types:
        filtered = search(client, "nancy", type=kind.key)
        assert filtered.context["search"].total == kind.count, kind.key
        model = {f"{p._meta.app_label}.{p._meta.model_name}" for p in filtered.context["results"]}
        assert model == {kind.key}
    labels = {t.key: t.label for t in types}
    assert labels["home.contentpage"] == capfirst(ContentPage._meta.verbose_name_plural)


def test_type_filter(client, search_site):
    response = search(client, "quartier", type="home.contentpage")
    assert response.context["search"].selected_type == "home.contentpage"
    assert titles(response)
    # Home pages match "quartier" too (the welcome text): the filter leaves them out.
    unfiltered = titles(search(client, "quartier"))
    assert len(unfiltered) > len(titles(response))
    assert all(isinstance(p, ContentPage) for p in response.context["results"])


@pytest.mark.parametrize("bad_type", ["nope", "home.", ".x", "auth.user", "x" * 500])
def test_unknown_type_is_ignored(client, search_site, bad_type):
    response = search(client, "ecoute", type=bad_type)
    assert response.context["search"].selected_type == ""
    assert "Cercle d'écoute" in titles(response)


def test_excerpt_highlights_the_words_found(client, search_site):
    response = search(client, "hebergement")
    html = response.content.decode()
    assert "<mark>hébergement</mark>" in html
    assert "Aide aux personnes sans domicile à Nancy" in html


def test_excerpt_is_escaped(client, search_site):
    add_page(
        search_site.pages["home"]["fr"],
        ContentPage,
        "piege",
        title="Piège",
        summary="<script>alert(1)</script> tricot",
    )
    html = search(client, "tricot").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<mark>tricot</mark>" in html


def result_line(count, query):
    with translation.override("fr"):
        return translation.ngettext(
            "%(counter)s result for « %(query)s »", "%(counter)s results for « %(query)s »", count
        ) % {"counter": count, "query": query}


def test_result_count_noindex_and_types(client, search_site):
    add_page(search_site.pages["home"]["fr"], ContentPage, UNKNOWN, title="Un kamishibaï")
    for query in (UNKNOWN, "nancy"):
        response = search(client, query)
        html = " ".join(response.content.decode().split())
        assert response["X-Robots-Tag"] == "noindex"
        assert '<meta name="robots" content="noindex">' in html
        total = response.context["search"].total
        assert result_line(total, query) in html
    assert result_line(1, UNKNOWN) != result_line(2, UNKNOWN)  # singular and plural differ
    assert "1 résultat pour « kamishibai »" in result_line(1, UNKNOWN)


def test_pagination(client, search_site):
    home = search_site.pages["home"]["fr"]
    for n in range(14):
        add_page(home, ContentPage, f"tricot-{n}", title=f"Tricot {n}", summary="tricot")
    first = search(client, "tricot")
    assert len(first.context["results"]) == 10
    assert first.context["search"].total == 14
    assert 'href="?q=tricot&amp;page=2"' in first.content.decode()
    second = search(client, "tricot", page="2")
    assert len(second.context["results"]) == 4
    assert client.get("/recherche/", {"q": "tricot", "page": "9"}).status_code == 404


def test_query_count_is_bounded(client, search_site, django_assert_max_num_queries):
    home = search_site.pages["home"]["fr"]
    for n in range(10):
        add_page(home, ContentPage, f"tricot-{n}", title=f"Tricot {n}", summary="tricot")
    search(client, "tricot")  # warm caches (site, locales)
    with django_assert_max_num_queries(40):
        search(client, "tricot")


def test_promoted_results_come_first(client, search_site):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    query = Query.get("aide")
    SearchPromotion.objects.create(
        query=query,
        page=search_site.pages["cafe-echanges"]["fr"],
        description="Le rendez-vous de la semaine.",
        sort_order=0,
    )
    html = search(client, "Aide").content.decode()
    assert "Le rendez-vous de la semaine." in html
    assert html.index("Café des échanges") < html.index("search-results")
