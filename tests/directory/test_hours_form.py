"""The editors' weekly hours grid refuses a slot typed back to front (Saturday 10:00 –
09:00 used to be saved as an opening past midnight), keeps what was typed, and says why in
plain words; through a form and through the Wagtail page editor."""

import pytest
from bs4 import BeautifulSoup
from django import forms
from django.utils import translation
from django.utils.text import capfirst
from wagtail.fields import StreamField

from directory.fields import DAY_LABELS, OpeningHoursFormField
from directory.models import OrganisationPage


class HoursForm(forms.Form):
    h = OpeningHoursFormField(required=False)


def grid(**slots):
    return {f"h_{key}": value for key, value in slots.items()}


def french(msgid):
    with translation.override("fr"):
        return translation.gettext(msgid)


REVERSED_MSGID = (
    "%(day)s: the slot ends before it starts (%(start)s – %(end)s). Put the opening time "
    "first, for example 09:00 – 12:00."
)


def test_a_reversed_slot_is_refused_and_kept():
    with translation.override("fr"):
        form = HoursForm(grid(Sa_0_start="10:00", Sa_0_end="09:00", ph="off"))
        assert not form.is_valid()
        message = form.errors["h"][0]
        html = str(form["h"])
    assert message == french(REVERSED_MSGID) % {
        "day": "Samedi",
        "start": "10:00",
        "end": "09:00",
    }
    assert "Samedi" in message
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("input", attrs={"name": "h_Sa_0_start"})["value"] == "10:00"
    assert soup.find("input", attrs={"name": "h_Sa_0_end"})["value"] == "09:00"


def test_the_message_is_translated():
    assert french(REVERSED_MSGID) != REVERSED_MSGID
    with translation.override("ar"):
        assert translation.gettext(REVERSED_MSGID) != REVERSED_MSGID


@pytest.mark.parametrize(
    ("slots", "day"),
    [
        ({"Mo_1_start": "14:00", "Mo_1_end": "12:00"}, "Monday"),
        ({"weekdays_0_start": "17:00", "weekdays_0_end": "08:30"}, "Monday to Friday"),
        ({"Su_0_start": "09:00", "Su_0_end": "09:00"}, "Sunday"),
    ],
)
def test_other_reversed_or_empty_slots(slots, day):
    with translation.override("en"):
        form = HoursForm(grid(**slots))
        assert not form.is_valid()
        assert form.errors["h"][0].startswith(f"{day}: the slot ends before it starts")


def test_slots_in_the_right_order_are_saved():
    form = HoursForm(
        grid(Sa_0_start="09:00", Sa_0_end="10:00", Sa_1_start="14:00", Sa_1_end="24:00")
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["h"] == "Sa 09:00-10:00,14:00-24:00"
    assert type(form.cleaned_data["h"]) is str


def test_a_night_opening_can_still_be_typed_as_text():
    form = HoursForm({"h_raw": "Fr 20:00-02:00"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["h"] == "Fr 20:00-02:00"


def _edit_form_data(html):
    """What a browser would send back from the Wagtail edit form, untouched."""
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", id="page-edit-form")
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "textarea":
            value = field.text
        elif field.name == "select":
            chosen = field.find_all("option", selected=True)
            if field.has_attr("multiple"):
                data.setdefault(name, []).extend(o.get("value", o.text) for o in chosen)
                continue
            value = chosen[0].get("value", chosen[0].text) if chosen else ""
        elif field.get("type") in {"checkbox", "radio"}:
            if not field.has_attr("checked"):
                continue
            value = field.get("value", "on")
        elif field.get("type") in {"submit", "button", "file"}:
            continue
        else:
            value = field.get("value", "")
        if name in data:
            current = data[name] if isinstance(data[name], list) else [data[name]]
            data[name] = [*current, value]
        else:
            data[name] = value
    return data


@pytest.mark.django_db
@pytest.mark.usefixtures("directory")
def test_the_page_editor_refuses_a_reversed_slot_and_keeps_the_input(admin_client):
    page = OrganisationPage.objects.get(slug="cafe-des-voisins-nancy")
    before = page.opening_hours
    url = f"/admin/pages/{page.pk}/edit/"
    response = admin_client.get(url)
    data = _edit_form_data(response.content.decode())
    assert "opening_hours_We_0_start" in data
    # StreamFields are drawn by JavaScript; send them empty (this test is about the hours).
    for field in OrganisationPage._meta.fields:
        if isinstance(field, StreamField):
            data[f"{field.name}-count"] = "0"
    data.update({"opening_hours_Sa_0_start": "10:00", "opening_hours_Sa_0_end": "09:00"})
    data.pop("opening_hours_Sa_closed", None)

    response = admin_client.post(url, data)
    assert response.status_code == 200  # the form again, not a redirect
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("input", attrs={"name": "opening_hours_Sa_0_start"})["value"] == "10:00"
    assert soup.find("input", attrs={"name": "opening_hours_Sa_0_end"})["value"] == "09:00"
    with translation.override(response["Content-Language"]):
        saturday = capfirst(DAY_LABELS["Sa"])
        expected = translation.gettext(REVERSED_MSGID) % {
            "day": saturday,
            "start": "10:00",
            "end": "09:00",
        }
    assert expected in soup.get_text(" ")
    page.refresh_from_db()
    assert page.opening_hours == before
    assert not page.get_latest_revision().content.get("opening_hours", "").startswith("Sa 10")

    # The same form with the slot put right is saved.
    data.update({"opening_hours_Sa_0_start": "09:00", "opening_hours_Sa_0_end": "10:00"})
    response = admin_client.post(url, data)
    assert response.status_code == 302
    latest = OrganisationPage.objects.get(pk=page.pk).get_latest_revision()
    assert "Sa 09:00-10:00" in latest.content["opening_hours"]
