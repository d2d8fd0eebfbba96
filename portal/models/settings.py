"""Site settings: the organisation's name, tagline, logo and footer links.

They are part of the foundation: the header, the footer and the navigation cache
(``portal.navigation``, ``portal.signals``) read them, so they live in ``portal`` and no
feature app has to be imported to draw the chrome of a page.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

# The link block lives here, not in ``portal.blocks``: that module reads the emergency
# numbers (``portal.emergency`` → ``portal.models``), and the models must not import it.


class LinkValue(blocks.StructValue):
    def href(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("url") or ""

    def text(self):
        page = self.get("page")
        return self.get("label") or (page.localized.title if page else self.get("url"))


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or web address"), required=False)
    label = blocks.CharBlock(
        label=_("label"),
        required=False,
        max_length=80,
        help_text=_("Leave empty to use the page's title."),
    )

    class Meta:
        icon = "link"
        label = _("Link")
        description = _("A link to a page of the site or to another website.")
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or type a web address."))}
            )
        return value


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=120,
        default="Lien social",
        help_text=_("Shown in the header of every page and in the browser tab."),
    )
    tagline = models.CharField(
        _("tagline"),
        max_length=160,
        blank=True,
        help_text=_(
            "Optional short line under the name. Leave empty to show the default line, "
            "translated into every language."
        ),
    )
    logo = models.ForeignKey(
        "portal.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    footer_links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("footer links"),
        blank=True,
        help_text=_("Links at the bottom of every page: accessibility, privacy, legal notice…"),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("tagline"), FieldPanel("logo")],
            heading=_("Identity"),
        ),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = _("site settings")
