"""Demo content of the directory app: the directory page in every language and 27 made-up
entries in Nancy, Laxou, Maxéville, Vandœuvre-lès-Nancy (the Plateau de Haye) and Paris.

Every entry is marked « demo » (``is_demo``, source « Données de démonstration »): names,
addresses, phones and hours are examples written for the portal, not real information.
Dates (verification, temporary closure) are relative to today so the demo stays lively.
"""

from datetime import timedelta

from data_inclusion.schema.v1 import Frais, ModeAccueil, Public, Thematique, TypeService
from django.utils import timezone

from directory.models import DirectoryPage, OrganisationPage, Service, TemporaryNotice
from portal.demo import ensure_page, ensure_translation
from portal.models import Audience, OrganisationType, Theme

TEXTS = {
    "fr": {
        "title": "Annuaire",
        "intro": (
            "Associations, médiathèques, centres sociaux, mairies et CCAS : les lieux qui "
            "accueillent près de chez vous, avec leurs horaires et leur accessibilité."
        ),
    },
    "en": {
        "title": "Directory",
        "intro": (
            "Associations, libraries, community centres, town halls: the places that welcome "
            "you near home, with opening hours and accessibility."
        ),
    },
    "ar": {
        "title": "الدليل",
        "intro": "جمعيات ومكتبات ومراكز اجتماعية وبلديات: الأماكن التي تستقبلك بالقرب من منزلك.",
    },
}

DEMO_SOURCE = "Données de démonstration"

TYPES = [
    ("association", "Association"),
    ("mairie", "Mairie"),
    ("ccas", "CCAS / centre d'action sociale"),
    ("mediatheque", "Médiathèque"),
    ("centre-social", "Centre social"),
    ("maison-de-quartier", "Maison de quartier"),
    ("espace-public-numerique", "Espace public numérique"),
    ("france-services", "France Services"),
    ("accueil-mobile", "Accueil mobile"),
    ("service-public", "Service public"),
]

THEMES = [
    ("convivialite", "Convivialité", ["remobilisation--lien-social"]),
    ("ecoute", "Écoute", ["sante--sante-mentale", "remobilisation--bien-etre-confiance-en-soi"]),
    ("numerique", "Numérique", ["numerique--maitriser-les-fondamentaux-du-numerique"]),
    (
        "lecture-culture",
        "Lecture et culture",
        ["remobilisation--activites-sportives-et-culturelles"],
    ),
    (
        "acces-aux-droits",
        "Accès aux droits",
        ["difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"],
    ),
    ("entraide", "Entraide et bénévolat", ["remobilisation--benevolat-action-citoyenne"]),
]

AUDIENCES = [
    ("tout-public", "Tout public", ["tous-publics"]),
    ("seniors", "Personnes âgées", ["seniors"]),
    ("jeunes", "Jeunes", ["jeunes"]),
    ("familles", "Familles", ["familles"]),
    ("sans-domicile", "Personnes sans domicile", ["personnes-en-situation-durgence"]),
    ("exiles", "Personnes exilées", ["personnes-exilees"]),
]

WEEKDAYS_OFFICE = "Mo-Fr 08:30-12:00,13:30-17:30; PH off"

