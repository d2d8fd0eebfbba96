"""Demo content of the action format library: the eight formats of the source guide, their
categories and kinds of place. Written for the portal from the guide's facts (durations,
group sizes, rules, what participants leave with, the kit every format needs)."""

from guides.models import ActionFormatPage
from portal.demo import ensure_page, ensure_snippet, ensure_snippet_translation
from portal.models import Audience, FormatCategory, PlaceKind, Theme

CATEGORIES = [
    # slug, French, English, Arabic
    ("convivialite", "Convivialité", "Conviviality", "الألفة"),
    ("ecoute", "Écoute", "Listening", "الإصغاء"),
    ("binomes", "Binômes", "Pairs", "الثنائيات"),
    ("numerique", "Numérique", "Digital", "الرقمي"),
    ("mobilite-douce", "Mobilité douce", "Gentle mobility", "التنقل الهادئ"),
    ("lecture-ecriture", "Lecture et écriture", "Reading and writing", "القراءة والكتابة"),
    ("faire-ensemble", "Faire ensemble", "Making together", "العمل معًا"),
    ("aller-vers", "Aller-vers", "Outreach", "الذهاب نحو الناس"),
]

PLACES = [
    ("mediatheque", "Médiathèque", "Library", "مكتبة عامة"),
    ("mairie", "Mairie", "Town hall", "البلدية"),
    ("centre-social", "Centre social", "Community centre", "مركز اجتماعي"),
    ("maison-de-quartier", "Maison de quartier", "Neighbourhood house", "دار الحي"),
    ("hall-public", "Hall public", "Public hall", "بهو عمومي"),
    ("plein-air", "Plein air", "Outdoors", "في الهواء الطلق"),
    (
        "equipement-sportif-culturel",
        "Équipement sportif ou culturel",
        "Sports or cultural venue",
        "منشأة رياضية أو ثقافية",
    ),
]

# Shared with the guides' demo: created when missing, never renamed here.
THEMES = {
    "ecoute": "Écoute",
    "convivialite": "Convivialité",
    "numerique": "Numérique",
    "solitude": "Solitude",
    "entraide": "Entraide",
    "aller-vers": "Aller-vers",
}
AUDIENCES = {
    "tout-public": "Tout public",
    "seniors": "Seniors",
    "jeunes": "Jeunes",
    "benevoles": "Bénévoles",
    "professionnels": "Professionnels",
}

CHARTER = (
    "charter",
    "Charte d'accueil (une page)",
    "Confidentialité, droit au silence, droit de partir, pas de thérapie sur place.",
)
RESOURCES = (
    "resources",
    "Fiche ressources locales",
    "Écoute, soins, services sociaux et contacts de la mairie près du lieu de l'action.",
)
ESCALATION = (
    "escalation",
    "Plan d'escalade",
    "Si quelqu'un va mal : pause, lieu calme, personne référente, appel au 15, 3114 ou 112.",
)
KIT = [CHARTER, RESOURCES, ESCALATION]

