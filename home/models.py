"""The home page and plain content pages (about, accessibility, privacy…).

The site settings (name, logo, footer links) are foundation: ``portal.models.SiteSettings``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import BodyBlock
from portal.models import BasePage
from portal.models.pages import localized_live_pages, localized_pages


class EntryPathBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=80)
    text = blocks.TextBlock(label=_("text"), required=False, max_length=200)
    page = blocks.PageChooserBlock(label=_("page it leads to"))
    icon = blocks.ChoiceBlock(
        label=_("pictogram"),
        choices=[
            ("place", _("A place near me")),
            ("action", _("Organise an action")),
            ("easy-read", _("Easy to read")),
            ("help", _("Help")),
        ],
        default="place",
    )

    class Meta:
        icon = "arrow-right"
        label = _("Entry path")
        description = _("A big button on the home page that leads to one part of the site.")
        preview_value = {
            "title": "Trouver un lieu ou une association près de chez moi",
            "text": "Médiathèques, centres sociaux, associations : qui accueille près de vous.",
            "icon": "place",
        }


class HomePage(Page):
    """The home page of one language. Only one per language: translations are siblings."""

    welcome = models.TextField(
        _("welcome text"),
        help_text=_("Two or three short sentences that say what the site is for."),
    )
    entry_paths = StreamField(
        [("entry", EntryPathBlock())],
        verbose_name=_("entry paths"),
        blank=True,
        max_num=4,
        help_text=_("The three or four big buttons under the welcome text."),
    )
    featured = StreamField(
        [("page", blocks.PageChooserBlock(label=_("page")))],
        verbose_name=_("featured content"),
        blank=True,
        max_num=6,
        help_text=_("Pages shown as cards under « À la une »."),
    )

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "guides.GuideIndexPage",
        "guides.InitiativeIndexPage",
        "guides.ActionFormatIndexPage",
        "directory.DirectoryPage",
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("welcome"),
        FieldPanel("entry_paths"),
        FieldPanel("featured"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("welcome")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_meta_description(self):
        return self.search_description or self.welcome

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_pages"] = self.featured_pages()
        context["entry_links"] = self.entry_links()
        return context

    def entry_links(self):
        """Entry paths with the URL of their target in this page's language."""
        entries = [block.value for block in self.entry_paths if block.value.get("page")]
        targets = localized_live_pages(
            [entry["page"] for entry in entries], self.locale_id, specific=False
        )
        by_key = {page.translation_key: page for page in targets}
        links = []
        for entry in entries:
            target = by_key.get(entry["page"].translation_key)
            if target is not None:
                links.append({"entry": entry, "url": target.url})
        return links

    def featured_pages(self):
        """The chosen pages, in this home page's language when translated."""
        return localized_pages(self, self.featured)


class ContentPage(BasePage):
    """A plain page: about, accessibility statement, privacy, legal notice…"""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    content_panels = [*BasePage.content_panels, FieldPanel("body"), BasePage.taxonomy_panel]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
