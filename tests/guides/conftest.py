"""Fixtures for the guides tests: demo pages looked up by slug."""

import pytest


@pytest.fixture
def guide(demo_site):
    from guides.models import GuidePage

    return GuidePage.objects.get(slug="methode-en-six-etapes", locale__language_code="fr")


@pytest.fixture
def guide_index(demo_site):
    from guides.models import GuideIndexPage

    return GuideIndexPage.objects.get(locale__language_code="fr")


@pytest.fixture
def initiative_index(demo_site):
    from guides.models import InitiativeIndexPage

    return InitiativeIndexPage.objects.get(locale__language_code="fr")