FORMATS = [
    {
        "slug": "cafe-echanges",
        "title": "Café-échanges",
        "summary": (
            "Un petit groupe se retrouve autour d'un café pour parler d'un sujet du "
            "quotidien, avec quelques règles simples affichées au mur."
        ),
        "duration": (90, None),
        "group": (8, 12),
        "categories": ["convivialite", "ecoute"],
        "places": ["mediatheque", "centre-social", "maison-de-quartier", "mairie"],
        "cost": "contribution",
        "cost_details": "Participation libre pour le café et les biscuits, sans obligation.",
        "co_animation": (
            "L'une anime pendant que l'autre accueille les retardataires et reste disponible "
            "pour un aparté."
        ),
        "objective": (
            "Offrir un rendez-vous régulier pour échanger sur un thème simple (« parler à un "
            "proche », « la solitude du soir ») et repartir en connaissant les ressources "
            "du quartier."
        ),
        "rules": [
            "Ce qui se dit ici reste ici.",
            "Chacun parle en son nom et peut rester silencieux.",
            "On écoute sans couper ni juger.",
            "On peut partir à tout moment, sans se justifier.",
        ],
        "steps": [
            ("Accueil et café", 10, "Prénom sur une étiquette, règles lues en une minute."),
            ("Lancement du thème", 5, "Une question ouverte liée au thème du jour."),
            ("Échanges", 60, "Parole libre ; l'animateur veille à ce que chacun puisse parler."),
            ("Clôture", 15, "Un mot chacun, fiche ressources, date de la prochaine fois."),
        ],
        "roles": (
            "Accueille à la porte, sert le café, présente les règles.",
            "Lance le thème, distribue la parole, surveille le climat du groupe.",
            "Fait le dernier tour, remet la fiche ressources, propose un appel de courtoisie.",
        ),
        "outputs": "La fiche des ressources locales : lieux d'écoute, services, contacts utiles.",
        "follow_up": (
            "Même jour et même heure chaque mois ; un mini-questionnaire anonyme aide à "
            "choisir les thèmes suivants."
        ),
        "accessibility": (
            "Salle de plain-pied, chaises avec dossier, règles en gros caractères et en "
            "facile à lire."
        ),
        "variations": [
            ("Café du soir", "À 18 h, pour les personnes qui travaillent en journée."),
            ("Café bilingue", "Un bénévole traduit pour les personnes arrivées récemment."),
        ],
        "themes": ["convivialite", "solitude"],
        "audiences": ["tout-public"],
    },
    {
        "slug": "cercle-d-ecoute",
        "title": "Cercle d'écoute",
        "summary": (
            "Assis en cercle, chacun parle à son tour pendant un temps limité, ou passe son "
            "tour. Personne ne donne de conseil qu'on ne lui a pas demandé."
        ),
        "duration": (60, None),
        "group": (6, 12),
        "categories": ["ecoute"],
        "places": ["mediatheque", "centre-social", "maison-de-quartier"],
        "cost": "free",
        "cost_details": "",
        "co_animation": (
            "Une personne formée à l'écoute et une personne concernée par le sujet (un pair) "
            "animent ensemble."
        ),
        "objective": (
            "Permettre à chacun d'être écouté sans être jugé ni conseillé, dans un cadre sûr "
            "et limité dans le temps."
        ),
        "rules": [
            "Le même temps de parole pour tous, chronométré.",
            "Le droit de passer son tour, sans explication.",
            "Pas de conseil si la personne ne le demande pas.",
            "Rien de ce qui est dit ne sort du cercle.",
        ],
        "steps": [
            ("Ouverture", 5, "Rappel des règles et du droit de partir."),
            ("Premier tour", 20, "Trois minutes chacun sur une question douce."),
            ("Second tour", 25, "Ce qui a résonné pour chacun, toujours sans conseil."),
            ("Clôture", 10, "Un mot pour repartir, puis le questionnaire anonyme."),
        ],
        "roles": (
            "Accueille chacun par son prénom et montre où s'asseoir.",
            "Tient le temps, rappelle les règles avec douceur, propose une pause si besoin.",
            "Remet le questionnaire et reste disponible quelques minutes après la séance.",
        ),
        "outputs": "Un ressenti anonyme en trois questions, qui sert à améliorer le cercle.",
        "follow_up": (
            "Un appel de courtoisie est proposé à qui le souhaite, seulement avec son accord."
        ),
        "accessibility": (
            "Salle calme accessible en fauteuil, boucle magnétique si possible, consignes "
            "dites à voix haute."
        ),
        "variations": [
            (
                "Cercle des aidants",
                "Pour les proches aidants, la personne aidée est accueillie à côté.",
            ),
        ],
        "themes": ["ecoute", "solitude"],
        "audiences": ["tout-public", "seniors"],
    },
    {
        "slug": "binomes-de-convivialite",
        "title": "Binômes de convivialité",
        "summary": (
            "Deux personnes volontaires sont mises en relation pour partager une balade, un "
            "café ou une visite à la médiathèque, à leur rythme."
        ),
        "duration": (60, 120),
        "group": (2, 2),
        "categories": ["binomes", "convivialite"],
        "places": ["mediatheque", "plein-air", "centre-social"],
        "cost": "free",
        "cost_details": "",
        "co_animation": "",
        "objective": (
            "Créer un lien suivi entre deux personnes qui l'ont choisi, avec un cadre léger "
            "et un point de suivi."
        ),
        "rules": [
            "Chacun est volontaire et peut arrêter quand il veut.",
            "Les rencontres ont lieu dans un lieu public.",
            "La charte du binôme est lue et acceptée au départ.",
            "Aucun échange d'argent.",
        ],
        "steps": [
            (
                "Présentation",
                30,
                "Le coordinateur présente les deux personnes dans un lieu public.",
            ),
            ("Charte et accord", 10, "Chacun donne son accord en sachant à quoi il s'engage."),
            ("Rencontres", None, "Marche, café ou médiathèque, au choix du binôme."),
            ("Point de suivi", 15, "Au bout de deux semaines, un appel à chacun séparément."),
        ],
        "roles": (
            "Le coordinateur reçoit chaque personne et note ses envies et ses disponibilités.",
            "Le coordinateur propose les binômes et organise la première rencontre.",
            "Le coordinateur fait le point de suivi et arrête le binôme si l'un le souhaite.",
        ),
        "outputs": "Un contact régulier avec une personne choisie, et la charte du binôme.",
        "follow_up": "Un point au bout de deux semaines, puis tous les deux mois.",
        "accessibility": "Lieux de rencontre accessibles, choisis par les deux personnes.",
        "variations": [
            ("Binômes entre générations", "Un jeune et une personne âgée, autour d'un souvenir."),
        ],
        "themes": ["convivialite", "entraide"],
        "audiences": ["tout-public", "seniors", "jeunes"],
        "kit": [
            (
                "charter",
                "Charte du binôme (une page)",
                "Consentement, lieux publics, droit d'arrêter.",
            ),
            RESOURCES,
            ESCALATION,
        ],
    },
    {
        "slug": "atelier-numerique-apaise",
        "title": "Atelier « numérique apaisé »",
        "summary": (
            "Une heure pour utiliser messageries et groupes en ligne sans trop s'exposer : "
            "réglages de confidentialité et signaux d'alerte."
        ),
        "duration": (60, None),
        "group": (4, 10),
        "categories": ["numerique"],
        "places": ["mediatheque", "centre-social", "mairie"],
        "cost": "free",
        "cost_details": "",
        "co_animation": "L'un montre à l'écran, l'autre aide chacun sur son propre téléphone.",
        "objective": (
            "Garder le contact en ligne en protégeant sa vie privée, et savoir reconnaître "
            "une situation à risque."
        ),
        "rules": [
            "Personne ne touche l'appareil d'un autre sans son accord.",
            "Aucune question n'est bête.",
            "On ne photographie pas l'écran des autres.",
        ],
        "steps": [
            ("Tour de table", 10, "Les outils de chacun et ce qui l'inquiète."),
            ("Réglages", 25, "Qui voit mon profil, mes photos, mon numéro."),
            ("Signaux d'alerte", 15, "Arnaque, harcèlement, message inquiétant : que faire."),
            ("Clôture", 10, "Questions, fiche mémo, lieux d'aide au numérique."),
        ],
        "roles": (
            "Accueille, vérifie que chacun a un appareil ou en prête un.",
            "Montre les réglages pas à pas et vérifie que personne n'est perdu.",
            "Remet la fiche mémo et présente les permanences numériques proches.",
        ),
        "outputs": "Un téléphone mieux réglé et une fiche mémo des réglages de confidentialité.",
        "follow_up": "La permanence numérique de la médiathèque prend le relais ensuite.",
        "accessibility": "Tablettes de prêt, gros caractères, rythme lent, consignes répétées.",
        "variations": [
            ("Spécial parents", "Les réglages des comptes des enfants et des adolescents."),
        ],
        "themes": ["numerique"],
        "audiences": ["tout-public", "seniors"],
    },
    {
        "slug": "marche-douce",
        "title": "Marche douce",
        "summary": (
            "Une balade facile en ville, sans esprit de performance, qui part et revient au "
            "même lieu public."
        ),
        "duration": (45, 60),
        "group": (4, 15),
        "categories": ["mobilite-douce", "convivialite"],
        "places": ["plein-air"],
        "cost": "free",
        "cost_details": "",
        "co_animation": (
            "Une personne ouvre la marche, l'autre la ferme : personne ne reste seul derrière."
        ),
        "objective": (
            "Bouger ensemble à un rythme tranquille et faire connaissance en marchant, côte "
            "à côte, ce qui rend la parole plus facile."
        ),
        "rules": [
            "On marche au rythme de la personne la plus lente.",
            "Départ et arrivée au même lieu public.",
            "On peut s'arrêter ou rentrer à tout moment, en le disant.",
            "La personne ressource porte un signe bien visible.",
        ],
        "steps": [
            ("Rendez-vous", 10, "Accueil devant le lieu, présentation du parcours."),
            ("Marche", 35, "Parcours plat, avec bancs et toilettes sur le trajet."),
            ("Retour et pause", 10, "Boisson et échanges au point de départ."),
        ],
        "roles": (
            "Accueille au point de départ et présente la personne ressource.",
            "Ouvre la marche, règle l'allure, annonce les pauses.",
            "Ferme la marche, raccompagne au point de départ, remet la fiche ressources.",
        ),
        "outputs": "Un parcours repéré à refaire seul ou à plusieurs, et la fiche ressources.",
        "follow_up": "Même parcours chaque semaine, pour revenir sans s'inscrire.",
        "accessibility": "Parcours sans marche, praticable en fauteuil ou avec une canne.",
        "variations": [
            ("Marche patrimoine", "Une halte racontée devant un bâtiment du quartier."),
        ],
        "themes": ["convivialite", "solitude"],
        "audiences": ["tout-public", "seniors"],
        "kit": [
            *KIT,
            ("other", "Gilet ou badge", "Pour que la personne ressource soit repérée de loin."),
        ],
    },
    {
        "slug": "club-lecture-ecriture",
        "title": "Club lecture et écriture",
        "summary": (
            "Des textes courts à lire ou à écrire à partir de consignes très ouvertes, comme "
            "« une page, un souvenir ». La lecture peut rester anonyme."
        ),
        "duration": (60, 90),
        "group": (4, 10),
        "categories": ["lecture-ecriture"],
        "places": ["mediatheque", "centre-social"],
        "cost": "free",
        "cost_details": "",
        "co_animation": "",
        "objective": (
            "Se raconter et découvrir les autres par les mots, sans exigence de niveau ni "
            "obligation de lire à voix haute."
        ),
        "rules": [
            "Aucune correction d'orthographe, aucun jugement sur le style.",
            "Chacun lit, fait lire son texte par l'animateur, ou le garde.",
            "Les textes lus restent dans la salle.",
        ],
        "steps": [
            ("Accueil", 10, "Lecture d'un texte court pour se mettre en route."),
            ("Écriture", 30, "Une consigne ouverte, par exemple « une page, un souvenir »."),
            ("Lectures", 25, "Par l'auteur ou, de façon anonyme, par l'animateur."),
            ("Clôture", 5, "Un mot chacun, la consigne de la prochaine fois."),
        ],
        "roles": (
            "Accueille, installe chacun avec papier et stylo.",
            "Donne la consigne, lit les textes anonymes, veille au respect de chacun.",
            "Remercie, propose la consigne suivante, remet la fiche ressources.",
        ),
        "outputs": "Son propre texte, et parfois un petit recueil anonyme du groupe.",
        "follow_up": "Une séance toutes les deux semaines ; exposition des textes volontaires.",
        "accessibility": "Consignes dites et écrites ; on peut dicter son texte à un bénévole.",
        "variations": [
            ("Lecture à voix haute", "On écoute un texte et on réagit, sans rien écrire."),
        ],
        "themes": ["convivialite", "solitude"],
        "audiences": ["tout-public"],
    },
    {
        "slug": "micro-ateliers-faire-ensemble",
        "title": "Micro-ateliers « faire ensemble »",
        "summary": (
            "Semer des graines, bouturer, réparer un petit objet ou cuisiner sans gaspiller : "
            "on fait d'abord, on parle ensuite."
        ),
        "duration": (120, 180),
        "group": (4, 12),
        "categories": ["faire-ensemble", "convivialite"],
        "places": ["centre-social", "maison-de-quartier", "plein-air"],
        "cost": "paid",
        "cost_details": "Environ 2 € de fournitures, annoncés à l'avance ; gratuit sur demande.",
        "co_animation": "L'une guide l'activité, l'autre s'occupe de l'accueil et des échanges.",
        "objective": (
            "Réunir des personnes autour d'une activité concrète qui met à l'aise ; la "
            "conversation vient d'elle-même."
        ),
        "rules": [
            "Chacun fait à son rythme, personne n'est noté.",
            "Les outils sont partagés et rangés ensemble.",
            "On repart avec ce que l'on a fait.",
        ],
        "steps": [
            ("Accueil", 10, "Café, présentation de l'activité du jour."),
            ("Démonstration", 10, "Le geste de base, montré simplement."),
            ("Atelier", 90, "Chacun fait ; l'entraide vient naturellement."),
            ("Partage", 15, "On goûte, on échange boutures et astuces."),
        ],
        "roles": (
            "Accueille, présente l'activité, installe les postes de travail.",
            "Montre les gestes, aide qui le demande, veille à la sécurité.",
            "Organise le rangement et le partage, remet la fiche ressources.",
        ),
        "outputs": "Une bouture, un objet réparé ou une recette, et la fiche ressources.",
        "follow_up": "Un nouveau thème chaque mois, choisi par les participants.",
        "accessibility": "Tables à hauteur de fauteuil, outils adaptés, consignes illustrées.",
        "variations": [
            ("Troc de graines", "Chacun apporte et repart avec des graines du quartier."),
            ("Atelier réparation", "Petits appareils et vêtements, avec un bénévole bricoleur."),
        ],
        "themes": ["convivialite", "entraide"],
        "audiences": ["tout-public", "jeunes"],
    },
    {
        "slug": "point-aller-vers",
        "title": "Point « aller-vers »",
        "summary": (
            "Une présence discrète dans un hall public pendant une à deux heures, sans "
            "rendez-vous, pour informer les passants sans les évaluer."
        ),
        "duration": (60, 120),
        "group": (1, 20),
        "categories": ["aller-vers", "ecoute"],
        "places": ["hall-public", "mediatheque", "mairie"],
        "cost": "free",
        "cost_details": "",
        "co_animation": (
            "À deux, l'un peut accompagner une personne vers un lieu calme pendant que "
            "l'autre reste au stand."
        ),
        "objective": (
            "Aller au-devant des personnes qui ne viennent pas d'elles-mêmes : donner une "
            "information utile et, si elles le veulent, une orientation."
        ),
        "rules": [
            "On informe, on n'évalue pas.",
            "On ne note ni nom ni coordonnées.",
            "On propose sans insister.",
        ],
        "steps": [
            ("Installation", 10, "Table, affiche sobre, fiches ressources à disposition."),
            ("Présence", 90, "Accueil des passants qui s'arrêtent, écoute brève, orientation."),
            ("Rangement et bilan", 10, "Compter les échanges, sans rien noter de personnel."),
        ],
        "roles": (
            "Salue les passants sans les retenir, présente le point en une phrase.",
            "Écoute, informe, oriente vers le bon service si la personne le souhaite.",
            "Range, compte les échanges de façon anonyme, signale les besoins repérés.",
        ),
        "outputs": "La fiche ressources locales et, si besoin, le contact du bon service.",
        "follow_up": "Même lieu, même créneau chaque semaine, pour devenir un repère.",
        "accessibility": "Stand à hauteur de fauteuil, documents faciles à lire et traduits.",
        "variations": [
            ("Point mobile", "Sur un marché ou dans un bus, au plus près des habitants."),
        ],
        "themes": ["aller-vers", "ecoute"],
        "audiences": ["tout-public"],
    },
]


