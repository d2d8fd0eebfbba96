"""Demo content of the guides app: the index pages of guides, initiatives and formats."""

from guides.models import ActionFormatIndexPage, GuideIndexPage, InitiativeIndexPage
from portal.demo import ensure_page, ensure_translation

GUIDES = {
    "fr": {
        "title": "Guides pratiques",
        "intro": (
            "Des repères concrets pour organiser une rencontre : principes, méthode, liste "
            "de vérification et conduite à tenir en cas d'urgence."
        ),
    },
    "en": {
        "title": "Practical guides",
        "intro": (
            "Concrete guidance to organise a gathering: principles, method, checklist and "
            "what to do in an emergency."
        ),
    },
    "ar": {
        "title": "أدلة عملية",
        "intro": "إرشادات عملية لتنظيم لقاء: المبادئ والطريقة وقائمة التحقق.",
    },
}

INITIATIVES = {
    "fr": {
        "title": "Initiatives",
        "intro": (
            "Des projets menés sur le terrain, racontés avec ce qui a marché, ce qui a "
            "coincé et comment les reprendre chez vous."
        ),
    },
    "en": {
        "title": "Initiatives",
        "intro": (
            "Projects carried out on the ground: what worked, what did not, and how to do "
            "it where you live."
        ),
    },
    "ar": {
        "title": "مبادرات",
        "intro": "مشاريع نُفّذت على أرض الواقع: ما نجح وما لم ينجح وكيف تعيدها في مكانك.",
    },
}

FORMATS = {
    "fr": {
        "title": "Formats d'action",
        "intro": (
            "Des formats sobres et réplicables : café-échanges, cercle d'écoute, binômes, "
            "marche douce… avec leur durée, leur taille de groupe et le matériel à prévoir."
        ),
    },
    "en": {
        "title": "Action formats",
        "intro": (
            "Simple formats you can replicate: conversation café, listening circle, buddy "
            "pairs, gentle walk… with duration, group size and kit."
        ),
    },
    "ar": {
        "title": "أشكال الأنشطة",
        "intro": "أشكال بسيطة قابلة للتكرار: مقهى الحوار، حلقة الإصغاء، الثنائيات، المشي الهادئ.",
    },
}

INDEXES = [
    (GuideIndexPage, "guides", GUIDES),
    (InitiativeIndexPage, "initiatives", INITIATIVES),
    (ActionFormatIndexPage, "formats", FORMATS),
]


def build(ctx):
    home = ctx.pages["home"]["fr"]
    for model, slug, texts in INDEXES:
        page = ensure_page(ctx, home, model, slug, show_in_menus=True, **texts["fr"])
        ctx.pages[slug] = {"fr": page}
        for code in ("en", "ar"):
            ctx.pages[slug][code] = ensure_translation(ctx, page, code, **texts[code])
