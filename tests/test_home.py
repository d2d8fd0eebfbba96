"""Home page rules, site settings, emergency numbers, admin and query counts."""

import pytest
from django.core.cache import cache
from wagtail.models import Page

from guides.models import GuideIndexPage
from home.models import ContentPage, HomePage
from portal.models import EmergencyNumber, SiteSettings

pytestmark = pytest.mark.django_db


def test_one_home_page_per_language(demo_site):
    root = Page.objects.get(depth=1)
    assert not HomePage.can_create_at(root)  # a second French home is refused
    fr_home = HomePage.objects.get(locale__language_code="fr")
    assert fr_home.get_translation_or_none(demo_site.locale("en")) is not None


def test_page_type_restrictions(demo_site):
    home = HomePage.objects.get(locale__language_code="fr")
    guides = GuideIndexPage.objects.get(locale__language_code="fr")
    root = Page.objects.get(depth=1)
    assert ContentPage.can_create_at(home)
    assert not ContentPage.can_create_at(root)
    assert not GuideIndexPage.can_create_at(home)  # one per home page, already there
    assert not GuideIndexPage.can_create_at(guides)


def test_default_emergency_numbers_come_from_the_migration(db):
    numbers = list(EmergencyNumber.objects.filter(locale__language_code="fr"))
    assert [n.number for n in numbers] == [
        "15",
        "17",
        "18",
        "112",
        "114",
        "115",
        "119",
        "3114",
        "3919",
    ]
    assert next(n for n in numbers if n.number == "3919").note


def test_editing_a_number_shows_at_once(client, demo_site):
    cache.clear()
    client.get("/")
    number = EmergencyNumber.objects.get(locale__language_code="fr", number="115")
    number.label = "Samu social (hébergement)"
    number.save()
    assert "Samu social (hébergement)" in client.get("/").content.decode()


def test_number_hidden_from_banner_stays_in_the_block(client, demo_site):
    number = EmergencyNumber.objects.get(locale__language_code="fr", number="119")
    number.in_banner = False
    number.save()
    html = client.get("/guides/").content.decode()
    assert 'href="tel:119"' not in html
    assert 'href="tel:119"' in client.get("/a-propos/").content.decode()  # block lists all


def test_footer_links_follow_the_site_settings(client, demo_site):
    html = client.get("/en/").content.decode()
    assert 'href="/en/a-propos/"' in html  # translated page when it exists
    assert 'href="/accessibilite/"' in html  # else the French one


def test_site_settings_are_the_portal_s_and_draw_the_chrome(client, minimal_site):
    assert SiteSettings._meta.app_label == "portal"
    about = ContentPage(title="Qui sommes-nous", slug="qui-sommes-nous")
    minimal_site.pages["home"]["fr"].add_child(instance=about)
    about.save_revision().publish()
    client.get("/")  # the navigation cache is warm
    settings = SiteSettings.for_site(minimal_site.site)
    settings.organisation_name = "Voisins solidaires"
    settings.tagline = "Un réseau de quartier"
    settings.footer_links = [("link", {"page": about, "url": "", "label": "Nous connaître"})]
    settings.save()
    html = client.get("/").content.decode()
    header = html.split("<header", 1)[1].split("</header>", 1)[0]
    assert "Voisins solidaires" in header
    assert "Un réseau de quartier" in header
    footer = html.split("<footer", 1)[1].split("</footer>", 1)[0]
    assert 'href="/qui-sommes-nous/"' in footer  # saving the settings renewed the cache
    assert "Nous connaître" in footer


@pytest.mark.parametrize(
    ("url", "max_queries"),
    [("/", 18), ("/en/", 18), ("/a-propos/", 13), ("/en/a-propos/", 13), ("/facile-a-lire/", 13)],
)
def test_query_count_per_page_is_bounded(
    client, demo_site, django_assert_max_num_queries, url, max_queries
):
    client.get(url)  # warm the navigation cache as in production
    with django_assert_max_num_queries(max_queries):
        assert client.get(url).status_code == 200


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    return client


def test_admin_screens_editors_use(admin_client, demo_site):
    home = HomePage.objects.get(locale__language_code="fr")
    for url in [
        "/admin/",
        f"/admin/pages/{home.pk}/edit/",
        f"/admin/pages/add/home/contentpage/{home.pk}/",
        "/admin/snippets/portal/emergencynumber/",
        "/admin/snippets/portal/theme/",
        f"/admin/settings/portal/sitesettings/{demo_site.site.pk}/",
        "/admin/images/",
    ]:
        assert admin_client.get(url).status_code == 200, url


def test_editor_creates_a_content_page_in_the_admin(admin_client, demo_site):
    home = HomePage.objects.get(locale__language_code="fr")
    response = admin_client.post(
        f"/admin/pages/add/home/contentpage/{home.pk}/",
        {
            "title": "Nous contacter",
            "slug": "contact",
            "summary": "Comment nous écrire.",
            "body-count": "0",
            "related-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ContentPage.objects.get(slug="contact")
    assert page.live
    assert admin_client.get("/contact/").status_code == 200
