"""Every threshold and word list of the FALC checker, in one place.

Change a figure or a list here; the rules in ``rules.py`` read them and nothing else.
Words are written in lower case unless the comment says otherwise.
"""

# --- Thresholds -----------------------------------------------------------------------------

# A sentence with more words than this gets a "warning" (FALC: one idea, 12 words at most).
SENTENCE_WORDS_WARNING = 12
# A sentence with more words than this gets a "strong" finding.
SENTENCE_WORDS_STRONG = 20
# A word with at least this many letters is a long word.
LONG_WORD_LETTERS = 12
# A word with at least this many syllables (spoken French) is a long word.
LONG_WORD_SYLLABLES = 4
# A number with more digits than this is a big number (« 25 000 » has 5).
BIG_NUMBER_DIGITS = 4
# LIX counts a word as long when it has more letters than this.
LIX_LONG_WORD_LETTERS = 6
# Acronyms are written in capitals with this many letters, inclusive.
ACRONYM_MIN_LETTERS = 2
ACRONYM_MAX_LETTERS = 6
# A word in capitals with at least this many letters is shouting, not an acronym.
CAPITALS_MIN_WORD_LETTERS = 7
# A sentence is "all in capitals" when it has at least this many words of 2+ letters.
CAPITALS_SENTENCE_MIN_WORDS = 3
# How many words may sit between « ne / n' » and « pas, plus, jamais… ».
NEGATION_MAX_GAP_WORDS = 5

# --- Word lists -------------------------------------------------------------------------------

# Numbers written as words (FALC wants digits); « un » and « une » are articles, never listed.
NUMBER_WORDS = frozenset(
    {
        "zéro", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
        "trente", "quarante", "cinquante", "soixante", "septante", "octante", "nonante",
        "cent", "cents", "mille", "million", "millions", "milliard", "milliards",
        "dix-sept", "dix-huit", "dix-neuf", "quatre-vingt", "quatre-vingts",
    }
)  # fmt: skip
# Number words that are also ordinary words: flagged only when a word follows (« neuf heures »).
AMBIGUOUS_NUMBER_WORDS = frozenset({"neuf"})
# Words after « neuf » that show it means "new", not 9.
NEUF_NOT_NUMBER_NEXT = frozenset({"et", "ou", "mais", "pour", "à", "en", "avec", "de", "du"})

# Common long words an editor may keep (everyone knows them): not flagged as long words.
ALLOWED_LONG_WORDS = frozenset(
    {
        "association", "associations", "information", "informations", "ordinateur",
        "ordinateurs", "médicament", "médicaments", "aujourd'hui", "rendez-vous",
        "téléphone", "téléphoner", "télévision",
    }
)  # fmt: skip
# Words ending in -ent where -ent is spoken (not the silent verb ending of « ils parlent »).
SPOKEN_ENT_WORDS = frozenset(
    {
        "souvent", "vent", "dent", "lent", "cent", "gent", "argent", "parent", "parents",
        "présent", "absent", "urgent", "agent", "accent", "content", "patient", "client",
        "récent", "différent", "évident", "intelligent", "prudent", "talent", "serpent",
        "accident", "incident", "président", "adolescent", "équivalent", "excellent",
        "innocent", "violent", "conscient", "ingrédient", "fréquent", "permanent",
        "pertinent", "continent", "compétent", "transparent", "apparent", "régent",
        "décent", "orient", "occident", "comment", "moment", "seulement", "vraiment",
    }
)  # fmt: skip

