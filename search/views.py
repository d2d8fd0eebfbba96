"""Site search views: the results page (/recherche/) and the suggestions (JSON)."""

from urllib.parse import urlencode

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal.pagination import paginate
from search import service
from search.models import SearchLogEntry
from search.text import MAX_QUERY_LENGTH, words

TYPE_PARAM_MAX_LENGTH = 120


def search(request):
    raw_query = request.GET.get("q", "")
    selected_type = request.GET.get("type", "")[:TYPE_PARAM_MAX_LENGTH]
    outcome = service.search(
        request,
        raw_query,
        selected_type,
        paginate=lambda results: paginate(request, results, service.PER_PAGE),
    )
    notice = ""
    if len(" ".join(words(raw_query))) > MAX_QUERY_LENGTH:
        notice = _("Your search was long: only its first words were used.")
    if outcome.parsed.groups and request.GET.get("page", "1") == "1" and not selected_type:
        SearchLogEntry.record(raw_query, get_language() or "", outcome.total)
    querystring = ""
    if outcome.query:
        params = {"q": outcome.query}
        if outcome.selected_type:
            params["type"] = outcome.selected_type
        querystring = urlencode(params)
    response = TemplateResponse(
        request,
        "search/search.html",
        {
            "search": outcome,
            "query": outcome.query,
            "results": outcome.results,
            "notice": notice,
            "querystring": querystring,
            "help_links": service.help_links()
            if outcome.results is not None and not outcome.total
            else [],
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def suggestions(request):
    raw_query = request.GET.get("q", "")
    found = service.suggestions(request, raw_query)
    response = JsonResponse({"query": " ".join(words(raw_query))[:100], "suggestions": found})
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "public, max-age=60"
    return response
