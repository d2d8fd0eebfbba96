"""The faceted filters of the format index: category, duration, group size, place, cost.

Read from GET parameters and computed in Python over light rows of every format of the
index, so the number of queries does not grow with the formats. This module imports no
model: the index hands over its formats (``ActionFormatIndexPage.formats``).
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.models import FormatCategory, PlaceKind

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
    is_free: bool
    categories: set = field(default_factory=set)
    places: set = field(default_factory=set)

    def matches(self, facet, value):
        if facet == "category":
            return value in self.categories
        if facet == "place":
            return value in self.places
        if facet == "free":
            return self.is_free
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
        pages = self.index.formats()
        model = pages.model
        columns = ("id", "title", "duration_min", "duration_max", "group_min", "group_max")
        rows = {
            values[0]: FormatRow(*values[:-1], is_free=values[-1] == model.COST_FREE)
            for values in pages.values_list(*columns, "cost")
        }
        for name, column in (("categories", "formatcategory"), ("places", "placekind")):
            through = getattr(model, name).through
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
        pages = {page.id: page for page in self.index.formats().filter(id__in=list(ids))}
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
