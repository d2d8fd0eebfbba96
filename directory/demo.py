"""Demo content of the directory app: the directory page in every language."""

from directory.models import DirectoryPage
from portal.demo import ensure_page, ensure_translation

TEXTS = {
    "fr": {
        "title": "Annuaire",
        "intro": (
            "Associations, médiathèques, centres sociaux, mairies et CCAS : les lieux qui "
            "accueillent près de chez vous, avec leurs horaires et leur accessibilité."
        ),
    },
    "en": {
        "title": "Directory",
        "intro": (
            "Associations, libraries, community centres, town halls: the places that welcome "
            "you near home, with opening hours and accessibility."
        ),
    },
    "ar": {
        "title": "الدليل",
        "intro": "جمعيات ومكتبات ومراكز اجتماعية وبلديات: الأماكن التي تستقبلك بالقرب من منزلك.",
    },
}


def build(ctx):
    page = ensure_page(
        ctx, ctx.pages["home"]["fr"], DirectoryPage, "annuaire", show_in_menus=True, **TEXTS["fr"]
    )
    ctx.pages["annuaire"] = {"fr": page}
    for code in ("en", "ar"):
        ctx.pages["annuaire"][code] = ensure_translation(ctx, page, code, **TEXTS[code])
