"""From a visitor's words to a backend query: stop words, synonyms, AND then OR.

The same query objects (``PlainText``, ``Phrase``, ``And``, ``Or``) work on every Wagtail
backend (SQLite FTS5, PostgreSQL, Elasticsearch), so synonyms apply everywhere.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail.search.query import And, Or, Phrase, PlainText

from search.models import Synonym, synonym_cache_key
from search.text import clean_words, fold, is_stop_word, words

SYNONYM_CACHE_SECONDS = 300


@dataclass
class Group:
    """One idea of the query: the visitor's word(s) and the words to search as well."""

    text: str
    alternatives: list = field(default_factory=list)

    def as_query(self):
        options = [self.text, *self.alternatives]
        queries = [Phrase(o) if " " in o else PlainText(o) for o in dict.fromkeys(options)]
        return queries[0] if len(queries) == 1 else Or(queries)

    def terms(self):
        return [w for option in (self.text, *self.alternatives) for w in option.split()]


@dataclass
class ParsedQuery:
    words: list
    groups: list

    @property
    def text(self):
        return " ".join(self.words)

    def terms(self):
        """Every word to highlight (the visitor's and the synonyms')."""
        return [t for group in self.groups for t in group.terms()]

    def expansions(self):
        return [a for group in self.groups for a in group.alternatives]

    def as_query(self, operator="and"):
        if not self.groups:
            return None
        queries = [group.as_query() for group in self.groups]
        if len(queries) == 1:
            return queries[0]
        return And(queries) if operator == "and" else Or(queries)


def synonym_table(locale):
    """``{folded term words (tuple): [expansions]}`` for a locale, cached briefly."""
    key = synonym_cache_key(locale.pk)
    table = cache.get(key)
    if table is None:
        table = {}
        for synonym in Synonym.objects.filter(locale=locale):
            term = tuple(words(fold(synonym.term)))
            expansions = [" ".join(words(e.casefold())) for e in synonym.expansion_list()]
            if term:
                table.setdefault(term, []).extend(e for e in expansions if e)
        cache.set(key, table, SYNONYM_CACHE_SECONDS)
    return table


def parse(raw, synonyms=None):
    """Split the query into groups; multi-word synonyms (« parler à quelqu'un ») match
    before single words. Stop words are dropped unless the query has nothing else."""
    visitor_words = clean_words(raw)
    lowered = [w.casefold() for w in visitor_words]
    folded = [fold(w) for w in visitor_words]
    synonyms = synonyms or {}
    longest = max((len(k) for k in synonyms), default=0)
    groups = []
    i = 0
    while i < len(visitor_words):
        for size in range(min(longest, len(visitor_words) - i), 0, -1):
            key = tuple(folded[i : i + size])
            if key in synonyms:
                text = " ".join(w for w in lowered[i : i + size] if not is_stop_word(w))
                groups.append(Group(text or " ".join(key), list(synonyms[key])))
                i += size
                break
        else:
            word = lowered[i]
            if not is_stop_word(word):
                groups.append(Group(word))
            i += 1
    if not groups and visitor_words:
        groups = [Group(w) for w in lowered]
    return ParsedQuery(visitor_words, groups)
