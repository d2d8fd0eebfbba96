"""FALC checker: findings and readability figures for a French easy-to-read text.

Pure Python, standard library only (no Django). ``check(text)`` lists what an editor should
look at, with character offsets; ``scores(text)`` gives readability figures for information.
Every threshold and word list is in ``portal.falc.config``.
"""

from portal.falc import config
from portal.falc.rules import RULES, WORD_RE, Doc, Finding, count_words, syllables

__all__ = ["RULES", "Finding", "check", "config", "scores", "syllables"]


def check(text: str) -> list[Finding]:
    """Every finding of every rule, sorted by position; never raises on a string."""
    doc = Doc(text)
    found = {f for rule in RULES.values() for f in rule(doc)}
    return sorted(found, key=lambda f: (f.start, f.end, f.rule, f.message))


def scores(text: str) -> dict[str, float]:
    """Counts and French readability figures (LIX, Kandel–Moles), rounded to one decimal.

    LIX = words / sentences + 100 × long words (more than 6 letters) / words.
    Kandel–Moles = 207 − 1.015 × words / sentences − 73.6 × syllables / words.
    """
    doc = Doc(text)
    sentences = len(doc.sentences)
    words = count_words(text)
    if not sentences or not words:
        return {"sentences": float(sentences), "words": float(words),
                "words_per_sentence": 0.0, "lix": 0.0, "kandel_moles": 0.0}  # fmt: skip
    tokens = [t for m in WORD_RE.finditer(text) for t in _parts(m.group())]
    long_words = sum(1 for t in tokens if len(t) > config.LIX_LONG_WORD_LETTERS)
    syll = sum(syllables(t) for t in tokens)
    per_sentence = words / sentences
    return {
        "sentences": float(sentences),
        "words": float(words),
        "words_per_sentence": round(per_sentence, 1),
        "lix": round(per_sentence + 100 * long_words / words, 1),
        "kandel_moles": round(207 - 1.015 * per_sentence - 73.6 * syll / words, 1),
    }


def _parts(word: str) -> list[str]:
    """The word as counted by LIX: the part after an elision (« l'entrée » → « entrée »)."""
    return [word.replace("’", "'").rsplit("'", 1)[-1]]
