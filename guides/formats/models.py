"""The action format library: replicable formats (café-échanges, cercle d'écoute…).

A format is structured data first (duration, group size, categories, places, cost…), so
that the index can filter on it (``guides.formats.facets``), and prose second (objective,
steps, roles, kit…), so that its page prints as a one-page sheet. The models keep the app
label ``guides``: ``guides.models`` imports them so that Django finds them.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from guides.formats.blocks import KitItemBlock, RuleBlock, SessionStepBlock, VariationBlock
from guides.formats.facets import FacetedListing, format_minutes
from portal.models import BasePage, IndexPage, RelatedContentMixin
from portal.models.pages import TAXONOMY_FIELDS, BasePageForm


class ActionFormatIndexPage(IndexPage):
    """/formats/: replicable action formats, with facets through GET parameters."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.ActionFormatPage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("action format index")

    def formats(self):
        """Live, public formats of this index (one language): what the facets filter."""
        return ActionFormatPage.objects.child_of(self).live().public()

    def get_listing(self, request):
        listing = FacetedListing(self, request.GET)
        items = self.paginate(request, listing.ordered_ids())
        items.object_list = listing.load_pages(items.object_list, request)
        return {"listing": listing, "items": items, "querystring": listing.querystring()}


class ActionFormatPageForm(BasePageForm):
    """Also restricts format categories and kinds of place to the page's language."""

    locale_fields = (*TAXONOMY_FIELDS, "categories", "places")


