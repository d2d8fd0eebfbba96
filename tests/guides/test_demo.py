"""The demo content holds the guides and initiatives the issue asks for."""

import pytest

from guides.models import GuidePage, InitiativePage
from portal.demo import load_demo
from portal.models import Audience, Theme

pytestmark = pytest.mark.django_db


def test_demo_has_guides_and_initiatives(demo_site):
    assert GuidePage.objects.live().count() >= 4
    assert InitiativePage.objects.live().count() == 3
    blocks_used = {block.block_type for page in GuidePage.objects.all() for block in page.body}
    assert {"heading", "principles", "steps", "checklist", "tip", "warning"} <= blocks_used
    assert {"emergency_numbers", "resources"} <= blocks_used
    for page in InitiativePage.objects.all():
        assert page.territory
        assert page.carried_by
        assert page.results
        assert page.lessons
        assert len(page.sources) >= 1
        assert page.related_pages()


def test_demo_terms_have_the_shared_slugs(demo_site):
    fr = {"locale__language_code": "fr"}
    assert {"ecoute", "convivialite", "numerique", "solitude", "entraide", "aller-vers"} <= set(
        Theme.objects.filter(**fr).values_list("slug", flat=True)
    )
    assert {"tout-public", "seniors", "jeunes", "benevoles", "professionnels"} <= set(
        Audience.objects.filter(**fr).values_list("slug", flat=True)
    )


def test_an_existing_term_is_reused_and_its_translations_made_again(minimal_site):
    """A term already in the database (renamed by an editor, its translations deleted)
    is the one the loader keeps: same row, brought back to the vocabulary, translated
    again under its own translation key."""
    fr = minimal_site.locale("fr")
    term = Theme.objects.get(slug="ecoute", locale=fr)
    original = term.name
    Theme.objects.filter(translation_key=term.translation_key).exclude(pk=term.pk).delete()
    Theme.objects.filter(pk=term.pk).update(name="Écoute active")
    ctx = load_demo(modules=["home.demo"])
    again = Theme.objects.get(slug="ecoute", locale=fr)
    assert again.pk == term.pk
    assert again.name == original
    assert ctx.updated >= 1
    assert ctx.created >= 2  # the English and Arabic translations
    translations = Theme.objects.filter(translation_key=term.translation_key)
    assert sorted(translations.values_list("locale__language_code", flat=True)) == [
        "ar",
        "en",
        "fr",
    ]
    assert set(translations.values_list("slug", flat=True)) == {"ecoute"}
