"""Each FALC rule on French sentences that must trigger it, and on sentences that must not."""

import pytest

from portal.falc import Finding, check, syllables


def rules_of(text: str) -> set[str]:
    return {f.rule for f in check(text)}


def spans(text: str, rule: str) -> list[str]:
    return [text[f.start : f.end] for f in check(text) if f.rule == rule]


TRIGGER = {
    "sentence-length": [
        "Le centre social ouvre ses portes le mardi matin pour toutes les familles du quartier.",
        (
            "Vous pouvez venir avec vos enfants, vos parents et vos voisins pour partager un "
            "repas simple et chaud tous les jeudis soir dans la grande salle."
        ),
    ],
    "long-word": [
        "Le dossier est incompréhensible.",
        "Il faut une autorisation.",
        "Le service est administratif.",
    ],
    "number-in-letters": [
        "Venez avec trois amis.",
        "Le repas coûte vingt euros.",
        "Nous sommes ouverts cinq jours.",
        "Il y a neuf places.",
    ],
    "big-number": [
        "La ville compte 25 000 habitants.",
        "Le projet coûte 25000 euros.",
        "Il y a 1 000 000 de livres.",
        "Le budget est de 12.500 euros.",
    ],
    "percentage": [
        "Il reste 62 % des places.",
        "Il reste 62% des places.",
        "Dix pour cent des gens viennent.",
        "Le prix baisse de 1,5 % cette année.",
    ],
    "decimal": [
        "Le trajet dure 1,5 heure.",
        "Le ticket coûte 2.5 euros.",
        "Le pain coûte 1,20 euro.",
    ],
    "roman-numeral": [
        "Cette maison date du XXe siècle.",
        "Louis XIV aimait les jardins.",
        "Lisez le chapitre IV.",
        "C'est le XIX siècle.",
        "Le roi François Ier a construit ce château.",
    ],
    "numeric-date": [
        "La fête a lieu le 12/09/2025.",
        "La fête a lieu le 12-09-2025.",
        "La fête a lieu le 12.09.25.",
        "Rendez-vous le 2025-09-12 au marché.",
    ],
    "acronym": [
        "Le CCAS vous aide.",
        "Allez à la MJC.",
        "Vous touchez le RSA.",
        "Appelez le SAMU.",
    ],
    "abbreviation": [
        "Mme Dupont vous accueille.",
        "M. Martin est là.",
        "Apportez du pain, du fromage, etc.",
        "Cf. le règlement.",
        "Lisez la p. 4.",
        "Le trajet dure env. 10 minutes.",
        "Tél. 03 83 00 11 21.",
        "Le bureau est au 3 bd Lobau.",
        "Le bureau est au 5 av. Foch.",
        "Notez le n° du dossier.",
    ],
    "special-character": [
        "Pain & fromage.",
        "Voir § 3.",
        "Venez seul / avec un ami.",
        "Le repas ; le café.",
        "Tapez # puis 1.",
        "Le marché (le samedi) est gratuit.",
        "Les horaires [modifiés] sont affichés.",
        "Les enfants < 6 ans entrent.",
    ],
    "passive": [
        "Le café a été fermé.",
        "L'atelier est organisé par la mairie.",
        "Les repas sont préparés par des bénévoles.",
        "La salle sera fermée en août.",
        "Les dossiers ont été envoyés hier.",
        "Les inscriptions ont été closes hier.",
        "La lettre est transmise par la poste.",
        "Le café est ouvert par Julie le matin.",
    ],
    "negation": [
        "Ne courez pas.",
        "Le café n'est pas ouvert.",
        "Il n'y a plus de place.",
        "Je ne mange jamais ici.",
        "Vous n'avez rien à payer.",
        "Aucun frais ne sera demandé.",
        "Pas de repas le lundi.",
        "Personne ne répond le dimanche.",
        "Rien n'est payant.",
    ],
    "conditional-subjunctive": [
        "Vous pourriez venir demain.",
        "Il faudrait appeler.",
        "Ce serait bien.",
        "Il faut que vous veniez.",
        "Il est important qu'il soit là.",
        "Nous attendons que vous ayez votre dossier.",
        "Venez pour que nous parlions.",
        "J'aimerais vous voir.",
    ],
    "cross-reference": [
        "Voir page 4.",
        "Lisez le texte ci-dessus.",
        "Les horaires sont ci-dessous.",
        "Comme dit plus haut, venez tôt.",
        "Lisez la note plus bas.",
        "Les règles sont en annexe.",
    ],
    "capitals": [
        "Le café est GRATUIT.",
        "ATTENTION à la marche.",
        "LE CAFÉ EST FERMÉ LUNDI.",
        "C'est URGENT.",
    ],
    "several-sentences-per-line": [
        "Le café est ouvert. Venez boire un thé.",
        "Bonjour ! Bienvenue au centre.",
        "Vous venez ? Le bus part à 9 h.",
    ],
}