# (slug, title, type, commune, postcode, insee, address, lat, lng, hours, themes, audiences,
#  extra fields)
ENTRIES = [
    # --- Plateau de Haye (Laxou, Maxéville, Nancy) ---
    {
        "slug": "pti-plato-bus",
        "title": "Le Pti Platô, bus d'accueil du Plateau de Haye",
        "type": "accueil-mobile",
        "commune": "Laxou",
        "code_postal": "54520",
        "code_insee": "54304",
        "adresse": "Arrêt du mardi : place du marché du Champ-le-Bœuf",
        "lat": 48.6962,
        "lng": 6.1436,
        "hours": "Tu 14:00-17:30; Th 09:30-12:00,14:00-17:00; Sa 10:00-12:00; PH off",
        "hours_comment": "Le bus change d'arrêt selon le jour : le programme est affiché à bord.",
        "themes": ["convivialite", "acces-aux-droits", "lecture-culture"],
        "audiences": ["tout-public"],
        "summary": (
            "Un bus à impériale qui s'installe dans les quartiers du plateau : on y entre "
            "sans rendez-vous pour prendre un café, s'informer ou proposer un projet."
        ),
        "description": (
            "Au rez-de-chaussée, un coin accueil où des habitants bénévoles et des "
            "travailleurs sociaux répondent aux questions et orientent vers les services "
            "du quartier.\nÀ l'étage, une petite salle pour les réunions d'habitants et les "
            "ateliers. Des journées de dons de livres y sont organisées avec la médiathèque."
        ),
        "languages": "fr,ar",
        "services": [
            {
                "nom": "Café d'accueil à bord",
                "description": "Un café offert, un moment pour parler et connaître ses voisins.",
                "type": TypeService.INFORMATION,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "mobilisation_precisions": "Monter dans le bus, sans inscription.",
                "thematiques": [Thematique.REMOBILISATION__LIEN_SOCIAL],
            },
            {
                "nom": "Des livres sur un plateau",
                "description": "Des livres à emporter gratuitement et des échanges sur la lecture.",
                "type": TypeService.ATELIER,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "horaires_accueil": "Sa 10:00-12:00",
            },
        ],
        "step_free": False,
        "accessibility": "Le rez-de-chaussée du bus a une marche ; l'équipe aide à monter.",
    },
    {
        "slug": "mediatheque-du-plateau",
        "title": "Médiathèque du Plateau",
        "type": "mediatheque",
        "commune": "Nancy",
        "code_postal": "54000",
        "code_insee": "54395",
        "adresse": "2 avenue du Haut-du-Lièvre",
        "lat": 48.7012,
        "lng": 6.1528,
        "hours": "Tu,Fr 14:00-18:00; We 10:00-12:00,14:00-18:00; Sa 10:00-12:00,14:00-17:00; PH off",  # noqa: E501
        "themes": ["lecture-culture", "numerique", "convivialite"],
        "audiences": ["tout-public", "familles", "seniors"],
        "summary": (
            "Lire, emprunter, se connecter à internet et participer à un club de lecture, "
            "dans un espace calme et gratuit."
        ),
        "description": "Entrée libre pour lire sur place. L'inscription pour emprunter est gratuite.",  # noqa: E501
        "languages": "fr",
        "services": [
            {
                "nom": "Club lecture du samedi",
                "description": "Des textes courts lus ensemble, sans obligation de parler.",
                "type": TypeService.ATELIER,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "horaires_accueil": "Sa 10:30-12:00",
            },
            {
                "nom": "Postes internet en accès libre",
                "type": TypeService.AIDE_MATERIELLE,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
            },
        ],
        "step_free": True,
        "accessibility": "Ascenseur, boucle magnétique à l'accueil, livres en gros caractères.",
    },
    {
        "slug": "centre-social-haut-du-lievre",
        "title": "Centre social du Haut-du-Lièvre",
        "type": "centre-social",
        "commune": "Nancy",
        "code_postal": "54000",
        "code_insee": "54395",
        "adresse": "14 boulevard du Plateau",
        "lat": 48.7027,
        "lng": 6.1561,
        "hours": "Mo-Th 09:00-12:00,14:00-18:00; Fr 09:00-12:00; PH off",
        "themes": ["convivialite", "acces-aux-droits", "entraide"],
        "audiences": ["familles", "jeunes", "seniors"],
        "summary": "Accueil des familles, aide aux démarches et activités entre voisins.",
        "languages": "fr,ar,tr",
        "services": [
            {
                "nom": "Café-échanges du jeudi",
                "description": "Un petit groupe, un thème simple, des règles affichées.",
                "type": TypeService.ATELIER,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "horaires_accueil": "Th 14:00-15:30",
            },
            {
                "nom": "Aide aux démarches",
                "type": TypeService.ACCOMPAGNEMENT,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL, ModeAccueil.A_DISTANCE],
                "conditions_acces": "Apporter ses papiers.",
                "mobilisation_precisions": "Sur rendez-vous, par téléphone.",
            },
        ],
        "step_free": True,
        "contact": True,
    },
    {
        "slug": "mairie-de-laxou",
        "title": "Mairie de Laxou",
        "type": "mairie",
        "commune": "Laxou",
        "code_postal": "54520",
        "code_insee": "54304",
        "adresse": "1 place de la Mairie",
        "lat": 48.6846,
        "lng": 6.1489,
        "hours": "Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00; PH off",
        "themes": ["acces-aux-droits"],
        "audiences": ["tout-public"],
        "summary": "État civil, inscriptions, prêt de salles aux associations du quartier.",
        "services": [
            {
                "nom": "Prêt de salles aux associations",
                "description": "Le service vie associative indique les créneaux libres.",
                "type": TypeService.AIDE_MATERIELLE,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "mobilisation_precisions": "Demander au service vie associative.",
            },
        ],
        "step_free": True,
        "contact": True,
    },
    {
        "slug": "ccas-de-laxou",
        "title": "CCAS de Laxou",
        "type": "ccas",
        "commune": "Laxou",
        "code_postal": "54520",
        "code_insee": "54304",
        "adresse": "1 place de la Mairie, aile nord",
        "lat": 48.6849,
        "lng": 6.1494,
        "hours": "Mo,Tu,Th,Fr 08:30-12:00,13:30-17:00; We 08:30-12:00; PH off",
        "hours_comment": "Fermé le mercredi après-midi.",
        "themes": ["acces-aux-droits", "ecoute"],
        "audiences": ["seniors", "familles", "sans-domicile"],
        "summary": "Aides sociales de la commune, visites aux personnes isolées, écoute.",
        "services": [
            {
                "nom": "Visites de convivialité aux personnes âgées",
                "type": TypeService.ACCOMPAGNEMENT,
                "publics": [Public.SENIORS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "mobilisation_precisions": "Appeler le CCAS ; un proche peut appeler aussi.",
            },
        ],
        "step_free": True,
        "contact": True,
    },
    {
        "slug": "maison-de-quartier-champ-le-boeuf",
        "title": "Maison de quartier du Champ-le-Bœuf",
        "type": "maison-de-quartier",
        "commune": "Maxéville",
        "code_postal": "54320",
        "code_insee": "54357",
        "adresse": "5 rue de la Meuse",
        "lat": 48.6985,
        "lng": 6.1417,
        "hours": "Mo-Fr 14:00-19:00; We 10:00-12:00,14:00-19:00; PH off",
        "themes": ["convivialite", "entraide"],
        "audiences": ["jeunes", "familles", "tout-public"],
        "summary": "Un lieu de proximité pour se retrouver : jeux, repas partagés, projets d'habitants.",  # noqa: E501
        "services": [
            {
                "nom": "Repas partagé du vendredi",
                "description": "Chacun apporte un plat ; on mange ensemble.",
                "type": TypeService.ATELIER,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "horaires_accueil": "Fr 18:30-21:00",
            },
        ],
        "step_free": True,
        "languages": "fr,ar,ber",
    },
    {
        "slug": "mairie-de-maxeville",
        "title": "Mairie de Maxéville",
        "type": "mairie",
        "commune": "Maxéville",
        "code_postal": "54320",
        "code_insee": "54357",
        "adresse": "14 rue du 15 Septembre 1944",
        "lat": 48.7113,
        "lng": 6.1637,
        "hours": WEEKDAYS_OFFICE,
        "themes": ["acces-aux-droits"],
        "audiences": ["tout-public"],
        "summary": "Accueil de la mairie et service vie associative.",
        "step_free": True,
        "contact": True,
    },
    {
        "slug": "ccas-de-maxeville",
        "title": "CCAS de Maxéville",
        "type": "ccas",
        "commune": "Maxéville",
        "code_postal": "54320",
        "code_insee": "54357",
        "adresse": "14 rue du 15 Septembre 1944",
        "lat": 48.7115,
        "lng": 6.1641,
        "hours": "Mo-Th 09:00-12:00,14:00-17:00; PH off",
        "hours_comment": "Fermé le vendredi.",
        "themes": ["acces-aux-droits", "ecoute"],
        "audiences": ["seniors", "familles"],
        "summary": "Aides de la commune et accompagnement des personnes isolées.",
        "step_free": False,
        "contact": True,
    },
    {
        "slug": "ateliers-francais-laxou",
        "title": "Parlons français ensemble",
        "type": "association",
        "commune": "Laxou",
        "code_postal": "54520",
        "code_insee": "54304",
        "adresse": "Salle des associations, 8 rue de la Forêt",
        "lat": 48.6898,
        "lng": 6.1452,
        "hours": "Mo,Th 14:00-16:00; We 18:00-20:00",
        "themes": ["convivialite", "entraide"],
        "audiences": ["exiles", "tout-public"],
        "summary": "Des bénévoles pour pratiquer le français à l'oral, en petit groupe et sans examen.",  # noqa: E501
        "languages": "fr,ar,en,ps,fa",
        "rna": "W543001234",
        "services": [
            {
                "nom": "Conversation en français",
                "type": TypeService.ATELIER,
                "publics": [Public.PERSONNES_EXILEES],
                "frais": Frais.PAYANT,
                "frais_precisions": "Adhésion de 5 € par an, gratuite sur demande.",
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "thematiques": [Thematique.LECTURE_ECRITURE_CALCUL__MAITRISER_LE_FRANCAIS],
            },
        ],
        "step_free": True,
        "contact": False,
        "telephone": "06 00 00 00 01",
    },
    {
        "slug": "france-services-plateau",
        "title": "France Services du Plateau de Haye",
        "type": "france-services",
        "commune": "Maxéville",
        "code_postal": "54320",
        "code_insee": "54357",
        "adresse": "Centre commercial du Tilleul",
        "lat": 48.7040,
        "lng": 6.1480,
        "hours": "Mo-Fr 09:00-12:30,13:30-17:00; PH off",
        "themes": ["acces-aux-droits", "numerique"],
        "audiences": ["tout-public"],
        "summary": "Aide pour les démarches en ligne : CAF, impôts, retraite, santé, emploi.",
        "services": [
            {
                "nom": "Accompagnement aux démarches en ligne",
                "type": TypeService.ACCOMPAGNEMENT,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "thematiques": [Thematique.NUMERIQUE__ACCEDER_A_DES_SERVICES_EN_LIGNE],
            },
        ],
        "step_free": True,
        "contact": True,
    },
    # --- Nancy centre ---
    {
        "slug": "mairie-de-nancy",
        "title": "Hôtel de ville de Nancy",
        "type": "mairie",
        "commune": "Nancy",
        "code_postal": "54000",
        "code_insee": "54395",
        "adresse": "Place Stanislas",
        "lat": 48.6936,
        "lng": 6.1832,
        "hours": "Mo-Fr 08:30-17:30; Sa 09:00-12:00; PH off",
        "themes": ["acces-aux-droits"],
        "audiences": ["tout-public"],
        "summary": "Accueil des habitants, état civil et maison des associations.",
        "step_free": True,
        "contact": True,
    },
    {
        "slug": "ccas-de-nancy",
        "title": "CCAS de Nancy",
        "type": "ccas",
        "commune": "Nancy",
        "code_postal": "54000",
        "code_insee": "54395",
        "adresse": "10 rue Henri-Bazin",
        "lat": 48.6901,
        "lng": 6.1779,
        "hours": "Mo-Fr 08:30-12:00,13:30-17:00; PH off",
        "themes": ["acces-aux-droits", "ecoute"],
        "audiences": ["seniors", "sans-domicile", "familles"],
        "summary": "Aides sociales, domiciliation, lutte contre l'isolement des aînés.",
        "step_free": True,
        "contact": True,
    },
    {
        "slug": "mediatheque-centre-nancy",
        "title": "Médiathèque du centre-ville",
        "type": "mediatheque",
        "commune": "Nancy",
        "code_postal": "54000",
        "code_insee": "54395",
        "adresse": "43 rue Stanislas",
        "lat": 48.6924,
        "lng": 6.1797,
        "hours": "Tu-Sa 10:00-18:00; PH off",
        "themes": ["lecture-culture", "numerique"],
        "audiences": ["tout-public"],
        "summary": "Grande médiathèque : espaces calmes, presse, animations et ateliers numériques.",  # noqa: E501
        "notice": {
            "kind": TemporaryNotice.Kind.CLOSURE,
            "start": -2,
            "end": 12,
            "message": (
                "Fermée pour travaux. Les retours de documents se font à la médiathèque du Plateau."
            ),
        },
        "step_free": True,
        "accessibility": "Ascenseur, boucle magnétique, salle calme au 2e étage.",
    },
    {
        "slug": "epn-nancy-gare",
        "title": "Espace public numérique de la gare",
        "type": "espace-public-numerique",
        "commune": "Nancy",
        "code_postal": "54000",
        "code_insee": "54395",
        "adresse": "3 rue de l'Armée-Patton",
        "lat": 48.6887,
        "lng": 6.1738,
        "hours": "Mo-Fr 09:00-12:00,14:00-18:00",
        "themes": ["numerique"],
        "audiences": ["tout-public", "seniors"],
        "summary": "Ordinateurs en libre accès et ateliers pour utiliser les messageries sans se surexposer.",  # noqa: E501
        "services": [
            {
                "nom": "Atelier numérique apaisé",
                "description": "Régler la confidentialité de son téléphone, repérer les arnaques.",
                "type": TypeService.ATELIER,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "horaires_accueil": "Tu 14:00-15:00",
            },
        ],
        "step_free": True,
        "languages": "fr,en,es",
    },
    {
        "slug": "cafe-des-voisins-nancy",
        "title": "Le Café des voisins",
        "type": "association",
        "commune": "Nancy",
        "code_postal": "54000",
        "code_insee": "54395",
        "adresse": "22 rue des Jardiniers",
        "lat": 48.6872,
        "lng": 6.1902,
        "hours": "We 15:00-18:00; Sa 10:00-13:00",
        "themes": ["convivialite", "ecoute"],
        "audiences": ["tout-public", "seniors"],
        "summary": "Un café associatif tenu par des bénévoles : on vient seul, on repart avec des voisins.",  # noqa: E501
        "services": [
            {
                "nom": "Binômes de convivialité",
                "description": "Être mis en relation avec un voisin pour une marche ou un café.",
                "type": TypeService.ACCOMPAGNEMENT,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
            },
        ],
        "step_free": False,
        "contact": False,
        "telephone": "06 00 00 00 02",
    },
    {
        "slug": "accueil-de-jour-nancy",
        "title": "Accueil de jour La Passerelle",
        "type": "association",
        "commune": "Nancy",
        "code_postal": "54000",
        "code_insee": "54395",
        "adresse": "5 rue de la Source",
        "lat": 48.6905,
        "lng": 6.1768,
        "hours": "Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00",
        "themes": ["entraide", "ecoute"],
        "audiences": ["tout-public"],
        "summary": (
            "Un lieu d'accueil sans rendez-vous pour les personnes sans domicile ou mal logées "
            ": café, douche, consigne, domiciliation et aide pour appeler le 115."
        ),
        "services": [
            {
                "nom": "Accueil de jour",
                "description": (
                    "Se poser au chaud, boire un café, prendre une douche, laver son linge."
                ),
                "type": TypeService.AIDE_MATERIELLE,
                "thematiques": [
                    Thematique.LOGEMENT_HEBERGEMENT__RECHERCHER_UNE_SOLUTION_DHEBERGEMENT_TEMPORAIRE
                ],
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
            },
            {
                "nom": "Domiciliation et orientation",
                "description": (
                    "Une adresse pour recevoir son courrier, et de l'aide pour trouver un "
                    "hébergement d'urgence."
                ),
                "type": TypeService.ACCOMPAGNEMENT,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
            },
        ],
        "step_free": True,
        "languages": "fr,en,ar",
    },
    {
        "slug": "epicerie-solidaire-haut-du-lievre",
        "title": "Épicerie solidaire et repas partagés du Haut-du-Lièvre",
        "type": "association",
        "commune": "Nancy",
        "code_postal": "54000",
        "code_insee": "54395",
        "adresse": "12 avenue Pinchard",
        "lat": 48.7002,
        "lng": 6.1605,
        "hours": "Tu,Th 14:00-18:00; Fr 11:30-14:00",
        "themes": ["convivialite", "entraide"],
        "audiences": ["tout-public"],
        "summary": (
            "Des produits alimentaires à petit prix sur orientation d'un travailleur social, "
            "et un repas partagé le vendredi midi ouvert à tous les habitants."
        ),
        "services": [
            {
                "nom": "Épicerie solidaire",
                "description": "Faire ses courses à petit prix, après un rendez-vous avec le CCAS.",
                "type": TypeService.AIDE_MATERIELLE,
                "thematiques": [Thematique.EQUIPEMENT_ET_ALIMENTATION__ALIMENTATION],
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.PAYANT,
                "frais_precisions": "Environ 10 % du prix habituel.",
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
            },
            {
                "nom": "Repas partagé du vendredi",
                "description": "Cuisiner et manger ensemble, participation libre.",
                "type": TypeService.ATELIER,
                "thematiques": [Thematique.EQUIPEMENT_ET_ALIMENTATION__ALIMENTATION],
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.PAYANT,
                "frais_precisions": "Participation libre, selon les moyens de chacun.",
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "horaires_accueil": "Fr 11:30-14:00",
            },
        ],
        "step_free": True,
        "languages": "fr",
    },
    # --- Vandœuvre-lès-Nancy ---
    {
        "slug": "mairie-de-vandoeuvre",
        "title": "Mairie de Vandœuvre-lès-Nancy",
        "type": "mairie",
        "commune": "Vandœuvre-lès-Nancy",
        "code_postal": "54500",
        "code_insee": "54547",
        "adresse": "7 rue de Parme",
        "lat": 48.6561,
        "lng": 6.1708,
        "hours": WEEKDAYS_OFFICE,
        "themes": ["acces-aux-droits"],
        "audiences": ["tout-public"],
        "summary": "Accueil, état civil et service vie associative.",
        "step_free": True,
        "contact": True,
    },
    {
        "slug": "ccas-de-vandoeuvre",
        "title": "CCAS de Vandœuvre-lès-Nancy",
        "type": "ccas",
        "commune": "Vandœuvre-lès-Nancy",
        "code_postal": "54500",
        "code_insee": "54547",
        "adresse": "7 rue de Parme, bâtiment B",
        "lat": 48.6565,
        "lng": 6.1712,
        "hours": "Mo-Fr 08:30-12:00,13:30-17:00; PH off",
        "themes": ["acces-aux-droits", "ecoute"],
        "audiences": ["seniors", "familles", "sans-domicile"],
        "summary": "Aides sociales et accompagnement des personnes isolées.",
        "step_free": True,
        "contact": True,
    },
    {
        "slug": "mediatheque-de-vandoeuvre",
        "title": "Médiathèque Jules-Verne",
        "type": "mediatheque",
        "commune": "Vandœuvre-lès-Nancy",
        "code_postal": "54500",
        "code_insee": "54547",
        "adresse": "2 rue de Malines",
        "lat": 48.6603,
        "lng": 6.1662,
        "hours": "Tu,Th,Fr 13:00-18:00; We,Sa 10:00-18:00; PH off",
        "themes": ["lecture-culture", "convivialite"],
        "audiences": ["tout-public", "familles", "jeunes"],
        "summary": "Lectures, jeux de société et heure du conte, en accès libre.",
        "step_free": True,
        "languages": "fr,en,fsl",
        "accessibility": "Accueil en langue des signes française le samedi matin.",
    },
    {
        "slug": "centre-social-des-nations",
        "title": "Centre social des Nations",
        "type": "centre-social",
        "commune": "Vandœuvre-lès-Nancy",
        "code_postal": "54500",
        "code_insee": "54547",
        "adresse": "1 place de Londres",
        "lat": 48.6636,
        "lng": 6.1621,
        "hours": "Mo 14:00-18:00; Tu-Fr 09:00-12:00,14:00-18:00; PH off",
        "themes": ["convivialite", "entraide", "numerique"],
        "audiences": ["familles", "jeunes", "exiles"],
        "summary": "Activités pour les familles, accompagnement scolaire et cercle d'écoute.",
        "languages": "fr,ar,ro",
        "services": [
            {
                "nom": "Cercle d'écoute",
                "description": "Une heure, tour de parole, droit de passer son tour.",
                "type": TypeService.ATELIER,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "horaires_accueil": "Mo 17:00-18:00",
            },
        ],
        "step_free": True,
        "contact": True,
    },
    {
        "slug": "marche-douce-vandoeuvre",
        "title": "Les Pas tranquilles",
        "type": "association",
        "commune": "Vandœuvre-lès-Nancy",
        "code_postal": "54500",
        "code_insee": "54547",
        "adresse": "Départ devant la médiathèque Jules-Verne",
        "lat": 48.6601,
        "lng": 6.1665,
        "hours": "Tu,Fr 10:00-11:00",
        "themes": ["convivialite"],
        "audiences": ["seniors", "tout-public"],
        "summary": "Marches douces d'une heure, sans performance, départ et retour au même endroit.",  # noqa: E501
        "step_free": False,
        "contact": False,
        "telephone": "06 00 00 00 03",
    },
    # --- Paris ---
    {
        "slug": "la-cloche-paris",
        "title": "La Cloche",
        "type": "association",
        "commune": "Paris",
        "code_postal": "75011",
        "code_insee": "75056",
        "adresse": "Local d'accueil, rue Oberkampf",
        "lat": 48.8648,
        "lng": 2.3778,
        "hours": "Mo-Fr 10:00-18:00",
        "themes": ["convivialite", "entraide"],
        "audiences": ["sans-domicile", "tout-public"],
        "summary": (
            "Une association qui fait se rencontrer voisins avec et sans domicile et change "
            "le regard sur les personnes de la rue."
        ),
        "description": (
            "Des commerçants du réseau offrent un verre d'eau, un café ou l'accès aux "
            "toilettes. Des ateliers « aller vers » apprennent à engager la conversation.\n"
            "Une chorale ouverte à toutes et tous, avec ou sans domicile, se retrouve chaque "
            "semaine."
        ),
        "services": [
            {
                "nom": "Chorale ouverte",
                "description": "Pour toutes celles et ceux qui aiment chanter, avec ou sans domicile.",  # noqa: E501
                "type": TypeService.ATELIER,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "horaires_accueil": "We 18:30-20:30",
            },
            {
                "nom": "Atelier « Aller vers »",
                "description": "Oser parler à une personne de la rue, avec respect.",
                "type": TypeService.FORMATION,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
            },
        ],
        "step_free": True,
        "contact": True,
        "site_web": "https://www.lacloche.org",
    },
    {
        "slug": "makesense-paris",
        "title": "makesense",
        "type": "association",
        "commune": "Paris",
        "code_postal": "75011",
        "code_insee": "75056",
        "adresse": "Rue Saint-Maur",
        "lat": 48.8640,
        "lng": 2.3800,
        "hours": "Mo-Fr 09:30-18:30",
        "themes": ["entraide"],
        "audiences": ["jeunes", "tout-public"],
        "summary": (
            "Des programmes pour passer à l'action : créathons, bénévolat et soutien aux "
            "projets solidaires de quartier."
        ),
        "services": [
            {
                "nom": "Ateliers pour lancer un projet solidaire",
                "type": TypeService.ATELIER,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL, ModeAccueil.A_DISTANCE],
            },
        ],
        "step_free": True,
        "site_web": "https://makesense.org",
    },
    {
        "slug": "mairie-paris-11",
        "title": "Mairie du 11e arrondissement",
        "type": "mairie",
        "commune": "Paris",
        "code_postal": "75011",
        "code_insee": "75056",
        "adresse": "12 place Léon-Blum",
        "lat": 48.8575,
        "lng": 2.3797,
        "hours": "Mo-Fr 08:30-17:00; Th 08:30-19:30; Sa 09:00-12:30; PH off",
        "themes": ["acces-aux-droits"],
        "audiences": ["tout-public"],
        "summary": "Accueil des habitants, maison de la vie associative et citoyenne.",
        "step_free": True,
        "contact": True,
    },
    {
        "slug": "casvp-paris-11",
        "title": "Centre d'action sociale (CASVP) du 11e",
        "type": "ccas",
        "commune": "Paris",
        "code_postal": "75011",
        "code_insee": "75056",
        "adresse": "130 avenue Ledru-Rollin",
        "lat": 48.8548,
        "lng": 2.3760,
        "hours": "Mo-Fr 08:30-17:00; PH off",
        "themes": ["acces-aux-droits", "ecoute"],
        "audiences": ["seniors", "sans-domicile", "familles"],
        "summary": "Aides de la Ville de Paris, domiciliation, soutien aux personnes isolées.",
        "step_free": True,
        "contact": True,
    },
    {
        "slug": "bibliotheque-oberkampf",
        "title": "Bibliothèque de quartier Oberkampf",
        "type": "mediatheque",
        "commune": "Paris",
        "code_postal": "75011",
        "code_insee": "75056",
        "adresse": "Rue Oberkampf",
        "lat": 48.8655,
        "lng": 2.3745,
        "hours": "Tu,Th,Fr 13:00-19:00; We,Sa 10:00-18:00; PH off",
        "themes": ["lecture-culture", "numerique", "convivialite"],
        "audiences": ["tout-public", "familles"],
        "summary": "Lire, emprunter, jouer et rencontrer d'autres lecteurs.",
        "step_free": True,
        "languages": "fr,en,zh",
    },
    {
        "slug": "centre-social-belleville",
        "title": "Centre social de Belleville",
        "type": "centre-social",
        "commune": "Paris",
        "code_postal": "75020",
        "code_insee": "75056",
        "adresse": "Rue de Belleville",
        "lat": 48.8722,
        "lng": 2.3850,
        "hours": "Mo-Fr 09:30-12:30,14:00-19:00; PH off",
        "themes": ["convivialite", "acces-aux-droits"],
        "audiences": ["familles", "exiles", "jeunes"],
        "summary": "Accueil des habitants, cours de français, sorties familles.",
        "languages": "fr,zh,ar,ta",
        "step_free": True,
        "contact": True,
    },
    {
        "slug": "gestes-qui-sauvent-paris",
        "title": "Gestes qui sauvent et premier lien (centre de secours)",
        "type": "service-public",
        "commune": "Paris",
        "code_postal": "75011",
        "code_insee": "75056",
        "adresse": "Centre de secours du quartier",
        "lat": 48.8600,
        "lng": 2.3720,
        "hours": "Sa 09:00-12:00",
        "themes": ["entraide", "ecoute"],
        "audiences": ["tout-public"],
        "summary": (
            "Une initiation aux gestes qui sauvent, qui commence par le premier d'entre eux : "
            "parler à son voisin."
        ),
        "services": [
            {
                "nom": "Initiation aux gestes qui sauvent",
                "type": TypeService.FORMATION,
                "publics": [Public.TOUS_PUBLICS],
                "frais": Frais.GRATUIT,
                "modes_accueil": [ModeAccueil.EN_PRESENTIEL],
                "mobilisation_precisions": "Inscription sur place le samedi matin.",
            },
        ],
        "step_free": True,
    },
]