class ActionFormatPage(RelatedContentMixin, BasePage):
    """A replicable action format: its facts at a glance, then how to run it."""

    COST_FREE = "free"
    COST_CONTRIBUTION = "contribution"
    COST_PAID = "paid"
    COST_CHOICES = [
        (COST_FREE, _("Free")),
        (COST_CONTRIBUTION, _("Free contribution")),
        (COST_PAID, _("Paid")),
    ]

    duration_min = models.PositiveSmallIntegerField(
        _("shortest duration (minutes)"),
        null=True,
        blank=True,
        help_text=_("In minutes, e.g. 60 for one hour. Leave empty if it varies a lot."),
    )
    duration_max = models.PositiveSmallIntegerField(
        _("longest duration (minutes)"),
        null=True,
        blank=True,
        help_text=_("In minutes. Leave empty when the duration is fixed."),
    )
    group_min = models.PositiveSmallIntegerField(
        _("fewest participants"),
        default=1,
        help_text=_("Smallest number of participants for the format to work."),
    )
    group_max = models.PositiveSmallIntegerField(
        _("most participants"),
        null=True,
        blank=True,
        help_text=_("Largest number of participants. Leave empty if there is no limit."),
    )
    categories = ParentalManyToManyField(
        "portal.FormatCategory",
        blank=True,
        related_name="+",
        verbose_name=_("categories"),
    )
    places = ParentalManyToManyField(
        "portal.PlaceKind",
        blank=True,
        related_name="+",
        verbose_name=_("suitable places"),
    )
    cost = models.CharField(
        _("cost for participants"), max_length=20, choices=COST_CHOICES, default=COST_FREE
    )
    cost_details = models.CharField(
        _("cost details"),
        max_length=200,
        blank=True,
        help_text=_("What the money pays for and how much, so that nobody is surprised."),
    )
    co_animation = models.BooleanField(
        _("co-animation advised"),
        default=False,
        help_text=_("Tick if the format works better with two people leading it."),
    )
    co_animation_reason = models.CharField(
        _("why two people"),
        max_length=200,
        blank=True,
        help_text=_("In one sentence, e.g. « one person leads, the other can step out »."),
    )
    objective = models.TextField(
        _("objective"),
        max_length=400,
        help_text=_("What the format is for, in one or two sentences."),
    )
    rules = StreamField(
        [("rule", RuleBlock())],
        verbose_name=_("rules"),
        blank=True,
        help_text=_("Rules shown to participants. Three to five short rules are enough."),
    )
    steps = StreamField(
        [("step", SessionStepBlock())],
        verbose_name=_("steps"),
        blank=True,
        help_text=_("How a session unfolds, from welcome to closing."),
    )
    role_welcome = models.CharField(
        _("welcome"),
        max_length=250,
        blank=True,
        help_text=_("Who welcomes people and what they do."),
    )
    role_facilitation = models.CharField(
        _("facilitation"),
        max_length=250,
        blank=True,
        help_text=_("Who leads the session and what they watch for."),
    )
    role_closing = models.CharField(
        _("closing"),
        max_length=250,
        blank=True,
        help_text=_("Who closes the session and hands out the resources."),
    )
    outputs = models.CharField(
        _("what participants leave with"),
        max_length=250,
        blank=True,
        help_text=_("E.g. « the local resources sheet » or « a short anonymous feedback »."),
    )
    kit = StreamField(
        [("item", KitItemBlock())],
        verbose_name=_("required kit"),
        blank=True,
        help_text=_(
            "Every format needs a welcome charter, a local resources sheet and an "
            "escalation plan in case someone is in distress."
        ),
    )
    follow_up = models.CharField(
        _("follow-up"),
        max_length=300,
        blank=True,
        help_text=_("What happens after the session, e.g. a courtesy call after two weeks."),
    )
    accessibility = models.CharField(
        _("accessibility notes"),
        max_length=300,
        blank=True,
        help_text=_("Step-free access, seating, easy-to-read version, languages…"),
    )
    variations = StreamField(
        [("variation", VariationBlock())],
        verbose_name=_("variations"),
        blank=True,
    )

    parent_page_types = ["guides.ActionFormatIndexPage"]
    subpage_types = []
    base_form_class = ActionFormatPageForm

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("objective"),
        index.SearchField("outputs"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.FilterField("cost"),
    ]

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("duration_min"), FieldPanel("duration_max")]),
                FieldRowPanel([FieldPanel("group_min"), FieldPanel("group_max")]),
                FieldRowPanel([FieldPanel("cost"), FieldPanel("cost_details")]),
                FieldRowPanel([FieldPanel("co_animation"), FieldPanel("co_animation_reason")]),
            ],
            heading=_("At a glance"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("places", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Categories and places"),
        ),
        FieldPanel("objective"),
        FieldPanel("rules"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [
                FieldPanel("role_welcome"),
                FieldPanel("role_facilitation"),
                FieldPanel("role_closing"),
            ],
            heading=_("Roles"),
        ),
        FieldPanel("outputs"),
        FieldPanel("kit"),
        FieldPanel("follow_up"),
        FieldPanel("accessibility"),
        FieldPanel("variations"),
        BasePage.taxonomy_panel,
        RelatedContentMixin.related_panel,
    ]

    class Meta:
        verbose_name = _("action format")
        verbose_name_plural = _("action formats")

    def clean(self):
        super().clean()
        errors = {}
        if self.duration_min and self.duration_max and self.duration_max < self.duration_min:
            errors["duration_max"] = _("The longest duration is shorter than the shortest one.")
        if self.duration_max and not self.duration_min:
            errors["duration_min"] = _("Give the shortest duration too.")
        if self.group_max and self.group_min and self.group_max < self.group_min:
            errors["group_max"] = _("The largest group is smaller than the smallest one.")
        if self.co_animation_reason and not self.co_animation:
            errors["co_animation"] = _("Tick co-animation, or remove the reason.")
        if errors:
            raise ValidationError(errors)

    @property
    def duration_label(self):
        return duration_label(self.duration_min, self.duration_max)

    @property
    def group_label(self):
        return group_label(self.group_min, self.group_max)

    @property
    def is_free(self):
        return self.cost == self.COST_FREE

    def kit_items(self):
        """Kit items in the order charter, resources sheet, escalation plan, others."""
        order = [k for k, _label in KitItemBlock.KINDS]
        return sorted(
            (block.value for block in self.kit),
            key=lambda value: order.index(value.get("kind") or KitItemBlock.OTHER),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = localized_terms(self.categories.all(), self.locale_id)
        context["places"] = localized_terms(self.places.all(), self.locale_id)
        return context


def localized_terms(terms, locale_id):
    """``terms`` in the page's language when translated. wagtail-localize copies the source
    page's many-to-many choices to its translations (wagtail-localize issue #820), so a
    translated format may point at French terms: show their translations instead."""
    terms = list(terms)
    foreign = [term.translation_key for term in terms if term.locale_id != locale_id]
    if not foreign:
        return terms
    model = type(terms[0])
    found = {
        term.translation_key: term
        for term in model.objects.filter(translation_key__in=foreign, locale_id=locale_id)
    }
    return [found.get(term.translation_key, term) for term in terms]


def duration_label(low, high):
    """« 1 h 30 », « 45 min to 1 h », or « Variable » when unknown."""
    if not low:
        return _("Variable")
    if not high or high == low:
        return format_minutes(low)
    return _("%(low)s to %(high)s") % {"low": format_minutes(low), "high": format_minutes(high)}


def group_label(low, high):
    if not high:
        return ngettext("%(low)s person or more", "%(low)s people or more", low) % {"low": low}
    if high == low:
        return ngettext("%(count)s person", "%(count)s people", low) % {"count": low}
    return _("%(low)s to %(high)s people") % {"low": low, "high": high}
