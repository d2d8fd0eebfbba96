"""Header menu and footer links, cached per site and language.

The chrome of every page would otherwise cost several queries; it is cached and the
cache version is bumped whenever a page is published, moved or deleted, or the site
settings change (see ``portal.signals``).
"""

from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from portal.models import SiteSettings

VERSION_KEY = "portal:nav:version"


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.set(VERSION_KEY, version, None)
    return version


def bump_version():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def localized_home(site):
    """The site's home page in the active language (the default one if not translated)."""
    root = site.root_page
    home = (
        Page.objects.filter(
            translation_key=root.translation_key, locale__language_code=get_language()
        )
        .live()
        .first()
    )
    return home or root


def site_chrome(request, site):
    """Home URL, main menu and footer links for ``site`` in the active language."""
    key = f"portal:nav:{site.pk}:{get_language()}:{_version()}"
    chrome = cache.get(key)
    if chrome is not None:
        return chrome
    home = localized_home(site)
    menu = [
        {"title": page.title, "url": page.get_url(request), "path": page.path}
        for page in home.get_children().live().public().in_menu()
    ]
    footer = []
    for block in SiteSettings.for_site(site).footer_links:
        value = block.value
        page = value.get("page")
        if page is not None:
            page = page.localized
            if not page.live:
                continue
            footer.append({"text": value.get("label") or page.title, "url": page.get_url(request)})
        elif value.get("url"):
            footer.append({"text": value.get("label") or value["url"], "url": value["url"]})
    chrome = {"home_url": home.get_url(request), "menu": menu, "footer": footer}
    cache.set(key, chrome, 60 * 60)
    return chrome


def language_links(request, page=None):
    """One link per language, in that language's own name.

    On a page: its live translation, or that language's home page when the page is not
    translated yet. Elsewhere (search…): the same URL in the other language.
    """
    targets = {}
    if page is not None and getattr(page, "translation_key", None):
        site = Site.find_for_request(request)
        keys = [page.translation_key]
        if site is not None:
            keys.append(site.root_page.translation_key)
        found = (
            Page.objects.filter(translation_key__in=keys)
            .live()
            .public()
            .select_related("locale")
            .order_by("depth")
        )
        for other in found:
            code = other.locale.language_code
            is_translation = other.translation_key == page.translation_key
            if code not in targets or is_translation:
                targets[code] = (other.get_url(request), is_translation)
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url, is_translation = targets.get(code, (None, False))
        links.append(
            {
                "code": code,
                "name": name,
                "url": url or translate_url(request.get_full_path(), code),
                "current": code == current,
                "is_translation": is_translation,
            }
        )
    return links