def _ensure_term(ctx, model, slug, name, *, mapping_field=None, mapping=()):
    """A term in French, created if missing (an existing term is left as the editors or
    another demo module made it)."""
    locale = ctx.locale("fr")
    term = model.objects.filter(locale=locale, slug=slug).first()
    if term is None:
        values = {"locale": locale, "slug": slug, "name": name}
        if mapping_field:
            values[mapping_field] = [str(code) for code in mapping]
        term = model.objects.create(**values)
        ctx.created += 1
    return term


def _service_values(data):
    return {
        "name": data["nom"],
        "description": data.get("description", ""),
        "service_type": str(data.get("type", "")),
        "audiences": [str(p) for p in data.get("publics", [])],
        "fees": str(data.get("frais", "")),
        "fees_details": data.get("frais_precisions", ""),
        "reception_modes": [str(m) for m in data.get("modes_accueil", [])],
        "access_conditions": data.get("conditions_acces", ""),
        "how_to_access": data.get("mobilisation_precisions", ""),
        "opening_hours": data.get("horaires_accueil", ""),
        "themes": [str(t) for t in data.get("thematiques", [])],
    }


SERVICE_FIELDS = list(_service_values({"nom": ""}))
NOTICE_FIELDS = ["kind", "starts_on", "ends_on", "message", "opening_hours"]


