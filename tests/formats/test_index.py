"""The format index: every facet, combinations of two, counts, bad input, query count."""

from html import unescape

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from guides.models import ActionFormatIndexPage, ActionFormatPage
from guides.models.formats import FacetedListing
from portal.models import FormatCategory, PlaceKind
from tests.helpers import add_page

pytestmark = pytest.mark.django_db

URL = "/formats/"

CAFE = "Café-échanges"
CERCLE = "Cercle d'écoute"
BINOMES = "Binômes de convivialité"
NUMERIQUE = "Atelier « numérique apaisé »"
MARCHE = "Marche douce"
CLUB = "Club lecture et écriture"
MICRO = "Micro-ateliers « faire ensemble »"
ALLER_VERS = "Point « aller-vers »"
ALL = {CAFE, CERCLE, BINOMES, NUMERIQUE, MARCHE, CLUB, MICRO, ALLER_VERS}


def titles(response):
    return {page.title for page in response.context["items"].object_list}


SINGLE_FILTERS = [
    ("", ALL),
    ("category=convivialite", {CAFE, BINOMES, MARCHE, MICRO}),
    ("category=ecoute", {CAFE, CERCLE, ALLER_VERS}),
    ("category=numerique", {NUMERIQUE}),
    ("duration=lt1h", {MARCHE}),
    ("duration=1to2h", ALL),
    ("duration=gt2h", {MICRO}),
    ("size=10", ALL - {BINOMES}),
    ("size=2", {BINOMES, ALLER_VERS}),
    ("size=15", {MARCHE, ALLER_VERS}),
    ("size=20", {ALLER_VERS}),
    ("place=mediatheque", {CAFE, CERCLE, BINOMES, NUMERIQUE, CLUB, ALLER_VERS}),
    ("place=plein-air", {BINOMES, MARCHE, MICRO}),
    ("place=hall-public", {ALLER_VERS}),
    ("free=1", {CERCLE, BINOMES, NUMERIQUE, MARCHE, CLUB, ALLER_VERS}),
]


def test_each_filter_returns_exactly_the_expected_formats(client, demo_site):
    # One demo site for every case (loading it is the slow part).
    for query, expected in SINGLE_FILTERS:
        response = client.get(f"{URL}?{query}")
        assert response.status_code == 200, query
        assert titles(response) == expected, query
        assert response.context["listing"].messages == [], query


COMBINED_FILTERS = [
    ("place=mediatheque&free=1", {CERCLE, BINOMES, NUMERIQUE, CLUB, ALLER_VERS}),
    ("category=convivialite&free=1", {BINOMES, MARCHE}),
    ("size=10&place=mediatheque", {CAFE, CERCLE, NUMERIQUE, CLUB, ALLER_VERS}),
    ("duration=lt1h&place=plein-air", {MARCHE}),
    ("category=ecoute&size=10", {CAFE, CERCLE, ALLER_VERS}),
    ("duration=gt2h&place=centre-social", {MICRO}),
    ("category=convivialite&size=2", {BINOMES}),
    ("duration=gt2h&free=1", set()),
    # The volunteer of the issue: free, 10 people, about an hour, in a library.
    (
        "free=1&size=10&duration=1to2h&place=mediatheque",
        {CERCLE, NUMERIQUE, CLUB, ALLER_VERS},
    ),
]


def test_combined_filters(client, demo_site):
    for query, expected in COMBINED_FILTERS:
        response = client.get(f"{URL}?{query}")
        assert response.status_code == 200, query
        assert titles(response) == expected, query


def facet_counts(response):
    return {
        facet["name"]: {str(o["value"]): o["count"] for o in facet["options"]}
        for facet in response.context["listing"].facets()
    }


def test_counts_without_filters(client, demo_site):
    counts = facet_counts(client.get(URL))
    assert counts["category"]["convivialite"] == 4
    assert counts["category"]["ecoute"] == 3
    assert counts["category"]["binomes"] == 1
    assert counts["duration"] == {"lt1h": 1, "1to2h": 8, "gt2h": 1}
    assert counts["size"] == {"2": 2, "5": 5, "10": 7, "20": 1}
    assert counts["place"]["mediatheque"] == 6
    assert counts["place"]["equipement-sportif-culturel"] == 0
    assert counts["free"] == {"True": 6}


def test_counts_take_the_other_active_filters_into_account(client, demo_site):
    counts = facet_counts(client.get(f"{URL}?place=mediatheque&free=1"))
    # Other facets: formats both free and in a library.
    assert counts["category"]["convivialite"] == 1  # binômes
    assert counts["category"]["ecoute"] == 2  # cercle, aller-vers
    assert counts["size"]["10"] == 4
    # A facet's own options ignore its current choice: places of the free formats.
    assert counts["place"]["mediatheque"] == 5
    assert counts["place"]["plein-air"] == 2  # binômes, marche
    # Free only, given the library: 5 of the library's 6 formats.
    assert counts["free"] == {"True": 5}


