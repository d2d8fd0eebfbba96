"""Demo guides and initiatives, written in our own words from the facts of the seed
documents: a practical guide on creating social ties and three real local projects."""

import datetime

from guides.models import GuidePage, InitiativePage
from portal.demo import ensure_page, ensure_snippet, rich, update_page
from portal.models import Audience, Theme

REVIEWED = datetime.date(2026, 10, 1)

THEMES = [
    ("ecoute", "Écoute", "Être écouté, parler de ce qui pèse, sans jugement."),
    ("convivialite", "Convivialité", "Partager un moment simple : un café, une marche, un jeu."),
    ("numerique", "Numérique", "Utiliser les outils en ligne sans s'exposer ni s'isoler."),
    ("solitude", "Solitude", "Rompre l'isolement, à tout âge."),
    ("entraide", "Entraide", "S'aider entre voisins, faire ensemble."),
    ("aller-vers", "Aller vers", "Aller à la rencontre des personnes là où elles sont."),
]

AUDIENCES = [
    ("tout-public", "Tout public", "Chacun, sans condition."),
    ("seniors", "Seniors", "Les personnes âgées et leurs proches."),
    ("jeunes", "Jeunes", "Les adolescents, les étudiants et les jeunes adultes."),
    ("benevoles", "Bénévoles", "Les personnes qui organisent ou animent une action."),
    (
        "professionnels",
        "Professionnels",
        "Travailleurs sociaux, agents municipaux, bibliothécaires.",
    ),
]


def ensure_terms(ctx):
    """The French themes and audiences used by the demo. Terms that already exist (another
    demo module may create the same slugs) are reused as they are, never rewritten."""
    fr = ctx.locale("fr")
    terms = {}
    for model, rows in ((Theme, THEMES), (Audience, AUDIENCES)):
        for order, (slug, name, description) in enumerate(rows, start=1):
            term = model.objects.filter(slug=slug, locale=fr).first() or ensure_snippet(
                ctx,
                model,
                {"slug": slug, "locale": fr},
                name=name,
                description=description,
                sort_order=order * 10,
            )
            terms[slug] = term
    return terms


def heading(text):
    return ("heading", {"text": text, "anchor": ""})


def tip(text, title=""):
    return ("tip", {"title": title, "text": rich(text)})


def warning(text, title=""):
    return ("warning", {"title": title, "text": rich(text)})


def principles(title, items):
    return (
        "principles",
        {"title": title, "principles": [{"name": n, "text": t} for n, t in items]},
    )


def steps(title, items):
    return ("steps", {"title": title, "steps": [{"title": n, "text": rich(t)} for n, t in items]})


def link_resource(label, url, description=""):
    return ("link", {"label": label, "url": url, "description": description})


def page_resource(page, description=""):
    return ("page", {"page": page, "description": description})


def resources(title, items):
    return ("resources", {"title": title, "items": list(items)})


def emergency_guide():
    return {
        "slug": "en-cas-d-urgence",
        "title": "En cas d'urgence pendant une rencontre",
        "summary": (
            "Quand quelqu'un va mal pendant une activité : les gestes simples, qui appeler "
            "et pourquoi il ne faut jamais attendre."
        ),
        "themes": ["ecoute", "solitude"],
        "audiences": ["benevoles", "tout-public"],
        "body": [
            (
                "paragraph",
                rich(
                    "Une rencontre conviviale peut faire remonter des choses lourdes. La "
                    "plupart du temps, une pause et une oreille attentive suffisent. Parfois, "
                    "la situation dépasse ce qu'un groupe peut porter : il faut alors passer "
                    "le relais, vite et sans honte."
                ),
            ),
            heading("Les bons gestes"),
            steps(
                "",
                [
                    (
                        "Faire une pause",
                        (
                            "Proposez une pause à tout le groupe, pour que la personne ne se "
                            "sente pas montrée du doigt."
                        ),
                    ),
                    (
                        "Accompagner au calme",
                        (
                            "Une personne de l'équipe, pas plus, l'accompagne dans un endroit "
                            "tranquille et reste avec elle."
                        ),
                    ),
                    (
                        "Appeler si besoin",
                        (
                            "En cas de danger ou de doute, appelez un des numéros ci-dessous. "
                            "Restez à côté de la personne pendant l'appel."
                        ),
                    ),
                ],
            ),
            warning(
                "Si une vie est en danger, appelez les secours tout de suite, avant toute "
                "autre démarche : les numéros sont juste en dessous."
            ),
            heading("Les numéros à afficher"),
            ("emergency_numbers", None),
            tip(
                "Dans le doute, appelez. Un appel pour rien ne pose aucun problème ; un appel "
                "trop tardif, si.",
                title="Mieux vaut appeler pour rien",
            ),
        ],
    }


