"""Guide and initiative pages: restrictions, table of contents, reading time, admin."""

import re

import pytest
from django.utils import translation
from django.utils.html import escape
from wagtail.test.utils import WagtailPageTestCase

from directory.models import OrganisationPage
from guides.models import GuideIndexPage, GuidePage, InitiativeIndexPage, InitiativePage
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


class TestPageTypeRestrictions(WagtailPageTestCase):
    def test_guides_live_only_under_the_guide_index(self):
        self.assertCanCreateAt(GuideIndexPage, GuidePage)
        self.assertCanNotCreateAt(HomePage, GuidePage)
        self.assertCanNotCreateAt(InitiativeIndexPage, GuidePage)
        self.assertCanNotCreateAt(ContentPage, GuidePage)
        self.assertAllowedParentPageTypes(GuidePage, {GuideIndexPage})
        self.assertAllowedSubpageTypes(GuidePage, {})

    def test_initiatives_live_only_under_the_initiative_index(self):
        self.assertCanCreateAt(InitiativeIndexPage, InitiativePage)
        self.assertCanNotCreateAt(HomePage, InitiativePage)
        self.assertCanNotCreateAt(GuideIndexPage, InitiativePage)
        self.assertAllowedParentPageTypes(InitiativePage, {InitiativeIndexPage})
        self.assertAllowedSubpageTypes(InitiativePage, {})

    def test_index_pages_accept_only_their_own_children(self):
        self.assertAllowedSubpageTypes(GuideIndexPage, {GuidePage})
        self.assertAllowedSubpageTypes(InitiativeIndexPage, {InitiativePage})
        self.assertCanCreateAt(HomePage, GuideIndexPage)
        self.assertCanNotCreateAt(GuideIndexPage, GuideIndexPage)


def test_only_one_guide_index_per_home(guide_index):
    home = guide_index.get_parent().specific
    assert not GuideIndexPage.can_create_at(home)


def test_table_of_contents_matches_the_section_headings(client, guide):
    toc = guide.table_of_contents
    assert [entry["text"] for entry in toc] == ["La méthode pas à pas", "La liste de vérification"]
    html = client.get(guide.url).content.decode()
    headings = re.findall(r'<h2 id="([^"]+)" class="section-heading">([^<]+)</h2>', html)
    nav = html.split('<nav class="toc"', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', nav)
    assert [(a, t.strip()) for a, t in links] == [(a, t.strip()) for a, t in headings]
    assert [a for a, _t in links] == ["la-methode-pas-a-pas", "la-liste-de-verification"]


def test_an_editor_anchor_wins_over_the_heading(guide_index):
    page = GuidePage(
        title="Essai",
        slug="essai",
        body=[("heading", {"text": "Avant l'action", "anchor": "avant"})],
    )
    guide_index.add_child(instance=page)
    assert page.table_of_contents == [{"anchor": "avant", "text": "Avant l'action"}]


def test_reading_time_counts_the_words(guide_index):
    words = " ".join(["mot"] * 450)
    page = GuidePage(title="Long", slug="long", body=[("paragraph", f"<p>{words}</p>")])
    guide_index.add_child(instance=page)
    assert page.reading_time == 3  # 452 words at 200 a minute
    short = GuidePage(title="Court", slug="court", body=[("paragraph", "<p>Bonjour.</p>")])
    guide_index.add_child(instance=short)
    assert short.reading_time == 1


def test_guide_page_shows_metadata_print_button_and_related(client, guide):
    html = " ".join(client.get(guide.url).content.decode().split())
    with translation.override("fr"):
        reading = translation.ngettext(
            "%(minutes)s minute read", "%(minutes)s minutes read", guide.reading_time
        ) % {"minutes": guide.reading_time}
    assert "read" not in reading  # the French page says it in French
    assert reading in html
    assert guide.last_reviewed
    assert f'<time datetime="{guide.last_reviewed:%Y-%m-%d}">' in html
    assert '<button type="button" class="button button--secondary" data-print hidden>' in html
    themes = list(guide.themes.all())
    assert themes
    for theme in themes:
        assert f'href="/guides/?theme={theme.slug}"' in html
    assert 'class="related"' in html
    related = list(guide.related_pages())
    assert related
    for page in related:
        assert escape(page.title) in html
    assert "css/guides.css" in html
    assert "style=" not in html
    assert "<script>" not in html


def test_initiative_page_shows_the_case_study(client, demo_site):
    page = InitiativePage.objects.get(slug="creathon-du-vivre-ensemble")
    html = " ".join(client.get(page.url).content.decode().split())
    for text in ("Île-de-France", "Juillet 2019", "makesense", "Nextdoor", "La Fonda"):
        assert text in html
    # makesense has a directory entry: the partner links to it rather than to its website.
    assert '<a href="/annuaire/makesense-paris/">makesense</a>' in html
    assert 'id="results-title"' in html
    assert 'id="lessons-title"' in html


def test_partner_links_to_its_directory_entry_when_chosen(client, demo_site):
    page = InitiativePage.objects.get(slug="bus-pti-plato")
    entry = OrganisationPage.objects.get(slug="mediatheque-du-plateau")
    page.partners = [("partner", {"name": "Médiathèque", "role": "", "page": entry, "url": ""})]
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.partner_list() == [
        {"name": "Médiathèque", "role": "", "url": entry.url, "is_entry": True}
    ]


# Site chrome (routing, menu, breadcrumbs, languages, settings) costs about 11 queries on a
# plain content page; the rest is the page's own: parent, themes, audiences, related cards,
# chosen resource pages. None of it grows with the number of blocks or cards.
def test_guide_page_query_count_is_bounded(client, guide, django_assert_max_num_queries):
    client.get(guide.url)  # warm the caches shared by every page (site, settings)
    with django_assert_max_num_queries(26):
        assert client.get(guide.url).status_code == 200


def test_initiative_page_query_count_is_bounded(client, demo_site, django_assert_max_num_queries):
    url = InitiativePage.objects.get(slug="bus-pti-plato").url
    client.get(url)
    # Chosen pages (related, partners' directory entries, formats to start with) cost a
    # fixed query per list: the count does not grow with the number of pages chosen.
    with django_assert_max_num_queries(30):
        assert client.get(url).status_code == 200


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "x")
    client.force_login(user)
    return client


def test_admin_create_forms_render(admin_client, guide_index, initiative_index):
    response = admin_client.get(f"/admin/pages/add/guides/guidepage/{guide_index.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for block in ("principles", "checklist", "emergency_numbers", "related_formats"):
        assert block in html
    response = admin_client.get(f"/admin/pages/add/guides/initiativepage/{initiative_index.pk}/")
    assert response.status_code == 200


def test_admin_edit_form_of_a_demo_guide_renders(admin_client, guide):
    assert admin_client.get(f"/admin/pages/{guide.pk}/edit/").status_code == 200
