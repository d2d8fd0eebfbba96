"""The demo directory is tagged with the themes and audiences its texts imply, and its
filters offer the shared vocabulary in every language. Expected counts come from the data
file, never from literals."""

import re

import pytest
from django.apps import apps

from portal.demo.loader import demo_files

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def demo_entries():
    (entries,) = [
        f for f in demo_files(apps.get_app_config("directory")) if f.path.name == "entries.yaml"
    ]
    return entries.data["pages"]


def tagged(field, slug):
    return {entry["slug"] for entry in demo_entries() if slug in entry.get(field, [])}


def result_slugs(client, **params):
    response = client.get("/annuaire/", params)
    assert response.status_code == 200
    outcome = response.context["search"]
    assert outcome.total <= outcome.items.paginator.per_page  # every result on one page
    return outcome.total, {result.page.slug for result in outcome.items}


@pytest.mark.parametrize(
    ("field", "param", "slug"),
    [
        ("themes", "theme", "solitude"),
        ("themes", "theme", "aller-vers"),
        ("audiences", "audience", "sans-domicile"),
    ],
)
def test_filters_find_the_entries_tagged_in_the_data(client, field, param, slug):
    expected = tagged(field, slug)
    assert expected, f"no demo entry is tagged {slug}"
    total, found = result_slugs(client, **{param: slug})
    assert total == len(expected)
    assert found == expected


def test_the_day_centre_is_found_under_homeless_people(client):
    _total, found = result_slugs(client, audience="sans-domicile")
    assert "accueil-de-jour-nancy" in found
    _total, found = result_slugs(client, audience="sans-domicile", place="Nancy")
    assert "accueil-de-jour-nancy" in found


def test_entries_that_talk_of_isolation_carry_the_solitude_theme():
    """Each entry whose texts speak of isolation or loneliness is tagged « solitude »."""
    words = re.compile(r"isol|seul|solitude", re.IGNORECASE)
    for entry in demo_entries():
        texts = " ".join(
            [entry.get("summary", ""), entry.get("description", "")]
            + [s.get("description", "") for s in entry.get("services", [])]
        )
        if words.search(texts):
            assert "solitude" in entry["themes"], entry["slug"]


@pytest.mark.parametrize(("language", "prefix"), [("en", "/en"), ("ar", "/ar")])
def test_translated_directories_offer_themes_in_their_language(client, language, prefix):
    from portal.models import Theme

    html = client.get(f"{prefix}/annuaire/").content.decode()
    select = re.search(r'<select name="theme"[^>]*>(.*?)</select>', html, re.S)
    assert select, "the theme filter is missing"
    options = dict(re.findall(r'<option value="([^"]+)"[^>]*>([^<]+)</option>', select.group(1)))
    names = dict(Theme.objects.filter(locale__language_code=language).values_list("slug", "name"))
    french = set(Theme.objects.filter(locale__language_code="fr").values_list("name", flat=True))
    assert names, f"no theme in {language}"
    assert options == names
    assert not set(options.values()) & (french - set(names.values()))
