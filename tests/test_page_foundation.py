"""The page foundation of ``portal.models.pages``: one listing hook for every index, and
related content that the mixin adds to the context itself.

These tests build their own small tree on the minimal site (a French home page), so they
assert the mechanism, not the demo's content.
"""

import ast
import types
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.test import RequestFactory
from wagtail.models import Page

from directory.models import DirectoryPage
from guides.models import ActionFormatIndexPage, GuideIndexPage, GuidePage, InitiativeIndexPage
from portal.models import IndexPage, RelatedContentMixin

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
BODY = [("paragraph", "<p>Un texte court.</p>")]


def _add(parent, page, publish=True):
    page.live = publish  # a page added without publishing is a draft
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


@pytest.fixture
def guides(minimal_site):
    """A guide index with three guides, one of them a draft."""
    home = minimal_site.pages["home"]["fr"]
    index = _add(home, GuideIndexPage(title="Guides", slug="guides-essai"))
    for title, live in (
        ("Bien accueillir", True),
        ("Animer un groupe", True),
        ("Brouillon", False),
    ):
        _add(index, GuidePage(title=title, slug=title.lower().replace(" ", "-"), body=BODY), live)
    return index


def _get(path="/"):
    return RequestFactory().get(path)


def test_the_default_listing_is_the_live_children_by_title(guides):
    listing = IndexPage.get_listing(guides, _get())
    assert [page.title for page in listing["items"]] == ["Animer un groupe", "Bien accueillir"]


def test_overriding_only_the_hook_changes_the_listing(guides):
    def only_b(self, request):
        chosen = GuidePage.objects.child_of(self).live().filter(title__startswith="B")
        return {"items": self.paginate(request, chosen), "note": "only B"}

    before = guides.get_context(_get())
    assert [page.title for page in before["items"]] == ["Animer un groupe", "Bien accueillir"]
    guides.get_listing = types.MethodType(only_b, guides)
    after = guides.get_context(_get())
    assert [page.title for page in after["items"]] == ["Bien accueillir"]
    assert after["note"] == "only B"
    assert after["page"] == guides  # the rest of the context is still Wagtail's


def test_served_index_lists_what_the_hook_gives(client, guides, monkeypatch):
    def only_a(self, request):
        chosen = GuidePage.objects.child_of(self).live().filter(title__startswith="A")
        return {**original(self, request), "items": self.paginate(request, chosen)}

    original = GuideIndexPage.get_listing
    html = client.get(guides.url).content.decode()
    assert "Bien accueillir" in html
    assert "Animer un groupe" in html
    monkeypatch.setattr(GuideIndexPage, "get_listing", only_a)
    html = client.get(guides.url).content.decode()
    assert "Animer un groupe" in html
    assert "Bien accueillir" not in html


@pytest.mark.parametrize(
    ("model", "listing_key"),
    [
        (GuideIndexPage, "items"),
        (InitiativeIndexPage, "items"),
        (ActionFormatIndexPage, "listing"),
        (DirectoryPage, "search"),
    ],
)
def test_every_index_builds_its_listing_through_the_hook(
    client, minimal_site, monkeypatch, model, listing_key
):
    calls = []
    original = model.get_listing

    def spy(self, request):
        listing = original(self, request)
        calls.append(sorted(listing))
        return {**listing, "seen_by_the_hook": True}

    monkeypatch.setattr(model, "get_listing", spy)
    index = _add(minimal_site.pages["home"]["fr"], model(title="Index", slug="index"))
    response = client.get(index.url)
    assert response.status_code == 200
    assert response.context["seen_by_the_hook"] is True
    assert len(calls) == 1
    assert listing_key in calls[0]


def _super_bypasses(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "super"
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == "IndexPage"
        ):
            yield node.lineno


def test_no_index_skips_the_base_get_context():
    sources = [
        path
        for app in ("portal", "home", "guides", "directory", "search")
        for path in (ROOT / app).rglob("*.py")
    ]
    assert len(sources) > 30
    found = [
        f"{path.relative_to(ROOT)}:{line}" for path in sources for line in _super_bypasses(path)
    ]
    assert not found, f"super(IndexPage, self) skips the listing hook: {found}"


def test_the_bypass_scan_finds_one(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class A(IndexPage):\n    def get_context(self, request):\n"
        "        return super(IndexPage, self).get_context(request)\n"
    )
    assert list(_super_bypasses(sample)) == [3]


def test_related_content_mixin_runs_in_every_page_that_uses_it():
    users = [model for model in apps.get_models() if issubclass(model, RelatedContentMixin)]
    assert {model.__name__ for model in users} >= {
        "GuidePage",
        "InitiativePage",
        "ActionFormatPage",
        "OrganisationPage",
    }
    for model in users:
        mro = model.__mro__
        assert mro.index(RelatedContentMixin) < mro.index(Page), model  # its get_context runs


def test_related_content_is_in_the_context_without_the_page_adding_it(client, guides):
    shown = GuidePage.objects.get(slug="animer-un-groupe")
    draft = GuidePage.objects.get(slug="brouillon")
    page = GuidePage.objects.get(slug="bien-accueillir")
    page.related = [("page", shown), ("page", draft)]
    page.save_revision().publish()
    context = page.get_context(_get())
    assert context["related_items"] == [shown]  # the draft is never a dead link
    response = client.get(page.url)
    assert response.context["related_items"] == [shown]
    assert shown.url in response.content.decode()


def test_a_page_without_related_content_has_an_empty_list(guides):
    page = GuidePage.objects.get(slug="bien-accueillir")
    assert page.get_context(_get())["related_items"] == []
