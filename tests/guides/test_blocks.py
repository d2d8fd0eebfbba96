"""Each guide block renders the value an editor gave it."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import translation
from django.utils.html import escape
from PIL import Image as PILImage
from wagtail.blocks import StreamBlockValidationError
from wagtail.documents.models import Document

from guides import blocks
from portal.blocks import EmergencyNumbersBlock, ImageBlock, QuoteBlock

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """Block rendering is checked against the English msgids (translations are tested in
    tests/test_i18n.py)."""
    with translation.override("en"):
        yield


def render(block, raw, **context):
    value = block.to_python(raw)
    # Template indentation goes; spaces inside a line of text stay.
    return re.sub(r"\s*\n\s*", "", block.render(value, context=context))


def test_every_block_has_icon_description_and_preview():
    for name, block in blocks.GuideBodyBlock().child_blocks.items():
        assert block.meta.icon, name
        assert block.meta.description, name
    for name in ("principles", "steps", "checklist", "tip", "warning", "resources"):
        assert blocks.GuideBodyBlock().child_blocks[name].meta.preview_value, name


def test_principles_block():
    html = render(
        blocks.PrinciplesBlock(),
        {"title": "Nos règles", "principles": [{"name": "Non-jugement", "text": "Sans avis."}]},
    )
    assert '<h3 class="block-title">Nos règles</h3>' in html
    assert "<dt>Non-jugement</dt>" in html
    assert "<dd>Sans avis.</dd>" in html


def test_method_steps_block_is_an_ordered_list():
    html = render(
        blocks.MethodStepsBlock(),
        {
            "title": "",
            "steps": [
                {"title": "Repérer", "text": "<p>Les lieux.</p>"},
                {"title": "Choisir", "text": "<p>Un format.</p>"},
            ],
        },
    )
    assert '<ol class="steps__list">' in html
    assert html.index("Repérer") < html.index("Choisir")
    assert "<p>Un format.</p>" in html


def test_checklist_block_groups_items_by_phase():
    html = render(
        blocks.ChecklistBlock(),
        {
            "title": "À vérifier",
            "phases": [
                {"phase": "before", "items": ["Salle réservée"]},
                {"phase": "after", "items": ["Questionnaire rempli"]},
            ],
        },
    )
    assert "Before" in html
    assert "After" in html
    assert "<li>Salle réservée</li>" in html
    assert "<li>Questionnaire rempli</li>" in html
    assert html.index("Before") < html.index("Salle réservée") < html.index("After")


@pytest.mark.parametrize(
    ("block_class", "kind", "label"),
    [
        (blocks.TipBlock, "tip", "Tip"),
        (blocks.WarningBlock, "warning", "Warning"),
    ],
)
def test_tip_and_warning_blocks(block_class, kind, label):
    html = render(block_class(), {"title": "", "text": "<p>Un <b>conseil</b>.</p>"})
    assert f"callout callout--{kind}" in html
    assert f'aria-label="{label}"' in html
    assert "<p>Un <b>conseil</b>.</p>" in html
    titled = render(block_class(), {"title": "Bon à savoir", "text": "<p>x</p>"})
    assert "Bon à savoir" in titled


def test_tip_rich_text_is_limited():
    features = blocks.TipBlock().child_blocks["text"].features
    assert set(features) == {"bold", "italic", "link"}


def test_emergency_numbers_block_renders_the_snippet(demo_site):
    html = render(EmergencyNumbersBlock(), None)
    for number in ("15", "112", "3114"):
        assert f'href="tel:{number}"' in html


@pytest.fixture
def document():
    doc = Document(title="Charte d'accueil")
    doc.file.save("charte.pdf", ContentFile(b"%PDF-1.4 charte"), save=False)
    doc.save()
    return doc


def test_resources_block_lists_pages_documents_and_links(guide, document):
    from guides.models import GuidePage

    other = GuidePage.objects.get(slug="en-cas-d-urgence")
    html = render(
        blocks.ResourcesBlock(),
        {
            "title": "",
            "items": [
                {"type": "page", "value": {"page": other.pk, "description": "Les numéros."}},
                {"type": "document", "value": {"document": document.pk, "description": ""}},
                {
                    "type": "link",
                    "value": {"label": "Service-Public", "url": "https://www.service-public.fr/"},
                },
            ],
        },
        page=guide,
    )
    assert f'<a href="{other.url}">{escape(other.title)}</a>' in html
    assert "Les numéros." in html
    assert "Charte d&#x27;accueil" in html
    assert "(PDF, 15" in html
    assert '<a href="https://www.service-public.fr/">Service-Public</a>' in html
    assert "Resources" in html  # default title


def test_resources_block_skips_unpublished_pages(guide):
    from guides.models import GuidePage

    other = GuidePage.objects.get(slug="en-cas-d-urgence")
    other.unpublish()
    html = render(
        blocks.ResourcesBlock(),
        {"title": "", "items": [{"type": "page", "value": {"page": other.pk}}]},
        page=guide,
    )
    assert html == ""


def test_download_block(document):
    html = render(
        blocks.DownloadBlock(),
        {"document": document.pk, "title": "", "description": "À afficher à l'entrée."},
    )
    assert f'href="{document.url}"' in html
    assert "Charte d&#x27;accueil" in html
    assert "Download (PDF" in html
    assert "À afficher à l&#x27;entrée." in html


def test_quote_block():
    html = render(QuoteBlock(), {"quote": "On me dit bonjour.", "author": "Une bénévole"})
    assert "<blockquote>" in html
    assert "On me dit bonjour." in html
    assert "<figcaption>Une bénévole</figcaption>" in html


def test_image_block_uses_picture_with_alt_and_caption(db):
    from portal.models import CustomImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), "#1d4f7a").save(buffer, "PNG")
    image = CustomImage(title="Café", alt_text="Deux personnes autour d'un café")
    image.file.save("cafe.png", ImageFile(buffer, name="cafe.png"), save=False)
    image.save()
    html = render(ImageBlock(), {"image": image.pk, "alt": "", "caption": "À la médiathèque"})
    assert "<picture>" in html
    assert 'type="image/avif"' in html
    assert 'type="image/webp"' in html
    assert 'loading="lazy"' in html
    assert "sizes=" in html
    assert 'alt="Deux personnes autour d&#x27;un café"' in html
    assert "<figcaption>À la médiathèque</figcaption>" in html


def test_related_formats_block_shows_live_pages_as_cards(guide):
    from guides.models import ActionFormatPage

    chosen = ActionFormatPage.objects.get(slug="cafe-echanges")
    html = render(blocks.RelatedFormatsBlock(), {"title": "", "formats": [chosen.pk]}, page=guide)
    assert "Formats to try" in html
    assert 'class="card"' in html
    assert escape(chosen.title) in html


def test_duplicate_section_anchors_are_refused():
    body = blocks.GuideBodyBlock()
    value = body.to_python(
        [
            {"type": "heading", "value": {"text": "Avant", "anchor": ""}},
            {"type": "heading", "value": {"text": "Avant", "anchor": ""}},
        ]
    )
    with pytest.raises(StreamBlockValidationError) as error:
        body.clean(value)
    assert list(error.value.block_errors) == [1]
    assert "same anchor « avant »" in str(error.value.block_errors[1])


def test_two_arabic_sections_get_two_anchors_and_save():
    body = blocks.GuideBodyBlock()
    value = body.to_python(
        [
            {"type": "heading", "value": {"text": "قبل النشاط", "anchor": ""}},
            {"type": "heading", "value": {"text": "بعد النشاط", "anchor": ""}},
        ]
    )
    cleaned = body.clean(value)  # no StreamBlockValidationError
    anchors = [blocks.heading_anchor(child.value) for child in cleaned]
    assert anchors == ["قبل-النشاط", "بعد-النشاط"]


@pytest.mark.parametrize(
    ("raw", "anchor"),
    [
        ({"text": "Avant l'action", "anchor": ""}, "avant-laction"),
        ({"text": "Avant l'action", "anchor": "avant"}, "avant"),
        ({"text": "مقدمة", "anchor": ""}, "مقدمة"),  # no Latin letter: its own letters
        ({"text": "…", "anchor": ""}, "section"),  # nothing to make an anchor from
    ],
)
def test_heading_id_is_the_anchor_the_table_of_contents_links_to(raw, anchor):
    from guides.models import GuidePage

    page = GuidePage(title="Guide", body=[("heading", raw)])
    assert page.table_of_contents == [{"anchor": anchor, "text": raw["text"]}]
    html = render(blocks.GuideBodyBlock().child_blocks["heading"], raw)
    assert f'id="{anchor}"' in html


def test_the_two_step_blocks_say_what_they_are():
    from guides.formats.blocks import SessionStepBlock

    method, session = blocks.MethodStepBlock(), SessionStepBlock()
    assert str(method.meta.label) != str(session.meta.label)
    assert str(method.meta.description) != str(session.meta.description)
    assert "minutes" in session.child_blocks  # a session step is timed…
    assert "minutes" not in method.child_blocks  # …a method step is an instruction
    assert type(method.child_blocks["text"]).__name__ == "RichTextBlock"
    assert type(session.child_blocks["text"]).__name__ == "TextBlock"
