"""Opening hours: the weekly grid's string, and open/closed in Europe/Paris time."""

from datetime import UTC, date, datetime

import pytest
from django.utils import translation

from directory import hours

PARIS = hours.PARIS
LUNCH = "Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:00; PH off"


def at(*args):
    return datetime(*args, tzinfo=PARIS)


@pytest.fixture(autouse=True)
def _english():
    """Wording is checked on the English msgids (catalogues are translated separately)."""
    with translation.override("en"):
        yield


def test_grid_round_trip_groups_days():
    week = {day: [("09:00", "12:00"), ("14:00", "17:30")] for day in hours.WEEKDAYS}
    week["We"] = [("09:00", "12:00")]
    week["Sa"] = [("10:00", "12:00")]
    value = hours.build_osm(week, closed_on_public_holidays=True)
    assert value == "Mo,Tu,Th,Fr 09:00-12:00,14:00-17:30; We 09:00-12:00; Sa 10:00-12:00; PH off"
    assert hours.is_valid(value)
    parsed, closed_ph = hours.parse_osm(value)
    assert parsed["Mo"] == parsed["Fr"] == [("09:00", "12:00"), ("14:00", "17:30")]
    assert parsed["Su"] == []
    assert closed_ph is True


def test_grid_cannot_show_rich_syntax():
    assert hours.parse_osm("Mo-Fr 09:00-12:00; We[1] 14:00-16:00") is None
    assert hours.build_osm({}) == ""


def test_lunch_break():
    assert hours.status(LUNCH, at(2025, 3, 4, 10, 0)).is_open
    closed = hours.status(LUNCH, at(2025, 3, 4, 12, 30))
    assert not closed.is_open
    assert closed.label == "Closed — opens at 14:00"
    assert closed.change == at(2025, 3, 4, 14, 0)
    assert hours.status(LUNCH, at(2025, 3, 4, 16, 0)).label == "Open now — closes at 17:30"


def test_closed_day_names_the_next_opening():
    # Saturday noon -> closed on Sunday -> opens Monday at 9.
    status = hours.status(LUNCH, at(2025, 3, 8, 12, 30))
    assert not status.is_open
    assert status.label == "Closed — opens Monday at 9:00"
    tuesday_only = "Tu 09:00-12:00"
    assert hours.status(tuesday_only, at(2025, 3, 2, 18, 0)).label == (
        "Closed — opens Tuesday at 9:00"
    )
    assert hours.status(tuesday_only, at(2025, 3, 3, 18, 0)).label == (
        "Closed — opens tomorrow at 9:00"
    )
    far = hours.status("Tu 09:00-12:00; 2025 Mar 04-2025 Mar 18 off", at(2025, 3, 3, 18, 0))
    assert far.label == "Closed — opens on 25 March at 9:00"


def test_french_times_and_days():
    with translation.override("fr"):
        label = hours.status("Tu 09:00-12:30", at(2025, 3, 2, 18, 0)).label
        assert "mardi" in label
        assert "9 h" in label
        assert hours.format_time(at(2025, 3, 2, 9, 30)) == "9 h 30"


def test_night_edge():
    late = "Fr 20:00-02:00"
    assert hours.status(late, at(2025, 3, 8, 1, 30)).is_open  # Saturday 1:30, still Friday's
    assert not hours.status(late, at(2025, 3, 8, 2, 0)).is_open
    assert not hours.status(late, at(2025, 3, 7, 19, 59)).is_open


def test_public_holiday_is_closed():
    # 14 July 2025 is a Monday (Fête nationale); 1 May 2025 a Thursday.
    assert not hours.status(LUNCH, at(2025, 7, 14, 10, 0)).is_open
    assert not hours.status(LUNCH, at(2025, 5, 1, 10, 0)).is_open
    assert hours.status(LUNCH, at(2025, 7, 15, 10, 0)).is_open
    # Without « PH off » the holiday is an ordinary Monday.
    assert hours.status("Mo-Fr 09:00-12:00", at(2025, 7, 14, 10, 0)).is_open


