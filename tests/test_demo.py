"""The demo loader builds the site once and then changes nothing."""

import re
import textwrap
from pathlib import Path

import pytest
from data_inclusion.schema.v1 import Public, Thematique
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision, Site

from home.models import HomePage
from portal.demo import DemoDataError, load_demo
from portal.demo.loader import demo_files
from portal.models import EmergencyNumber, SiteSettings, Theme

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "latest": sorted(Page.objects.values_list("id", "latest_revision_id")),
        "numbers": EmergencyNumber.objects.count(),
        "settings": list(SiteSettings.objects.values_list("footer_links", flat=True)),
    }


def test_second_run_changes_nothing(demo_site):
    before = snapshot()
    revisions = Revision.objects.count()
    ctx = load_demo()
    assert ctx.created == 0
    assert ctx.updated == 0
    assert Revision.objects.count() == revisions  # no new revision was made
    assert snapshot() == before


def test_command_reports_what_it_did(demo_site, capsys):
    from guides.models import GuidePage

    guide = GuidePage.objects.live().filter(locale__language_code="fr").first()
    guide.unpublish()  # an editor took a demo page offline: the loader publishes it again
    call_command("load_demo")
    # The second run of an unchanged demo (0 created, 0 updated) is test_second_run_….
    assert "Demo content ready: 0 created, 1 updated." in capsys.readouterr().out
    assert GuidePage.objects.get(pk=guide.pk).live


def test_demo_site_is_the_default_site_in_three_languages(demo_site):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    homes = HomePage.objects.live()
    assert sorted(h.locale.language_code for h in homes) == ["ar", "en", "fr"]
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"fr", "en", "ar"}
    # Wagtail's placeholder welcome page is gone.
    assert not Page.objects.filter(depth=2).exclude(id__in=HomePage.objects.values("id")).exists()


def test_home_has_the_three_entry_paths(client, demo_site):
    response = client.get("/")
    html = response.content.decode()
    for title, href in [
        ("Trouver un lieu ou une association près de chez moi", "/annuaire/"),
        ("Organiser une action", "/formats/"),
        ("Lire en facile à lire", "/facile-a-lire/"),
    ]:
        assert title in html
        assert f'href="{href}"' in html


def test_english_home_links_to_english_pages(client, demo_site):
    html = client.get("/en/").content.decode()
    assert 'href="/en/annuaire/"' in html
    assert "Practical guides" in html  # featured card, localized


# --- The shared vocabulary --------------------------------------------------------------


def vocabulary():
    """``(model, item)`` for every term of portal/demo/vocabulary.yaml."""
    (data,) = [f.data for f in demo_files(apps.get_app_config("portal"))]
    return [
        (apps.get_model(group["model"]), item)
        for group in data["snippets"]
        for item in group["items"]
    ]


def test_vocabulary_covers_the_five_taxonomies():
    models = {model.__name__ for model, _item in vocabulary()}
    assert models == {"Theme", "Audience", "OrganisationType", "FormatCategory", "PlaceKind"}
    slugs = [(model.__name__, item["slug"]) for model, item in vocabulary()]
    assert len(slugs) == len(set(slugs))  # one entry per slug


def test_every_term_exists_in_three_languages_as_translations(minimal_site):
    for model, item in vocabulary():
        source = model.objects.get(slug=item["slug"], locale__language_code="fr")
        assert source.name == item["name"]
        translations = model.objects.filter(translation_key=source.translation_key)
        by_language = {term.locale.language_code: term for term in translations}
        assert set(by_language) == {"fr", "en", "ar"}, item["slug"]
        for code in ("en", "ar"):
            term = by_language[code]
            assert term.slug == source.slug
            assert term.sort_order == source.sort_order
            assert term.name == item["translations"][code]["name"]
            assert term.name != source.name or code == "en", (item["slug"], code)
            if hasattr(source, "datainclusion_thematiques"):
                assert term.datainclusion_thematiques == source.datainclusion_thematiques
            if hasattr(source, "datainclusion_publics"):
                assert term.datainclusion_publics == source.datainclusion_publics


def test_datainclusion_codes_are_valid_schema_codes():
    thematiques = {str(code) for code in Thematique}
    publics = {str(code) for code in Public}
    seen = 0
    for _model, item in vocabulary():
        for code in item.get("datainclusion_thematiques", []):
            assert code in thematiques, (item["slug"], code)
            seen += 1
        for code in item.get("datainclusion_publics", []):
            assert code in publics, (item["slug"], code)
            seen += 1
    assert seen >= 10


