"""Issue 6's « done when », on the full demo content, and the index kept current."""

import pytest
from django.core.cache import cache

from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


def first_titles(client, query, count=3):
    cache.clear()
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200
    return [page.title for page in response.context["results"]][:count]


def first_slugs(client, query, count=3):
    cache.clear()
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200
    return [page.slug for page in response.context["results"]][:count]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cafe discussion solitude", {"cafe-echanges"}),
        ("aide SDF Nancy", {"accueil-de-jour-nancy"}),
        ("cercle ecoute", {"cercle-d-ecoute"}),
        ("mediatheque nancy", {"mediatheque-centre-nancy", "mediatheque-du-plateau"}),
    ],
)
def test_citizen_queries_without_accents_find_the_right_page(client, demo_site, query, expected):
    found = first_slugs(client, query)
    assert expected & set(found), first_slugs(client, query, 10)


def test_publishing_and_unpublishing_keep_the_index_current(client, demo_site):
    home = HomePage.objects.get(locale__language_code="fr")
    page = ContentPage(
        title="Jardin partagé des Tilleuls",
        slug="jardin-tilleuls",
        summary="Un potager cultivé ensemble au pied des immeubles.",
        live=False,
    )
    home.add_child(instance=page)
    assert "Jardin partagé des Tilleuls" not in first_titles(client, "potager tilleuls")
    page.save_revision().publish()
    assert first_titles(client, "potager tilleuls") == ["Jardin partagé des Tilleuls"]
    page.refresh_from_db()  # publish() worked on a copy of the page
    page.unpublish()
    assert first_titles(client, "potager tilleuls") == []
