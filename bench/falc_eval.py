"""Quality of the FALC checker on sentences it was never tuned on.

    python bench/falc_eval.py

Two held-out sets, written after the rules and not used to tune them:
- LABELLED: French sentences, each with the rules it should trigger. We measure the recall
  of those expected hits (other findings on these sentences are not counted).
- CLEAN: correct FALC sentences (short, simple, present tense, digits, active voice).
  We measure the share that gets no finding at all.
The issue's target is at least 90 % on both.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from portal.falc import check

LABELLED: list[tuple[str, set[str]]] = [
    ("Mlle Bernard tient la permanence du jeudi.", {"abbreviation"}),
    ("La réunion est prévue le 03/04/2026.", {"numeric-date", "passive"}),
    ("Environ 40 000 personnes vivent dans le quartier.", {"big-number"}),
    ("La moitié, soit 50 %, des logements sont anciens.", {"percentage"}),
    ("Le ticket de bus coûte 1,80 euro.", {"decimal"}),
    ("Cette église date du XIIe siècle.", {"roman-numeral"}),
    ("Henri IV a signé ce texte.", {"roman-numeral"}),
    ("La CPAM rembourse vos soins.", {"acronym"}),
    ("Demandez une aide à la CAF.", {"acronym"}),
    ("Le goûter est offert par la boulangerie.", {"passive"}),
    ("Les inscriptions ont été closes hier.", {"passive"}),
    ("Vous ne devez pas fumer dans la salle.", {"negation"}),
    ("Nous n'acceptons jamais les chiens.", {"negation"}),
    ("Il voudrait parler à un conseiller.", {"conditional-subjunctive"}),
    ("Il faut que tu prennes ton badge.", {"conditional-subjunctive"}),
    ("Les tarifs sont indiqués ci-après.", {"cross-reference", "passive"}),
    ("Pour les horaires, voir la rubrique suivante.", {"cross-reference"}),
    ("Le jardin est INTERDIT aux vélos.", {"capitals"}),
    ("NE PAS STATIONNER DEVANT LA PORTE.", {"capitals", "negation"}),
    ("Prenez votre carte. Montrez-la à l'accueil.", {"several-sentences-per-line"}),
    ("Il y a quinze places dans le minibus.", {"number-in-letters"}),
    ("Le trajet prend quarante minutes.", {"number-in-letters"}),
    ("Apportez une photo d'identité & un justificatif.", {"special-character"}),
    ("Le tarif réduit (pour les étudiants) est de 2 euros.", {"special-character"}),
    ("La mairie communique régulièrement sur ce sujet.", {"long-word"}),
    ("Votre demande est transmise au département.", {"passive", "long-word"}),
    (
        (
            "Si vous avez besoin d'aide pour remplir votre dossier de logement, vous pouvez "
            "prendre rendez-vous avec une assistante sociale du centre."
        ),
        {"sentence-length"},
    ),
    ("Le centre accueille les familles qui viennent d'arriver en ville.", {"long-word"}),
    ("Le bureau se trouve au 12 av. de la Libération.", {"abbreviation"}),
    ("Contactez Dr Lambert au cabinet.", {"abbreviation"}),
    ("Le n° de votre dossier est sur la lettre.", {"abbreviation"}),
    ("La salle peut recevoir env. 80 personnes.", {"abbreviation"}),
    ("La ville a reçu 150000 euros pour le parc.", {"big-number"}),
    ("Le loyer augmente de 3 pour cent.", {"percentage"}),
    ("La piscine rouvre le 15.06.2026.", {"numeric-date"}),
    ("Le quartier a changé depuis la Ve République.", {"roman-numeral"}),
    ("Votre dossier sera étudié par une commission.", {"passive"}),
    ("Personne ne répond au téléphone le dimanche.", {"negation"}),
    ("Nous aimerions connaître votre avis.", {"conditional-subjunctive"}),
    ("Le médecin demande que vous soyez à jeun.", {"conditional-subjunctive"}),
    ("Comme indiqué plus haut, le parking est payant.", {"cross-reference"}),
    ("Le café ouvre à 8 h ; le marché ouvre à 9 h.", {"special-character"}),
    ("Le forum se tient au SIAO.", {"acronym"}),
    ("Il manque douze chaises pour la fête.", {"number-in-letters"}),
    ("Venez à la fête. Apportez un plat. Invitez vos amis.", {"several-sentences-per-line"}),
]

CLEAN: list[str] = [
    "Le centre social ouvre à 9 h.",
    "Vous pouvez venir seul ou avec un ami.",
    "L'entrée est gratuite.",
    "La salle est au rez-de-chaussée.",
    "Il y a 2 ascenseurs.",
    "Le repas coûte 3 euros.",
    "Vous payez à l'accueil.",
    "Julie vous donne un ticket.",
    "Appelez le 03 83 00 11 21.",
    "En cas de danger, appelez le 112.",
    "Le bus 5 passe devant la porte.",
    "Le marché a lieu le samedi matin.",
    "Venez avec vos enfants.",
    "Les enfants jouent dans le jardin.",
    "Le jardin est ouvert tous les jours.",
    "La bibliothèque prête des livres.",
    "Vous gardez les livres 3 semaines.",
    "Le café est fermé le lundi.",
    "Marc répare les vélos le mercredi.",
    "Apportez votre vélo.",
    "Nous parlons français et arabe.",
    "Une personne vous aide à remplir le papier.",
    "Le rendez-vous dure 30 minutes.",
    "Prenez votre carte d'identité.",
    "Le lieu est calme.",
    "Les chiens sont acceptés en laisse.",
    "La fête a lieu le 21 juin.",
    "Le club existe depuis 2010.",
    "Il y a 20 places.",
    "Inscrivez-vous à l'accueil.",
    "Vous pouvez aussi téléphoner.",
    "Le bureau est au 8 rue des Lilas.",
    "Le code postal est 54000.",
    "La ville de Nancy aide le centre.",
    "Les bénévoles servent le repas.",
    "Le goûter commence à 16 h 30.",
    "Vous pouvez boire un café.",
    "Le thé est offert.",
    "Le parc ferme à 20 h.",
    "Sophie anime l'atelier de couture.",
    "Chaque personne reçoit un sac.",
    "Le 1er mai, le centre est fermé.",
    "La salle est chauffée en hiver.",
    "Le médecin reçoit le matin.",
    "Vous lisez ce texte avec un ami.",
]


def main() -> int:
    expected = found = 0
    misses: list[str] = []
    for sentence, rules in LABELLED:
        got = {f.rule for f in check(sentence)}
        expected += len(rules)
        found += len(rules & got)
        misses.extend(f"  manqué {rule}: {sentence}" for rule in sorted(rules - got))
    noisy: list[str] = []
    for sentence in CLEAN:
        got = check(sentence)
        if got:
            names = ", ".join(f"{f.rule} « {sentence[f.start : f.end]} »" for f in got)
            noisy.append(f"  bruit {names}: {sentence}")
    recall = 100 * found / expected
    silent = 100 * (len(CLEAN) - len(noisy)) / len(CLEAN)
    print(f"Phrases étiquetées : {len(LABELLED)}, règles attendues : {expected}")
    print(f"Rappel des règles attendues : {found}/{expected} = {recall:.1f} %")
    print(f"Phrases FALC correctes sans remarque : {len(CLEAN) - len(noisy)}/{len(CLEAN)}"
          f" = {silent:.1f} %")  # fmt: skip
    for line in misses + noisy:
        print(line)
    print("Objectif : au moins 90 % sur les deux.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
