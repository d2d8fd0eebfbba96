"""The format index: every facet, combinations of two, counts, bad input, query count."""

from html import unescape

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from guides.formats.facets import FacetedListing
from guides.models import ActionFormatIndexPage, ActionFormatPage
from portal.models import FormatCategory, PlaceKind
from tests.helpers import add_page

pytestmark = pytest.mark.django_db

URL = "/formats/"

# The expected formats come from the data: each facet's rule, read off the fields of the
# French demo formats (an oracle written for the tests, independent of FacetedListing).
DURATIONS = {"lt1h": (0, 59), "1to2h": (60, 120), "gt2h": (121, None)}


def demo_formats():
    return list(
        ActionFormatPage.objects.live()
        .filter(locale__language_code="fr")
        .prefetch_related("categories", "places")
    )


def matches(page, facet, value):
    if facet == "category":
        return value in {term.slug for term in page.categories.all()}
    if facet == "place":
        return value in {term.slug for term in page.places.all()}
    if facet == "free":
        return page.cost == ActionFormatPage.COST_FREE
    if facet == "size":
        size = int(value)
        return page.group_min <= size and (page.group_max is None or size <= page.group_max)
    if facet == "duration":
        if not page.duration_min:
            return False
        low, high = DURATIONS[value]
        longest = page.duration_max or page.duration_min
        return longest >= low and (high is None or page.duration_min <= high)
    raise ValueError(facet)


def expected_slugs(query):
    active = QueryDict(query).dict()
    return {p.slug for p in demo_formats() if all(matches(p, k, v) for k, v in active.items())}


def expected_count(active, facet, value):
    """What a facet option shows: formats matching the other active filters and it."""
    others = {k: v for k, v in active.items() if k != facet}
    return sum(
        1
        for p in demo_formats()
        if matches(p, facet, value) and all(matches(p, k, v) for k, v in others.items())
    )


def titles(response):
    return {page.slug for page in response.context["items"].object_list}


SINGLE_FILTERS = [
    "",
    "category=convivialite",
    "category=ecoute",
    "category=numerique",
    "duration=lt1h",
    "duration=1to2h",
    "duration=gt2h",
    "size=10",
    "size=2",
    "size=15",
    "size=20",
    "place=mediatheque",
    "place=plein-air",
    "place=hall-public",
    "free=1",
]


def test_each_filter_returns_exactly_the_expected_formats(client, demo_site):
    everything = expected_slugs("")
    for query in SINGLE_FILTERS:
        expected = expected_slugs(query)
        assert expected, query  # the demo has formats for each of these choices
        response = client.get(f"{URL}?{query}")
        assert response.status_code == 200, query
        assert titles(response) == expected, query
        assert response.context["listing"].messages == [], query
    assert len(everything) > 1
    narrowing = [q for q in SINGLE_FILTERS if expected_slugs(q) != everything]
    assert len(narrowing) > len(SINGLE_FILTERS) // 2  # most choices leave formats out


COMBINED_FILTERS = [
    "place=mediatheque&free=1",
    "category=convivialite&free=1",
    "size=10&place=mediatheque",
    "duration=lt1h&place=plein-air",
    "category=ecoute&size=10",
    "duration=gt2h&place=centre-social",
    "category=convivialite&size=2",
    "duration=gt2h&free=1",
    # The volunteer of the issue: free, 10 people, about an hour, in a library.
    "free=1&size=10&duration=1to2h&place=mediatheque",
]


def test_combined_filters(client, demo_site):
    for query in COMBINED_FILTERS:
        response = client.get(f"{URL}?{query}")
        assert response.status_code == 200, query
        assert titles(response) == expected_slugs(query), query
    assert expected_slugs("free=1&size=10&duration=1to2h&place=mediatheque")


def facet_counts(response):
    return {
        facet["name"]: {str(o["value"]): o["count"] for o in facet["options"]}
        for facet in response.context["listing"].facets()
    }


@pytest.mark.parametrize("query", ["", "place=mediatheque&free=1", "category=ecoute&size=10"])
def test_counts_take_the_active_filters_into_account(client, demo_site, query):
    counts = facet_counts(client.get(f"{URL}?{query}"))
    active = QueryDict(query).dict()
    assert set(counts) == {"category", "duration", "size", "place", "free"}
    for facet, options in counts.items():
        for value, count in options.items():
            # The free facet's one option is « free only ».
            assert count == expected_count(active, facet, value), (facet, value)
    assert any(count for options in counts.values() for count in options.values())


def test_counts_are_shown_next_to_each_option(client, demo_site):
    html = " ".join(client.get(f"{URL}?place=mediatheque").content.decode().split())
    free = expected_count({"place": "mediatheque"}, "free", "1")
    library = expected_count({"place": "mediatheque"}, "place", "mediatheque")
    assert 0 < free < library  # some library formats cost something
    assert '<a class="facet__option" href="?place=mediatheque&amp;free=1"> ' in html
    free_link = html.split('href="?place=mediatheque&amp;free=1">', 1)[1].split("</a>", 1)[0]
    assert f'<span class="facet__count">({free}<span class="format-vh">' in free_link
    selected = html.split('aria-current="true">', 2)[2].split("</a>", 1)[0]
    assert f'<span class="facet__count">({library})</span>' in selected


def test_options_link_to_combined_shareable_urls(client, demo_site):
    listing = client.get(f"{URL}?place=mediatheque").context["listing"]
    free = next(f for f in listing.facets() if f["name"] == "free")["options"][0]
    assert free["url"] == "?place=mediatheque&free=1"
    place = next(f for f in listing.facets() if f["name"] == "place")["options"]
    selected = next(o for o in place if o["selected"])
    assert selected["url"] == "?"  # choosing it again removes it


def test_sort_by_duration(client, demo_site):
    response = client.get(f"{URL}?sort=duration")
    ordered = list(response.context["items"].object_list)
    keys = [(p.duration_min is None, p.duration_min or 0) for p in ordered]
    assert keys == sorted(keys)
    assert len(set(keys)) > 1
    assert {p.slug for p in ordered} == expected_slugs("")
    by_title = [page.title for page in client.get(URL).context["items"].object_list]
    assert by_title == sorted(by_title, key=str.casefold)


def test_empty_state_offers_to_remove_each_filter(client, demo_site):
    response = client.get(f"{URL}?duration=gt2h&free=1")
    html = response.content.decode()
    assert 'class="empty-state"' in html
    filters = {f["facet"]: f for f in response.context["listing"].active_filters()}
    assert expected_slugs("duration=gt2h&free=1") == set()
    assert filters["duration"]["url"] == "?free=1"
    assert filters["duration"]["count"] == len(expected_slugs("free=1")) > 0
    assert filters["free"]["url"] == "?duration=gt2h"
    assert filters["free"]["count"] == len(expected_slugs("duration=gt2h")) > 0
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
    everything = expected_slugs("")
    for query, message in INVALID:
        response = client.get(f"{URL}?{query}")
        assert response.status_code == 200, query
        messages = [str(m) for m in response.context["listing"].messages]
        assert len(messages) == 1, query
        html = unescape(response.content.decode())
        assert messages[0] in html, query
        assert 'role="status"' in html, query
        assert titles(response) == everything, query  # the bad filter is ignored
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
