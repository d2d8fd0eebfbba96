"""StreamField blocks shared by every page type.

Each block has an icon, a plain-language description and a ``preview_value`` so that an
editor sees what they insert. No block accepts raw HTML.
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from portal.emergency import emergency_numbers

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


def heading_anchor(value):
    """The anchor of a section heading: the editor's own, else made from the heading.

    The heading's ``id`` and the table of contents of a guide both use it, so that the
    links of the table always land on their heading. A heading with no Latin letter (an
    Arabic one) keeps its own letters, so that two Arabic sections get two anchors;
    French anchors stay plain ASCII as before."""
    text = value.get("text", "")
    return value.get("anchor") or slugify(text) or slugify(text, allow_unicode=True) or "section"


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
        context["anchor"] = heading_anchor(value)
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


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    emergency_numbers = EmergencyNumbersBlock()
