"""portal.text.fold, the one normaliser of the directory and the site search: examples,
then properties checked by hypothesis on generated text."""

import ast
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from portal.text import fold

# No example database left in the working tree, no deadline on a busy CI machine.
hypothesis_settings = settings(database=None, deadline=None)

FRENCH_LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ"
french_words = st.text(alphabet=FRENCH_LETTERS + FRENCH_LETTERS.upper() + " -'", max_size=40)

# Accented letter -> the letters it folds to (what a visitor types without accents).
ACCENTS = {
    "à": "a", "â": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e",
    "î": "i", "ï": "i", "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "ÿ": "y",
    "œ": "oe", "æ": "ae",
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Œuvre", "oeuvre"),
        ("Cæcilia", "caecilia"),
        ("Vandœuvre-lès-Nancy", "vandoeuvre-les-nancy"),
        ("ÉCOUTE", "ecoute"),
        ("Maison  de\tquartier ", "maison de quartier"),
        ("l’atelier", "l'atelier"),
        ("Straße", "strasse"),
        ("ﬁche", "fiche"),  # the « fi » ligature of some fonts' copy-paste
        ("مَكْتَبَة", "مكتبة"),  # Arabic keeps its letters, loses its vowel marks
        ("", ""),
        (None, ""),
    ],
)
def test_examples(text, folded):
    assert fold(text) == folded


@hypothesis_settings
@given(st.text())
@example("ℌ")  # folds to « H » first, then to « h »
@example("İ")
def test_folding_twice_changes_nothing(text):
    assert fold(fold(text)) == fold(text)


@hypothesis_settings
@given(french_words)
def test_case_does_not_matter(text):
    assert fold(text.upper()) == fold(text.lower()) == fold(text)


@hypothesis_settings
@given(french_words)
def test_accents_and_ligatures_do_not_matter(text):
    plain = "".join(ACCENTS.get(c, c) for c in text.lower())
    assert fold(text) == fold(plain)


@hypothesis_settings
@given(st.text())
def test_result_has_no_capitals_no_marks_and_single_spaces(text):
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert not any(c in folded for c in "œæÉéÈèÀàÇç")
    assert folded.casefold() == folded


@hypothesis_settings
@given(st.lists(french_words, max_size=5))
def test_folding_keeps_words_apart(words):
    """A phrase folds word by word: folding never glues two words together."""
    phrase = " ".join(words)
    assert fold(phrase) == " ".join(w for w in (fold(w) for w in words) if w)


def test_the_module_imports_no_feature_app_and_no_django():
    tree = ast.parse(Path("portal/text.py").read_text(encoding="utf-8"))
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported == {"unicodedata"}


def test_site_search_and_directory_use_it():
    from directory import geo, search
    from search import text as site_text

    assert site_text.fold is fold
    assert search.fold is fold
    assert geo.city_key("SAINT-MAX") == geo.city_key("St-Max") == "saint max"
    assert site_text.normalise_query("Œuvres  SOCIALES") == "oeuvres sociales"