def _terms(ctx, model, rows):
    fr = ctx.locale("fr")
    terms = {}
    for order, (slug, name_fr, name_en, name_ar) in enumerate(rows, start=1):
        term = ensure_snippet(
            ctx, model, {"slug": slug, "locale": fr}, name=name_fr, sort_order=order * 10
        )
        ensure_snippet_translation(ctx, term, "en", name=name_en)
        ensure_snippet_translation(ctx, term, "ar", name=name_ar)
        terms[slug] = term
    return terms


def _shared_terms(ctx, model, names):
    """Themes and audiences may be created by another demo module: find or create them by
    slug and locale, and leave their name alone when they exist."""
    fr = ctx.locale("fr")
    terms = {}
    for slug, name in names.items():
        existing = model.objects.filter(slug=slug, locale=fr).first()
        terms[slug] = existing or ensure_snippet(
            ctx, model, {"slug": slug, "locale": fr}, name=name
        )
    return terms


def _stream(block_type, values):
    return [(block_type, value) for value in values]


def format_values(data, categories, places, themes, audiences):
    duration_min, duration_max = data["duration"]
    group_min, group_max = data["group"]
    welcome, facilitation, closing = data["roles"]
    return {
        "title": data["title"],
        "summary": data["summary"],
        "duration_min": duration_min,
        "duration_max": duration_max,
        "group_min": group_min,
        "group_max": group_max,
        "categories": [categories[slug] for slug in data["categories"]],
        "places": [places[slug] for slug in data["places"]],
        "cost": data["cost"],
        "cost_details": data["cost_details"],
        "co_animation": bool(data["co_animation"]),
        "co_animation_reason": data["co_animation"],
        "objective": data["objective"],
        "rules": _stream("rule", data["rules"]),
        "steps": _stream(
            "step",
            [
                {"title": title, "minutes": minutes, "text": text}
                for title, minutes, text in data["steps"]
            ],
        ),
        "role_welcome": welcome,
        "role_facilitation": facilitation,
        "role_closing": closing,
        "outputs": data["outputs"],
        "kit": _stream(
            "item",
            [
                {"kind": kind, "title": title, "description": text, "document": None, "page": None}
                for kind, title, text in data.get("kit", KIT)
            ],
        ),
        "follow_up": data["follow_up"],
        "accessibility": data["accessibility"],
        "variations": _stream(
            "variation", [{"title": title, "text": text} for title, text in data["variations"]]
        ),
        "themes": [themes[slug] for slug in data["themes"]],
        "audiences": [audiences[slug] for slug in data["audiences"]],
    }


