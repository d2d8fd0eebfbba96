"""The directory's tests share one demo (home + directory) per module, built inside an
outer transaction rolled back at the end of the module (like Django's setUpTestData):
each test still runs in its own savepoint."""

import pytest
from django.core.cache import cache
from django.db import transaction


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def directory_demo(django_db_setup, django_db_blocker):
    from portal.demo import load_demo

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            ctx = load_demo(modules=["home.demo", "directory.demo"])
            yield ctx
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def directory(directory_demo, db):
    from directory.models import DirectoryPage

    return DirectoryPage.objects.get(pk=directory_demo.pages["annuaire"]["fr"].pk)


@pytest.fixture
def add_entry(directory):
    from directory.models import OrganisationPage

    def add(slug, **values):
        values.setdefault("title", slug.replace("-", " ").title())
        page = OrganisationPage(slug=slug, **values)
        parent = type(directory).objects.get(pk=directory.pk)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    return add
