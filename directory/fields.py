"""Model and form fields of the directory: lists of codes, and the weekly hours grid."""

from django import forms
from django.db import models
from django.template.loader import render_to_string
from django.utils.dates import WEEKDAYS
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from . import hours

# Django's own day names (translated by Django's catalogues, « lundi » in lower case as
# French writes it mid-sentence); the grid capitalises them as row labels.
DAY_LABELS = {code: WEEKDAYS[index] for index, code in enumerate(hours.DAYS)}
WEEKDAYS_ROW = "weekdays"


class ChoiceListField(models.JSONField):
    """A JSON list of codes chosen with checkboxes (data·inclusion vocabularies).

    The choices are given at runtime and kept out of migrations: they come from the
    ``data-inclusion-schema`` package, so a new release of its vocabulary needs no migration.
    """

    def __init__(self, *args, choice_list=(), **kwargs):
        self.choice_list = choice_list
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("choice_list", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choice_list() if callable(self.choice_list) else self.choice_list,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


class GridHours(str):
    """The OSM string built from the weekly grid, with the slots typed back to front
    (« 10:00 – 09:00 »), which the field refuses: in the grid a slot is within one day.
    (A rule past midnight, such as ``Fr 20:00-02:00``, can still be typed as text.)"""

    reversed_slots: tuple = ()


def _minutes(text):
    hour, _sep, minute = text.partition(":")
    try:
        return int(hour) * 60 + int(minute)
    except ValueError:
        return None


def _is_reversed(start, end):
    first, last = _minutes(start), _minutes(end)
    return first is not None and last is not None and last <= first


class OpeningHoursWidget(forms.Widget):
    """A week grid (two slots a day, a « Monday to Friday » row, public holidays) that reads
    and writes an OSM ``opening_hours`` string. Strings the grid cannot show (imported
    data) stay editable in an « advanced » text box."""

    template_name = "directory/widgets/opening_hours.html"

    def _week_from(self, value):
        parsed = hours.parse_osm(value or "")
        if parsed is None:
            return None, False
        week, closed_ph = parsed
        shortcut = []
        weekday_slots = [week[d] for d in hours.WEEKDAYS]
        if weekday_slots[0] and all(s == weekday_slots[0] for s in weekday_slots):
            shortcut = weekday_slots[0]
            week = {**week, **{d: [] for d in hours.WEEKDAYS}}
        return {WEEKDAYS_ROW: shortcut, **week}, closed_ph

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        week, closed_ph = self._week_from(value)
        raw = value if week is None else ""
        week = week or {}
        rows = []
        for code, label in [(WEEKDAYS_ROW, _("Monday to Friday")), *DAY_LABELS.items()]:
            slots = list(week.get(code) or [])
            slots += [("", "")] * (hours.SLOTS_PER_DAY - len(slots))
            rows.append(
                {
                    "code": code,
                    "label": capfirst(label),
                    "closable": code in hours.WEEKDAYS,
                    "slots": [
                        {"index": i, "start": s[0], "end": s[1]} for i, s in enumerate(slots)
                    ],
                }
            )
        context["widget"].update(
            {"rows": rows, "closed_ph": closed_ph if value else True, "raw": raw}
        )
        return context

    def render(self, name, value, attrs=None, renderer=None):
        # The project's template tree (not the form renderer's app-only search path).
        context = self.get_context(name, value, attrs)
        return mark_safe(render_to_string(self.template_name, context))  # noqa: S308

    def value_from_datadict(self, data, files, name):
        reversed_slots = []

        def slots(code):
            found = []
            for i in range(hours.SLOTS_PER_DAY):
                start = (data.get(f"{name}_{code}_{i}_start") or "").strip()
                end = (data.get(f"{name}_{code}_{i}_end") or "").strip()
                if start and end:
                    found.append((start[:5], end[:5]))
                    if _is_reversed(start[:5], end[:5]):
                        reversed_slots.append((code, start[:5], end[:5]))
            return found

        shortcut = slots(WEEKDAYS_ROW)
        week = {}
        for code in hours.DAYS:
            own = slots(code)
            if data.get(f"{name}_{code}_closed"):
                own, fill = [], False
            else:
                fill = code in hours.WEEKDAYS
            week[code] = own or (shortcut if fill else [])
        built = hours.build_osm(week, data.get(f"{name}_ph") == "off")
        if built:
            value = GridHours(built)
            value.reversed_slots = tuple(reversed_slots)
            return value
        return (data.get(f"{name}_raw") or "").strip()

    def value_omitted_from_data(self, data, files, name):
        return False


class OpeningHoursFormField(forms.CharField):
    widget = OpeningHoursWidget

    def clean(self, value):
        # Checked before ``to_python``, which turns the grid's value into a plain string.
        for code, start, end in getattr(value, "reversed_slots", ()):
            day = capfirst(DAY_LABELS.get(code) or _("Monday to Friday"))
            raise forms.ValidationError(
                _(
                    "%(day)s: the slot ends before it starts (%(start)s – %(end)s). Put the "
                    "opening time first, for example 09:00 – 12:00."
                ),
                code="reversed_slot",
                params={"day": day, "start": start, "end": end},
            )
        return super().clean(value)

    def validate(self, value):
        super().validate(value)
        if value and not hours.is_valid(value):
            raise forms.ValidationError(
                _(
                    "These opening hours cannot be read. Check that each slot has a start "
                    "and an end (for example 09:00 and 12:00)."
                )
            )


class OpeningHoursField(models.CharField):
    """An OSM ``opening_hours`` string, edited with the weekly grid."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 500)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": OpeningHoursFormField, **kwargs})
