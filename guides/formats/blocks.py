"""Blocks of an action format: its rules, the steps of a session, its kit, its variations.

Each block has an icon, a plain-language description and a ``preview_value``; all text is
plain (no rich text) so that the format prints as a one-page sheet.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class RuleBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 200)
        super().__init__(**kwargs)

    class Meta:
        icon = "list-ul"
        label = _("Rule")
        description = _("One rule of the group, in one short sentence (shown to participants).")
        preview_value = "Chacun peut passer son tour sans se justifier."


class SessionStepBlock(blocks.StructBlock):
    """One timed moment of a session (welcome, round of speaking, closing…).

    Not a guide's method step (``guides.blocks.MethodStepBlock``, an instruction with rich
    text): a session step carries an optional duration in minutes and one or two plain
    sentences, so that the programme fits on the printed sheet."""

    title = blocks.CharBlock(label=_("what happens"), max_length=120)
    minutes = blocks.IntegerBlock(
        label=_("minutes"),
        required=False,
        min_value=1,
        max_value=600,
        help_text=_("Optional: how long this step lasts, in minutes."),
    )
    text = blocks.TextBlock(
        label=_("how to do it"),
        required=False,
        help_text=_("One or two sentences at most, so that the sheet fits on one page."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Session step")
        description = _("One moment of the session, in the order it happens.")
        preview_value = {
            "title": "Accueil et rappel des règles",
            "minutes": 10,
            "text": "On se présente par son prénom, on lit la charte ensemble.",
        }


class KitItemBlock(blocks.StructBlock):
    CHARTER = "charter"
    RESOURCES = "resources"
    ESCALATION = "escalation"
    OTHER = "other"
    KINDS = [
        (CHARTER, _("Welcome charter")),
        (RESOURCES, _("Local resources sheet")),
        (ESCALATION, _("Escalation plan")),
        (OTHER, _("Other material")),
    ]

    kind = blocks.ChoiceBlock(choices=KINDS, label=_("kind"), default=CHARTER)
    title = blocks.CharBlock(label=_("title"), max_length=120)
    description = blocks.TextBlock(
        label=_("what it contains"),
        required=False,
        help_text=_("One sentence: what is in it, or how to prepare it."),
    )
    document = DocumentChooserBlock(
        label=_("document to download"),
        required=False,
        help_text=_("Optional: a file to print (PDF, text document)."),
    )
    page = blocks.PageChooserBlock(
        label=_("page of the site"),
        required=False,
        page_type=["guides.GuidePage", "home.ContentPage"],
        help_text=_("Optional: a guide or a page of the site that holds this material."),
    )

    class Meta:
        icon = "clipboard-list"
        label = _("Kit item")
        description = _("Something to prepare or print before the session.")
        preview_value = {
            "kind": "charter",
            "title": "Charte d'accueil",
            "description": "Une page : confidentialité, droit au silence, droit de partir.",
        }


class VariationBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("variation"), max_length=120)
    text = blocks.TextBlock(label=_("how it changes"), required=False)

    class Meta:
        icon = "repeat"
        label = _("Variation")
        description = _("Another way to run the format (another place, public or length).")
        preview_value = {"title": "En plein air", "text": "Aux beaux jours, dans un jardin."}
