"""Demo content of the home app: home pages, about/accessibility/privacy/legal pages,
site settings and the translations of the emergency numbers."""

from wagtail.models import Page, Site

from home.models import ContentPage, HomePage
from portal.demo import (
    apply_fields,
    ensure_page,
    ensure_snippet_translation,
    ensure_translation,
    rich,
    site_root_page,
    update_page,
)
from portal.models import EmergencyNumber, SiteSettings

HOME = {
    "fr": {
        "title": "Créer du lien près de chez soi",
        "welcome": (
            "Rencontrer ses voisins, trouver un lieu qui accueille, lancer un petit groupe "
            "dans son quartier : ce portail rassemble des repères simples, des lieux ouverts "
            "et des idées qui ont fait leurs preuves. Tout est gratuit, sans inscription et "
            "sans jugement."
        ),
    },
    "en": {
        "title": "Building social ties close to home",
        "welcome": (
            "Meet your neighbours, find a welcoming place, start a small group where you "
            "live: this portal gathers simple guidance, open places and ideas that work. "
            "Everything is free, with no sign-up and no judgement."
        ),
    },
    "ar": {
        "title": "بناء الروابط الاجتماعية بالقرب من منزلك",
        "welcome": (
            "تعرّف على جيرانك، وابحث عن مكان يستقبلك، وأطلق مجموعة صغيرة في حيّك: يجمع هذا "
            "الموقع إرشادات بسيطة وأماكن مفتوحة وأفكارًا مجرّبة. كل شيء مجاني، بلا تسجيل ولا أحكام."
        ),
    },
}

ENTRY_PATHS = {
    "fr": [
        (
            "annuaire",
            "place",
            "Trouver un lieu ou une association près de chez moi",
            "Médiathèques, centres sociaux, associations : qui accueille, où et quand.",
        ),
        (
            "formats",
            "action",
            "Organiser une action",
            "Des formats simples à reprendre, une méthode en six étapes et les bons réflexes.",
        ),
        (
            "facile-a-lire",
            "easy-read",
            "Lire en facile à lire",
            "Des textes courts, des mots simples, une idée par phrase.",
        ),
    ],
    "en": [
        (
            "annuaire",
            "place",
            "Find a place or a group near me",
            "Libraries, community centres, associations: who welcomes you, where and when.",
        ),
        (
            "formats",
            "action",
            "Organise an action",
            "Simple formats to reuse, a six-step method and good habits.",
        ),
        (
            "facile-a-lire",
            "easy-read",
            "Read in easy-to-read French",
            "Short texts, simple words, one idea per sentence.",
        ),
    ],
    "ar": [
        (
            "annuaire",
            "place",
            "ابحث عن مكان أو جمعية بالقرب مني",
            "مكتبات ومراكز اجتماعية وجمعيات: من يستقبلك وأين ومتى.",
        ),
        ("formats", "action", "نظّم نشاطًا", "أشكال بسيطة لإعادة استخدامها وطريقة من ست خطوات."),
        (
            "facile-a-lire",
            "easy-read",
            "اقرأ بلغة فرنسية سهلة",
            "نصوص قصيرة وكلمات بسيطة وفكرة واحدة في كل جملة.",
        ),
    ],
}