def _children_differ(page, relation, fields, wanted):
    current = [{f: getattr(obj, f) for f in fields} for obj in getattr(page, relation).all()]
    return current != wanted


def _entry_values(data, terms, today, index):
    verified_days = 40 + index * 23 if index % 5 else 800  # every fifth entry is stale
    return {
        "title": data["title"],
        "summary": data.get("summary", ""),
        "description": data.get("description", ""),
        "organisation_type": terms["types"][data["type"]],
        "address": data.get("adresse", ""),
        "postcode": data["code_postal"],
        "insee_code": data.get("code_insee", ""),
        "city": data["commune"],
        "latitude": data["lat"],
        "longitude": data["lng"],
        "phone": data.get("telephone", f"03 83 00 {10 + index:02d} {20 + index:02d}")
        if data["code_postal"].startswith("54")
        else data.get("telephone", f"01 40 00 {10 + index:02d} {20 + index:02d}"),
        "email": "" if not data.get("contact") else f"contact@{data['slug']}.example.org",
        "website": data.get("site_web", ""),
        "contact_public": bool(data.get("contact")),
        "opening_hours": data["hours"],
        "hours_comment": data.get("hours_comment", ""),
        "step_free_access": data.get("step_free", False),
        "accessibility_notes": data.get("accessibility", ""),
        "languages": data.get("languages", "fr"),
        "rna": data.get("rna", ""),
        "source": DEMO_SOURCE,
        "source_id": f"demo-{data['slug']}",
        "licence": "",
        "verified_on": today - timedelta(days=verified_days),
        "review_every_months": 12,
        "is_demo": True,
        "themes": [terms["themes"][s] for s in data["themes"]],
        "audiences": [terms["audiences"][s] for s in data["audiences"]],
    }


