"""Demo synonyms: words citizens type, mapped to the words the portal uses."""

from portal.demo import ensure_snippet
from search.models import Synonym

SYNONYMS = {
    "fr": [
        ("SDF", "sans domicile\nsans-abri\nhébergement d'urgence\n115"),
        ("sans abri", "sans domicile\nhébergement d'urgence"),
        ("manger", "alimentation\nrepas\ncolis alimentaire"),
        ("repas", "alimentation\nmanger ensemble"),
        ("ordinateur", "numérique\ninformatique"),
        ("internet", "numérique\nespace public numérique"),
        ("parler à quelqu'un", "écoute\ndiscussion"),
        ("besoin de parler", "écoute\ncercle d'écoute"),
        ("parler", "écoute\ndiscussion\néchanges"),
        ("seul", "solitude\nisolement"),
        ("solitude", "isolement\nrompre l'isolement"),
        ("isolé", "isolement\nsolitude"),
        ("vieux", "personnes âgées\naînés\nseniors"),
        ("papiers", "démarches administratives\naccès aux droits"),
        ("bibliothèque", "médiathèque"),
        ("mairie", "CCAS\nservices municipaux"),
        ("balade", "marche"),
        ("promenade", "marche"),
        ("promenade en groupe", "marche douce"),
        ("lire", "lecture"),
        ("livres", "lecture\nclub lecture"),
        ("café", "café des échanges\nconvivialité"),
        ("voisins", "voisinage\nquartier"),
        ("bénévole", "bénévolat\nengagement"),
        ("vie privée", "données personnelles\nconfidentialité"),
    ],
    "en": [
        ("homeless", "emergency shelter\n115"),
        ("food", "meals"),
        ("computer", "digital"),
        ("talk to someone", "listening"),
        ("lonely", "loneliness\nisolation"),
    ],
}


def build(ctx):
    for language_code, pairs in SYNONYMS.items():
        locale = ctx.locale(language_code)
        for term, expansions in pairs:
            ensure_snippet(ctx, Synonym, {"term": term, "locale": locale}, expansions=expansions)