# Known acronyms of social life in France (upper case): flagged as « acronym ».
KNOWN_ACRONYMS = frozenset(
    {
        "CCAS", "MJC", "RSA", "SAMU", "CAF", "CPAM", "APL", "EHPAD", "SMIC", "PMI", "MDPH",
        "AAH", "SNCF", "RATP", "HLM", "ADMR", "SDF", "CMU", "CSS", "AME", "CDI", "CDD",
        "SMUR", "SIAO", "CHU", "CMP", "CMPP", "ESAT", "IME", "ASE", "PAJ", "CLIC", "UDAF",
        "EPHAD", "PLIE", "CIO", "MSA", "URSSAF", "CESU", "ANPE", "PMR", "SMS", "QR", "TGV",
        "TER", "CV", "RER", "PV", "ONG", "UE", "EDF", "GDF", "FALC", "DALO", "PASS", "CPF",
    }
)  # fmt: skip
# Ordinary French words often written in capitals (upper case): flagged as « capitals ».
COMMON_CAPS_WORDS = frozenset(
    {
        "LE", "LA", "LES", "UN", "UNE", "DES", "DE", "DU", "ET", "OU", "EN", "AU", "AUX",
        "IL", "ELLE", "ON", "NOUS", "VOUS", "ILS", "JE", "TU", "CE", "EST", "SONT", "PAS",
        "NON", "OUI", "STOP", "TOUS", "TOUT", "TOUTE", "ICI", "AIDE", "INFO", "URGENT",
        "NEUF", "OUVERT", "FERMÉ", "FERME", "RAPPEL", "SALLE", "CAFÉ", "REPAS", "FÊTE",
        "MERCI", "BRAVO", "PAR", "POUR", "SUR", "AVEC", "SANS", "DANS", "NE", "PLUS",
        "TRÈS", "BIEN", "MAIS", "DONC", "VITE", "DANGER", "ALERTE", "LIBRE", "COMPLET",
    }
)  # fmt: skip
# Capitals that are neither acronyms nor shouting (never flagged).
IGNORED_CAPS = frozenset({"OK"})

# Abbreviations (regular expressions, case-sensitive, each one matched as a whole word).
ABBREVIATION_PATTERNS = (
    r"Mmes?",  # Madame, Mesdames
    r"Mlles?",  # Mademoiselle
    r"MM\.",  # Messieurs
    r"M\.(?=\s*[A-ZÀ-Ý])",  # Monsieur, before a name
    r"Dr\.?",  # Docteur
    r"Pr\.?(?=\s*[A-ZÀ-Ý])",  # Professeur
    r"[Ee]tc\.?",  # et cetera
    r"[Cc]f\.",  # confer
    r"[Ee]x\.",  # exemple
    r"p\.(?=\s*\d)",  # page
    r"[Ee]nv\.",  # environ
    r"[Tt][ée]l\.",  # téléphone
    r"bd",  # boulevard
    r"[Bb]d\.",  # boulevard
    r"[Aa]v\.",  # avenue
    r"[Nn]°",  # numéro
    r"[Nn]o\.(?=\s*\d)",  # numéro
    r"Ste?\b(?=[-\s][A-ZÀ-Ý])",  # Saint, Sainte
    r"[Aa]rt\.(?=\s*\d)",  # article
    r"[Cc]hap\.",  # chapitre
    r"[Rr]éf\.",  # référence
    r"[Vv]ol\.",  # volume
    r"[Jj]anv\.",  # janvier
    r"[Ff]évr?\.",  # février
    r"[Oo]ct\.",  # octobre
    r"[Nn]ov\.",  # novembre
    r"[Dd]éc\.",  # décembre
    r"[Mm]in\.",  # minimum, minutes
    r"(?<=\d\s)min\b",  # minutes, after a number
    r"(?<=\d)min\b",  # minutes, glued to a number
    r"[Hh]ab\.",  # habitants
    r"[Ss]vp|SVP",  # s'il vous plaît
    r"[Rr]dv|RDV",  # rendez-vous
    r"[Qq]qn|[Qq]qch",  # quelqu'un, quelque chose
    r"[Aa]ppt|[Aa]pt\.",  # appartement
    r"[Dd]épt\.?",  # département
)
# The full word to suggest for an abbreviation (key: lower case, without the final dot).
ABBREVIATION_EXPANSIONS = {
    "mme": "Madame", "mmes": "Mesdames", "mlle": "Mademoiselle", "mlles": "Mesdemoiselles",
    "mm": "Messieurs", "m": "Monsieur", "dr": "Docteur", "pr": "Professeur",
    "etc": "et d'autres choses", "cf": "regardez", "ex": "par exemple",
    "p": "page", "env": "environ", "tél": "téléphone", "tel": "téléphone", "bd": "boulevard",
    "av": "avenue", "n°": "numéro", "no": "numéro", "st": "Saint", "ste": "Sainte",
    "art": "article", "chap": "chapitre", "réf": "référence", "vol": "volume",
    "janv": "janvier", "fév": "février", "févr": "février", "oct": "octobre",
    "nov": "novembre", "déc": "décembre", "min": "minutes", "hab": "habitants",
    "svp": "s'il vous plaît", "rdv": "rendez-vous", "qqn": "quelqu'un",
    "qqch": "quelque chose", "appt": "appartement", "apt": "appartement",
    "dépt": "département",
}  # fmt: skip
# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
NO_SENTENCE_END_AFTER = frozenset(
    {
        "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "cf", "ex", "p", "env", "tél", "tel",
        "av", "bd", "n", "no", "art", "chap", "réf", "vol", "st", "ste", "janv", "fév", "févr",
        "oct", "nov", "déc", "min", "hab", "apt", "dépt",
    }
)  # fmt: skip