def principles_guide():
    return {
        "slug": "principes-et-lieux-publics",
        "title": "Créer du lien : les principes et les lieux où commencer",
        "summary": (
            "Six principes pour que chacun se sente bien accueilli, et les lieux publics "
            "près de chez vous qui peuvent déjà vous ouvrir leurs portes."
        ),
        "themes": ["convivialite", "entraide"],
        "audiences": ["benevoles", "professionnels"],
        "body": [
            heading("À quoi sert une rencontre"),
            (
                "paragraph",
                rich(
                    "Créer du lien, c'est donner des occasions simples et régulières de se "
                    "parler, de s'écouter ou de faire quelque chose ensemble. Personne n'est "
                    "obligé de venir, de parler ou de rester."
                ),
            ),
            heading("Six principes à garder en tête"),
            principles(
                "",
                [
                    (
                        "Se sentir en sécurité",
                        (
                            "Ce qui se dit reste dans le groupe. On a le droit de se taire et de "
                            "partir quand on veut."
                        ),
                    ),
                    (
                        "Ne pas juger",
                        (
                            "Tout le monde est bienvenu, à son rythme. On ne cherche à convaincre "
                            "personne de quoi que ce soit."
                        ),
                    ),
                    (
                        "Partir du local",
                        (
                            "On s'appuie d'abord sur les lieux et services publics qui existent "
                            "déjà dans le quartier."
                        ),
                    ),
                    (
                        "Animer à deux",
                        (
                            "Quand c'est possible, une personne formée à l'écoute anime avec une "
                            "personne qui a vécu la situation. C'est un plus, pas une règle."
                        ),
                    ),
                    (
                        "Durer plutôt que briller",
                        (
                            "Quelques rendez-vous réguliers valent mieux qu'un grand événement "
                            "sans lendemain."
                        ),
                    ),
                    (
                        "Orienter sans forcer",
                        (
                            "À chaque rencontre, on propose, à qui le souhaite, un contact utile : "
                            "soin, aide sociale, accès aux droits."
                        ),
                    ),
                ],
            ),
            heading("Les lieux publics à solliciter"),
            (
                "paragraph",
                (
                    "<p>Avant d'inventer un nouveau lieu, regardez ceux qui accueillent déjà du "
                    "public :</p><ul>"
                    "<li><b>La mairie et le CCAS</b> : des salles, de la communication locale, "
                    "des relais.</li>"
                    "<li><b>La médiathèque</b> : des espaces calmes, des animations, des clubs "
                    "ouverts à tous.</li>"
                    "<li><b>Le centre social ou la maison de quartier</b> : des lieux de "
                    "proximité faits pour se retrouver.</li>"
                    "<li><b>Les équipements sportifs et culturels</b> : gymnases, salles "
                    "polyvalentes, ateliers.</li>"
                    "<li><b>Le service de santé universitaire</b>, sur un campus : des locaux et "
                    "une information fiable.</li></ul>"
                ),
            ),
            tip(
                "Le service « vie associative » de votre mairie sait quelles salles sont "
                "libres, à quelles heures et à quelles conditions."
            ),
            resources(
                "Pour trouver les bons interlocuteurs",
                [
                    link_resource(
                        "L'annuaire de l'administration",
                        "https://lannuaire.service-public.fr/",
                        "Les coordonnées des mairies, CCAS et services publics.",
                    ),
                ],
            ),
        ],
    }


