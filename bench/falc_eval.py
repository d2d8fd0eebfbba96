"""Quality of the FALC checker on sentences it was never tuned on.

    python bench/falc_eval.py

Two held-out sets, written after the rules and not used to tune them:
- LABELLED: French sentences, each with the rules it should trigger. We measure the recall
  of those expected hits (other findings on these sentences are not counted).
- CLEAN: correct FALC sentences (short, simple, present tense, digits, active voice).
  We measure the share that gets no finding at all.
The issue's target is at least 90 % on both.

Set A was written after the rules and run once: 91.8 % recall, 91.1 % silent. Its misses
then led to three general changes (« Personne ne … », more irregular participles, more
participles used as adjectives), so set A is no longer held out. Set B was written after
those changes and is the honest held-out figure.
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


# Set B: written after the tuning on set A, never run before this report.
LABELLED_B: list[tuple[str, set[str]]] = [
    ("Mmes Petit et Roux animent la chorale.", {"abbreviation"}),
    ("Le stage finit le 30/06/2026.", {"numeric-date"}),
    ("Plus de 12 000 repas sont servis chaque année.", {"big-number", "passive"}),
    ("Seuls 8 % des parents répondent.", {"percentage"}),
    ("Le jus coûte 0,50 euro.", {"decimal"}),
    ("Le château date du XVIe siècle.", {"roman-numeral"}),
    ("Napoléon III a fait construire la gare.", {"roman-numeral"}),
    ("Inscrivez-vous au CMP.", {"acronym"}),
    ("Le RSA est versé chaque mois.", {"acronym", "passive"}),
    ("Le spectacle est joué par les enfants.", {"passive"}),
    ("La porte a été repeinte.", {"passive"}),
    ("Vous ne payez rien.", {"negation"}),
    ("Le bus ne passe plus par ici.", {"negation"}),
    ("Nous pourrions aller au parc.", {"conditional-subjunctive"}),
    ("Il faut que nous partions tôt.", {"conditional-subjunctive"}),
    ("Les adresses sont données ci-dessous.", {"cross-reference", "passive"}),
    ("Voir aussi la fiche du médecin.", {"cross-reference"}),
    ("C'est TRÈS important.", {"capitals"}),
    ("VENEZ NOMBREUX À LA FÊTE.", {"capitals"}),
    ("Le bus arrive. Montez à l'avant.", {"several-sentences-per-line"}),
    ("Le club a trente membres.", {"number-in-letters"}),
    ("Venez à deux.", {"number-in-letters"}),
    ("Lundi / mardi : fermé.", {"special-character"}),
    ("Le prix * est affiché.", {"special-character"}),
    ("Les personnalités du quartier viennent.", {"long-word"}),
    ("Le fonctionnement est simple.", {"long-word"}),
    (
        (
            "Chaque mardi, les bénévoles du quartier préparent une soupe et des tartines pour "
            "toutes les personnes seules qui passent la porte du local."
        ),
        {"sentence-length"},
    ),
    ("Le musée est au 4 bd Carnot.", {"abbreviation"}),
    ("Voyez Mme Leroy à l'accueil.", {"abbreviation"}),
    ("Apportez vos papiers, vos photos, etc.", {"abbreviation"}),
    ("La commune verse 30000 euros aux clubs.", {"big-number"}),
    ("Le chômage baisse de 2 pour cent.", {"percentage"}),
    ("Le concert a lieu le 05-07-2026.", {"numeric-date"}),
    ("Lisez le titre II du règlement.", {"roman-numeral"}),
    ("La salle est nettoyée par une entreprise.", {"passive"}),
    ("Rien n'est payant.", {"negation"}),
    ("Je voudrais un rendez-vous.", {"conditional-subjunctive"}),
    ("Il faut qu'elle vienne avec sa carte.", {"conditional-subjunctive"}),
    ("Cf. le plan de la ville.", {"cross-reference", "abbreviation"}),
    ("Le lieu est ouvert : 9 h / 12 h.", {"special-character"}),
    ("La MDPH répond aux questions.", {"acronym"}),
    ("Il reste sept places.", {"number-in-letters"}),
    ("Venez tôt. Il y a du monde. Prenez un ticket.", {"several-sentences-per-line"}),
    ("Vous ne pouvez jamais entrer sans badge.", {"negation"}),
]

CLEAN_B: list[str] = [
    "La chorale chante le jeudi soir.",
    "Vous pouvez chanter avec nous.",
    "Le local est à côté de la poste.",
    "Il y a 4 tables et 16 chaises.",
    "Le cours de danse coûte 2 euros.",
    "Ali tient la caisse.",
    "Appelez le 15 pour le médecin.",
    "Appelez le 17 pour la police.",
    "Le tram passe toutes les 10 minutes.",
    "Le vide-grenier a lieu en mai.",
    "Venez avec vos voisins.",
    "Les enfants font des dessins.",
    "La cour est ouverte le matin.",
    "La laverie lave votre linge.",
    "Vous gardez la clé 1 semaine.",
    "La piscine est fermée le dimanche.",
    "Lucie donne des cours de vélo.",
    "Prenez un casque.",
    "Nous parlons aussi anglais.",
    "Un voisin vous aide à porter les sacs.",
    "La visite dure 1 heure.",
    "Prenez votre carte Vitale.",
    "Le quartier est calme le soir.",
    "Les chats sont acceptés.",
    "Le concert a lieu le 14 juillet.",
    "La maison existe depuis 1975.",
    "Il reste 5 places.",
    "Inscrivez-vous par téléphone.",
    "Vous pouvez aussi venir sur place.",
    "Le bureau est au 3 place du Marché.",
    "Écrivez au 12 rue Jeanne, 54000 Nancy.",
    "La mairie paie le car.",
    "Les jeunes servent le goûter.",
    "Le film commence à 20 h.",
    "Vous pouvez manger sur place.",
    "Le jus de pomme est offert.",
    "Le parc ouvre à 7 h 30.",
    "Paul anime le club de jeux.",
    "Chaque enfant reçoit un livre.",
    "Le 1er janvier, tout est fermé.",
    "La salle est grande et claire.",
    "Le dentiste reçoit le mardi.",
    "Vous venez quand vous voulez.",
    "Le lieu est gratuit pour tous.",
]


def evaluate(name: str, labelled: list[tuple[str, set[str]]], clean: list[str]) -> None:
    expected = found = 0
    misses: list[str] = []
    for sentence, rules in labelled:
        got = {f.rule for f in check(sentence)}
        expected += len(rules)
        found += len(rules & got)
        misses.extend(f"  manqué {rule}: {sentence}" for rule in sorted(rules - got))
    noisy: list[str] = []
    for sentence in clean:
        got = check(sentence)
        if got:
            names = ", ".join(f"{f.rule} « {sentence[f.start : f.end]} »" for f in got)
            noisy.append(f"  bruit {names}: {sentence}")
    recall = 100 * found / expected
    silent = 100 * (len(clean) - len(noisy)) / len(clean)
    print(f"{name} : {len(labelled)} phrases étiquetées, {expected} règles attendues")
    print(f"  rappel des règles attendues : {found}/{expected} = {recall:.1f} %")
    print(f"  phrases FALC correctes sans remarque : {len(clean) - len(noisy)}/{len(clean)}"
          f" = {silent:.1f} %")  # fmt: skip
    for line in misses + noisy:
        print(line)


def main() -> int:
    evaluate("Série A (vue une fois, puis réglage)", LABELLED, CLEAN)
    evaluate("Série B (jamais vue avant le rapport)", LABELLED_B, CLEAN_B)
    print("Objectif : au moins 90 % sur les deux.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