def test_every_term_the_demo_uses_is_in_the_vocabulary():
    """Pages refer to terms by slug: each one must be in the vocabulary file."""
    known = {(model.__name__, item["slug"]) for model, item in vocabulary()}
    fields = {
        "themes": "Theme",
        "audiences": "Audience",
        "categories": "FormatCategory",
        "places": "PlaceKind",
        "organisation_type": "OrganisationType",
    }
    used = set()
    for config in apps.get_app_configs():
        if not getattr(config, "demo_files", None) or config.label == "portal":
            continue
        for demo_file in demo_files(config):
            for page in demo_file.data.get("pages") or []:
                for name, model in fields.items():
                    values = page.get(name, [])
                    for slug in [values] if isinstance(values, str) else values:
                        used.add((model, slug))
    assert used
    assert used <= known, used - known


# --- Mistakes in the data files get a clear message --------------------------------------


@pytest.fixture
def bad_data(tmp_path, monkeypatch, minimal_site):
    """Load the home app's data plus one extra file written by the test."""
    config = apps.get_app_config("portal_search")

    def write(text):
        path = tmp_path / "broken.yaml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(config, "demo_files", [str(path)])
        return lambda: load_demo(modules=["home", "search"])

    return write


PAGE = "parent: /\ntype: home.ContentPage\npages:\n- slug: x\n  title: X\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            PAGE + "  related_pages: [a-propos]\n",
            "ContentPage has no field « related_pages »",
        ),
        (
            PAGE + "  body:\n  - type: paragraf\n    value: Bonjour\n",
            "body has no block « paragraf »",
        ),
        (
            PAGE + "  themes: [ecout]\n",
            "no theme « ecout »",
        ),
        (
            PAGE + "  last_reviewed: tomorrow\n",
            "« tomorrow » is not a date",
        ),
        (
            PAGE + "  translations:\n    de: {title: Y}\n",
            "unknown language « de »",
        ),
        (
            "settings:\n- model: portal.SiteSettings\n  footer_links:\n  - page: a-propo\n",
            "no demo page has the address « a-propo »",
        ),
    ],
)
def test_a_mistake_names_the_file_and_what_is_wrong(bad_data, text, message):
    load = bad_data(text)
    with pytest.raises(DemoDataError) as error:
        load()
    assert "broken.yaml" in str(error.value)
    assert message in str(error.value)


def test_a_page_of_an_app_left_out_is_skipped_not_an_error(demo_site):
    """``load_demo(modules=["home"])`` on a site without the directory and the formats:
    the home page's entry paths to them are left out, the one to a home page is kept."""
    for slug in ("annuaire", "formats"):
        for page in demo_site.pages[slug].values():
            Page.objects.get(pk=page.pk).delete()
    ctx = load_demo(modules=["home.demo"])
    home = HomePage.objects.get(pk=ctx.pages["home"]["fr"].pk)
    targets = [block.value["page"].slug for block in home.entry_paths]
    assert targets == ["facile-a-lire"]


def test_unknown_module_names_are_refused(db):
    with pytest.raises(ValueError, match=r"No demo content for 'nothing\.demo'"):
        load_demo(modules=["nothing.demo"])


def doc_examples():
    """The YAML examples of docs/demo-content.md, in order."""
    text = (Path(settings.BASE_DIR) / "docs" / "demo-content.md").read_text(encoding="utf-8")
    return re.findall(r"## Worked example \d.*?```yaml\n(.*?)```", text, re.S)


def test_the_examples_of_the_documentation_load(tmp_path, monkeypatch, db):
    page, entry, term = doc_examples()
    files = {
        "page.yaml": "parent: /\ntype: home.ContentPage\npages:\n" + page,
        "entry.yaml": (
            "parent: annuaire\ntype: directory.OrganisationPage\n"
            "defaults: {source: Exemple, is_demo: true}\npages:\n" + entry
        ),
        "term.yaml": "snippets:\n- model: portal.Theme\n  match: [slug]\n  items:\n"
        + textwrap.indent(term, "  "),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    config = apps.get_app_config("portal_search")
    monkeypatch.setattr(config, "demo_files", [str(tmp_path / name) for name in files])
    ctx = load_demo(modules=["home", "directory", "search"])

    assert ctx.pages["nous-rejoindre"]["en"].title == "Join us"
    fiche = ctx.pages["annuaire/jardin-partage-des-tilleuls"]["fr"].specific
    assert fiche.url_path.endswith("/annuaire/jardin-partage-des-tilleuls/")
    assert {t.slug for t in fiche.themes.all()} == {"convivialite", "entraide", "solitude"}
    assert [s.name for s in fiche.services.all()] == ["Atelier semis"]
    names = Theme.objects.filter(slug="alimentation").values_list("locale__language_code", "name")
    assert dict(names) == {"fr": "Alimentation", "en": "Food", "ar": "الغذاء"}


def test_command_refuses_an_unknown_app_and_reports_data_mistakes(bad_data):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match=r"No demo content for 'nothing'"):
        call_command("load_demo", "nothing")
    bad_data(PAGE + "  themes: [ecout]\n")
    with pytest.raises(CommandError, match=r"nothing was changed(.|\n)*broken\.yaml.*ecout"):
        call_command("load_demo", "home", "search")
