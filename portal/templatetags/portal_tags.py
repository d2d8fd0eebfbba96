from django import template
from wagtail.models import Site

from portal import emergency, navigation
from portal.absolute import absolute_url as build_absolute_url

register = template.Library()


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """Home URL, main menu and footer links for the current site and language."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"home_url": "/", "menu": [], "footer": []}
    return navigation.site_chrome(request, site)


@register.simple_tag(takes_context=True)
def language_links(context):
    request = context.get("request")
    if request is None:
        return []
    return navigation.language_links(request, context.get("page"))


@register.simple_tag
def emergency_numbers(banner_only=False):
    numbers = emergency.emergency_numbers()
    if banner_only:
        numbers = [n for n in numbers if n.in_banner]
    return numbers


@register.simple_tag
def breadcrumb_pages(page):
    """Ancestors of ``page`` below the tree root (the home page first)."""
    if page is None or not getattr(page, "pk", None) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gt=1).live().specific(defer=True))


@register.simple_tag(takes_context=True)
def menu_state(context, menu_item):
    """``page`` when the menu item is the current page, ``true`` for one of its descendants."""
    path = getattr(context.get("page"), "path", "") or ""
    if path == menu_item["path"]:
        return "page"
    if path.startswith(menu_item["path"]):
        return "true"
    return ""


@register.simple_tag(takes_context=True)
def absolute_url(context, target):
    """``{% absolute_url page %}``: the page's address on the public host (see portal.absolute)."""
    return build_absolute_url(target, context.get("request"))
