"""Search vocabulary (synonyms) and the anonymous search log.

The log stores no IP address, no user, no session and no time of day: only the normalised
query text, the day, how many times it was searched that day and how many results it
gave the last time. Old rows are purged by ``manage.py purge_search_log``.
"""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from search.text import fold, normalise_query


class Synonym(TranslatableMixin, models.Model):
    """Words citizens type, mapped to the words the site uses (per language)."""

    term = models.CharField(
        _("word or expression people type"),
        max_length=80,
        help_text=_(
            "What a visitor may type, e.g. « SDF », « manger » or « parler à quelqu'un ». "
            "Capitals and accents do not matter."
        ),
    )
    expansions = models.TextField(
        _("words to search as well"),
        help_text=_(
            "One word or expression per line, e.g. « sans domicile ». A search for the "
            "word above also finds pages that use these words."
        ),
    )

    panels = [FieldPanel("term"), FieldPanel("expansions")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["term"]

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        forget_synonyms(self.locale_id)

    def delete(self, *args, **kwargs):
        locale_id = self.locale_id
        result = super().delete(*args, **kwargs)
        forget_synonyms(locale_id)
        return result

    @property
    def folded_term(self):
        return fold(self.term)

    def expansion_list(self):
        """The expansions, cleaned, one per line or separated by commas."""
        parts = [p.strip() for line in self.expansions.splitlines() for p in line.split(",")]
        return [p for p in parts if p]


def synonym_cache_key(locale_id):
    return f"search:synonyms:{locale_id}"


def forget_synonyms(locale_id):
    cache.delete(synonym_cache_key(locale_id))


class SearchLogEntry(models.Model):
    """How many times one (normalised) query was searched on one day, in one language."""

    query = models.CharField(_("search"), max_length=200)
    language = models.CharField(_("language"), max_length=10)
    day = models.DateField(_("day"))
    searches = models.PositiveIntegerField(_("number of searches"), default=0)
    hits = models.PositiveIntegerField(
        _("results"), default=0, help_text=_("Number of results the last time.")
    )

    class Meta:
        verbose_name = _("search log entry")
        verbose_name_plural = _("search log")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "day"], name="search_log_one_row_per_day"
            )
        ]
        indexes = [models.Index(fields=["day"], name="search_log_day")]

    def __str__(self):
        return f"{self.query} ({self.day})"

    @classmethod
    def record(cls, query, language, hits, day=None):
        """Count one search. Anonymous by design: nothing about who searched is kept."""
        text = normalise_query(query)
        if not text:
            return None
        day = day or timezone.localdate()
        entry, _created = cls.objects.get_or_create(query=text, language=language, day=day)
        cls.objects.filter(pk=entry.pk).update(searches=models.F("searches") + 1, hits=hits)
        return entry

    @classmethod
    def purge(cls, days=None, today=None):
        """Delete rows older than ``days`` (``SEARCH_LOG_RETENTION_DAYS``). Returns the count."""
        days = settings.SEARCH_LOG_RETENTION_DAYS if days is None else days
        today = today or timezone.localdate()
        limit = today - timedelta(days=days)
        deleted, _detail = cls.objects.filter(day__lt=limit).delete()
        return deleted
