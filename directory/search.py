"""Directory search: text, filters and « près de chez moi », all from GET parameters.

Two paths keep it fast with tens of thousands of entries:
- without a position or « open now », the database filters, counts and pages;
- with them, one query reads a few columns of the candidates (a bounding box on the
  indexed latitude/longitude, plus the chosen commune), Python computes exact distances
  and opening states, sorts (the commune first, then by distance), caps and pages; only
  the entries of the current page are then loaded.
Invalid parameters are dropped with a message; they never raise an error page. Every
integer parameter (``near``, ``radius``, ``page``) is read by ``BoundedIntegerField``,
with its bounds in ``INTEGER_PARAMS``: digits only, a few of them, never a value a
database column cannot hold.

This module does not import the models: the directory page it is given provides the
queries on its entries (``entries``, ``with_free_service``, ``entries_by_id``…).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from django import forms
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.models import Audience, OrganisationType, Theme
from portal.text import fold

from . import geo, hours
from .vocabulary import LANGUAGE_CHOICES

RADIUS_KM = (1, 2, 5, 10, 20)
RADIUS_CHOICES = [(str(km), f"{km} km") for km in RADIUS_KM]
DEFAULT_RADIUS_KM = 10
# Page ids are PostgreSQL « integer » columns; a larger number would overflow a query.
MAX_PAGE_ID = 2**31 - 1
MAX_PAGE_NUMBER = 10_000
# (smallest, largest) of every integer parameter of the directory.
INTEGER_PARAMS = {
    "near": (1, MAX_PAGE_ID),
    "radius": (min(RADIUS_KM), max(RADIUS_KM)),
    "page": (1, MAX_PAGE_NUMBER),
}
_DIGITS = re.compile(r"[+-]?[0-9]{1,12}")  # ASCII digits only, twelve at most
MAX_RESULTS = 200  # with a position: the nearest ones, paged
MAP_LIMIT = 500
MAX_QUERY_LENGTH = 200
MAX_WORDS = 8


class BoundedIntegerField(forms.IntegerField):
    """An integer query parameter within the bounds of ``INTEGER_PARAMS``. Anything but a
    few digits (« 1.5 », « 1e9 », twenty digits) is refused before Python or the database
    sees it as a number; Django's own messages say what is wrong."""

    def __init__(self, param, **kwargs):
        low, high = INTEGER_PARAMS[param]
        super().__init__(min_value=low, max_value=high, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
        if value in self.empty_values:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if not isinstance(value, str) or not _DIGITS.fullmatch(value):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return int(value)


def parse_integer(param, raw):
    """The value of an integer parameter, or None when missing or not acceptable."""
    try:
        return BoundedIntegerField(param, required=False).clean(raw)
    except forms.ValidationError:
        return None


class DirectorySearchForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("What are you looking for?"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        help_text=gettext_lazy("For example: café, numérique, écoute, bibliothèque."),
    )
    place = forms.CharField(
        label=gettext_lazy("Commune or postcode"),
        required=False,
        max_length=80,
    )
    radius = BoundedIntegerField(
        "radius",
        label=gettext_lazy("Up to"),
        required=False,
        widget=forms.Select(choices=RADIUS_CHOICES),
    )
    theme = forms.ChoiceField(label=gettext_lazy("Theme"), required=False)
    audience = forms.ChoiceField(label=gettext_lazy("For whom"), required=False)
    type = forms.ChoiceField(label=gettext_lazy("Type of place"), required=False)
    language = forms.ChoiceField(label=gettext_lazy("Language spoken"), required=False)
    open_now = forms.BooleanField(label=gettext_lazy("Open now"), required=False)
    free = forms.BooleanField(label=gettext_lazy("Free"), required=False)
    step_free = forms.BooleanField(label=gettext_lazy("Step-free access"), required=False)
    lat = forms.FloatField(required=False, min_value=-90, max_value=90, widget=forms.HiddenInput)
    lng = forms.FloatField(required=False, min_value=-180, max_value=180, widget=forms.HiddenInput)
    near = BoundedIntegerField("near", required=False, widget=forms.HiddenInput)

    def __init__(self, data, locale, **kwargs):
        if data is not None and not data.get("radius"):
            data = data.copy()
            data["radius"] = str(DEFAULT_RADIUS_KM)
        super().__init__(data, initial={"radius": str(DEFAULT_RADIUS_KM)}, **kwargs)
        every = [("", _("All"))]
        for name, model in (("theme", Theme), ("audience", Audience), ("type", OrganisationType)):
            terms = model.objects.filter(locale=locale).values_list("slug", "name")
            self.fields[name].choices = every + list(terms)
        self.fields["language"].choices = every + [(c, str(n)) for c, n in LANGUAGE_CHOICES]

    def clean_radius(self):
        radius = self.cleaned_data.get("radius")
        if radius is None:
            return DEFAULT_RADIUS_KM
        if radius not in RADIUS_KM:
            raise forms.ValidationError(
                forms.ChoiceField.default_error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": radius},
            )
        return radius

    def clean_lat(self):
        return _finite(self.cleaned_data.get("lat"))

    def clean_lng(self):
        return _finite(self.cleaned_data.get("lng"))


def _finite(value):
    if value is not None and not math.isfinite(value):
        raise forms.ValidationError(_("This position is not valid."))
    return value


@dataclass
class Result:
    page: object  # an OrganisationPage
    distance_km: float | None = None
    in_city: bool = False
    status: hours.Status | None = None

    @property
    def distance(self):
        return geo.format_distance(self.distance_km)


@dataclass
class SearchOutcome:
    form: DirectorySearchForm
    items: object = None  # a paginator Page of Result
    total: int = 0
    capped: bool = False
    messages: list = field(default_factory=list)
    place: geo.Place | None = None
    origin: tuple | None = None
    radius: int = DEFAULT_RADIUS_KM
    markers: dict = field(default_factory=dict)
    querystring: str = ""
    active: bool = False
    filters_active: int = 0
    communes: list = field(default_factory=list)


# The optional filters, folded away on the page until one of them is used.
FILTER_FIELDS = ("theme", "audience", "type", "language", "open_now", "free", "step_free")


class DirectorySearch:
    def __init__(self, directory, request):
        self.directory = directory
        self.request = request
        self.now = hours.now_paris()

    def run(self) -> SearchOutcome:
        form = DirectorySearchForm(self.request.GET or None, self.directory.locale)
        out = SearchOutcome(form=form)
        params = self._clean(form, out)
        out.active = any(v not in (None, "", False) for k, v in params.items() if k != "radius")
        out.filters_active = sum(1 for name in FILTER_FIELDS if params.get(name))
        entries = self.directory.entries()
        qs = self._filter(entries, params)

        out.radius = params.get("radius") or DEFAULT_RADIUS_KM
        out.place, out.origin = self._origin(params, entries, out)
        if out.origin or params.get("open_now"):
            results, out.capped = self._rank(qs, out, params.get("open_now"))
            out.total = len(results)
            out.items = self._paginate(results)
            self._load(out.items)
            out.markers = self._markers(results[:MAP_LIMIT], out.origin)
        else:
            ordered = qs.order_by("title").only("pk")
            out.items = self._paginate(ordered.values_list("pk", flat=True))
            out.total = out.items.paginator.count
            out.items.object_list = self._results_for_ids(list(out.items.object_list))
            rows = (
                qs.filter(latitude__isnull=False)
                .order_by("title")
                .values_list("title", "slug", "latitude", "longitude")[:MAP_LIMIT]
            )
            out.markers = self._markers_from_values(rows, None)
        out.querystring = self._querystring(form)
        out.communes = geo.shipped_communes()
        return out

    # -- Parameters --

    def _paginate(self, object_list):
        """The requested page of results; a page number that does not exist is a 404 (the
        friendly page), whatever was typed."""
        raw = self.request.GET.get("page", "")
        number = parse_integer("page", raw) if raw.strip() else 1
        if number is None:
            raise Http404(_("This page number does not exist."))
        try:
            return Paginator(object_list, self.directory.per_page).page(number)
        except EmptyPage as exc:
            raise Http404(_("This page number does not exist.")) from exc

    def _clean(self, form, out):
        if not form.is_bound:
            return {}
        form.is_valid()
        for name, errors in form.errors.items():
            label = form.fields[name].label or name
            out.messages.append(
                _("« %(field)s » was ignored: %(error)s") % {"field": label, "error": errors[0]}
            )
        params = dict(form.cleaned_data)
        if (params.get("lat") is None) != (params.get("lng") is None):
            params["lat"] = params["lng"] = None
            out.messages.append(_("Your position was incomplete and has been ignored."))
        return params

    def _filter(self, qs, params):
        words = fold(params.get("q") or "").split()[:MAX_WORDS]
        for word in words:
            qs = qs.filter(search_text__contains=word)
        if params.get("theme"):
            qs = qs.filter(themes__slug=params["theme"])
        if params.get("audience"):
            qs = qs.filter(audiences__slug=params["audience"])
        if params.get("type"):
            qs = qs.filter(organisation_type__slug=params["type"])
        if params.get("step_free"):
            qs = qs.filter(step_free_access=True)
        if params.get("free"):
            qs = self.directory.with_free_service(qs)
        code = params.get("language")
        if code:
            qs = qs.filter(
                Q(languages=code)
                | Q(languages__startswith=f"{code},")
                | Q(languages__endswith=f",{code}")
                | Q(languages__contains=f",{code},")
            )
        return qs

    def _origin(self, params, entries, out):
        if params.get("lat") is not None and params.get("lng") is not None:
            return None, (params["lat"], params["lng"])
        if params.get("near"):
            library = entries.filter(pk=params["near"], latitude__isnull=False).first()
            if library:
                place = geo.Place(
                    library.title, library.city_key, library.latitude, library.longitude
                )
                return place, (library.latitude, library.longitude)
            out.messages.append(_("This place is not in the directory; it was ignored."))
        text = params.get("place")
        if text:
            place = geo.resolve_place(text, entries)
            if place is None:
                out.messages.append(
                    _(
                        "We do not know the commune or postcode « %(place)s ». Check the "
                        "spelling, or try a neighbouring commune."
                    )
                    % {"place": text[:80]}
                )
                return None, None
            if place.latitude is None:
                return place, None
            return place, (place.latitude, place.longitude)
        return None, None

    # -- Ranking in Python (position or « open now ») --

    def _rank(self, qs, out, open_now):
        fields = ("pk", "title", "slug", "latitude", "longitude", "city_key", "opening_hours")
        key = out.place.key if out.place else None
        if out.origin:
            lat, lng = out.origin
            min_lat, max_lat, min_lng, max_lng = geo.bounding_box(lat, lng, out.radius)
            near = Q(latitude__range=(min_lat, max_lat), longitude__range=(min_lng, max_lng))
            qs = qs.filter(near | Q(city_key=key)) if key else qs.filter(near)
        rows = list(qs.order_by().values_list(*fields))
        notices = self.directory.active_notices_by_page(self.now.date()) if open_now else {}
        results = []
        for pk, title, slug, rlat, rlng, rkey, hours_value in rows:
            in_city = bool(key) and rkey == key
            distance = None
            if out.origin and rlat is not None:
                distance = geo.haversine_km(out.origin[0], out.origin[1], rlat, rlng)
                if distance > out.radius and not in_city:
                    continue
            if open_now:
                value = hours.effective_osm(hours_value, notices.get(pk, ()))
                if not hours.status(value, self.now).is_open:
                    continue
            results.append((pk, title, slug, rlat, rlng, distance, in_city))
        results.sort(key=lambda r: (not r[6], r[5] if r[5] is not None else math.inf, fold(r[1])))
        return results[:MAX_RESULTS], len(results) > MAX_RESULTS

    # -- Loading the current page --

    def _load(self, page_obj):
        rows = list(page_obj.object_list)
        found = self.directory.entries_by_id([r[0] for r in rows])
        page_obj.object_list = [
            Result(
                page=found[r[0]],
                distance_km=r[5],
                in_city=r[6],
                status=found[r[0]].opening_status(self.now),
            )
            for r in rows
            if r[0] in found
        ]

    def _results_for_ids(self, ids):
        found = self.directory.entries_by_id(ids)
        return [
            Result(page=found[pk], status=found[pk].opening_status(self.now))
            for pk in ids
            if pk in found
        ]

    # -- Map and links --

    def _markers(self, results, origin):
        return self._markers_from_values([(r[1], r[2], r[3], r[4]) for r in results], origin)

    def _markers_from_values(self, rows, origin):
        base = self.directory.get_url(self.request) or ""
        markers = [
            {"name": title, "url": f"{base}{slug}/", "lat": round(lat, 6), "lng": round(lng, 6)}
            for title, slug, lat, lng in rows
            if lat is not None and lng is not None
        ]
        data = {"markers": markers}
        if origin:
            data["origin"] = {"lat": origin[0], "lng": origin[1]}
        return data

    def _querystring(self, form):
        """The search's parameters for the pagination links, without the rejected ones."""
        query = self.request.GET.copy()
        for name in ["page", *form.errors]:
            query.pop(name, None)
        return query.urlencode()