# Special characters FALC asks to avoid (a « / » in an address or a date is not counted).
SPECIAL_CHARACTERS = "&§<>/;#*()[]"

# Forms of « être » that can start a passive.
ETRE_FORMS = frozenset(
    {
        "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "soit",
        "soient", "suis", "es", "sommes", "êtes", "fut", "furent", "être", "étant", "serons",
        "serez",
    }
)  # fmt: skip
# Forms of « être » always passive before a participle (future: « sera fermé »).
ETRE_FUTURE_FORMS = frozenset({"sera", "seront", "serons", "serez", "serait", "seraient"})
# Forms of « avoir » that, with « été », make a passive (« a été fermé »).
AVOIR_FORMS = frozenset(
    {
        "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront",
        "aurait", "auraient", "avais", "aurons", "aurez", "ayant",
    }
)  # fmt: skip
# Adverbs that may sit between « être » and the participle (« est bien organisé »).
PASSIVE_ADVERBS = frozenset(
    {"pas", "plus", "jamais", "bien", "souvent", "toujours", "déjà", "aussi", "encore", "parfois"}
)
# Participles used as adjectives after « être » (« le café est ouvert »): allowed,
# unless an agent « par » follows or the verb is « a été / sera ».
ADJECTIVAL_PARTICIPLES = frozenset(
    {
        "ouvert", "fermé", "situé", "réservé", "interdit", "inscrit", "fatigué", "occupé",
        "équipé", "adapté", "autorisé", "compris", "limité", "illimité", "âgé", "marié",
        "divorcé", "pressé", "désolé", "prêt", "complet", "aménagé", "accompagné", "intéressé",
        "connecté", "handicapé", "concerné", "obligé", "habillé", "installé", "blessé",
        "malade", "informé", "protégé", "chauffé", "climatisé", "assuré", "remboursé",
        "gratuit", "payé", "pris", "libre", "couvert", "éclairé", "fleuri", "propre",
        "offert", "accepté", "bienvenu", "ravi", "heureux", "contente", "perdu", "inclus",
        "permis", "meublé", "ombragé", "surveillé", "sécurisé", "animé",
    }
)  # fmt: skip
# Participles of verbs that take « être » in the past tense (« il est venu »): never passive.
ETRE_MOTION_PARTICIPLES = frozenset(
    {
        "allé", "venu", "arrivé", "parti", "né", "mort", "tombé", "resté", "entré", "rentré",
        "sorti", "monté", "descendu", "retourné", "devenu", "revenu", "passé", "décédé",
        "intervenu", "parvenu", "apparu", "repassé", "reparti", "ressorti", "remonté",
    }
)  # fmt: skip
# Irregular past participles (masculine singular; -e, -s, -es are added by the rule).
IRREGULAR_PARTICIPLES = frozenset(
    {
        "fait", "pris", "mis", "écrit", "dit", "vu", "reçu", "lu", "offert", "ouvert",
        "couvert", "servi", "fini", "choisi", "accueilli", "rempli", "tenu", "conduit",
        "construit", "produit", "soutenu", "suivi", "permis", "promis", "remis", "connu",
        "reconnu", "vendu", "rendu", "perdu", "entendu", "attendu", "prévu", "obtenu",
        "retenu", "maintenu", "réuni", "garanti", "puni", "compris", "appris", "surpris",
        "admis", "inscrit", "interdit", "décrit", "traduit", "réduit", "détruit", "peint",
        "atteint", "éteint", "joint", "rejoint", "battu", "cousu", "bu", "cru", "dû", "su",
        "pu", "voulu", "valu", "fourni", "bâti", "nourri", "guéri", "averti", "investi",
        "clos", "transmis", "soumis", "omis", "acquis", "conquis", "élu", "revu", "exclu",
        "inclus", "dissous", "résolu", "rompu", "interrompu", "corrompu", "mordu",
        "tondu", "répandu", "défendu", "suspendu", "vaincu", "convaincu", "contraint",
        "plaint", "craint", "restreint", "dissuadé", "séduit", "instruit", "introduit",
        "reproduit", "offerte", "découvert", "recouvert", "souffert",
    }
)  # fmt: skip

