"""The format page: summary band, structured sections, print stylesheet, editor form, demo."""

from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext

from guides.models import ActionFormatPage
from portal.models import FormatCategory, PlaceKind

pytestmark = pytest.mark.django_db

CSS = Path(settings.BASE_DIR) / "static" / "css" / "formats.css"


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return unescape(" ".join(response.content.decode().split()))


def test_the_demo_has_the_eight_formats_of_the_guide(demo_site):
    formats = ActionFormatPage.objects.live().filter(locale__language_code="fr")
    assert formats.count() == 8
    for page in formats:
        kinds = {item["kind"] for item in page.kit_items()}
        assert {"charter", "resources", "escalation"} <= kinds, page.title
        assert page.objective
        assert len(page.rules) >= 3, page.title
        assert page.steps, page.title
        assert page.role_welcome
        assert page.role_facilitation
        assert page.role_closing
        assert page.outputs
        assert page.categories.exists()
        assert page.places.exists()
    cafe = formats.get(slug="cafe-echanges")
    assert (cafe.duration_min, cafe.group_min, cafe.group_max) == (90, 8, 12)
    walk = formats.get(slug="marche-douce")
    assert (walk.duration_min, walk.duration_max) == (45, 60)


def test_format_page_shows_the_summary_band_first(client, demo_site):
    html = html_of(client, "/formats/cercle-d-ecoute/")
    band = html.split('class="format-band"', 1)[1].split("</section>", 1)[0]
    page = ActionFormatPage.objects.get(slug="cercle-d-ecoute")
    with translation.override("fr"):
        expected = [
            str(page.duration_label),
            str(page.group_label),
            "Médiathèque",
            "Centre social",
            page.get_cost_display(),
            gettext("Advised"),
        ]
    for text in expected:
        assert text in band, text
    assert "personne formée à l'écoute" in band  # the reason for co-animation
    assert html.index('class="format-band"') < html.index('id="format-steps"')


def test_format_page_sections(client, demo_site):
    html = html_of(client, "/formats/cafe-echanges/")
    for section in (
        "objective",
        "rules",
        "steps",
        "roles",
        "kit",
        "outputs",
        "follow-up",
        "accessibility",
        "variations",
    ):
        assert f'<h2 id="format-{section}">' in html, section
    assert "Ce qui se dit ici reste ici." in html
    assert "Participation libre pour le café" in html
    assert "Charte d'accueil (une page)" in html
    assert "Plan d'escalade" in html
    assert "(60 min)" in html  # a step's length
    assert "data-print hidden" in html


def test_format_without_co_animation_or_fixed_duration(client, demo_site):
    html = html_of(client, "/formats/binomes-de-convivialite/")
    page = ActionFormatPage.objects.get(slug="binomes-de-convivialite")
    with translation.override("fr"):
        assert gettext("Not required") in html
        assert str(page.duration_label) in html
        assert str(page.group_label) in html


def test_print_stylesheet_exists_and_is_linked(client, demo_site):
    css = CSS.read_text()
    assert "@media print" in css
    assert "size: A4" in css
    html = html_of(client, "/formats/marche-douce/")
    assert "css/formats.css" in html
    assert "css/print.css" in html
    # The printed sheet carries its own emergency line and address.
    footer = html.split('class="format-sheet__footer"', 1)[1]
    assert "3114" in footer
    assert "/formats/marche-douce/" in footer


def test_format_page_query_count(client, demo_site, django_assert_max_num_queries):
    client.get("/formats/cafe-echanges/")
    with django_assert_max_num_queries(25):
        assert client.get("/formats/cafe-echanges/").status_code == 200


def test_duration_and_group_labels():
    with translation.override("en"):
        page = ActionFormatPage(duration_min=45, duration_max=60, group_min=4, group_max=15)
        assert str(page.duration_label) == "45 min to 1 h"
        assert str(page.group_label) == "4 to 15 people"
        page = ActionFormatPage(duration_min=90, group_min=1)
        assert str(page.duration_label) == "1 h 30"
        assert str(page.group_label) == "1 person or more"
        assert str(ActionFormatPage(group_min=2, group_max=2).duration_label) == "Variable"


def test_model_validation_rejects_inverted_ranges(demo_site):
    page = ActionFormatPage.objects.get(slug="cafe-echanges")
    page.duration_max = 30
    page.group_max = 2
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert {"duration_max", "group_max"} <= set(error.value.message_dict)


def test_editor_form_offers_only_terms_of_the_page_language(demo_site, admin_user):
    page = ActionFormatPage.objects.get(slug="cercle-d-ecoute")
    form_class = ActionFormatPage.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=admin_user)
    fr = page.locale
    for name, model in (("categories", FormatCategory), ("places", PlaceKind)):
        offered = set(form.fields[name].queryset)
        assert offered == set(model.objects.filter(locale=fr)), name
        assert model.objects.exclude(locale=fr).exists(), name  # translations exist
    assert set(form.fields["themes"].queryset) <= set(page.themes.model.objects.filter(locale=fr))


def test_translated_format_shows_terms_and_filters_in_its_language(client, demo_site):
    page = ActionFormatPage.objects.get(slug="cercle-d-ecoute")
    english = page.copy_for_translation(demo_site.locale("en"))
    english.save_revision().publish()
    assert english.categories.first().locale.language_code == "fr"  # copied as they were
    html = html_of(client, english.url)
    band = html.split('class="format-band"', 1)[1].split("</section>", 1)[0]
    assert "Library" in band
    assert "Médiathèque" not in band
    assert "Listening" in html.split('class="format-sheet__kicker"', 1)[1].split("</p>", 1)[0]
    response = client.get("/en/formats/?category=ecoute&place=mediatheque")
    assert [p.title for p in response.context["items"].object_list] == [english.title]
