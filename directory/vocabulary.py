"""The directory's vocabularies: the data·inclusion v1 lists (thématiques, publics, frais,
modes d'accueil, types de service, from the ``data-inclusion-schema`` package, so their
codes are stored as data·inclusion writes them) and the languages visitors can be
welcomed in."""

from data_inclusion.schema.v1 import Categorie, Frais, ModeAccueil, Public, Thematique, TypeService
from django.utils.translation import gettext_lazy as _


def _choices(enum):
    return [(item.value, item.label) for item in enum]


def theme_choices():
    """data·inclusion thématiques grouped by their catégorie (« famille--garde-denfants »)."""
    labels = {c.value: c.label for c in Categorie}
    groups = {}
    for item in Thematique:
        groups.setdefault(labels.get(item.value.split("--")[0], ""), []).append(
            (item.value, item.label)
        )
    return list(groups.items())


AUDIENCE_CHOICES = _choices(Public)
RECEPTION_MODE_CHOICES = _choices(ModeAccueil)
FEES_CHOICES = _choices(Frais)
SERVICE_TYPE_CHOICES = _choices(TypeService)

# Languages visitors can be welcomed in (ISO 639 codes; « fsl » is French Sign Language).
LANGUAGE_CHOICES = [
    ("fr", _("French")),
    ("fsl", _("French Sign Language")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("it", _("Italian")),
    ("de", _("German")),
    ("ro", _("Romanian")),
    ("ru", _("Russian")),
    ("uk", _("Ukrainian")),
    ("tr", _("Turkish")),
    ("fa", _("Persian")),
    ("ps", _("Pashto")),
    ("ber", _("Berber languages")),
    ("wo", _("Wolof")),
    ("bm", _("Bambara")),
    ("zh", _("Chinese")),
    ("vi", _("Vietnamese")),
    ("ta", _("Tamil")),
]
LANGUAGE_LABELS = dict(LANGUAGE_CHOICES)
