"""One text normaliser for every search of the portal (the directory's filters, commune
keys and the site search): case, accents and the French ligatures œ and æ are folded
away, so that « Œuvre », « oeuvre » and « OEUVRE » compare equal.

Pure Python: this module imports no Django and no feature app.
"""

import unicodedata

# Letters that no Unicode decomposition spells out (NFKD keeps « œ » and « æ »).
_SPELLED_OUT = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def _fold_once(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).casefold().translate(_SPELLED_OUT)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).translate(_APOSTROPHES)


def fold(text: str | None) -> str:
    """Lower case, no accents, ligatures spelled out, runs of spaces made one:
    « Vandœuvre-lès-Nancy » -> « vandoeuvre-les-nancy », « Cæcilia » -> « caecilia ».

    Other scripts keep their letters (Arabic loses only its vowel marks). Folding a
    folded text changes nothing.
    """
    text = text or ""
    # A second pass is needed only for rare characters whose case folding produces a
    # decomposable letter (and the reverse); stop as soon as nothing changes.
    for _attempt in range(4):
        folded = _fold_once(text)
        if folded == text:
            break
        text = folded
    return " ".join(text.split())
