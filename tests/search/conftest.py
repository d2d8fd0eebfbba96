"""Search test content: six French content pages under the demo's French home page, one
English translation and one draft, built once per module on top of the session's demo."""

import pytest
from django.db import connection

from tests.helpers import add_page, module_data, rich, translate

PAGES = [
    (
        "cercle-ecoute",
        "Cercle d'écoute",
        "Un petit groupe se retrouve pour parler de ce qui pèse, sans jugement.",
        "Chacun prend la parole à son tour ; les autres écoutent sans conseiller.",
    ),
    (
        "atelier-numerique",
        "Atelier numérique apaisé",
        "Apprivoiser les outils en ligne à son rythme, avec un bénévole patient.",
        "On apprend à envoyer un message, à faire une démarche, à appeler en vidéo.",
    ),
    (
        "bibliotheques-quartier",
        "Les bibliothèques du quartier",
        "Des lieux publics, gratuits et chauffés où l'on peut lire et rencontrer du monde.",
        "Les médiathèques accueillent aussi des clubs de lecture et des jeux de société.",
    ),
    (
        "sans-domicile-nancy",
        "Aide aux personnes sans domicile à Nancy",
        "Accueil de jour, hébergement d'urgence et maraudes à Nancy.",
        "Le 115 répond jour et nuit pour trouver une place d'hébergement.",
    ),
    (
        "repas-partages",
        "Repas partagés",
        "Cuisiner et partager un repas entre voisins, une fois par mois.",
        "Chacun apporte un plat ; l'alimentation devient une occasion de se parler.",
    ),
    (
        "cafe-echanges",
        "Café des échanges",
        "Un café convivial pour la discussion entre habitants et rompre la solitude.",
        "Autour d'une boisson chaude, on discute de tout et de rien.",
    ),
]

requires_stemming = pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason=(
        "needs stemming: SQLite FTS5 folds accents but does not stem (ateliers ≠ atelier); "
        "run with DATABASE_URL=postgres://… or ELASTICSEARCH_URL"
    ),
)


def _build_search_pages():
    from wagtail.models import Locale

    from home.models import ContentPage, HomePage

    home = HomePage.objects.get(locale__language_code="fr")
    built = {}
    for slug, title, summary, body in PAGES:
        page = add_page(
            home, ContentPage, slug, title=title, summary=summary, body=[("paragraph", rich(body))]
        )
        built[slug] = {"fr": page}
    built["cercle-ecoute"]["en"] = translate(
        built["cercle-ecoute"]["fr"],
        Locale.objects.get(language_code="en"),
        title="Listening circle",
        summary="A small group meets to talk about what weighs on them, without judgement.",
    )
    built["brouillon"] = {
        "fr": add_page(
            home,
            ContentPage,
            "brouillon",
            publish=False,
            title="Brouillon sur l'écoute",
            summary="écoute",
            live=False,
        )
    }
    return built


@pytest.fixture(scope="module")
def _search_pages(django_db_setup, django_db_blocker):
    with module_data(django_db_blocker, _build_search_pages) as built:
        yield built


@pytest.fixture
def search_site(_search_pages, demo_site):
    """The demo, plus the pages above: ``pages[slug][lang]``."""
    for slug, langs in _search_pages.items():
        for lang, page in langs.items():
            demo_site.add(slug, lang, page)
    return demo_site


def titles(response):
    return [page.title for page in response.context["results"]]
