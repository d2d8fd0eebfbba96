"""Emergency and listening numbers, shown on every page (BRIEF §7).

Kept as a translatable snippet listed in the admin's Settings menu: the numbers are the
same everywhere, their labels are translated with wagtail-localize. The defaults are
created by a data migration so a new site never shows an empty emergency banner.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

phone_number_validator = RegexValidator(
    r"^[0-9 +]{2,20}$", _("Digits, spaces and « + » only, for example « 3114 ».")
)


class EmergencyNumber(TranslatableMixin, models.Model):
    class Category(models.TextChoices):
        EMERGENCY = "urgence", _("Emergency")
        LISTENING = "ecoute", _("Listening and help")

    number = models.CharField(
        _("number"),
        max_length=20,
        validators=[phone_number_validator],
        help_text=_("As people dial it, for example « 15 » or « 3114 »."),
    )
    label = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("Who answers, e.g. « SAMU »."),
    )
    description = models.CharField(
        _("when to call"),
        max_length=255,
        help_text=_("One short sentence: in which situation to call this number."),
    )
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("Optional: how to reach it (SMS, video) or a warning."),
    )
    category = models.CharField(
        _("category"), max_length=10, choices=Category.choices, default=Category.EMERGENCY
    )
    in_banner = models.BooleanField(
        _("show in the footer banner"),
        default=True,
        help_text=_("The banner at the bottom of every page lists the numbers ticked here."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("number"),
        FieldPanel("label"),
        FieldPanel("description"),
        FieldPanel("note"),
        FieldPanel("category"),
        FieldPanel("in_banner"),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = [
        SynchronizedField("number"),
        SynchronizedField("category"),
        SynchronizedField("in_banner"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "number"]
        verbose_name = _("emergency number")
        verbose_name_plural = _("emergency numbers")

    def __str__(self):
        return f"{self.number} — {self.label}"

    @property
    def tel_href(self):
        return "tel:" + self.number.replace(" ", "")
