"""Every integer parameter of the directory (``near``, ``radius``, ``page``) is bounded
and read in one place: extreme or malformed values give a message or a 404, never a 500
(« ?near=9223372036854775808 » used to overflow the database integer)."""

import pytest
from django.utils import translation

from directory.search import INTEGER_PARAMS, MAX_PAGE_ID, parse_integer

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

EXTREMES = [
    "9223372036854775808",  # 2**63: past SQLite's and PostgreSQL's bigint
    str(2**31),  # past PostgreSQL's integer
    "9" * 5000,  # past Python's limit on the digits int() converts
    "-1",
    "-9223372036854775809",
    "0",
    "abc",
    "1.5",
    "2.0",
    "1e9",
    "0x10",
    "１２",  # full-width digits
]


def french(msgid):
    with translation.override("fr"):
        return translation.gettext(msgid)


def get(client, **params):
    return client.get("/annuaire/", params)


def test_every_integer_parameter_has_bounds():
    assert set(INTEGER_PARAMS) == {"near", "radius", "page"}
    for low, high in INTEGER_PARAMS.values():
        assert 1 <= low <= high <= MAX_PAGE_ID


@pytest.mark.parametrize("param", ["near", "radius"])
@pytest.mark.parametrize("value", EXTREMES)
def test_bad_values_are_ignored_with_a_message(client, param, value):
    response = get(client, **{param: value})
    assert response.status_code == 200
    outcome = response.context["search"]
    assert param in outcome.form.errors
    assert outcome.messages
    assert 'role="alert"' in response.content.decode()
    assert outcome.radius == 10  # the default, whatever was typed
    assert outcome.origin is None
    assert f"{param}=" not in outcome.querystring  # not carried to the next pages


@pytest.mark.parametrize("param", ["near", "radius", "page"])
@pytest.mark.parametrize("blank", ["", " "])
def test_an_empty_value_is_simply_ignored(client, param, blank):
    response = get(client, **{param: blank})
    assert response.status_code == 200
    assert response.context["search"].messages == []


@pytest.mark.parametrize("value", EXTREMES)
def test_bad_page_numbers_are_a_404_not_a_500(client, value):
    assert get(client, page=value).status_code == 404
    assert get(client, page=value, place="Nancy").status_code == 404


def test_the_largest_page_id_is_a_place_not_in_the_directory(client):
    response = get(client, near=str(MAX_PAGE_ID))
    assert response.status_code == 200
    expected = french("This place is not in the directory; it was ignored.")
    assert expected in response.context["search"].messages


def test_good_values_still_work(client, directory):
    library = directory.get_children().get(slug="mediatheque-du-plateau")
    response = get(client, near=f" {library.pk} ", radius="20", page="1")
    assert response.status_code == 200
    outcome = response.context["search"]
    assert outcome.messages == []
    assert outcome.radius == 20
    assert outcome.origin is not None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("12", 12), ("+12", 12), (" 3 ", 3), ("0", None), (str(2**31), None), ("1.0", None)],
)
def test_parse_integer(raw, expected):
    assert parse_integer("near", raw) == expected
