"""Abstract base for every public content page (guides, initiatives, formats, directory…)."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from portal.pagination import paginate

TAXONOMY_FIELDS = ("themes", "audiences")


class BasePageForm(WagtailAdminPageForm):
    """Offers only the terms of the page's own language in the taxonomy checkboxes.

    A page type with more translatable choices (format categories, kinds of place…) lists
    them in ``locale_fields``."""

    locale_fields = TAXONOMY_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self._page_locale()
        for name in self.locale_fields:
            field = self.fields.get(name)
            if field is not None and locale is not None:
                field.queryset = field.queryset.filter(locale=locale)

    def _page_locale(self):
        if self.instance.pk and self.instance.locale_id:
            return self.instance.locale
        parent = getattr(self, "parent_page", None)
        if parent is not None and parent.locale_id:
            return parent.locale
        return Locale.get_default()


class BasePage(Page):
    """Fields every content page carries: summary, themes, audiences, review date, image.

    The summary is reused as the card text and the meta description, so editors write it
    once. Subclasses add their body and extend ``content_panels``.
    """

    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_(
            "Two short sentences that say what the page is about. Shown on cards and "
            "in search engines (300 characters at most)."
        ),
    )
    themes = ParentalManyToManyField(
        "portal.Theme", blank=True, related_name="+", verbose_name=_("themes")
    )
    audiences = ParentalManyToManyField(
        "portal.Audience", blank=True, related_name="+", verbose_name=_("audiences")
    )
    last_reviewed = models.DateField(
        _("last reviewed on"),
        null=True,
        blank=True,
        help_text=_("The day someone last checked that this page is still right."),
    )
    listing_image = models.ForeignKey(
        "portal.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("listing image"),
        help_text=_("Optional picture shown on the page's card in lists."),
    )

    base_form_class = BasePageForm

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.AutocompleteField("summary"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    taxonomy_panel = MultiFieldPanel(
        [
            FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        ],
        heading=_("Themes and audiences"),
    )
    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("last_reviewed")],
            heading=_("Card and review"),
        ),
    ]

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.summary


class IndexPage(Page):
    """Abstract listing page (guides, initiatives, formats, directory): an intro and a list.

    Every index overrides one hook, ``get_listing(request)``, which returns what the index
    lists as context entries (``items``, a paginator page, and whatever state its filters
    need); ``get_context`` adds them and stays the same for every index, so a subclass
    never has to skip it.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown above the list."),
    )
    per_page = 12

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.intro

    def get_listing(self, request):
        """The index's one hook: ``{"items": <page of results>, ...}`` for the template.

        By default the live, public children in this page's language, by title. A bad page
        number is a 404 (``portal.pagination``)."""
        children = self.get_children().live().public().specific().order_by("title")
        return {"items": self.paginate(request, children)}

    def paginate(self, request, object_list):
        """The requested page of ``object_list``, ``per_page`` entries a page."""
        return paginate(request, object_list, self.per_page)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.get_listing(request))
        return context


class RelatedContentMixin(models.Model):
    """Pages chosen by editors (guides, formats, initiatives, directory entries), shown as
    cards at the bottom of the page, in the reader's language when translated.

    Put it before the page's base class (``class GuidePage(RelatedContentMixin, BasePage)``):
    its ``get_context`` adds ``related_items`` for ``includes/related.html``."""

    related = StreamField(
        [("page", blocks.PageChooserBlock(label=_("page")))],
        verbose_name=_("related content"),
        blank=True,
        help_text=_("Guides, formats, initiatives or places that go well with this page."),
    )

    related_panel = FieldPanel("related")

    class Meta:
        abstract = True

    def related_pages(self):
        return localized_pages(self, self.related)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_items"] = self.related_pages()
        return context


def localized_pages(page, stream):
    """Live pages chosen in ``stream`` (PageChooserBlocks), in ``page``'s language when a
    translation exists, in the chosen order."""
    return localized_live_pages([block.value for block in stream if block.value], page.locale_id)


def localized_live_pages(pages, locale_id, specific=True):
    """Live, public versions of ``pages`` in the locale ``locale_id`` when a translation
    exists (else the chosen page), in the chosen order, without repeats. One query (plus
    one per page type with ``specific``)."""
    chosen = [page for page in pages if page]
    if not chosen:
        return []
    keys = [page.translation_key for page in chosen]
    locales = {page.locale_id for page in chosen}
    if locale_id:
        locales.add(locale_id)
    found = Page.objects.live().public().filter(translation_key__in=keys, locale_id__in=locales)
    if specific:
        found = found.specific()
    by_key = {}
    for page in found:
        if page.locale_id == locale_id or page.translation_key not in by_key:
            by_key[page.translation_key] = page
    result = []
    for key in keys:
        if key in by_key and by_key[key] not in result:
            result.append(by_key[key])
    return result
