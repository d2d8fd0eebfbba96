"""The site search: scope, query, type counts, excerpts, promotions and suggestions.

Generic over page types: every live, public page of the current site in the active
language is searched; the type filter and its counts come from the results' content
types, labelled with each model's ``verbose_name``, so a new page type appears by itself.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, Site
from wagtail.search import index
from wagtail.search.utils import normalise_query_string

from search.query import parse, synonym_table
from search.text import clean_words, flatten, fold, highlight

PER_PAGE = 10
MAX_SUGGESTIONS = 8
MIN_SUGGESTION_LENGTH = 2
EXCERPT_FIELDS_SKIPPED = {"title"}


def scoped_pages(request):
    """Live, public pages of the request's site, in the active language."""
    pages = Page.objects.live().public().filter(locale=Locale.get_active())
    site = Site.find_for_request(request)
    if site is not None:
        root = site.root_page.localized
        pages = pages.filter(path__startswith=root.path)
    return pages.filter(depth__gt=1)


def type_key(content_type):
    return f"{content_type.app_label}.{content_type.model}"


@dataclass
class TypeCount:
    key: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SearchOutcome:
    query: str = ""
    parsed: object = None
    results: object = None  # a paginated list of search results, or None without query
    total: int = 0
    types: list = field(default_factory=list)
    selected_type: str = ""
    broadened: bool = False
    promotions: list = field(default_factory=list)

    @property
    def expansions(self):
        return self.parsed.expansions() if self.parsed else []


def run_query(pages, parsed):
    """Search with every idea required; when nothing matches, with any of them."""
    query = parsed.as_query("and")
    results = pages.search(query)
    if len(parsed.groups) > 1 and results.count() == 0:
        return pages.search(parsed.as_query("or")), True
    return results, False


def type_counts(results, selected):
    """Counts per page type from the results' content types, most frequent first."""
    counts = results.facet("content_type_id")
    types = []
    for pk, count in counts.items():
        content_type = ContentType.objects.get_for_id(pk) if pk else None
        model = content_type.model_class() if content_type else None
        if model is None:
            continue
        key = type_key(content_type)
        label = capfirst(model._meta.verbose_name_plural)
        types.append(TypeCount(key, str(label), count, key == selected))
    types.sort(key=lambda t: (-t.count, t.label))
    return types


def content_type_for_key(key):
    app_label, _dot, model = key.partition(".")
    if not app_label or not model:
        return None
    return ContentType.objects.filter(app_label=app_label, model=model).first()


def search(request, raw_query, selected_type="", paginate=None):
    """Everything the results page needs. ``paginate(results)`` returns a page of them."""
    locale = Locale.get_active()
    parsed = parse(raw_query, synonym_table(locale))
    outcome = SearchOutcome(query=parsed.text, parsed=parsed)
    if not parsed.groups:
        return outcome
    pages = scoped_pages(request)
    results, outcome.broadened = run_query(pages, parsed)
    outcome.types = type_counts(results, selected_type)
    known = {t.key for t in outcome.types}
    if selected_type in known:
        outcome.selected_type = selected_type
        content_type = content_type_for_key(selected_type)
        pages = pages.filter(content_type=content_type)
        results = pages.search(parsed.as_query("or" if outcome.broadened else "and"))
    outcome.total = sum(t.count for t in outcome.types if not outcome.selected_type or t.selected)
    page_of_results = paginate(results) if paginate else results[:PER_PAGE]
    decorate(page_of_results, parsed.terms())
    outcome.results = page_of_results
    if getattr(page_of_results, "number", 1) == 1 and not outcome.selected_type:
        outcome.promotions = promotions(parsed.text, locale)
    return outcome


def decorate(page_of_results, terms):
    """Replace each result by its specific page with ``search_excerpt`` and
    ``search_type`` set, using one query per page type (no N+1)."""
    items = list(page_of_results.object_list if hasattr(page_of_results, "object_list") else [])
    ids = [item.pk for item in items]
    specific = {p.pk: p for p in Page.objects.filter(pk__in=ids).specific()}
    decorated = []
    for pk in ids:
        page = specific.get(pk)
        if page is None:
            continue
        page.search_excerpt = excerpt(page, terms)
        page.search_type = capfirst(page._meta.verbose_name)
        decorated.append(page)
    if hasattr(page_of_results, "object_list"):
        page_of_results.object_list = decorated


def page_texts(page):
    """The searchable texts of a page other than its title, summary first."""
    texts = []
    for name in ("search_description", "summary", "intro"):
        texts.extend(flatten(getattr(page, name, None)))
    for search_field in page.get_search_fields():
        if isinstance(search_field, index.SearchField):
            if search_field.field_name in EXCERPT_FIELDS_SKIPPED:
                continue
            if search_field.field_name in {"search_description", "summary", "intro"}:
                continue
            texts.extend(flatten(search_field.get_value(page)))
    return texts


def excerpt(page, terms):
    """The first passage that contains a searched word, else the page's summary."""
    texts = page_texts(page)
    for text in texts:
        found = highlight(text, terms)
        if found:
            return found
    return texts[0][:300] if texts else ""


def promotions(raw_query, locale):
    """Editors' promoted results for this query, in the visitor's language when the page
    is translated, skipping pages that are not live."""

    query_string = normalise_query_string(raw_query)
    if not query_string:
        return []
    picks = SearchPromotion.objects.filter(query__query_string=query_string).select_related("page")
    chosen = []
    for pick in picks:
        if pick.page_id is None:
            if pick.external_link_url:
                chosen.append(
                    {
                        "title": pick.external_link_text or pick.external_link_url,
                        "url": pick.external_link_url,
                        "description": pick.description,
                    }
                )
            continue
        page = pick.page.get_translation_or_none(locale) or pick.page
        if page.live:
            chosen.append({"title": page.title, "url": page.url, "description": pick.description})
    return chosen


def _title_rank(title, key):
    folded = fold(title)
    if folded.startswith(key):
        return 0
    if any(word.startswith(key) for word in folded.split()):
        return 1
    return 2


def suggestions(request, raw_query):
    """A few page titles that start like the query, for the search box."""
    words = clean_words(raw_query)
    text = " ".join(words)
    if len(text) < MIN_SUGGESTION_LENGTH:
        return []
    pages = scoped_pages(request)
    # Folded: Elasticsearch analyses autocomplete queries with "standard" (no folding).
    key = fold(text)
    # The backend also matches summaries; titles that start like the query come first,
    # then titles with a word that does, then the rest in the backend's order.
    found = list(pages.autocomplete(key)[: MAX_SUGGESTIONS * 3])
    found.sort(key=lambda page: _title_rank(page.title, key))
    found = found[:MAX_SUGGESTIONS]
    if not found:
        return []
    site = Site.find_for_request(request)
    suggestions = []
    for page in found:
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        suggestions.append(
            {
                "title": page.title,
                "url": page.get_url(request=request, current_site=site),
                "type": str(capfirst(model._meta.verbose_name)) if model else "",
            }
        )
    return suggestions


def help_links():
    """The pages offered when a search finds nothing (the directory and the formats index,
    named in ``settings.SEARCH_HELP_PAGE_TYPES``), in the active language.

    The search names them by model label rather than importing another app's models."""
    locale = Locale.get_active()
    links = []
    for label in settings.SEARCH_HELP_PAGE_TYPES:
        model = apps.get_model(label)
        page = model.objects.live().public().filter(locale=locale).first()
        if page is not None:
            links.append(page)
    return links