CONTENT_PAGES = [
    {
        "slug": "a-propos",
        "title": "À propos",
        "summary": "Pourquoi ce portail existe, à qui il s'adresse et comment il est tenu à jour.",
        "body": [
            (
                "paragraph",
                rich(
                    "La solitude et l'isolement touchent beaucoup de monde, à tout âge. Souvent, "
                    "il suffit d'une occasion simple et régulière pour rencontrer quelqu'un : un "
                    "café dans une médiathèque, une marche en groupe, un atelier dans un centre "
                    "social.",
                    "Ce portail rassemble ces occasions. Il présente des lieux publics et des "
                    "associations qui accueillent, des formats d'action faciles à reprendre, des "
                    "guides pratiques et des exemples de projets menés ailleurs.",
                ),
            ),
            ("heading", {"text": "Nos principes", "anchor": ""}),
            (
                "paragraph",
                rich(
                    "<b>Gratuit et ouvert</b> : pas de compte, pas de publicité, pas de pistage.",
                    "<b>Sans jugement</b> : chacun vient comme il est, à son rythme.",
                    "<b>Local</b> : on s'appuie d'abord sur les lieux publics qui existent déjà.",
                    "<b>Pour tous</b> : des versions faciles à lire, plusieurs langues, des "
                    "bornes dans les médiathèques pour qui n'a pas d'ordinateur.",
                ),
            ),
            ("emergency_numbers", None),
        ],
    },
    {
        "slug": "accessibilite",
        "title": "Déclaration d'accessibilité",
        "summary": "Ce que nous faisons pour que chacun puisse utiliser le portail, et comment "
        "nous signaler un problème.",
        "body": [
            (
                "paragraph",
                rich(
                    "Nous voulons que ce portail soit utilisable par tout le monde : au clavier, "
                    "avec un lecteur d'écran, sur un petit téléphone, avec un agrandissement du "
                    "texte ou sur une borne tactile.",
                    "Le portail vise la conformité au RGAA 4.1 (niveau AA des WCAG 2.2). Chaque "
                    "modification est vérifiée avec des tests automatiques dans un vrai "
                    "navigateur.",
                ),
            ),
            ("heading", {"text": "Signaler un problème", "anchor": ""}),
            (
                "paragraph",
                rich(
                    "Si une page vous pose problème, dites-le nous : nous vous proposerons "
                    "l'information sous une autre forme et corrigerons la page.",
                    "Si vous n'obtenez pas de réponse, vous pouvez saisir le Défenseur des droits.",
                ),
            ),
        ],
    },
    {
        "slug": "donnees-personnelles",
        "title": "Données personnelles",
        "summary": "Mesurer sans fliquer : ce que le portail garde, et tout ce qu'il ne garde pas.",
        "body": [
            (
                "paragraph",
                rich(
                    "Le portail ne vous demande aucun compte et n'utilise ni cookie publicitaire, "
                    "ni outil de mesure d'audience tiers, ni police ou carte venant d'un autre "
                    "site.",
                    "Nous comptons seulement des chiffres anonymes, par exemple le nombre de "
                    "recherches qui n'ont rien trouvé, pour améliorer le contenu.",
                ),
            ),
            ("heading", {"text": "Coordonnées des bénévoles", "anchor": ""}),
            (
                "paragraph",
                rich(
                    "Le téléphone ou l'adresse d'une personne n'est publié qu'avec son accord. "
                    "Les signalements d'erreur ne demandent aucune donnée personnelle et sont "
                    "supprimés après traitement.",
                ),
            ),
        ],
    },
    {
        "slug": "mentions-legales",
        "title": "Mentions légales",
        "summary": "Qui publie ce portail et sous quelle licence.",
        "body": [
            (
                "paragraph",
                rich(
                    "Ce portail est un logiciel libre. Les contenus de démonstration sont écrits "
                    "pour l'exemple : vérifiez chaque information auprès du lieu concerné avant "
                    "de vous déplacer.",
                    "Les numéros d'urgence sont gratuits et joignables jour et nuit.",
                ),
            ),
        ],
    },
    {
        "slug": "facile-a-lire",
        "title": "Le site en facile à lire",
        "summary": "Ce site vous aide à rencontrer des gens près de chez vous.",
        "body": [
            (
                "paragraph",
                rich(
                    "Ce site est gratuit.",
                    "Ce site vous aide à rencontrer des gens.",
                    "Vous pouvez trouver un lieu près de chez vous.",
                    "Dans ce lieu, des personnes vous accueillent.",
                    "Vous pouvez parler. Vous pouvez aussi écouter.",
                ),
            ),
            ("heading", {"text": "Besoin d'aide tout de suite ?", "anchor": ""}),
            ("paragraph", rich("Appelez un de ces numéros. L'appel est gratuit.")),
            ("emergency_numbers", None),
        ],
    },
]

TRANSLATED_PAGES = {
    "a-propos": {
        "en": ("About", "Why this portal exists, who it is for and how it is kept up to date."),
        "ar": ("من نحن", "لماذا يوجد هذا الموقع، ولمن هو، وكيف يتم تحديثه."),
    },
}

