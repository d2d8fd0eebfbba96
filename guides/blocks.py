"""Blocks of a practical guide (BRIEF §2) and of an initiative's story.

Each block has an icon, a plain-language description and a ``preview_value`` so that an
editor sees what they insert. Rich text offers only the features the block needs; no block
accepts raw HTML. Shared blocks (heading, paragraph, image, testimony, emergency numbers)
come from ``portal.blocks``.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from portal.blocks import (
    EmergencyNumbersBlock,
    HeadingBlock,
    ImageBlock,
    ParagraphBlock,
    QuoteBlock,
    heading_anchor,
)
from portal.models.pages import localized_live_pages

SHORT_TEXT_FEATURES = ["bold", "italic", "link"]
STEP_FEATURES = ["bold", "italic", "link", "ul"]


def _context_locale_id(parent_context):
    page = (parent_context or {}).get("page")
    return getattr(page, "locale_id", None)


class PrincipleBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("principle"), max_length=80)
    text = blocks.TextBlock(
        label=_("explanation"),
        help_text=_("One or two sentences that say what it means in practice."),
    )

    class Meta:
        icon = "tick"
        label = _("Principle")


class PrinciplesBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("title"),
        required=False,
        max_length=120,
        help_text=_("Optional, e.g. « Les principes à respecter »."),
    )
    principles = blocks.ListBlock(PrincipleBlock(), label=_("principles"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Principles")
        description = _("A short list of principles, each with a name and an explanation.")
        template = "blocks/guide_principles_block.html"
        preview_value = {
            "title": "Les principes à respecter",
            "principles": [
                {"name": "Non-jugement", "text": "Chacun est accueilli tel qu'il est."},
                {"name": "Droit au silence", "text": "On peut écouter sans rien dire."},
            ],
        }


class MethodStepBlock(blocks.StructBlock):
    """One instruction of a guide's method, with rich text (lists, links).

    Not a format's session step (``guides.formats.blocks.SessionStepBlock``, a timed
    moment of a session in plain text)."""

    title = blocks.CharBlock(label=_("step"), max_length=120)
    text = blocks.RichTextBlock(label=_("what to do"), features=STEP_FEATURES)

    class Meta:
        icon = "arrow-right"
        label = _("Method step")
        description = _("One thing to do, in the order of the method.")


class MethodStepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    steps = blocks.ListBlock(MethodStepBlock(), label=_("steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Method steps")
        description = _("Numbered steps to follow in order; the numbers are added for you.")
        template = "blocks/guide_method_steps_block.html"
        preview_value = {
            "title": "La méthode",
            "steps": [
                {"title": "Repérer les lieux", "text": "<p>Listez les salles ouvertes.</p>"},
                {"title": "Fixer un objectif", "text": "<p>Un seul, simple et concret.</p>"},
            ],
        }


PHASES = [
    ("before", _("Before")),
    ("during", _("During")),
    ("after", _("After")),
]


class ChecklistPhaseBlock(blocks.StructBlock):
    phase = blocks.ChoiceBlock(label=_("when"), choices=PHASES, default="before")
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("thing to check"), max_length=200),
        label=_("things to check"),
        min_num=1,
    )

    class Meta:
        icon = "tasks"
        label = _("Phase")


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    phases = blocks.ListBlock(ChecklistPhaseBlock(), label=_("phases"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        description = _(
            "Things to check before, during and after the action. Printed with empty boxes to tick."
        )
        template = "blocks/guide_checklist_block.html"
        preview_value = {
            "title": "À vérifier",
            "phases": [
                {"phase": "before", "items": ["Salle réservée", "Numéros affichés"]},
                {"phase": "during", "items": ["Rappeler les règles en une minute"]},
                {"phase": "after", "items": ["Remettre la fiche ressources"]},
            ],
        }


class CalloutBlock(blocks.StructBlock):
    """A boxed note; subclasses name their ``kind`` (tip, warning) for the template."""

    kind = ""
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=SHORT_TEXT_FEATURES)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind"] = self.kind
        return context


class TipBlock(CalloutBlock):
    kind = "tip"

    class Meta:
        icon = "help"
        label = _("Tip")
        description = _("A practical tip, set apart from the text.")
        template = "blocks/guide_callout_block.html"
        preview_value = {
            "title": "",
            "text": "<p>Le service « vie associative » de la mairie connaît les salles libres.</p>",
        }


class WarningBlock(CalloutBlock):
    kind = "warning"

    class Meta:
        icon = "warning"
        label = _("Warning")
        description = _("Something readers must not miss: a risk, a limit, a rule.")
        template = "blocks/guide_callout_block.html"
        preview_value = {
            "title": "",
            "text": "<p>Une rencontre n'est pas une thérapie : orientez vers un soin adapté.</p>",
        }


class ResourcePageBlock(blocks.StructBlock):
    # Any page of the site: a guide, a format, an initiative, a place of the directory…
    page = blocks.PageChooserBlock(label=_("page"))
    description = blocks.CharBlock(label=_("what it offers"), required=False, max_length=200)

    class Meta:
        icon = "doc-empty"
        label = _("Page of the site")


class ResourceDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("what it offers"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Document")


class ResourceLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("name"), max_length=120)
    url = blocks.URLBlock(label=_("web address"))
    description = blocks.CharBlock(label=_("what it offers"), required=False, max_length=200)

    class Meta:
        icon = "link-external"
        label = _("Other website")


class ResourcesBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    items = blocks.StreamBlock(
        [
            ("page", ResourcePageBlock()),
            ("document", ResourceDocumentBlock()),
            ("link", ResourceLinkBlock()),
        ],
        label=_("resources"),
        min_num=1,
    )

    class Meta:
        icon = "folder-open-inverse"
        label = _("Resources")
        description = _(
            "Places, documents and websites that help: a directory entry, a page of the "
            "site, a document or another website."
        )
        template = "blocks/guide_resources_block.html"
        preview_value = {
            "title": "Pour aller plus loin",
            "items": [
                {
                    "type": "link",
                    "value": {
                        "label": "Service-Public.fr",
                        "url": "https://www.service-public.fr/",
                        "description": "Les démarches et les droits, expliqués simplement.",
                    },
                }
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        chosen = [item.value["page"] for item in value["items"] if item.block_type == "page"]
        request = (parent_context or {}).get("request")
        localized = {
            page.translation_key: page
            for page in localized_live_pages(chosen, _context_locale_id(parent_context))
        }
        resources = []
        for item in value["items"]:
            entry = {"kind": item.block_type, "description": item.value.get("description")}
            if item.block_type == "page":
                page = item.value["page"]
                page = localized.get(page.translation_key) if page else None
                if page is None:
                    continue  # unpublished or deleted: never a dead link
                entry.update(title=page.title, url=page.get_url(request))
            elif item.block_type == "document":
                document = item.value["document"]
                entry.update(
                    title=document.title,
                    url=document.url,
                    extension=document.file_extension.upper(),
                    size=document.get_file_size(),
                )
            else:
                entry.update(title=item.value["label"], url=item.value["url"])
            resources.append(entry)
        context["resources"] = resources
        return context


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the document's title."),
    )
    description = blocks.TextBlock(
        label=_("description"),
        required=False,
        max_length=300,
        help_text=_("What is inside and when to use it, e.g. « La charte à afficher »."),
    )

    class Meta:
        icon = "download"
        label = _("Downloadable document")
        description = _("A document to download or print (charter, resources sheet…).")
        template = "blocks/guide_download_block.html"


class RelatedFormatsBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("title"),
        required=False,
        max_length=120,
        help_text=_("Leave empty for « Formats to try »."),
    )
    formats = blocks.ListBlock(
        blocks.PageChooserBlock(label=_("action format"), page_type="guides.ActionFormatPage"),
        label=_("action formats"),
        min_num=1,
    )

    class Meta:
        icon = "group"
        label = _("Related formats")
        description = _("Action formats that put this guide into practice, shown as cards.")
        template = "blocks/guide_related_formats_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["formats"] = localized_live_pages(
            value["formats"], _context_locale_id(parent_context)
        )
        return context


class GuideBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("Section heading"))
    paragraph = ParagraphBlock()
    principles = PrinciplesBlock()
    steps = MethodStepsBlock()
    checklist = ChecklistBlock()
    tip = TipBlock()
    warning = WarningBlock()
    emergency_numbers = EmergencyNumbersBlock()
    resources = ResourcesBlock()
    download = DownloadBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    related_formats = RelatedFormatsBlock()

    def clean(self, value):
        value = super().clean(value)
        seen = {}
        errors = {}
        for index, child in enumerate(value):
            if child.block_type != "heading":
                continue
            anchor = heading_anchor(child.value)
            if anchor in seen:
                errors[index] = ValidationError(
                    _(
                        "Two sections have the same anchor « %(anchor)s »: change the heading "
                        "or fill in a different anchor."
                    )
                    % {"anchor": anchor}
                )
            seen[anchor] = index
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return value


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"), max_length=120)
    role = blocks.CharBlock(
        label=_("role"),
        required=False,
        max_length=200,
        help_text=_("What they brought, e.g. « a prêté la salle »."),
    )
    page = blocks.PageChooserBlock(
        label=_("directory entry"),
        page_type="directory.OrganisationPage",
        required=False,
        help_text=_("Optional: the partner's entry in the directory, when there is one."),
    )
    url = blocks.URLBlock(label=_("or website"), required=False)

    class Meta:
        icon = "group"
        label = _("Partner")
        preview_value = {"name": "La médiathèque du quartier", "role": "a accueilli l'action"}


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    publisher = blocks.CharBlock(label=_("published by"), required=False, max_length=120)
    url = blocks.URLBlock(label=_("web address"), required=False)
    date = blocks.DateBlock(label=_("date"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Source")
        preview_value = {"title": "Fiche projet", "publisher": "Une association"}


class InitiativeBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("Section heading"))
    paragraph = ParagraphBlock()
    steps = MethodStepsBlock()
    tip = TipBlock()
    quote = QuoteBlock()
    image = ImageBlock()


__all__ = [
    "ChecklistBlock",
    "DownloadBlock",
    "GuideBodyBlock",
    "InitiativeBodyBlock",
    "MethodStepsBlock",
    "PartnerBlock",
    "PrinciplesBlock",
    "RelatedFormatsBlock",
    "ResourcesBlock",
    "SourceBlock",
    "TipBlock",
    "WarningBlock",
]