def test_counts_are_shown_next_to_each_option(client, demo_site):
    html = " ".join(client.get(f"{URL}?place=mediatheque").content.decode().split())
    # Free only, among the library's 6 formats: 5; the chosen place shows its count too.
    assert '<a class="facet__option" href="?place=mediatheque&amp;free=1"> ' in html
    free_link = html.split('href="?place=mediatheque&amp;free=1">', 1)[1].split("</a>", 1)[0]
    assert '<span class="facet__count">(5<span class="format-vh">' in free_link
    selected = html.split('aria-current="true">', 2)[2].split("</a>", 1)[0]
    assert '<span class="facet__count">(6)</span>' in selected


def test_options_link_to_combined_shareable_urls(client, demo_site):
    listing = client.get(f"{URL}?place=mediatheque").context["listing"]
    free = next(f for f in listing.facets() if f["name"] == "free")["options"][0]
    assert free["url"] == "?place=mediatheque&free=1"
    place = next(f for f in listing.facets() if f["name"] == "place")["options"]
    selected = next(o for o in place if o["selected"])
    assert selected["url"] == "?"  # choosing it again removes it


def test_sort_by_duration(client, demo_site):
    response = client.get(f"{URL}?sort=duration")
    ordered = [page.title for page in response.context["items"].object_list]
    assert ordered[0] == MARCHE
    assert ordered[-1] == MICRO
    by_title = [page.title for page in client.get(URL).context["items"].object_list]
    assert by_title == sorted(by_title, key=str.casefold)


def test_empty_state_offers_to_remove_each_filter(client, demo_site):
    response = client.get(f"{URL}?duration=gt2h&free=1")
    html = response.content.decode()
    assert 'class="empty-state"' in html
    filters = {f["facet"]: f for f in response.context["listing"].active_filters()}
    assert filters["duration"]["url"] == "?free=1"
    assert filters["duration"]["count"] == 6
    assert filters["free"]["url"] == "?duration=gt2h"
    assert filters["free"]["count"] == 1
    assert 'href="?free=1"' in html
    assert 'href="?duration=gt2h"' in html


INVALID = [
    ("duration=abc", "is not one of the choices"),
    ("size=-3", "between 1 and 200"),
    ("size=100000", "between 1 and 200"),
    ("size=abc", "as a number"),
    ("size=1.5", "as a number"),
    ("category=inconnue", "There is no category"),
    ("place=lune", "There is no kind of place"),
    ("free=peut-etre", "free only"),
    ("sort=price", "sorted by title or duration"),
    ("category=" + "x" * 5000, "There is no category"),
]


def test_invalid_values_give_200_with_a_message(client, demo_site):
    index = ActionFormatIndexPage.objects.get(locale__language_code="fr")
    for query, message in INVALID:
        response = client.get(f"{URL}?{query}")
        assert response.status_code == 200, query
        messages = [str(m) for m in response.context["listing"].messages]
        assert len(messages) == 1, query
        html = unescape(response.content.decode())
        assert messages[0] in html, query
        assert 'role="status"' in html, query
        assert titles(response) == ALL, query  # the bad filter is ignored
        with translation.override("en"):
            listing = FacetedListing(index, QueryDict(query))
            assert message in str(listing.messages[0]), query


def test_bad_page_number_is_a_404(client, demo_site):
    assert client.get(f"{URL}?page=99").status_code == 404


def test_message_escapes_what_the_visitor_typed(client, demo_site):
    html = client.get(f"{URL}?category=<script>").content.decode()
    assert "<script>" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def _add_formats(index, categories, places, start, stop):
    for number in range(start, stop):
        page = ActionFormatPage(
            title=f"Format {number:02d}",
            slug=f"format-{number:02d}",
            objective="Se rencontrer.",
            duration_min=30 + number,
            group_min=2,
            group_max=5 + number,
            cost="free" if number % 2 else "paid",
        )
        index.add_child(instance=page)
        page.categories.set(categories)
        page.places.set(places)
        page.save_revision().publish()


def _index_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_query_count_does_not_grow_with_the_number_of_formats(
    client, demo_site, django_assert_max_num_queries
):
    fr = demo_site.locale("fr")
    index = add_page(
        demo_site.pages["home"]["fr"], ActionFormatIndexPage, "formats-essai", title="Essai"
    )
    categories = [
        FormatCategory.objects.create(name=f"Catégorie {n}", slug=f"cat-{n}", locale=fr)
        for n in range(3)
    ]
    places = [
        PlaceKind.objects.create(name=f"Lieu {n}", slug=f"lieu-{n}", locale=fr) for n in range(3)
    ]
    url = "/formats-essai/?free=1&category=cat-1&sort=duration"
    _add_formats(index, categories, places, 0, 8)
    client.get(url)  # warm the caches (site root paths, settings)
    few, response = _index_queries(client, url)
    assert len(response.context["items"].object_list) == 4
    _add_formats(index, categories, places, 8, 30)
    client.get(url)  # publishing cleared the caches: warm them again
    many, response = _index_queries(client, url)
    assert len(response.context["items"].object_list) == 12  # one full page of 15
    assert many == few
    with django_assert_max_num_queries(few):
        client.get(url)
