"""Practical guides and initiatives (case studies of real local projects)."""

import math
import re
from html import unescape

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from guides.blocks import (
    GuideBodyBlock,
    InitiativeBodyBlock,
    PartnerBlock,
    SourceBlock,
)
from portal.blocks import heading_anchor
from portal.models import Audience, BasePage, IndexPage, RelatedContentMixin, Theme
from portal.models.pages import localized_live_pages

WORDS_PER_MINUTE = 200
TAG_RE = re.compile(r"<[^>]+>")
RESULT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def _texts(data):
    """Every string held in raw StreamField data (without block types and ids)."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in {"type", "id"}:
                yield from _texts(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from _texts(value)


def count_words(*texts):
    return sum(len(unescape(TAG_RE.sub(" ", text)).split()) for text in texts)


class FilteredIndexMixin:
    """Children of one page type, filtered by theme and audience slugs from GET.

    Slugs are shared across locales, so ``?theme=ecoute`` works in every language. An
    unknown slug is not an error: the filter is ignored and the page says so.
    """

    filters = (("theme", Theme, "themes"), ("audience", Audience, "audiences"))

    @property
    def child_model(self):
        """The one page type the index lists: its only ``subpage_types``."""
        (model,) = self.allowed_subpage_models()
        return model

    def filter_state(self, request):
        """``{"theme": {"options": [...], "selected": term|None, "unknown": str}, ...}``."""
        state = {}
        for param, model, _field in self.filters:
            options = list(model.objects.filter(locale_id=self.locale_id))
            raw = (request.GET.get(param) or "").strip()[:80]
            selected = next((term for term in options if term.slug == raw), None)
            state[param] = {
                "options": options,
                "selected": selected,
                "unknown": raw if raw and selected is None else "",
            }
        return state

    def filtered_children(self, state):
        """Live, public children of ``child_model`` matching the selected terms, by title."""
        queryset = (
            self.child_model.objects.child_of(self)
            .live()
            .public()
            .select_related("listing_image")
            .prefetch_related("listing_image__renditions")
            .order_by("title")
        )
        for param, _model, field in self.filters:
            selected = state[param]["selected"]
            if selected is not None:
                queryset = queryset.filter(**{f"{field}__slug": selected.slug})
        return queryset.distinct()

    def get_listing(self, request):
        state = self.filter_state(request)
        active = [(param, value["selected"]) for param, value in state.items() if value["selected"]]
        return {
            "filters": state,
            "active_filters": active,
            "unknown_filters": [
                (param, value["unknown"]) for param, value in state.items() if value["unknown"]
            ],
            "items": self.paginate(request, self.filtered_children(state)),
            "querystring": "&".join(f"{param}={term.slug}" for param, term in active),
        }


class GuideIndexPage(FilteredIndexMixin, IndexPage):
    """/guides/: the practical guides."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.GuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide index")


class InitiativeIndexPage(FilteredIndexMixin, IndexPage):
    """/initiatives/: case studies of real local projects."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.InitiativePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("initiative index")


class GuidePage(RelatedContentMixin, BasePage):
    """A practical guide: a document made of editorial blocks, readable and printable."""

    body = StreamField(
        GuideBodyBlock(),
        verbose_name=_("guide"),
        help_text=_(
            "Start each part with a « Section heading »: headings make the table of "
            "contents. Then add text, steps, checklists, tips…"
        ),
    )

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        BasePage.taxonomy_panel,
        RelatedContentMixin.related_panel,
    ]

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    @cached_property
    def table_of_contents(self):
        """``[{"anchor": ..., "text": ...}]`` for each section heading, in order."""
        return [
            {"anchor": heading_anchor(block.value), "text": block.value["text"]}
            for block in self.body
            if block.block_type == "heading"
        ]

    @cached_property
    def reading_time(self):
        """Estimated minutes to read the guide (at least one)."""
        words = count_words(self.title, self.summary, *_texts(self.body.get_prep_value()))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["index_url"] = self.get_parent().get_url(request)
        return context


class InitiativePage(RelatedContentMixin, BasePage):
    """A case study: a real local project, told so that others can do it where they live."""

    territory = models.CharField(
        _("where"),
        max_length=200,
        help_text=_("The town, neighbourhood or area, e.g. « Plateau de Haye, près de Nancy »."),
    )
    period = models.CharField(
        _("when"),
        max_length=120,
        blank=True,
        help_text=_("When it took place, in words, e.g. « juillet 2019 » or « depuis 2012 »."),
    )
    carried_by = models.CharField(
        _("carried by"),
        max_length=200,
        help_text=_("Who started and led the project."),
    )
    partners = StreamField(
        [("partner", PartnerBlock())],
        verbose_name=_("partners"),
        blank=True,
        help_text=_("Who took part. Link to their directory entry when they have one."),
    )
    body = StreamField(
        InitiativeBodyBlock(),
        verbose_name=_("what was done"),
        help_text=_("The story of the project: the need, the idea, what happened."),
    )
    results = RichTextField(
        _("results"),
        features=RESULT_FEATURES,
        blank=True,
        help_text=_("What changed, with figures when there are some."),
    )
    lessons = RichTextField(
        _("lessons learnt"),
        features=RESULT_FEATURES,
        blank=True,
        help_text=_("What worked, what was hard, what the team would do differently."),
    )
    replicate = RichTextField(
        _("how to replicate it"),
        features=RESULT_FEATURES,
        blank=True,
        help_text=_("Advice for someone who wants to do the same where they live."),
    )
    replicate_formats = StreamField(
        [
            (
                "format",
                blocks.PageChooserBlock(
                    label=_("action format"), page_type="guides.ActionFormatPage"
                ),
            )
        ],
        verbose_name=_("formats to start with"),
        blank=True,
        help_text=_("Action formats that help to start a similar project."),
    )
    sources = StreamField(
        [("source", SourceBlock())],
        verbose_name=_("sources"),
        blank=True,
        help_text=_("Where the facts come from: report, article, project sheet."),
    )

    parent_page_types = ["guides.InitiativeIndexPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("territory"),
        index.SearchField("carried_by"),
        index.SearchField("body"),
        index.SearchField("results"),
        index.SearchField("lessons"),
        index.FilterField("territory"),
    ]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("territory"), FieldPanel("period"), FieldPanel("carried_by")],
            heading=_("Where, when, who"),
        ),
        FieldPanel("partners"),
        FieldPanel("body"),
        FieldPanel("results"),
        FieldPanel("lessons"),
        MultiFieldPanel(
            [FieldPanel("replicate"), FieldPanel("replicate_formats")],
            heading=_("How to replicate it"),
        ),
        FieldPanel("sources"),
        BasePage.taxonomy_panel,
        RelatedContentMixin.related_panel,
    ]

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def partner_list(self, request=None):
        """Partners with the URL of their directory entry (localized) or their website."""
        chosen = [block.value["page"] for block in self.partners if block.value["page"]]
        pages = {
            page.translation_key: page for page in localized_live_pages(chosen, self.locale_id)
        }
        partners = []
        for block in self.partners:
            page = block.value["page"]
            page = pages.get(page.translation_key) if page else None
            partners.append(
                {
                    "name": block.value["name"],
                    "role": block.value["role"],
                    "url": page.get_url(request) if page else block.value["url"],
                    "is_entry": page is not None,
                }
            )
        return partners

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["index_url"] = self.get_parent().get_url(request)
        context["partner_list"] = self.partner_list(request)
        context["replicate_pages"] = localized_live_pages(
            [block.value for block in self.replicate_formats], self.locale_id
        )
        return context
