"""sitemap.xml over every language: the site's home page and all its translations.

Every ``<loc>`` is on the public host (``PUBLIC_BASE_URL``, else the request's host, see
portal.absolute), never on the hostname of the Wagtail ``Site`` record.
"""

from urllib.parse import urlsplit

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from portal.absolute import absolute_url


def on_public_host(location, request):
    """``location`` (absolute or not) moved to the public host, path and query kept."""
    parts = urlsplit(location)
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return absolute_url(path, request)


class TranslatedSitemap(Sitemap):
    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_trees = Q()
        for home in homes:
            in_trees |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(in_trees)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = []
        for url_info in super()._urls(page, protocol, domain):
            if url_info.get("location"):  # a page without a route has no address to list
                url_info["location"] = on_public_host(url_info["location"], self.request)
                urls.append(url_info)
        return urls


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": TranslatedSitemap(request)})
