"""The action format library: replicable formats (café-échanges, cercle d'écoute…).

A format is structured data first (duration, group size, categories, places, cost…), so
that the index can filter on it, and prose second (objective, steps, roles, kit…), so that
its page prints as a one-page sheet.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.search import index

from portal.models import BasePage, FormatCategory, IndexPage, PlaceKind, RelatedContentMixin
from portal.models.pages import BasePageForm

# Blocks ---------------------------------------------------------------------------------


class RuleBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 200)
        super().__init__(**kwargs)

    class Meta:
        icon = "list-ul"
        label = _("Rule")
        description = _("One rule of the group, in one short sentence (shown to participants).")
        preview_value = "Chacun peut passer son tour sans se justifier."


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("what happens"), max_length=120)
    minutes = blocks.IntegerBlock(
        label=_("minutes"),
        required=False,
        min_value=1,
        max_value=600,
        help_text=_("Optional: how long this step lasts, in minutes."),
    )
    text = blocks.TextBlock(
        label=_("how to do it"),
        required=False,
        help_text=_("One or two sentences at most, so that the sheet fits on one page."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")
        description = _("One moment of the session, in the order it happens.")
        preview_value = {
            "title": "Accueil et rappel des règles",
            "minutes": 10,
            "text": "On se présente par son prénom, on lit la charte ensemble.",
        }


class KitItemBlock(blocks.StructBlock):
    CHARTER = "charter"
    RESOURCES = "resources"
    ESCALATION = "escalation"
    OTHER = "other"
    KINDS = [
        (CHARTER, _("Welcome charter")),
        (RESOURCES, _("Local resources sheet")),
        (ESCALATION, _("Escalation plan")),
        (OTHER, _("Other material")),
    ]

    kind = blocks.ChoiceBlock(choices=KINDS, label=_("kind"), default=CHARTER)
    title = blocks.CharBlock(label=_("title"), max_length=120)
    description = blocks.TextBlock(
        label=_("what it contains"),
        required=False,
        help_text=_("One sentence: what is in it, or how to prepare it."),
    )
    document = DocumentChooserBlock(
        label=_("document to download"),
        required=False,
        help_text=_("Optional: a file to print (PDF, text document)."),
    )
    page = blocks.PageChooserBlock(
        label=_("page of the site"),
        required=False,
        page_type=["guides.GuidePage", "home.ContentPage"],
        help_text=_("Optional: a guide or a page of the site that holds this material."),
    )

    class Meta:
        icon = "clipboard-list"
        label = _("Kit item")
        description = _("Something to prepare or print before the session.")
        preview_value = {
            "kind": "charter",
            "title": "Charte d'accueil",
            "description": "Une page : confidentialité, droit au silence, droit de partir.",
        }


class VariationBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("variation"), max_length=120)
    text = blocks.TextBlock(label=_("how it changes"), required=False)

    class Meta:
        icon = "repeat"
        label = _("Variation")
        description = _("Another way to run the format (another place, public or length).")
        preview_value = {"title": "En plein air", "text": "Aux beaux jours, dans un jardin."}


# Faceted listing -------------------------------------------------------------------------

DURATION_BUCKETS = {
    # value: (label, shortest minute, longest minute); a format matches a bucket when its
    # own duration range overlaps it.
    "lt1h": (_("Less than 1 hour"), 0, 59),
    "1to2h": (_("1 to 2 hours"), 60, 120),
    "gt2h": (_("More than 2 hours"), 121, None),
}
SIZE_LIMIT = 200
SIZE_SHORTCUTS = (2, 5, 10, 20)
SORTS = {"title": _("Title"), "duration": _("Duration")}
TRUE_VALUES = {"1", "on", "true", "yes"}


def format_minutes(minutes):
    """« 45 min », « 1 h », « 1 h 30 »."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _("%(minutes)s min") % {"minutes": rest}
    if not rest:
        return _("%(hours)s h") % {"hours": hours}
    return _("%(hours)s h %(minutes)02d") % {"hours": hours, "minutes": rest}


def _short(value):
    return value if len(value) <= 40 else value[:40] + "…"


@dataclass
class FormatRow:
    """The few columns the facets need, loaded once for every format of the index."""

    id: int
    title: str
    duration_min: int | None
    duration_max: int | None
    group_min: int
    group_max: int | None
    cost: str
    categories: set = field(default_factory=set)
    places: set = field(default_factory=set)

    def matches(self, facet, value):
        if facet == "category":
            return value in self.categories
        if facet == "place":
            return value in self.places
        if facet == "free":
            return self.cost == ActionFormatPage.COST_FREE
        if facet == "size":
            return self.group_min <= value and (self.group_max is None or value <= self.group_max)
        if facet == "duration":
            if not self.duration_min:
                return False
            _label, low, high = DURATION_BUCKETS[value]
            longest = self.duration_max or self.duration_min
            return longest >= low and (high is None or self.duration_min <= high)
        raise ValueError(facet)

    def sort_key(self, sort):
        title = self.title.casefold()
        if sort == "duration":
            return (self.duration_min is None, self.duration_min or 0, title)
        return (title,)


