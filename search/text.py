"""Plain text helpers for search: words, French stop words, highlighted excerpts.

Pure Python (no database): used to clean queries before any backend sees them, to match
synonyms, to normalise the anonymous log and to highlight the words found in excerpts.
Case, accents and ligatures are folded by ``portal.text.fold``, shared with the directory.
"""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from portal.text import fold

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_WORD_LENGTH = 40
WORD = re.compile(r"[^\W_]+")

# Common French words that carry no meaning for a search. PostgreSQL's French
# configuration drops them itself; SQLite's FTS5 does not, so we drop them everywhere.
_STOP_WORDS = (
    "a au aux avec ce ces d dans de des du elle en et il ils j je l la le les leur lui m "
    "ma mais me mes moi mon n ne nos notre nous on ou par pas pour qu que qui s sa se ses "
    "son sur t ta te tes toi ton tu un une vos votre vous y est sont etre ai as avons "
    "avez ont comment ou quoi quel quelle quels quelles the of and or to in for on with "
    "is are an"
)
STOP_WORDS = frozenset(_STOP_WORDS.split())


def words(text):
    """The words of ``text``: letters and digits only, so that no search syntax (quotes,
    ``*``, ``:``, parentheses, ``AND``…) ever reaches a backend as an operator."""
    return WORD.findall(text)


def normalise_query(raw):
    """The form kept in the log: folded words separated by one space, bounded in length."""
    return " ".join(words(fold(raw)))[:MAX_QUERY_LENGTH].strip()


def clean_words(raw):
    """The words of a visitor's query (accents and case kept for display and for the
    stemmers): at most ``MAX_TERMS`` words, ``MAX_WORD_LENGTH`` letters each, within
    ``MAX_QUERY_LENGTH`` characters."""
    kept, length = [], 0
    for found in words(raw[: MAX_QUERY_LENGTH * 4]):
        word = found[:MAX_WORD_LENGTH]
        length += len(word) + 1
        if length > MAX_QUERY_LENGTH + 1 or len(kept) >= MAX_TERMS:
            break
        kept.append(word)
    return kept


def is_stop_word(word):
    return fold(word) in STOP_WORDS


def stem_prefix(word):
    """A crude stem used only to highlight words: ``ateliers`` -> ``atelie``."""
    folded = fold(word)
    if len(folded) <= 4:
        return folded
    return folded[: max(4, len(folded) - 2)]


def _matcher(terms):
    prefixes = sorted({stem_prefix(t) for t in terms if t and not is_stop_word(t)})
    if not prefixes:
        return None

    def matches(word):
        folded = fold(word)
        return any(folded == p or (len(p) >= 4 and folded.startswith(p)) for p in prefixes)

    return matches


TOKEN = re.compile(r"([^\W_]+)")


def highlight(text, terms, max_words=32):
    """An HTML-safe excerpt of ``text`` around the first word that matches ``terms``, with
    the matching words in ``<mark>``. None when no word matches."""
    matches = _matcher(terms)
    if matches is None or not text:
        return None
    parts = TOKEN.split(text)  # even indexes: separators, odd indexes: words
    word_positions = list(range(1, len(parts), 2))
    first = next((n for n, i in enumerate(word_positions) if matches(parts[i])), None)
    if first is None:
        return None
    start_word = max(0, first - max_words // 3)
    end_word = min(len(word_positions), start_word + max_words)
    start = word_positions[start_word]
    end = word_positions[end_word - 1] + 1
    html = []
    if start_word > 0:
        html.append("… ")
    for i in range(start, end):
        piece = parts[i]
        if i % 2 == 1 and matches(piece):
            html.append(f"<mark>{escape(piece)}</mark>")
        else:
            html.append(escape(piece))
    if end_word < len(word_positions):
        html.append(" …")
    return mark_safe("".join(html))  # noqa: S308 (every piece is escaped above)


def flatten(value):
    """Text from a search field value (strings, lists of strings, rich text)."""

    if value is None:
        return []
    if isinstance(value, str):
        text = " ".join(strip_tags(value).split())
        return [text] if text else []
    if isinstance(value, list | tuple):
        return [t for item in value for t in flatten(item)]
    if isinstance(value, dict):
        return [t for item in value.values() for t in flatten(item)]
    return flatten(str(value))