CLEAN = {
    "sentence-length": [
        "Le café est ouvert le mardi.",
        "Vous pouvez venir avec vos enfants.",
        "Un, deux, trois, quatre, cinq, six, sept, huit, neuf, dix, onze, douze.",
    ],
    "long-word": [
        "Le café est ouvert.",
        "La salle est accessible.",
        "Nous vous donnons une information.",
        "Allez à Vandœuvre-lès-Nancy.",
        "Le repas est bon.",
    ],
    "number-in-letters": [
        "Venez avec 3 amis.",
        "Un café coûte 1 euro.",
        "Une salle est libre.",
        "Le vélo est neuf.",
        "J'ai un vélo neuf et propre.",
        "Le prix baisse de 10 pour cent.",
    ],
    "big-number": [
        "Appelez le 03 83 00 11 21.",
        "Appelez le 115.",
        "Appelez le 3114.",
        "Le code postal est 54000.",
        "Allez au 2 rue Haute, 54000 Nancy.",
        "Le centre ouvre en 2025.",
        "Le club existe depuis 1998.",
        "Il y a 3 personnes.",
        "Il y a 1 000 places.",
        "Le numéro vert est le 0 800 123 456.",
    ],
    "percentage": [
        "Il reste 6 places sur 10.",
        "La moitié des places est libre.",
        "Venez pour centrer le tableau.",
    ],
    "decimal": [
        "Le trajet dure 2 heures.",
        "Venez le 12/09/2025.",
        "Appelez le 03.83.00.11.21.",
        "Il y a 1, 2 ou 3 places.",
        "Le café coûte 1 euro.",
    ],
    "roman-numeral": [
        "Le CCAS vous aide.",
        "Allez à la MJC.",
        "Le café est ouvert.",
        "M. Martin est là.",
        "Vous avez un CDI.",
        "Le Centre est ouvert.",
        "Ce lieu est calme.",
        "Demandez un CV.",
        "La Mer du Nord est froide.",
        "Le 1er mai est férié.",
    ],
    "numeric-date": [
        "La fête a lieu le 12 septembre 2025.",
        "Appelez le 03 83 00 11 21.",
        "Appelez le 03.83.00.11.21.",
        "Le bus passe à 14:00.",
        "Il reste 1,5 place.",
    ],
    "acronym": [
        "Le centre social vous aide.",
        "Le café est ouvert.",
        "Appelez le 115.",
        "Louis XIV aimait les jardins.",
        "Le café est GRATUIT.",
        "Mme Dupont vous accueille.",
        "Ok, c'est OK.",
    ],
    "abbreviation": [
        "Madame Dupont vous accueille.",
        "Monsieur Martin est là.",
        "Le trajet dure environ 10 minutes.",
        "Le bureau est au 3 boulevard Lobau.",
        "Venez à 14 h.",
        "C'est l'art.",
        "Je mange du pain.",
        "Le 1er mai est férié.",
        "Le bus part à 9h.",
    ],
    "special-character": [
        "Allez sur https://www.example.fr/aide/contact.",
        "Venez le 12/09/2025.",
        "Écrivez à aide@example.fr.",
        "Le café est ouvert, venez !",
        "Le repas coûte 3 euros.",
    ],
    "passive": [
        "Le café est ouvert.",
        "Le lieu est gratuit.",
        "La salle est accessible.",
        "Le café est fermé le lundi.",
        "La salle est réservée aux enfants.",
        "Julie anime l'atelier.",
        "Il est venu hier.",
        "Elle est partie tôt.",
        "Il s'est inscrit au club.",
        "C'est fermé le lundi.",
        "Le musée est situé rue Haute.",
        "Voici l'entrée.",
        "Le café a été un succès.",
    ],
    "negation": [
        "Le café est fermé.",
        "Marchez doucement.",
        "Venez n'importe quel jour.",
        "Nous n'avons que 2 places.",
        "Une personne vous accueille.",
        "Il y a plus de place le matin.",
    ],
    "conditional-subjunctive": [
        "Vous pouvez venir demain.",
        "Il faut appeler.",
        "C'est bien.",
        "Vous devez venir.",
        "Je sais que vous venez.",
        "Le café était ouvert.",
        "Il tirait la porte.",
        "Il entrait dans la salle.",
        "Le portrait est beau.",
        "Les légumes sont frais.",
        "Il ouvrait la porte.",
        "Le retrait est gratuit.",
    ],
    "cross-reference": [
        "Venez voir le médecin.",
        "Vous pouvez voir la mer.",
        "Le bureau est en haut.",
        "Le café est ouvert.",
    ],
    "capitals": [
        "Le CCAS vous aide.",
        "Allez à la MJC.",
        "Le café est ouvert.",
        "Louis XIV aimait les jardins.",
        "Cette maison date du XXe siècle.",
        "Ok, c'est OK.",
    ],
    "several-sentences-per-line": [
        "Le café est ouvert.\nVenez boire un thé.",
        "Mme Dupont vous accueille.",
        "M. Martin est là.",
        "Le pain coûte 2.5 euros.",
        "Apportez du pain, du fromage, etc. et du thé.",
        "Allez sur www.example.fr pour lire la suite.",
    ],
}


