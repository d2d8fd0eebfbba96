"""Opening hours: the editors' weekly grid <-> an OSM ``opening_hours`` string, and
"open now" evaluated in Europe/Paris time.

Evaluation is done by ``opening-hours-py`` (the Rust ``opening-hours`` crate, with the
French public-holiday calendar). This module only translates the subset the weekly form
produces (days, up to two slots a day, ``PH off``) to and from the string, adds the
temporary notices as dated rules (later OSM rules override earlier ones), and words the
result for visitors: « Ouvert — ferme à 12 h », « Fermé — ouvre mardi à 9 h ».
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from opening_hours import OpeningHours, validate

PARIS = ZoneInfo("Europe/Paris")
DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
WEEKDAYS = DAYS[:5]
SLOTS_PER_DAY = 2
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_TIME = r"([01]\d|2[0-4]):([0-5]\d)"
_SLOT_RE = re.compile(rf"^{_TIME}-{_TIME}$")
_DAY_RANGE_RE = re.compile(r"^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$")


def is_valid(value: str) -> bool:
    return bool(value) and validate(value)


# --- Weekly grid <-> OSM string -------------------------------------------------------


def _day_selector(days: list[str]) -> str:
    """["Mo","Tu","We","Fr"] -> "Mo-We,Fr" (runs of three or more become ranges)."""
    indexes = sorted(DAYS.index(d) for d in days)
    runs, start, prev = [], indexes[0], indexes[0]
    for i in [*indexes[1:], None]:
        if i is not None and i == prev + 1:
            prev = i
            continue
        if prev - start >= 2:
            runs.append(f"{DAYS[start]}-{DAYS[prev]}")
        else:
            runs.extend(DAYS[j] for j in range(start, prev + 1))
        if i is not None:
            start = prev = i
    return ",".join(runs)


def build_osm(week: dict, closed_on_public_holidays: bool = False) -> str:
    """``week`` maps a day code to a list of ("HH:MM", "HH:MM") slots."""
    groups: dict[tuple, list[str]] = {}
    for day in DAYS:
        slots = tuple(tuple(s) for s in week.get(day) or [] if s[0] and s[1])
        if slots:
            groups.setdefault(slots, []).append(day)
    rules = [
        f"{_day_selector(days)} {','.join(f'{a}-{b}' for a, b in slots)}"
        for slots, days in sorted(groups.items(), key=lambda kv: DAYS.index(kv[1][0]))
    ]
    if rules and closed_on_public_holidays:
        rules.append("PH off")
    return "; ".join(rules)


def parse_osm(value: str):
    """The (week, closed_on_public_holidays) the weekly grid can show for ``value``, or
    None when the string uses more of the OSM syntax than the grid offers."""
    week = {day: [] for day in DAYS}
    closed_ph = False
    if not value.strip():
        return week, closed_ph
    for raw_rule in value.split(";"):
        rule = raw_rule.strip()
        if not rule:
            continue
        if rule in {"PH off", "PH closed"}:
            closed_ph = True
            continue
        selector, _sep, times = rule.partition(" ")
        days = _parse_days(selector)
        slots = _parse_slots(times.strip())
        if days is None or slots is None:
            return None
        for day in days:
            if week[day]:
                return None
            week[day] = slots
    return week, closed_ph


def _parse_days(selector):
    days = []
    for part in selector.split(","):
        match = _DAY_RANGE_RE.match(part)
        if not match:
            return None
        first, last = DAYS.index(match[1]), DAYS.index(match[2] or match[1])
        if last < first:
            return None
        days.extend(DAYS[first : last + 1])
    return days


def _parse_slots(times):
    if times in {"off", "closed"}:
        return []
    slots = []
    for part in times.split(","):
        match = _SLOT_RE.match(part)
        if not match:
            return None
        start, end = part.split("-")
        slots.append((start, end))
    return slots if len(slots) <= SLOTS_PER_DAY else None


# --- Temporary notices as dated rules -------------------------------------------------


def _osm_date(day: date) -> str:
    return f"{day.year} {MONTHS[day.month - 1]} {day.day:02d}"


def dated_rule(starts_on: date, ends_on: date | None, hours: str = "off") -> str:
    """``2025 Mar 03-2025 Mar 09 off``: a rule valid on those days only."""
    ends_on = ends_on or starts_on
    span = _osm_date(starts_on)
    if ends_on != starts_on:
        span += "-" + _osm_date(ends_on)
    return f"{span} {hours}"


def effective_osm(base: str, notices=()) -> str:
    """The usual hours followed by the rules of the notices that change them."""
    rules = [base] if base else []
    for notice in notices:
        rule = notice.as_osm_rule()
        if rule:
            rules.append(rule)
    return "; ".join(rules)


@lru_cache(maxsize=4096)
def compile_hours(value: str):
    """A parsed, reusable evaluator, or None for an empty or invalid string."""
    if not value or not validate(value):
        return None
    return OpeningHours(value, timezone=PARIS, country="FR")


# --- Status for visitors --------------------------------------------------------------


@dataclass
class Status:
    known: bool
    is_open: bool = False
    label: str = ""
    comment: str = ""
    change: datetime | None = None

    @property
    def css(self):
        if not self.known:
            return "unknown"
        return "open" if self.is_open else "closed"


def now_paris() -> datetime:
    return timezone.now().astimezone(PARIS)


def format_time(moment: datetime | time) -> str:
    """« 9 h », « 9 h 30 » in French; « 9:30 » otherwise."""
    if (get_language() or "fr").startswith("fr"):
        return f"{moment.hour} h" + (f" {moment.minute:02d}" if moment.minute else "")
    return f"{moment.hour}:{moment.minute:02d}"


def _when(change: datetime, now: datetime) -> str:
    days = (change.date() - now.date()).days
    at = format_time(change)
    if days == 0:
        return _("at %(time)s") % {"time": at}
    if days == 1:
        return _("tomorrow at %(time)s") % {"time": at}
    if days < 7:
        return _("%(day)s at %(time)s") % {"day": date_format(change, "l"), "time": at}
    return _("on %(date)s at %(time)s") % {"date": date_format(change, "j F"), "time": at}


def status(value: str, now: datetime | None = None) -> Status:
    """Open or closed at ``now`` (Europe/Paris) for the effective OSM string ``value``."""
    hours = compile_hours(value)
    if hours is None:
        return Status(known=False)
    now = (now or now_paris()).astimezone(PARIS)
    state, comment = hours.state(now)
    state_name = str(state).rsplit(".", 1)[-1].upper()
    if state_name == "UNKNOWN":
        return Status(known=False, comment=comment)
    is_open = state_name == "OPEN"
    change = hours.next_change(now)
    if change is None or (change - now) > timedelta(days=60):
        label = _("Open") if is_open else _("Closed")
    elif is_open:
        label = _("Open now — closes %(when)s") % {"when": _when(change, now)}
    else:
        label = _("Closed — opens %(when)s") % {"when": _when(change, now)}
    return Status(known=True, is_open=is_open, label=label, comment=comment, change=change)


def week_table(value: str, today: date | None = None):
    """Seven rows from today: (day, [(start, end), …], is_today), notices included."""
    hours = compile_hours(value)
    if hours is None:
        return []
    today = today or now_paris().date()
    start = datetime.combine(today, time(0), PARIS)
    end = datetime.combine(today + timedelta(days=7), time(0), PARIS)
    rows = {today + timedelta(days=i): [] for i in range(7)}
    for begin, finish, state, _comment in hours.intervals(start, end):
        if str(state).rsplit(".", 1)[-1].upper() != "OPEN":
            continue
        cursor = begin
        while cursor < finish:
            day_end = datetime.combine(cursor.date() + timedelta(days=1), time(0), PARIS)
            piece_end = min(finish, day_end)
            if cursor.date() in rows:
                rows[cursor.date()].append((format_time(cursor), _end_label(piece_end, cursor)))
            cursor = piece_end
    return [(day, slots, day == today) for day, slots in rows.items()]


def _end_label(moment: datetime, start: datetime) -> str:
    if moment.date() != start.date() and moment.time() == time(0):
        return "24 h" if (get_language() or "fr").startswith("fr") else "24:00"
    return format_time(moment)