def method_guide(emergency):
    return {
        "slug": "methode-en-six-etapes",
        "title": "Organiser une rencontre en six étapes",
        "summary": (
            "Une méthode courte pour préparer une action sans improviser : du repérage des "
            "lieux jusqu'au suivi, avec la liste de ce qu'il faut vérifier."
        ),
        "themes": ["convivialite", "ecoute"],
        "audiences": ["benevoles", "professionnels"],
        "body": [
            (
                "paragraph",
                rich(
                    "Cette méthode tient sur une page. Elle sert à ne rien oublier d'important "
                    "pour la sécurité des participants, sans alourdir la préparation."
                ),
            ),
            heading("La méthode pas à pas"),
            steps(
                "",
                [
                    (
                        "Repérer",
                        (
                            "Listez les lieux publics disponibles, leurs horaires et les "
                            "personnes relais du quartier."
                        ),
                    ),
                    (
                        "Choisir",
                        (
                            "Fixez un objectif concret (par exemple dix nouvelles rencontres en "
                            "deux mois), un format, un nombre maximum de participants et une "
                            "durée."
                        ),
                    ),
                    (
                        "Écrire la charte",
                        (
                            "Confidentialité, droit de se taire, respect, et les limites de ce que "
                            "l'équipe fait : on ne fait pas de thérapie sur place."
                        ),
                    ),
                    (
                        "Préparer l'animation",
                        (
                            "Répartissez les rôles (accueil, animation, clôture), préparez deux "
                            "minutes d'ouverture et la façon de terminer."
                        ),
                    ),
                    (
                        "Prévoir les risques",
                        (
                            "Nommez une personne référente, affichez les numéros utiles et "
                            "décidez de ce que vous ferez si quelqu'un se sent mal."
                        ),
                    ),
                    (
                        "Orienter et suivre",
                        (
                            "Remettez une fiche de ressources, proposez un appel de suivi à qui "
                            "le souhaite, et améliorez le format grâce à un court questionnaire "
                            "anonyme."
                        ),
                    ),
                ],
            ),
            warning(
                "Une rencontre n'est pas une consultation. Si une personne a besoin de soins, "
                "aidez-la à trouver le bon service plutôt que de tenter d'y répondre vous-même."
            ),
            heading("La liste de vérification"),
            (
                "checklist",
                {
                    "title": "",
                    "phases": [
                        {
                            "phase": "before",
                            "items": [
                                "La salle est réservée et une personne référente est nommée",
                                "Les règles sont affichées",
                                "La charte d'accueil d'une page est imprimée",
                                (
                                    "La fiche des ressources locales est prête "
                                    "(santé, services publics, mairie)"
                                ),
                                "Le plan d'urgence et les numéros sont visibles",
                            ],
                        },
                        {
                            "phase": "during",
                            "items": [
                                "Accueillir chacun avec douceur",
                                "Rappeler les règles en une minute",
                                "Proposer un tour de parole, sans obligation",
                                "Tenir les horaires et faire une pause si l'ambiance se tend",
                            ],
                        },
                        {
                            "phase": "after",
                            "items": [
                                "Terminer sur une note positive",
                                "Remettre les ressources et proposer un appel de suivi",
                                "Faire remplir le questionnaire anonyme",
                                "Noter en équipe ce qui est à améliorer",
                            ],
                        },
                    ],
                },
            ),
            resources(
                "À lire aussi",
                [page_resource(emergency, "Les gestes et les numéros si quelqu'un va mal.")],
            ),
        ],
    }


def accessibility_guide():
    return {
        "slug": "accessibilite-et-inclusion",
        "title": "Des rencontres ouvertes à toutes et à tous",
        "summary": (
            "Langage, information, locaux, horaires, coût : cinq points à vérifier pour "
            "que personne ne reste à la porte."
        ),
        "themes": ["convivialite", "numerique"],
        "audiences": ["tout-public", "seniors", "benevoles"],
        "body": [
            (
                "paragraph",
                rich(
                    "Un lien qui ne profite qu'à ceux qui savent déjà où aller laisse de côté "
                    "les personnes les plus isolées. Ces cinq points aident à élargir le "
                    "cercle."
                ),
            ),
            heading("Cinq points à vérifier"),
            principles(
                "",
                [
                    (
                        "Les mots",
                        (
                            "Proposez une version facile à lire et à comprendre (FALC) et, si "
                            "besoin, une traduction."
                        ),
                    ),
                    (
                        "L'information",
                        (
                            "Affichez l'annonce dans les lieux publics, avec un QR code vers une "
                            "page claire, pour ceux qui n'ont pas internet comme pour les autres."
                        ),
                    ),
                    (
                        "Le lieu",
                        (
                            "Accès sans marche pour les fauteuils, panneaux simples, sièges "
                            "confortables."
                        ),
                    ),
                    (
                        "Les horaires",
                        (
                            "Variez les moments, acceptez qu'on vienne avec un proche, et "
                            "signalez les solutions de garde si la mairie en propose."
                        ),
                    ),
                    (
                        "Le prix",
                        (
                            "Privilégiez la gratuité ou la participation libre, et annoncez "
                            "clairement tout frais éventuel."
                        ),
                    ),
                ],
            ),
            tip(
                "Demandez à une personne qui ne connaît pas encore l'action de relire "
                "l'annonce : si elle hésite sur un mot, changez-le."
            ),
        ],
    }