# Kit items that a guide explains, and guides worth reading with every format. The guides
# are built before the formats (see DEMO_MODULES).
KIT_GUIDES = {
    "charter": "guide:methode-en-six-etapes",
    "escalation": "guide:en-cas-d-urgence",
}
RELATED_TO_EVERY_FORMAT = ["guide:methode-en-six-etapes", "guide:en-cas-d-urgence"]


def _guide(ctx, key):
    return ctx.pages[key]["fr"] if key in ctx.pages else None


def link_guides(ctx, values):
    values["kit"] = [
        (kind, {**item, "page": _guide(ctx, KIT_GUIDES.get(item["kind"], ""))})
        for kind, item in values["kit"]
    ]
    values["related"] = [
        ("page", page) for key in RELATED_TO_EVERY_FORMAT if (page := _guide(ctx, key))
    ]
    return values


def build(ctx):
    categories = _terms(ctx, FormatCategory, CATEGORIES)
    places = _terms(ctx, PlaceKind, PLACES)
    themes = _shared_terms(ctx, Theme, THEMES)
    audiences = _shared_terms(ctx, Audience, AUDIENCES)
    index = ctx.pages["formats"]["fr"]
    for data in FORMATS:
        page = ensure_page(
            ctx,
            index,
            ActionFormatPage,
            data["slug"],
            **link_guides(ctx, format_values(data, categories, places, themes, audiences)),
        )
        ctx.pages[f"format:{data['slug']}"] = {"fr": page}
