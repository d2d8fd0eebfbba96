"""The directory's tests run on the session's demo; entries a test adds are rolled back."""

import pytest


@pytest.fixture
def directory(demo_site):
    from directory.models import DirectoryPage

    return DirectoryPage.objects.get(locale__language_code="fr")


@pytest.fixture
def add_entry(directory):
    from directory.models import OrganisationPage
    from tests.helpers import add_page

    def add(slug, **values):
        values.setdefault("title", slug.replace("-", " ").title())
        return add_page(directory, OrganisationPage, slug, **values)

    return add