def indicators_guide():
    return {
        "slug": "mesurer-sans-fliquer",
        "title": "Suivre ses actions sans surveiller les gens",
        "summary": (
            "Quelques chiffres utiles et anonymes pour améliorer une action, sans ficher "
            "les participants ni remplir des rapports inutiles."
        ),
        "themes": ["entraide"],
        "audiences": ["benevoles", "professionnels"],
        "body": [
            (
                "paragraph",
                rich(
                    "On mesure pour améliorer le format, pas pour produire de beaux rapports. "
                    "Les données doivent être utiles, anonymes et faciles à recueillir."
                ),
            ),
            heading("Ce que l'on compte"),
            (
                "paragraph",
                (
                    "<ul><li>Le nombre de participants et de nouvelles personnes.</li>"
                    "<li>Le nombre de binômes formés.</li>"
                    "<li>Le nombre d'orientations proposées vers un service.</li></ul>"
                ),
            ),
            heading("Ce que l'on demande"),
            (
                "paragraph",
                rich(
                    "En début et en fin de séance, chacun peut noter de 0 à 10 à quel point "
                    "il se sent seul. Deux questions ouvertes complètent : ce qui a aidé, ce "
                    "qui a manqué."
                ),
            ),
            heading("Ce que l'on suit"),
            (
                "paragraph",
                rich(
                    "Deux à quatre semaines plus tard, et seulement avec l'accord de la "
                    "personne, on peut prendre des nouvelles : a-t-elle recontacté un service "
                    "ou participé à une autre activité ?"
                ),
            ),
            warning(
                "Ne notez ni nom ni adresse dans vos questionnaires. Un suivi se fait "
                "uniquement avec l'accord de la personne, qui peut le retirer à tout moment."
            ),
        ],
    }


