"""Site search: one search over the pages of the current site and language."""

import re

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from portal.pagination import paginate

MAX_QUERY_LENGTH = 200
WORDS = re.compile(r"\w+")
PER_PAGE = 10


def clean_query(raw):
    """Words only: punctuation and search-syntax characters (quotes, ``*``, ``:``…) are
    dropped so that no backend reads them as operators."""
    return " ".join(WORDS.findall(raw))


def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)[:MAX_QUERY_LENGTH].strip()
    notice = ""
    if len(clean_query(raw_query)) > MAX_QUERY_LENGTH:
        notice = _("Your search was long: only its first %(n)d characters were used.") % {
            "n": MAX_QUERY_LENGTH
        }
    results = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        site = Site.find_for_request(request)
        if site is not None:
            pages = pages.descendant_of(site.root_page.localized, inclusive=True)
        results = paginate(request, pages.search(query), PER_PAGE)
    response = TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "results": results, "notice": notice},
    )
    response["X-Robots-Tag"] = "noindex"
    return response