EMERGENCY_TRANSLATIONS = {
    "15": {
        "en": ("SAMU (medical emergency)", "An urgent health problem, a faint, a serious injury."),
        "ar": ("الإسعاف الطبي", "مشكلة صحية عاجلة أو إغماء أو إصابة خطيرة."),
    },
    "17": {
        "en": ("Police", "An assault, a danger to you or to someone else."),
        "ar": ("الشرطة", "اعتداء أو خطر عليك أو على شخص آخر."),
    },
    "18": {
        "en": ("Fire brigade", "A fire, an accident, someone in danger."),
        "ar": ("رجال الإطفاء", "حريق أو حادث أو شخص في خطر."),
    },
    "112": {
        "en": ("European emergency number", "Any emergency, from any European country."),
        "ar": ("رقم الطوارئ الأوروبي", "أي حالة طارئة من أي بلد أوروبي."),
    },
    "114": {
        "en": (
            "Emergency by text, app or video",
            "For people who are deaf, hard of hearing or cannot speak.",
        ),
        "ar": (
            "الطوارئ عبر الرسائل أو التطبيق أو الفيديو",
            "للأشخاص الصم أو ضعاف السمع أو غير القادرين على الكلام.",
        ),
    },
    "115": {
        "en": ("Samu social", "Emergency shelter, for yourself or someone else."),
        "ar": ("الإيواء الطارئ", "إيجاد مأوى طارئ لك أو لشخص آخر."),
    },
    "119": {
        "en": ("Children in danger", "A child in danger or at risk."),
        "ar": ("الطفولة في خطر", "طفل في خطر أو معرّض له."),
    },
    "3114": {
        "en": ("Suicide prevention", "Suicidal thoughts, or worry for someone. Day and night."),
        "ar": ("الوقاية من الانتحار", "أفكار انتحارية أو قلق على شخص قريب. ليلًا ونهارًا."),
    },
    "3919": {
        "en": ("Violence against women", "Talk about violence against women. Day and night."),
        "ar": ("العنف ضد المرأة", "للتحدث عن العنف ضد المرأة. ليلًا ونهارًا."),
    },
}
EMERGENCY_NOTE_TRANSLATIONS = {
    "114": {
        "en": "By text message, app or video call.",
        "ar": "عبر الرسائل أو التطبيق أو مكالمة فيديو.",
    },
    "3919": {
        "en": "Not an emergency line: in danger, call 17 or 112.",
        "ar": "ليس رقم طوارئ: في حالة الخطر اتصل بالرقم 17 أو 112.",
    },
}


def _ensure_site(ctx, home):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Lien social",
        )
        ctx.created += 1
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Lien social"
        site.save()
        ctx.updated += 1
        # Wagtail's placeholder "Welcome" page is of the base type and has no children.
        if type(old_root.specific) is Page and not old_root.get_children().exists():
            old_root.delete()
    return site


def build(ctx):
    fr = HOME["fr"]
    home = HomePage.objects.filter(locale=ctx.locale("fr")).first()
    if home is None:
        home = ensure_page(
            ctx, site_root_page(), HomePage, "accueil", title=fr["title"], welcome=fr["welcome"]
        )
    else:
        home = ensure_page(
            ctx, site_root_page(), HomePage, home.slug, title=fr["title"], welcome=fr["welcome"]
        )
    ctx.site = _ensure_site(ctx, home)
    ctx.pages["home"] = {"fr": home}
    for code in ("en", "ar"):
        ctx.pages["home"][code] = ensure_translation(ctx, home, code, **HOME[code])

    for spec in CONTENT_PAGES:
        page = ensure_page(
            ctx,
            home,
            ContentPage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            body=spec["body"],
        )
        ctx.pages[spec["slug"]] = {"fr": page}
        for code, (title, summary) in TRANSLATED_PAGES.get(spec["slug"], {}).items():
            ctx.pages[spec["slug"]][code] = ensure_translation(
                ctx, page, code, title=title, summary=summary
            )

    for number in EmergencyNumber.objects.filter(locale=ctx.locale("fr")):
        for code in ("en", "ar"):
            labels = EMERGENCY_TRANSLATIONS.get(number.number, {}).get(code)
            if labels:
                note = EMERGENCY_NOTE_TRANSLATIONS.get(number.number, {}).get(code, "")
                ensure_snippet_translation(
                    ctx, number, code, label=labels[0], description=labels[1], note=note
                )


def link(ctx):
    """Entry paths, featured pages and footer links, once every index page exists."""
    for code, entries in ENTRY_PATHS.items():
        home = ctx.pages["home"][code]
        blocks = []
        for slug, icon, title, text in entries:
            target = ctx.pages.get(slug, {}).get("fr")
            if target is not None:
                blocks.append(
                    ("entry", {"title": title, "text": text, "page": target, "icon": icon})
                )
        featured = [
            ("page", p["fr"])
            for key in ("guides", "formats", "annuaire")
            if (p := ctx.pages.get(key))
        ]
        ctx.pages["home"][code] = update_page(ctx, home, entry_paths=blocks, featured=featured)

    settings = SiteSettings.for_site(ctx.site)
    links = [
        ("link", {"page": ctx.pages[slug]["fr"], "url": "", "label": ""})
        for slug in ("a-propos", "accessibilite", "donnees-personnelles", "mentions-legales")
    ]
    values = {
        "organisation_name": "Lien social",
        "tagline": "",
        "footer_links": links,
    }
    if apply_fields(settings, values):
        settings.save()
        ctx.updated += 1