INITIATIVES = [
    {
        "slug": "pompiers-de-paris-vivre-ensemble",
        "title": "Les pompiers de Paris misent sur le lien entre voisins",
        "summary": (
            "Face aux appels liés à la solitude, la brigade de sapeurs-pompiers de Paris a "
            "lancé avec des acteurs sociaux un programme pour que chacun ose parler à son "
            "voisin."
        ),
        "themes": ["solitude", "aller-vers", "entraide"],
        "audiences": ["tout-public"],
        "territory": "Paris et sa petite couronne",
        "period": "Depuis 2019",
        "carried_by": "La brigade de sapeurs-pompiers de Paris (BSPP)",
        "partners": [
            ("makesense", "a organisé le créathon où le programme a été construit", ""),
            (
                "La Cloche",
                (
                    "a inspiré le module « aller vers » avec son atelier sur le regard porté "
                    "sur les personnes de la rue"
                ),
                "",
            ),
            ("Les services sociaux", "travaillent avec la brigade sur les situations", ""),
        ],
        "body": [
            (
                "paragraph",
                rich(
                    "Beaucoup d'appels reçus par les pompiers viennent de personnes seules, "
                    "sans personne à prévenir. La brigade a choisi d'agir en amont : si "
                    "chacun connaît un peu mieux ses voisins, les détresses liées à "
                    "l'isolement diminuent.",
                    "Le programme a été imaginé avec des citoyens engagés et des "
                    "entrepreneurs sociaux qui créent déjà du lien, lors d'un créathon sur le "
                    "thème du vivre-ensemble.",
                ),
            ),
            heading("Sensibiliser la population"),
            (
                "paragraph",
                rich(
                    "Des volontaires en service civique et des réservistes de la brigade sont "
                    "allés au-devant des habitants pour expliquer le lien entre isolement et "
                    "appels aux secours, encourager les petites solidarités de voisinage et "
                    "faire connaître les solutions qui existent.",
                ),
            ),
            heading("Le lien social dans les gestes qui sauvent"),
            (
                "paragraph",
                rich(
                    "Les formations aux gestes qui sauvent, données le samedi dans les "
                    "casernes, comptent désormais un module sur le lien social, présenté "
                    "comme le premier comportement qui sauve.",
                ),
            ),
        ],
        "results": rich(
            "Les actions de sensibilisation ont été testées auprès du public et le module "
            "sur le lien social fait désormais partie des formations aux gestes qui sauvent."
        ),
        "lessons": rich(
            "Un service de secours peut agir sur les causes des appels, et pas seulement sur "
            "leurs conséquences, en s'alliant à ceux qui créent déjà du lien au quotidien."
        ),
        "replicate": rich(
            "Commencez par repérer les associations qui font déjà du lien dans votre "
            "quartier, puis proposez un court temps d'échange à la fin d'une formation ou "
            "d'une réunion publique qui existe déjà."
        ),
        "sources": [
            (
                "Un programme d'actions pour développer le lien social",
                "Brigade de sapeurs-pompiers de Paris",
                "",
                None,
            ),
        ],
    },
    {
        "slug": "creathon-du-vivre-ensemble",
        "title": "Le créathon du vivre-ensemble",
        "summary": (
            "En juillet 2019, les pompiers de Paris ont réuni associations, entrepreneurs "
            "sociaux et collectivités pour inventer ensemble des réponses à l'isolement. "
            "Quatre projets ont été testés."
        ),
        "themes": ["entraide", "aller-vers"],
        "audiences": ["professionnels", "benevoles"],
        "territory": "Île-de-France",
        "period": "Juillet 2019",
        "carried_by": "La brigade de sapeurs-pompiers de Paris, accompagnée par makesense",
        "partners": [
            ("makesense", "a repéré les acteurs et animé la démarche", "https://makesense.org/"),
            ("La Cloche", "association", ""),
            ("(Im)prove", "association", ""),
            ("Nextdoor", "réseau social de voisinage", ""),
            ("Le Carillon", "a travaillé sur les formations citoyennes", ""),
            ("La Ville de Paris", "collectivité", ""),
            ("Le Centre d'action sociale de la Ville de Paris (CASVP)", "action sociale", ""),
        ],
        "body": [
            (
                "paragraph",
                rich(
                    "Lors de leurs interventions, les pompiers rencontrent des situations "
                    "nées de l'isolement et du manque de solidarité, auxquelles ils ne "
                    "peuvent pas répondre seuls.",
                    "Avec makesense, ils ont identifié les associations et entrepreneurs "
                    "actifs sur le vivre-ensemble, puis les ont réunis avec des habitants et "
                    "des collectivités pour construire des solutions locales pendant un "
                    "créathon.",
                ),
            ),
        ],
        "results": (
            "<p>Quatre projets ont été retenus et expérimentés :</p><ul>"
            "<li>des formations citoyennes repensées avec le Carillon ;</li>"
            "<li>un meilleur partage des observations de terrain avec le CASVP ;</li>"
            "<li>une collaboration avec Nextdoor pour encourager le vivre-ensemble ;</li>"
            "<li>une « brigade du vivre-ensemble » créée avec la Ville de Paris.</li></ul>"
            "<p>Les formations « gestes qui sauvent » et « aller vers » doivent ensuite être "
            "étendues à toute la France, et le travail avec les centres sociaux continue.</p>"
        ),
        "lessons": rich(
            "Le plus long a été d'embarquer toutes les équipes d'une grande organisation "
            "habituée à fonctionner de façon classique, dont certains services hésitaient à "
            "travailler avec de jeunes structures. La façon de gérer et de partager les "
            "données a aussi demandé du temps."
        ),
        "replicate": rich(
            "Prévoyez du temps pour associer chaque service dès le début, et mettez-vous "
            "d'accord tôt sur les données que vous partagerez et sur la manière de les "
            "protéger."
        ),
        "sources": [
            (
                "Projet en coopération : Créathon du vivre ensemble",
                "La Fonda, programme Faire Ensemble 2030",
                "",
                None,
            ),
        ],
    },
    {
        "slug": "bus-pti-plato",
        "title": "Pti Platô : un bus à impériale pour rompre l'isolement",
        "summary": (
            "Sur un plateau à cheval sur trois communes près de Nancy, un bus londonien "
            "sillonne les quartiers : accueil ouvert à tous en bas, réunions à l'étage."
        ),
        "themes": ["aller-vers", "solitude", "convivialite"],
        "audiences": ["tout-public", "benevoles", "professionnels"],
        "territory": "Plateau de Haye, en périphérie de Nancy",
        "period": "",
        "carried_by": (
            "Les travailleurs sociaux du Conseil général, avec les habitants et les acteurs "
            "du quartier"
        ),
        "partners": [
            ("La médiathèque du quartier", "a co-organisé « Des livres sur un plateau »", ""),
            ("Deux associations locales", "ont participé à l'action autour des livres", ""),
        ],
        "body": [
            (
                "paragraph",
                rich(
                    "Tout est parti d'un diagnostic mené pour la première fois avec les "
                    "habitants, et pas seulement avec les professionnels. Il a fait "
                    "ressortir un lien social à renforcer, une diversité qui peut devenir une "
                    "force, un quartier en pleine transformation et des services mal connus.",
                ),
            ),
            heading("Pourquoi un bus"),
            (
                "paragraph",
                rich(
                    "Un bus se déplace d'un quartier à l'autre et se remarque de loin. Son "
                    "allure inhabituelle rend l'accueil moins intimidant qu'un bureau. Le "
                    "rez-de-chaussée sert d'espace d'accueil ouvert à tous, l'étage de salle "
                    "de réunion.",
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Avant, je me sentais invisible. Aujourd'hui, on me connaît dans le "
                        "quartier et je me sens utile."
                    ),
                    "author": "Une bénévole (propos résumés)",
                },
            ),
        ],
        "results": rich(
            "Les bénévoles se forment, gagnent en confiance et se sentent reconnus. Le bus "
            "sert aussi de point de départ à des actions avec d'autres partenaires : après "
            "une journée de dons de livres avec la médiathèque, beaucoup d'habitants sont "
            "venus demander comment elle fonctionne."
        ),
        "lessons": rich(
            "Associer les habitants dès le diagnostic change le projet. Un lieu mobile et "
            "reconnaissable touche des personnes qui ne pousseraient pas la porte d'un "
            "service social."
        ),
        "replicate": rich(
            "Pas besoin d'un bus à impériale : un stand, un triporteur ou une table dans un "
            "hall public peuvent jouer le même rôle, à condition d'être réguliers et faciles "
            "à repérer."
        ),
        "sources": [
            (
                (
                    "Action Pti Platô : un bus londonien dans les quartiers pour redynamiser le "
                    "lien social"
                ),
                "Odas, base Apriles",
                (
                    "https://odas.apriles.net/initiatives/"
                    "action-pti-plato-un-bus-londonien-dans-les-quartiers-pour-redynamiser-le-"
                    "lien-social"
                ),
                None,
            ),
            (
                "Fiche de formation en travail social",
                "Philippe Fabry",
                "",
                datetime.date(2021, 12, 22),
            ),
        ],
    },
]