def build(ctx):
    page = ensure_page(
        ctx, ctx.pages["home"]["fr"], DirectoryPage, "annuaire", show_in_menus=True, **TEXTS["fr"]
    )
    ctx.pages["annuaire"] = {"fr": page}
    for code in ("en", "ar"):
        ctx.pages["annuaire"][code] = ensure_translation(ctx, page, code, **TEXTS[code])

    terms = {
        "types": {s: _ensure_term(ctx, OrganisationType, s, n) for s, n in TYPES},
        "themes": {
            s: _ensure_term(ctx, Theme, s, n, mapping_field="datainclusion_thematiques", mapping=m)
            for s, n, m in THEMES
        },
        "audiences": {
            s: _ensure_term(ctx, Audience, s, n, mapping_field="datainclusion_publics", mapping=m)
            for s, n, m in AUDIENCES
        },
    }
    today = timezone.localdate()
    for index, data in enumerate(ENTRIES):
        entry = ensure_page(
            ctx, page, OrganisationPage, data["slug"], **_entry_values(data, terms, today, index)
        )
        ctx.pages[f"organisation:{data['slug']}"] = {"fr": entry}
        _ensure_children(ctx, entry, data, today)


def _ensure_children(ctx, entry, data, today):
    entry = OrganisationPage.objects.get(pk=entry.pk)
    services = [_service_values(s) for s in data.get("services", [])]
    notices = []
    if data.get("notice"):
        notice = data["notice"]
        notices.append(
            {
                "kind": notice["kind"],
                "starts_on": today + timedelta(days=notice["start"]),
                "ends_on": today + timedelta(days=notice["end"]),
                "message": notice["message"],
                "opening_hours": notice.get("hours", ""),
            }
        )
    changed = False
    if _children_differ(entry, "services", SERVICE_FIELDS, services):
        entry.services = [Service(**values) for values in services]
        changed = True
    if _children_differ(entry, "notices", NOTICE_FIELDS, notices):
        entry.notices = [TemporaryNotice(**values) for values in notices]
        changed = True
    if changed:
        entry.save_revision().publish()
        ctx.updated += 1
