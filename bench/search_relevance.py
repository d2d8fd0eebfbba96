"""Relevance of the site search over the demo content: recall@5 and MRR.

    python manage.py load_demo && python manage.py update_index
    python bench/search_relevance.py            # SQLite (embedded default)
    DATABASE_URL=postgres://… python bench/search_relevance.py

Each query names the pages it should find by slug or by a piece of their title (accents
and capitals ignored), so it keeps working when demo titles change. A query whose
expected pages do not exist yet is reported as "missing page", apart from the queries
whose page exists but was not found in the first five results ("not found").
"""

from _setup import backend_name, request_for, setup

setup()

from wagtail.models import Locale, Page  # noqa: E402

from search import service  # noqa: E402
from search.text import fold  # noqa: E402

TOP = 5

# (query, kind, expected pages: slugs or title pieces)
QUERIES = [
    ("café des échanges", "exact", ["cafe-echanges", "café"]),
    ("cafe echanges", "no accents", ["cafe-echanges", "café"]),
    ("cafe discussion solitude", "everyday", ["cafe-echanges", "café"]),
    ("cercle d'écoute", "exact", ["cercle-d-ecoute", "cercle d'écoute"]),
    ("cercle ecoute", "no accents", ["cercle-d-ecoute", "cercle d'écoute"]),
    ("parler à quelqu'un", "synonym", ["cercle-d-ecoute", "écoute"]),
    ("besoin de parler", "synonym", ["cercle-d-ecoute", "écoute"]),
    ("binômes de convivialité", "exact", ["binomes-de-convivialite", "binôme"]),
    ("binome", "singular", ["binomes-de-convivialite", "binôme"]),
    ("visite a une personne agee", "everyday", ["binomes-de-convivialite", "binôme"]),
    ("atelier numérique apaisé", "exact", ["atelier-numerique-apaise", "numérique"]),
    ("ateliers numeriques", "plural", ["atelier-numerique-apaise", "numérique"]),
    ("ordinateur", "synonym", ["atelier-numerique-apaise", "numérique"]),
    ("internet", "synonym", ["atelier-numerique-apaise", "numérique"]),
    ("marche douce", "exact", ["marche-douce", "marche"]),
    ("balade", "synonym", ["marche-douce", "marche"]),
    ("promenade en groupe", "synonym", ["marche-douce", "marche"]),
    ("club lecture écriture", "exact", ["club-lecture-ecriture", "lecture"]),
    ("lire", "synonym", ["club-lecture-ecriture", "lecture"]),
    ("livres", "plural", ["club-lecture-ecriture", "lecture"]),
    ("micro-ateliers faire ensemble", "exact", ["micro-ateliers-faire-ensemble", "faire"]),
    ("bricolage ensemble", "everyday", ["micro-ateliers-faire-ensemble", "faire"]),
    ("point aller vers", "exact", ["point-aller-vers", "aller vers"]),
    ("aller vers les gens", "everyday", ["point-aller-vers", "aller vers"]),
    ("formats", "index", ["formats", "formats d'action"]),
    ("organiser une action", "everyday", ["formats", "formats d'action", "six étapes"]),
    ("guides pratiques", "index", ["guides", "guides pratiques"]),
    ("methode", "no accents", ["guide", "méthode"]),
    ("annuaire", "index", ["annuaire"]),
    ("association pres de chez moi", "everyday", ["annuaire"]),
    ("mediatheque", "no accents", ["médiathèque", "bibliothèque"]),
    ("bibliotheque", "synonym", ["médiathèque", "bibliothèque"]),
    ("centre social", "place", ["centre social"]),
    ("aide SDF Nancy", "place", ["accueil-de-jour-nancy", "accueil de jour"]),
    ("sans abri", "synonym", ["accueil-de-jour-nancy", "accueil de jour", "hébergement"]),
    ("manger", "synonym", ["repas", "alimentation"]),
    ("solitude", "everyday", ["solitude", "isolement", "café"]),
    ("isolement personnes agees", "everyday", ["isolement", "âgées", "binôme"]),
    ("pompiers", "place", ["pompiers", "sapeurs", "créathon"]),
    ("bus", "place", ["bus", "impériale"]),
    ("initiatives", "index", ["initiatives"]),
    ("accessibilite", "no accents", ["accessibilite", "accessibilité"]),
    ("donnees personnelles", "no accents", ["donnees-personnelles", "données personnelles"]),
    ("vie privee", "everyday", ["donnees-personnelles", "données personnelles"]),
    ("facile a lire", "no accents", ["facile-a-lire", "facile à lire"]),
    ("a propos", "exact", ["a-propos", "à propos"]),
    ("urgence", "emergency", ["urgence", "que faire"]),
    ("numeros d'urgence", "emergency", ["urgence", "que faire"]),
]


def matches(page, expected):
    title = fold(page.title)
    return any(page.slug == e or fold(e) in title for e in expected)


def main():
    locale = Locale.objects.get(language_code="fr")
    pages = list(Page.objects.live().public().filter(locale=locale, depth__gt=1))
    recalled, reciprocal, measured, missing, not_found = 0, 0.0, 0, [], []
    print(f"Backend: {backend_name()}  ({len(QUERIES)} queries, top {TOP})")
    for query, kind, expected in QUERIES:
        if not any(matches(p, expected) for p in pages):
            missing.append(query)
            print(f"  missing page  {query!r:40} ({kind})")
            continue
        measured += 1
        outcome = service.search(request_for(), query)
        top = list(outcome.results or [])[:TOP]
        rank = next((i for i, p in enumerate(top, 1) if matches(p, expected)), None)
        if rank:
            recalled += 1
            reciprocal += 1 / rank
            print(f"  found at {rank}    {query!r:40} ({kind})")
        else:
            not_found.append(query)
            got = ", ".join(p.title for p in top[:3]) or "no result"
            print(f"  NOT FOUND     {query!r:40} ({kind}) got: {got}")
    print()
    print(
        f"Queries measured: {measured}, missing page: {len(missing)}, not found: {len(not_found)}"
    )
    if measured:
        print(f"recall@{TOP} = {recalled / measured:.3f}")
        print(f"MRR       = {reciprocal / measured:.3f}")


if __name__ == "__main__":
    main()
