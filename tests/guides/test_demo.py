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


def test_existing_terms_are_reused_not_rewritten(demo_site):
    fr = demo_site.locale("fr")
    term = Theme.objects.get(slug="ecoute", locale=fr)
    term.name = "Écoute active"
    term.save()
    load_demo()
    again = Theme.objects.get(slug="ecoute", locale=fr)
    assert (again.pk, again.name) == (term.pk, "Écoute active")


def test_loading_the_demo_twice_changes_nothing(demo_site):
    again = load_demo()
    assert (again.created, again.updated) == (0, 0)
