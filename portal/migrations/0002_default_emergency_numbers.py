"""Create the emergency numbers of BRIEF §7 in the default language, once."""

import uuid

from django.conf import settings
from django.db import migrations

# Frozen copy: a migration must not depend on code that may change later.
DEFAULTS = [
    ("15", "SAMU", "Un problème de santé urgent, un malaise, une blessure grave.", "", "urgence"),
    ("17", "Police, gendarmerie", "Une agression, un danger pour vous ou pour quelqu'un.", "",
     "urgence"),
    ("18", "Pompiers", "Un incendie, un accident, une personne en danger.", "", "urgence"),
    ("112", "Numéro d'urgence européen", "Toute urgence, depuis n'importe quel pays d'Europe.",
     "", "urgence"),
    ("114", "Urgence par SMS, appli ou visio",
     "Pour les personnes sourdes, malentendantes ou qui ne peuvent pas parler.",
     "Par SMS, par l'application ou en visio.", "urgence"),
    ("115", "Samu social", "Trouver un hébergement d'urgence, pour soi ou pour quelqu'un.", "",
     "ecoute"),
    ("119", "Enfance en danger", "Un enfant en danger ou en risque de l'être.", "", "ecoute"),
    ("3114", "Prévention du suicide",
     "Des idées suicidaires, ou l'inquiétude pour un proche. Jour et nuit.", "", "ecoute"),
    ("3919", "Violences femmes info", "Parler de violences faites aux femmes. Jour et nuit.",
     "Ce n'est pas un numéro d'urgence : en danger, appelez le 17 ou le 112.", "ecoute"),
]


def create_defaults(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    EmergencyNumber = apps.get_model("portal", "EmergencyNumber")
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if EmergencyNumber.objects.exists():
        return
    for order, (number, label, description, note, category) in enumerate(DEFAULTS):
        EmergencyNumber.objects.create(
            translation_key=uuid.uuid4(),
            locale=locale,
            number=number,
            label=label,
            description=description,
            note=note,
            category=category,
            in_banner=True,
            sort_order=(order + 1) * 10,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(create_defaults, migrations.RunPython.noop)]
