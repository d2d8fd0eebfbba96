"""Shared vocabularies: translatable snippets used by guides, formats and the directory.

Slugs are the same in every language (synchronised by wagtail-localize), so a filter URL
such as ``?theme=ecoute`` works in French, English and Arabic alike.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Term(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_(
            "Short code used in web addresses, without accents or spaces "
            "(e.g. « ecoute »). The same in every language."
        ),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("One or two sentences shown to visitors to explain this term."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("Smaller numbers come first in lists.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sort_order")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Theme(Term):
    """A social-link theme (écoute, convivialité, numérique…), mapped to data·inclusion."""

    datainclusion_thematiques = models.JSONField(
        _("data·inclusion thématiques"),
        default=list,
        blank=True,
        help_text=_("Codes of the matching data·inclusion thématiques, used for imports."),
    )

    panels = [*Term.panels, FieldPanel("datainclusion_thematiques")]

    class Meta(Term.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("locale", "slug")]


class Audience(Term):
    """Who a page or service is for (tout public, seniors, jeunes…), mapped to data·inclusion."""

    datainclusion_publics = models.JSONField(
        _("data·inclusion publics"),
        default=list,
        blank=True,
        help_text=_("Codes of the matching data·inclusion publics, used for imports."),
    )

    panels = [*Term.panels, FieldPanel("datainclusion_publics")]

    class Meta(Term.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        unique_together = [("translation_key", "locale"), ("locale", "slug")]


class OrganisationType(Term):
    """Association, mairie, CCAS, médiathèque, centre social… (the portal's own list)."""

    class Meta(Term.Meta):
        verbose_name = _("organisation type")
        verbose_name_plural = _("organisation types")
        unique_together = [("translation_key", "locale"), ("locale", "slug")]


class FormatCategory(Term):
    """Category of an action format (convivialité, écoute, numérique…)."""

    class Meta(Term.Meta):
        verbose_name = _("format category")
        verbose_name_plural = _("format categories")
        unique_together = [("translation_key", "locale"), ("locale", "slug")]


class PlaceKind(Term):
    """Kind of place where an action can happen (médiathèque, plein air…)."""

    class Meta(Term.Meta):
        verbose_name = _("kind of place")
        verbose_name_plural = _("kinds of place")
        unique_together = [("translation_key", "locale"), ("locale", "slug")]