@pytest.mark.parametrize(
    ("rule", "text"), [(rule, text) for rule, texts in TRIGGER.items() for text in texts]
)
def test_rule_triggers(rule, text):
    assert rule in rules_of(text), [(f.rule, text[f.start : f.end]) for f in check(text)]


@pytest.mark.parametrize(
    ("rule", "text"), [(rule, text) for rule, texts in CLEAN.items() for text in texts]
)
def test_rule_stays_silent(rule, text):
    assert rule not in rules_of(text), [(f.rule, text[f.start : f.end]) for f in check(text)]


def test_every_rule_has_cases():
    from portal.falc import RULES

    assert set(TRIGGER) == set(RULES) == set(CLEAN)


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        ("Mme Dupont vous accueille.", "abbreviation", ["Mme"]),
        ("Apportez du pain, etc.", "abbreviation", ["etc."]),
        ("Cette maison date du XXe siècle.", "roman-numeral", ["XXe"]),
        ("La fête a lieu le 12/09/2025.", "numeric-date", ["12/09/2025"]),
        ("La ville compte 25 000 habitants.", "big-number", ["25 000"]),
        ("Il reste 62 % des places.", "percentage", ["62 %"]),
        ("Le trajet dure 1,5 heure.", "decimal", ["1,5"]),
        ("Venez avec trois amis.", "number-in-letters", ["trois"]),
        ("Le café a été fermé hier.", "passive", ["a été fermé"]),
        ("Le café n'est pas ouvert.", "negation", ["n'est pas"]),
        ("Il faut que vous veniez.", "conditional-subjunctive", ["que vous veniez"]),
        ("Vous pourriez venir.", "conditional-subjunctive", ["pourriez"]),
        ("Lisez le texte ci-dessus.", "cross-reference", ["ci-dessus"]),
        ("Le café est GRATUIT.", "capitals", ["GRATUIT"]),
        ("Le CCAS aide. Le CCAS écoute.", "acronym", ["CCAS"]),
        ("Pain & fromage (le soir).", "special-character", ["&", "(", ")"]),
        ("Le dossier est incompréhensible.", "long-word", ["incompréhensible"]),
        ("Venez. Buvez un thé.\nMangez.", "several-sentences-per-line", ["Venez. Buvez un thé."]),
    ],
)
def test_offsets_point_at_the_flagged_words(text, rule, flagged):
    assert spans(text, rule) == flagged


def test_sentence_length_severity_and_message():
    twelve = "Un deux trois quatre cinq six sept huit neuf dix onze douze."
    assert "sentence-length" not in rules_of(twelve)
    seventeen = " ".join(["mot"] * 17) + "."
    (finding,) = [f for f in check(seventeen) if f.rule == "sentence-length"]
    assert finding.severity == "warning"
    assert finding.message.startswith("Phrase de 17 mots : coupez-la")
    assert (finding.start, finding.end) == (0, len(seventeen))
    long = " ".join(["mot"] * 21) + "."
    (finding,) = [f for f in check(long) if f.rule == "sentence-length"]
    assert finding.severity == "strong"


def test_findings_are_frozen_and_sorted():
    found = check("Mme Dupont a été reçue par le CCAS le 12/09/2025. Le café est ouvert.")
    assert found == sorted(found, key=lambda f: (f.start, f.end, f.rule, f.message))
    with pytest.raises(AttributeError):
        found[0].rule = "x"  # type: ignore[misc]
    assert all(isinstance(f, Finding) for f in found)
    assert {f.severity for f in found} <= {"info", "warning", "strong"}


def test_no_number_rule_on_what_falc_allows():
    text = (
        "Appelez le 03 83 00 11 21 ou le 115 ou le 3114.\n"
        "Le centre est au 54000 Nancy.\n"
        "Il ouvre en 2025, il existe depuis 1998.\n"
        "Venez à 14 h, à 14 h 30, à 14:00 ou à 9h.\n"
        "Le 1er mai et le 2e jour, 3 personnes viennent."
    )
    number_rules = {"big-number", "percentage", "decimal", "numeric-date", "number-in-letters"}
    assert not rules_of(text) & number_rules


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("salle", 1),
        ("café", 2),
        ("parlent", 1),
        ("souvent", 2),
        ("association", 4),
        ("accessible", 3),
        ("journées", 2),
        ("quatre", 1),
        ("guide", 1),
        ("le", 1),
        ("moment", 2),
        ("incompréhensible", 5),
    ],
)
def test_syllables(word, count):
    assert syllables(word) == count


def test_empty_text():
    assert check("") == []
    assert check("   \n\n ") == []
