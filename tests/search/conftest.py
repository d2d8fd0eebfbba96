"""Small French test content for the search: content pages under the French home page."""

import pytest
from django.core.cache import cache
from django.db import connection

from home.models import ContentPage
from portal.demo import ensure_page, ensure_translation, load_demo, rich

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


@pytest.fixture
def search_site(db):
    """Home pages (fr/en/ar), the demo synonyms and the pages above, published."""
    cache.clear()
    ctx = load_demo(modules=["home.demo", "search.demo"])
    home = ctx.pages["home"]["fr"]
    for slug, title, summary, body in PAGES:
        ctx.pages[slug] = {
            "fr": ensure_page(
                ctx,
                home,
                ContentPage,
                slug,
                title=title,
                summary=summary,
                body=[("paragraph", rich(body))],
            )
        }
    ctx.pages["cercle-ecoute"]["en"] = ensure_translation(
        ctx,
        ctx.pages["cercle-ecoute"]["fr"],
        "en",
        title="Listening circle",
        summary="A small group meets to talk about what weighs on them, without judgement.",
    )
    draft = ContentPage(title="Brouillon sur l'écoute", slug="brouillon", summary="écoute")
    home.add_child(instance=draft)
    draft.unpublish()
    return ctx


def titles(response):
    return [page.title for page in response.context["results"]]