# Words that end a negation started by « ne » or « n' ».
NEGATION_PARTICLES = frozenset(
    {"pas", "plus", "jamais", "rien", "personne", "aucun", "aucune", "guère", "point", "nulle"}
)
# Words that, before « ne / n' », make a negation (« Personne ne répond »).
NEGATION_BEFORE_NE = frozenset({"personne", "rien", "jamais", "aucun", "aucune", "nul", "nulle"})
# Words that start a negation on their own (« Aucun frais. », « Pas de repas. »).
NEGATION_ALONE = frozenset({"aucun", "aucune"})
# « n' » in these phrases is not a negation.
NEGATION_EXCEPTIONS = frozenset({"importe"})

# Words ending like a conditional that are not verbs, or are imperfects (« il tirait »).
CONDITIONAL_EXCEPTIONS = frozenset(
    {
        "frais", "vrais", "marais", "portrait", "portraits", "retrait", "retraits",
        "attrait", "attraits", "extrait", "extraits", "trait", "traits", "distrait",
        "abstrait", "soustrait", "parait", "apparait", "disparait", "ouvrait", "couvrait",
        "découvrait", "recouvrait", "livrait", "délivrait", "cadrait", "encadrait",
        "ouvrais", "couvrais", "ouvraient", "couvraient", "livraient", "encadraient",
    }
)  # fmt: skip
# Conditional forms the ending rules cannot see (upper-level list, always flagged).
CONDITIONAL_FORMS = frozenset(
    {
        "aurais", "aurait", "aurions", "auriez", "auraient", "saurais", "saurait",
        "saurions", "sauriez", "sauraient",
    }
)  # fmt: skip
# Stems of -irer verbs, whose imperfect (« il tirait ») looks like a conditional.
IRER_STEMS = frozenset(
    {
        "tir", "retir", "attir", "étir", "admir", "inspir", "respir", "expir", "aspir",
        "soupir", "désir", "vir", "chavir", "délir", "transpir", "conspir", "empir",
        "déchir", "cir",
    }
)  # fmt: skip
# Subjunctive forms seen after « que / qu' » (and its subject).
SUBJUNCTIVE_FORMS = frozenset(
    {
        "soit", "soient", "sois", "soyons", "soyez", "ait", "aient", "aies", "ayons", "ayez",
        "aie", "fasse", "fasses", "fassent", "fassiez", "fassions", "puisse", "puisses",
        "puissent", "puissiez", "puissions", "aille", "ailles", "aillent", "vienne",
        "viennes", "veniez", "venions", "veuille", "veuillent", "sache", "saches",
        "sachent", "sachiez", "sachions", "prenne", "prennent", "preniez", "prenions",
        "doive", "doivent", "deviez", "boive", "reçoive", "voie", "voient", "vouliez",
        "valle", "vaille", "faille", "mette", "mettent", "disiez", "lisiez", "écriviez",
        "partiez", "sortiez", "dormiez", "connaissiez", "finissiez", "choisissiez",
    }
)  # fmt: skip
# Subjects that may sit between « que » and the subjunctive verb.
SUBJUNCTIVE_SUBJECTS = frozenset(
    {"je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "cela", "y"}
)
# Conjunctions that always take the subjunctive (« pour que », « il faut que »).
SUBJUNCTIVE_TRIGGERS = (
    r"il\s+faut\s+qu",
    r"il\s+faudra\s+qu",
    r"pour\s+qu",
    r"afin\s+qu",
    r"bien\s+qu",
    r"avant\s+qu",
    r"sans\s+qu",
    r"à\s+condition\s+qu",
    r"en\s+attendant\s+qu",
    r"jusqu['’]à\s+ce\s+qu",
    r"il\s+est\s+possible\s+qu",
    r"il\s+est\s+important\s+qu",
)

# Phrases that send the reader elsewhere in the text (regular expressions, case-insensitive).
CROSS_REFERENCE_PATTERNS = (
    r"ci-dessus",
    r"ci-dessous",
    r"ci-après",
    r"ci-contre",
    r"ci-joint(?:e|s|es)?",
    r"plus\s+haut",
    r"plus\s+bas",
    r"cf\.",
    r"au\s+verso",
    r"en\s+annexe",
    r"comme\s+(?:indiqué|expliqué|précisé|vu|mentionné)",
    r"supra",
    r"infra",
    (
        r"voir(?=\s*(?::|§|\d|aussi\b|page\b|pages\b|p\.|la\s+page\b|le\s+chapitre\b|"
        r"la\s+rubrique\b|la\s+section\b|l['’]encadré\b|l['’]annexe\b|le\s+paragraphe\b|"
        r"chapitre\b|annexe\b|rubrique\b|section\b|encadré\b|paragraphe\b|plus\s+(?:haut|bas)\b|"
        r"ci-))"
    ),
    r"(?<=\()\s*voir",
    r"^voir\b",
)
# Words before a Roman numeral that show it is one (« chapitre IV », « tome II »).
ROMAN_TRIGGER_WORDS = frozenset(
    {
        "chapitre", "tome", "article", "titre", "partie", "acte", "livre", "volume", "annexe",
        "section", "scène", "phase", "leçon", "classe", "type", "niveau", "catégorie",
    }
)  # fmt: skip
# Words after a Roman numeral that show it is one (« XX siècle »).
ROMAN_NEXT_WORDS = frozenset({"siècle", "siècles", "millénaire", "république", "arrondissement"})
# Words in capitals that spell a Roman numeral but are used as something else.
ROMAN_LOOKALIKES = frozenset({"CDI", "CM", "CD", "MD", "DC", "MC", "CV", "DM", "MI", "DIV"})
# Capitalised words before a numeral that are not names (« Le », « La »…): no Roman context.
NOT_NAMES = frozenset(
    {
        "Le", "La", "Les", "Un", "Une", "Des", "Du", "Au", "Aux", "Ce", "Cette", "Ces", "Mon",
        "Ma", "Mes", "Son", "Sa", "Ses", "Votre", "Vos", "Notre", "Nos", "Pour", "Avec",
        "Sans", "Dans", "En", "Et", "Ou", "À", "De", "Il", "Elle", "On", "Nous", "Vous",
    }
)  # fmt: skip
