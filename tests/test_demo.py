"""The demo loader builds the site once and then changes nothing."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision, Site

from home.models import HomePage, SiteSettings
from portal.demo import load_demo
from portal.models import EmergencyNumber

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
    ctx = load_demo()
    assert (ctx.created, ctx.updated) == (0, 0)
    assert snapshot() == before


def test_command_reports_what_it_did(demo_site, capsys):
    from guides.models import GuidePage

    guide = GuidePage.objects.live().filter(locale__language_code="fr").first()
    guide.unpublish()  # an editor took a demo page offline: the loader publishes it again
    call_command("load_demo")
    out = capsys.readouterr().out
    assert "Demo content ready:" in out
    assert "0 created, 0 updated" not in out
    assert GuidePage.objects.get(pk=guide.pk).live
    call_command("load_demo")
    assert "0 created, 0 updated" in capsys.readouterr().out


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