def test_dst_change_keeps_wall_clock_hours():
    # Sunday 30 March 2025: clocks go from 2:00 to 3:00 in Paris.
    value = "Su 01:00-04:00; Mo 09:00-12:00"
    assert hours.status(value, at(2025, 3, 30, 3, 30)).is_open
    assert hours.status("Mo-Fr 09:00-12:00", at(2025, 3, 31, 9, 30)).is_open
    # Autumn: 26 October 2025, an office opening on Monday at 9 (local time).
    status = hours.status("Mo 09:00-12:00", at(2025, 10, 26, 12, 0))
    assert status.label == "Closed — opens tomorrow at 9:00"
    assert status.change == at(2025, 10, 27, 9, 0)
    # An UTC instant is read in Paris time: 07:30 UTC on 31 March = 09:30 CEST.
    assert hours.status("Mo 09:00-12:00", datetime(2025, 3, 31, 7, 30, tzinfo=UTC)).is_open


class Notice:
    def __init__(self, rule):
        self.rule = rule

    def as_osm_rule(self):
        return self.rule


def test_temporary_closure_overrides_usual_hours():
    closure = Notice(hours.dated_rule(date(2025, 3, 3), date(2025, 3, 9), "off"))
    value = hours.effective_osm(LUNCH, [closure])
    status = hours.status(value, at(2025, 3, 4, 10, 0))
    assert not status.is_open
    assert status.change == at(2025, 3, 10, 9, 0)  # Monday, after the closure
    assert hours.status(value, at(2025, 3, 10, 10, 0)).is_open


def test_week_table_includes_notices_and_holidays():
    closure = Notice(hours.dated_rule(date(2025, 7, 15), None, "off"))
    rows = hours.week_table(hours.effective_osm(LUNCH, [closure]), date(2025, 7, 14))
    assert len(rows) == 7
    assert rows[0][0] == date(2025, 7, 14)
    assert rows[0][1] == []  # 14 July
    assert rows[1][1] == []  # closure
    assert rows[2][1] == [("9:00", "12:00"), ("14:00", "17:30")]
    assert rows[0][2] is True


def test_unknown_or_invalid_hours():
    assert not hours.status("", at(2025, 3, 4, 10)).known
    assert not hours.status("n'importe quoi", at(2025, 3, 4, 10)).known
    assert hours.week_table("") == []


def test_dst_interval_lengths():
    # 1:00-4:00 on the spring-forward night lasts two real hours, in the autumn four.
    spring = hours.compile_hours("Su 01:00-04:00")
    start, end = at(2025, 3, 30, 0, 0), at(2025, 3, 30, 6, 0)
    opened = [
        (a.astimezone(UTC), b.astimezone(UTC))
        for a, b, state, _c in spring.intervals(start, end)
        if str(state).upper().endswith("OPEN")
    ]
    assert [(b - a).total_seconds() for a, b in opened] == [2 * 3600]


def _grid(**fields):
    """POST data of the editors' weekly grid for a field named ``h``."""
    return {f"h_{key}": value for key, value in fields.items()}


def test_weekday_shortcut_fills_empty_weekdays():
    from directory.fields import OpeningHoursWidget

    data = _grid(weekdays_0_start="09:00", weekdays_0_end="12:00", ph="off")
    value = OpeningHoursWidget().value_from_datadict(data, {}, "h")
    assert hours.status(value, at(2025, 3, 5, 10, 0)).is_open  # a Wednesday
    assert not hours.status(value, at(2025, 3, 8, 10, 0)).is_open  # a Saturday


def test_a_weekday_ticked_closed_stays_closed_despite_the_shortcut():
    from directory.fields import OpeningHoursWidget

    data = _grid(weekdays_0_start="09:00", weekdays_0_end="12:00", We_closed="on", ph="off")
    value = OpeningHoursWidget().value_from_datadict(data, {}, "h")
    assert hours.status(value, at(2025, 3, 4, 10, 0)).is_open  # Tuesday
    assert not hours.status(value, at(2025, 3, 5, 10, 0)).is_open  # Wednesday, ticked closed
    assert hours.status(value, at(2025, 3, 6, 10, 0)).is_open  # Thursday