class FacetedListing:
    """Filters of the format index, read from GET parameters, computed in Python.

    Three queries load the light rows of every format of the index (columns, category slugs,
    place slugs) and two load the vocabularies; the facets, their counts and the ordering are
    then computed in memory, so the number of queries does not grow with the formats.
    Invalid values are ignored with a message, never an error.
    """

    FACETS = ("category", "duration", "size", "place", "free")

    def __init__(self, index, params):
        self.index = index
        self.messages = []
        self.rows = self._load_rows()
        self.categories = list(FormatCategory.objects.filter(locale_id=index.locale_id))
        self.places = list(PlaceKind.objects.filter(locale_id=index.locale_id))
        self.active = self._parse(params)
        self.sort = self._parse_sort(params.get("sort", ""))
        self.results = self.matching(self.active)

    # Loading and parsing

    def _load_rows(self):
        pages = ActionFormatPage.objects.child_of(self.index).live().public()
        rows = {
            values[0]: FormatRow(*values)
            for values in pages.values_list(
                "id",
                "title",
                "duration_min",
                "duration_max",
                "group_min",
                "group_max",
                "cost",
            )
        }
        for name, column in (("categories", "formatcategory"), ("places", "placekind")):
            through = getattr(ActionFormatPage, name).through
            links = through.objects.filter(actionformatpage__in=pages.values("pk"))
            for page_id, slug in links.values_list("actionformatpage_id", f"{column}__slug"):
                if page_id in rows:
                    getattr(rows[page_id], name).add(slug)
        return list(rows.values())

    def _parse(self, params):
        active = {}
        for facet, value in (
            *self._parse_terms(params),
            ("duration", self._parse_duration(params.get("duration", "").strip())),
            ("size", self._parse_size(params.get("size", "").strip())),
            ("free", self._parse_free(params.get("free", "").strip().lower())),
        ):
            if value is not None:
                active[facet] = value
        return active

    def _parse_terms(self, params):
        unknown = {
            "category": _("There is no category « %(value)s »: this filter was ignored."),
            "place": _("There is no kind of place « %(value)s »: this filter was ignored."),
        }
        known = {
            "category": {term.slug for term in self.categories}
            | {slug for row in self.rows for slug in row.categories},
            "place": {term.slug for term in self.places}
            | {slug for row in self.rows for slug in row.places},
        }
        for facet in ("category", "place"):
            value = params.get(facet, "").strip()
            if value in known[facet]:
                yield facet, value
            elif value:
                self.messages.append(unknown[facet] % {"value": _short(value)})

    def _parse_duration(self, value):
        if value in DURATION_BUCKETS:
            return value
        if value:
            self.messages.append(
                _("The duration « %(value)s » is not one of the choices: this filter was ignored.")
                % {"value": _short(value)}
            )
        return None

    def _parse_size(self, value):
        if not value:
            return None
        try:
            number = int(value)
        except ValueError:
            self.messages.append(
                _("Enter the size of the group as a number, e.g. 10: this filter was ignored.")
            )
            return None
        if 1 <= number <= SIZE_LIMIT:
            return number
        self.messages.append(
            _("Enter a group size between 1 and %(limit)s people: this filter was ignored.")
            % {"limit": SIZE_LIMIT}
        )
        return None

    def _parse_free(self, value):
        if value in TRUE_VALUES:
            return True
        if value:
            self.messages.append(_("The « free only » filter takes no value other than 1."))
        return None

    def _parse_sort(self, value):
        if value in SORTS or not value:
            return value or "title"
        self.messages.append(_("Results can be sorted by title or duration only."))
        return "title"

    # Computing

    def matching(self, active):
        return [
            row
            for row in self.rows
            if all(row.matches(facet, value) for facet, value in active.items())
        ]

    def ordered_ids(self):
        return [row.id for row in sorted(self.results, key=lambda r: r.sort_key(self.sort))]

    def load_pages(self, ids, request):
        """The formats of one page of results, in order, with their category names."""
        pages = {page.id: page for page in ActionFormatPage.objects.filter(id__in=list(ids))}
        names = {term.slug: term.name for term in self.categories}
        rows = {row.id: row for row in self.results}
        ordered = []
        for page_id in ids:
            page = pages[page_id]
            page.category_names = sorted(
                names[slug] for slug in rows[page_id].categories if slug in names
            )
            ordered.append(page)
        return ordered

    # Links

    def url(self, **changes):
        """Query string of the current filters with ``changes`` (None removes a filter)."""
        params = {**self.active, "sort": self.sort, **changes}
        if params.get("sort") == "title":
            params.pop("sort")
        params = {key: value for key, value in params.items() if value not in (None, False)}
        for facet in ("free",):
            if params.get(facet) is True:
                params[facet] = "1"
        ordered = [(key, params[key]) for key in (*self.FACETS, "sort") if key in params]
        return "?" + urlencode(ordered) if ordered else "?"

    def querystring(self):
        return self.url()[1:]

    def _options(self, facet, choices):
        others = {key: value for key, value in self.active.items() if key != facet}
        base = self.matching(others)
        options = []
        for value, label in choices:
            selected = self.active.get(facet) == value
            options.append(
                {
                    "value": value,
                    "label": label,
                    "count": sum(1 for row in base if row.matches(facet, value)),
                    "selected": selected,
                    "url": self.url(**{facet: None if selected else value}),
                }
            )
        return options

    def facets(self):
        sizes = sorted({*SIZE_SHORTCUTS, self.active.get("size", SIZE_SHORTCUTS[0])})
        return [
            {
                "name": "category",
                "label": _("Category"),
                "options": self._options(
                    "category", [(term.slug, term.name) for term in self.categories]
                ),
            },
            {
                "name": "duration",
                "label": _("Duration"),
                "options": self._options(
                    "duration", [(key, value[0]) for key, value in DURATION_BUCKETS.items()]
                ),
            },
            {
                "name": "size",
                "label": _("Fits a group of"),
                "options": self._options(
                    "size",
                    [
                        (number, ngettext("%(n)s person", "%(n)s people", number) % {"n": number})
                        for number in sizes
                    ],
                ),
            },
            {
                "name": "place",
                "label": _("Place"),
                "options": self._options("place", [(term.slug, term.name) for term in self.places]),
            },
            {
                "name": "free",
                "label": _("Cost"),
                "options": self._options("free", [(True, _("Free only"))]),
            },
        ]

    def size_form_hidden(self):
        """Other active filters, as hidden fields of the « group of N people » form."""
        params = {key: value for key, value in self.active.items() if key != "size"}
        if self.sort != "title":
            params["sort"] = self.sort
        return [(key, "1" if value is True else value) for key, value in params.items()]

    def active_filters(self):
        """Active filters with their label, the link that removes each one and the number
        of formats that removing it would give."""
        labels = {
            "category": {term.slug: term.name for term in self.categories},
            "place": {term.slug: term.name for term in self.places},
            "duration": {key: value[0] for key, value in DURATION_BUCKETS.items()},
        }
        filters = []
        for facet in self.FACETS:
            if facet not in self.active:
                continue
            value = self.active[facet]
            if facet == "size":
                label = _("Fits a group of %(n)s people") % {"n": value}
            elif facet == "free":
                label = _("Free only")
            else:
                label = labels[facet].get(value, value)
            others = {key: v for key, v in self.active.items() if key != facet}
            filters.append(
                {
                    "facet": facet,
                    "label": label,
                    "url": self.url(**{facet: None}),
                    "count": len(self.matching(others)),
                }
            )
        return filters

    def sort_options(self):
        return [
            {"value": key, "label": label, "selected": key == self.sort, "url": self.url(sort=key)}
            for key, label in SORTS.items()
        ]


# Pages ----------------------------------------------------------------------------------


class ActionFormatIndexPage(IndexPage):
    """/formats/: replicable action formats, with facets through GET parameters."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.ActionFormatPage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("action format index")

    def get_context(self, request, *args, **kwargs):
        from portal.pagination import paginate

        context = super(IndexPage, self).get_context(request, *args, **kwargs)
        listing = FacetedListing(self, request.GET)
        items = paginate(request, listing.ordered_ids(), self.per_page)
        items.object_list = listing.load_pages(items.object_list, request)
        context.update(listing=listing, items=items, querystring=listing.querystring())
        return context


class ActionFormatPageForm(BasePageForm):
    """Also restricts format categories and kinds of place to the page's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self._page_locale()
        for name in ("categories", "places"):
            field = self.fields.get(name)
            if field is not None and locale is not None:
                field.queryset = field.queryset.filter(locale=locale)


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
        [("step", StepBlock())],
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
        context["related_items"] = self.related_pages()
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
