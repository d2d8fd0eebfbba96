"""Directory search: filters, « near me », commune first, bad input, bounded queries."""

import re

import pytest
from django.utils import translation
from django.utils.html import escape

from directory import geo
from directory.models import OrganisationPage
from directory.search import MAX_QUERY_LENGTH

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def search(client, **params):
    response = client.get("/annuaire/", params)
    assert response.status_code == 200
    return response, response.context["search"]


def pages(outcome):
    return [r.page for r in outcome.items]


def test_lists_the_demo_entries(client, directory):
    response, outcome = search(client)
    entries = directory.entries()
    assert outcome.total == entries.count() > directory.per_page
    assert len(pages(outcome)) == directory.per_page
    assert {p.pk for p in pages(outcome)} <= set(entries.values_list("pk", flat=True))
    html = response.content.decode()
    assert 'id="directory-map-data"' in html
    assert "<script>" not in html  # no inline executable script


def test_commune_first_then_by_distance(client, add_entry):
    # Inside Laxou but 3 km from its centre; outside Laxou but very close to its centre.
    add_entry(
        "loin-dans-laxou",
        city="Laxou",
        postcode="54520",
        latitude=48.7100,
        longitude=6.1300,
        opening_hours="Mo 09:00-12:00",
    )
    add_entry(
        "tout-pres-a-nancy",
        city="Nancy",
        postcode="54000",
        latitude=48.6840,
        longitude=6.1510,
        opening_hours="Mo 09:00-12:00",
    )
    _response, outcome = search(client, place="Laxou", radius="5")
    results = list(outcome.items)
    flags = [r.in_city for r in results]
    assert flags == sorted(flags, reverse=True)  # the commune's entries come first
    inside = [r for r in results if r.in_city]
    outside = [r for r in results if not r.in_city]
    assert {r.page.city for r in inside} == {"Laxou"}
    slugs = [r.page.slug for r in results]
    assert slugs.index("loin-dans-laxou") < slugs.index("tout-pres-a-nancy")
    for group in (inside, outside):
        distances = [r.distance_km for r in group]
        assert distances == sorted(distances)
    assert all(r.distance_km <= 5 for r in outside)
    assert "Paris" not in {r.page.city for r in results}


def test_position_orders_by_distance_and_respects_radius(client):
    _response, outcome = search(client, lat="48.8575", lng="2.3797", radius="2")
    results = list(outcome.items)
    assert results
    distances = [r.distance_km for r in results]
    assert distances == sorted(distances)
    assert max(distances) <= 2
    assert {r.page.city for r in results} == {"Paris"}
    assert results[0].distance  # shown as « 120 m » or « 1,2 km »


def test_postcode_and_kiosk_library(client, directory):
    _response, outcome = search(client, place="54500")
    assert pages(outcome)[0].city == "Vandœuvre-lès-Nancy"
    library = directory.get_children().get(slug="mediatheque-du-plateau")
    _response, outcome = search(client, near=str(library.pk), radius="1")
    assert pages(outcome)[0].slug == "mediatheque-du-plateau"
    assert outcome.origin == pytest.approx((48.7012, 6.1528))


def test_text_is_accent_and_case_insensitive(client):
    _r, accented = search(client, q="Médiathèque")
    _r, plain = search(client, q="MEDIATHEQUE")
    assert [p.pk for p in pages(accented)] == [p.pk for p in pages(plain)]
    titled = {p.pk for p in OrganisationPage.objects.live() if "médiathèque" in p.title.casefold()}
    assert titled
    assert titled <= {p.pk for p in pages(plain)}
    _r, oe = search(client, q="boeuf")
    assert "maison-de-quartier-champ-le-boeuf" in [p.slug for p in pages(oe)]


@pytest.mark.parametrize(
    ("param", "value", "check"),
    [
        (
            "theme",
            "lecture-culture",
            lambda p: "lecture-culture" in {t.slug for t in p.themes.all()},
        ),
        ("audience", "exiles", lambda p: "exiles" in {a.slug for a in p.audiences.all()}),
        ("type", "mediatheque", lambda p: p.organisation_type.slug == "mediatheque"),
        ("language", "ar", lambda p: "ar" in p.language_codes),
        ("step_free", "on", lambda p: p.step_free_access),
        ("free", "on", lambda p: any(s.fees == "gratuit" for s in p.services.all())),
    ],
)
def test_each_filter(client, directory, param, value, check):
    _r, everything = search(client)
    _r, outcome = search(client, **{param: value})
    found = pages(outcome)
    assert found
    assert outcome.total < everything.total
    assert all(check(p) for p in found)
    assert outcome.total == sum(1 for p in directory.entries() if check(p))


def test_language_filter_matches_whole_codes(client, add_entry):
    add_entry("tamoul-seulement", languages="fr,ta", opening_hours="Mo 09:00-12:00")
    _r, outcome = search(client, language="ta")
    assert "tamoul-seulement" in [p.slug for p in pages(outcome)]
    _r, outcome = search(client, language="ar")
    assert "tamoul-seulement" not in [p.slug for p in pages(outcome)]


