"""StreamField blocks shared by every page type.

Each block has an icon, a plain-language description and a ``preview_value`` so that an
editor sees what they insert. No block accepts raw HTML.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from portal.emergency import emergency_numbers

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=120)
    anchor = blocks.CharBlock(
        label=_("anchor"),
        required=False,
        max_length=60,
        help_text=_("Optional: short code for links to this section. Made from the heading."),
    )

    class Meta:
        icon = "title"
        label = _("Section heading")
        description = _("Starts a new section; listed in the table of contents.")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Avant l'action"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = value.get("anchor") or slugify(value.get("text", ""))
        return context


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        description = _("Text with bold, links and lists.")
        template = "blocks/paragraph_block.html"
        preview_value = (
            "<p>Un café-échanges réunit huit à douze personnes autour d'un thème simple.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the image's own alternative text."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("A picture with its alternative text and an optional caption.")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    author = blocks.CharBlock(label=_("who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Testimony")
        description = _("Words of a participant or a volunteer, with who said it.")
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "Maintenant, on me dit bonjour dans le quartier.",
            "author": "Une bénévole",
        }


class EmergencyNumbersBlock(blocks.StaticBlock):
    """Renders the numbers kept in Settings › Emergency numbers; nothing is retyped."""

    class Meta:
        icon = "warning"
        label = _("Emergency numbers")
        description = _("The emergency and listening numbers from the site settings.")
        admin_text = _("Shows the emergency numbers kept in Settings › Emergency numbers.")
        template = "blocks/emergency_numbers_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["emergency_numbers"] = emergency_numbers()
        return context


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


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    emergency_numbers = EmergencyNumbersBlock()
