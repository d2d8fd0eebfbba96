"""Absolute addresses for what leaves the screen: QR codes, JSON-LD, the sitemap, printed
sheets and e-mails.

They come from ``PUBLIC_BASE_URL`` when it is set (production behind a proxy or a CDN),
otherwise from the host of the request being answered. Never from the hostname of the
Wagtail ``Site`` record, which is a placeholder (``localhost``) in the demo and in tests.
"""

from urllib.parse import urljoin

from django.conf import settings


def public_base_url(request=None):
    """``scheme://host`` without a trailing slash."""
    configured = getattr(settings, "PUBLIC_BASE_URL", "")
    if configured:
        return configured.rstrip("/")
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(target, request=None):
    """The absolute address of a page (anything with ``get_url_parts``) or of a path."""
    if hasattr(target, "get_url_parts"):
        parts = target.get_url_parts(request=request)
        if parts is None:
            return ""
        _site_id, _root_url, path = parts
    else:
        path = str(target)
        if "://" in path:
            return path
    return urljoin(public_base_url(request) + "/", path.lstrip("/"))