def test_open_now(client, add_entry):
    add_entry("toujours-ouvert", opening_hours="24/7", city="Nancy")
    add_entry("jamais-ouvert", opening_hours="Mo-Su off", city="Nancy")
    add_entry("ouvert-mais-ferme-pour-travaux", opening_hours="24/7", city="Nancy")
    from directory.hours import now_paris
    from directory.models import OrganisationPage, TemporaryNotice

    closed = OrganisationPage.objects.get(slug="ouvert-mais-ferme-pour-travaux")
    closed.notices = [TemporaryNotice(kind="closure", starts_on=now_paris().date())]
    closed.save_revision().publish()

    _r, outcome = search(client, open_now="on")
    slugs = [p.slug for p in pages(outcome)]
    assert "toujours-ouvert" in slugs
    assert "jamais-ouvert" not in slugs
    assert "ouvert-mais-ferme-pour-travaux" not in slugs
    assert all(r.status.is_open for r in outcome.items)


def test_combined_filters(client, directory):
    _r, outcome = search(
        client,
        q="centre social",
        place="Vandoeuvre",
        radius="2",
        type="centre-social",
        language="ar",
    )
    assert [p.slug for p in pages(outcome)] == ["centre-social-des-nations"]
    _r, outcome = search(client, theme="numerique", step_free="on", place="Nancy", radius="1")
    nancy = geo.resolve_place("Nancy")
    expected = {
        p.slug
        for p in directory.entries().filter(themes__slug="numerique", step_free_access=True)
        if p.city_key == nancy.key
        or (
            p.latitude is not None
            and geo.haversine_km(nancy.latitude, nancy.longitude, p.latitude, p.longitude) <= 1
        )
    }
    assert expected
    assert {p.slug for p in pages(outcome)} == expected
    assert outcome.total == len(expected)


def french(msgid):
    with translation.override("fr"):
        return translation.gettext(msgid)


def ignored():
    """The fixed part of « %(field)s » was ignored: %(error)s, as French readers see it."""
    template = french("« %(field)s » was ignored: %(error)s")
    return template.split("%(field)s")[1].split("%(error)s")[0]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"lat": "abc", "lng": "6.18"}, ignored),
        ({"lat": "999", "lng": "2"}, ignored),
        ({"lat": "nan", "lng": "inf"}, ignored),
        ({"lat": "48.69"}, lambda: french("Your position was incomplete and has been ignored.")),
        ({"q": "x" * 5000}, ignored),
        ({"place": "Inconnuville"}, lambda: "Inconnuville"),
        ({"place": "99999"}, lambda: "99999"),
        ({"theme": "n-existe-pas"}, ignored),
        ({"radius": "7"}, ignored),
        ({"near": "999999"}, lambda: french("This place is not in the directory; it was ignored.")),
        ({"near": "-3"}, ignored),
    ],
)
def test_bad_input_gives_a_message_not_an_error(client, directory, params, message):
    response, outcome = search(client, **params)
    assert any(message() in m for m in outcome.messages), outcome.messages
    html = response.content.decode()
    assert 'role="alert"' in html
    for value in re.findall(r'<input type="search"[^>]*value="([^"]*)"', html):
        assert len(value) <= MAX_QUERY_LENGTH
    assert "x" * (MAX_QUERY_LENGTH + 1) not in response.context["search"].querystring


@pytest.mark.parametrize("page", ["-1", "abc", "0", "999"])
def test_bad_page_numbers_are_404(client, directory, page):
    assert client.get("/annuaire/", {"page": page}).status_code == 404
    assert client.get("/annuaire/", {"page": page, "place": "Nancy"}).status_code == 404


def test_pagination_keeps_the_search(client, directory, monkeypatch):
    monkeypatch.setattr(type(directory), "per_page", 3)
    params = {"place": "Nancy", "radius": "20"}
    response, outcome = search(client, **params)
    assert outcome.total > 3
    assert outcome.items.paginator.num_pages == -(-outcome.total // 3)
    html = response.content.decode()
    assert "place=Nancy" in outcome.querystring
    assert f'href="?{escape(outcome.querystring)}&amp;page=2"' in html
    seen = []
    for number in range(1, outcome.items.paginator.num_pages + 1):
        _r, page = search(client, **params, page=str(number))
        seen += [p.pk for p in pages(page)]
    assert len(seen) == len(set(seen)) == outcome.total  # every entry once, none lost


QUERIES = [
    {},
    {"place": "Nancy", "radius": "20"},
    {"open_now": "on", "theme": "convivialite"},
    {"q": "mairie", "place": "54520", "step_free": "on"},
]


def _count(client, params, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with django_assert_max_num_queries(45), CaptureQueriesContext(connection) as ctx:
        assert client.get("/annuaire/", params).status_code == 200
    return len(ctx.captured_queries)


def test_query_count_is_bounded_and_independent_of_entries(
    client, add_entry, django_assert_max_num_queries
):
    client.get("/annuaire/")  # warm the per-process caches (site root paths, content types)
    before = [_count(client, p, django_assert_max_num_queries) for p in QUERIES]
    for i in range(15):
        add_entry(
            f"entree-en-plus-{i}",
            city="Nancy",
            postcode="54000",
            latitude=48.69 + i / 1000,
            longitude=6.18,
            opening_hours="24/7",
            languages="fr,ar",
            step_free_access=True,
        )
    client.get("/annuaire/")
    after = [_count(client, p, django_assert_max_num_queries) for p in QUERIES]
    assert before == after