def _guide_values(spec, terms):
    return {
        "title": spec["title"],
        "summary": spec["summary"],
        "body": spec["body"],
        "last_reviewed": REVIEWED,
        "themes": [terms[slug] for slug in spec["themes"]],
        "audiences": [terms[slug] for slug in spec["audiences"]],
    }


def build(ctx):
    terms = ensure_terms(ctx)
    index = ctx.pages["guides"]["fr"]
    guides = {}
    emergency = ensure_page(
        ctx, index, GuidePage, "en-cas-d-urgence", **_guide_values(emergency_guide(), terms)
    )
    guides[emergency.slug] = emergency
    for spec in (principles_guide(), method_guide(emergency), accessibility_guide()):
        guides[spec["slug"]] = ensure_page(
            ctx, index, GuidePage, spec["slug"], **_guide_values(spec, terms)
        )
    spec = indicators_guide()
    guides[spec["slug"]] = ensure_page(
        ctx, index, GuidePage, spec["slug"], **_guide_values(spec, terms)
    )
    for slug, page in guides.items():
        ctx.pages[f"guide:{slug}"] = {"fr": page}

    index = ctx.pages["initiatives"]["fr"]
    for spec in INITIATIVES:
        page = ensure_page(
            ctx,
            index,
            InitiativePage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            territory=spec["territory"],
            period=spec["period"],
            carried_by=spec["carried_by"],
            body=spec["body"],
            results=spec["results"],
            lessons=spec["lessons"],
            replicate=spec["replicate"],
            sources=[
                ("source", {"title": t, "publisher": p, "url": u, "date": d})
                for t, p, u, d in spec["sources"]
            ],
            last_reviewed=REVIEWED,
            themes=[terms[slug] for slug in spec["themes"]],
            audiences=[terms[slug] for slug in spec["audiences"]],
        )
        ctx.pages[f"initiative:{spec['slug']}"] = {"fr": page}


RELATED = {
    "guide:principes-et-lieux-publics": [
        "format:cafe-echanges",
        "format:point-aller-vers",
        "guide:methode-en-six-etapes",
        "guide:accessibilite-et-inclusion",
        "initiative:bus-pti-plato",
    ],
    "guide:methode-en-six-etapes": [
        "format:cercle-d-ecoute",
        "format:binomes-de-convivialite",
        "guide:en-cas-d-urgence",
        "guide:mesurer-sans-fliquer",
        "initiative:creathon-du-vivre-ensemble",
    ],
    "guide:accessibilite-et-inclusion": [
        "guide:principes-et-lieux-publics",
        "format:atelier-numerique-apaise",
        "annuaire",
    ],
    "guide:mesurer-sans-fliquer": ["guide:methode-en-six-etapes"],
    "guide:en-cas-d-urgence": ["guide:methode-en-six-etapes", "annuaire"],
    "initiative:pompiers-de-paris-vivre-ensemble": [
        "initiative:creathon-du-vivre-ensemble",
        "guide:principes-et-lieux-publics",
    ],
    "initiative:creathon-du-vivre-ensemble": [
        "initiative:pompiers-de-paris-vivre-ensemble",
        "guide:methode-en-six-etapes",
    ],
    "initiative:bus-pti-plato": ["guide:accessibilite-et-inclusion", "annuaire"],
}


# Partners that have an entry in the demo directory (matched by name).
PARTNER_ENTRIES = {
    "makesense": "organisation:makesense-paris",
    "La Cloche": "organisation:la-cloche-paris",
    "Le Centre d'action sociale de la Ville de Paris (CASVP)": "organisation:casvp-paris-11",
    "La médiathèque du quartier": "organisation:mediatheque-du-plateau",
}

# Formats that help to start a similar project.
REPLICATE_FORMATS = {
    "initiative:pompiers-de-paris-vivre-ensemble": [
        "format:point-aller-vers",
        "format:cafe-echanges",
    ],
    "initiative:creathon-du-vivre-ensemble": ["format:micro-ateliers-faire-ensemble"],
    "initiative:bus-pti-plato": ["format:point-aller-vers", "format:club-lecture-ecriture"],
}


def _pages(ctx, keys):
    return [ctx.pages[key]["fr"] for key in keys if key in ctx.pages]


def link(ctx):
    """Related content, partners and formats to start with: set here only (never in
    build), so that a second run finds nothing to change."""
    for key, targets in RELATED.items():
        related = [("page", page) for page in _pages(ctx, targets)]
        ctx.pages[key]["fr"] = update_page(ctx, ctx.pages[key]["fr"], related=related)
    for spec in INITIATIVES:
        key = f"initiative:{spec['slug']}"
        partners = [
            (
                "partner",
                {
                    "name": name,
                    "role": role,
                    "page": (_pages(ctx, [PARTNER_ENTRIES.get(name, "")]) or [None])[0],
                    "url": url,
                },
            )
            for name, role, url in spec["partners"]
        ]
        formats = [("format", page) for page in _pages(ctx, REPLICATE_FORMATS.get(key, []))]
        ctx.pages[key]["fr"] = update_page(
            ctx, ctx.pages[key]["fr"], partners=partners, replicate_formats=formats
        )
