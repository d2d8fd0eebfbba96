"""The FALC rules: each one reads the text and yields findings with character offsets.

Pure Python, standard library only. Thresholds and word lists live in ``config.py``.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import portal.falc.config as c

LETTER = r"[^\W\d_]"
WORD_RE = re.compile(rf"{LETTER}+(?:['’-]{LETTER}+)*")
COUNT_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ"
VOWEL_GROUP_RE = re.compile(f"[{VOWELS}]+")

URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
PHONE_RE = re.compile(
    r"(?<![\d,.])(?:(?:\+33\s?|0)[1-9](?:[\s.\-]?\d{2}){4}|0\s?8\d{2}(?:[\s.]?\d{3}){2})(?!\d)"
)
DATE_RE = re.compile(
    r"(?<![\d/.\-])(?:(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})-(\d{2})-(\d{2})"
    r"|(\d{1,2})/(\d{2}))(?![\d/\-]|\.\d)"
)
TIME_RE = re.compile(r"(?<!\d)\d{1,2}\s?h(?:\s?\d{2})?\b|(?<!\d)\d{1,2}:\d{2}(?!\d)")
PERCENT_RE = re.compile(
    r"(?<![\w,.])\d+(?:[.,]\d+)?\s?%|\bpour(?:\s+|-)?cent\b|\bpourcentage\b", re.IGNORECASE
)
DECIMAL_RE = re.compile(r"(?<![\d.,])\d+,\d+(?![\d,])|(?<![\d.,])\d+\.\d{1,2}(?![\d.])")
GROUPED_NUMBER_RE = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.])"
)
PLAIN_NUMBER_RE = re.compile(r"(?<![\d.,])\d+(?![\d])")
POSTCODE_BEFORE_RE = re.compile(
    r"(?:code\s+postal|\bCP)(?:\s+est)?(?:\s+le)?\s*:?\s*$", re.IGNORECASE
)
POSTCODE_AFTER_RE = re.compile(r"^\s+[A-ZÀ-Ý][\w'’-]+")
ROMAN_RE = re.compile(r"(?<![\w-])([IVXLCDM]+)(e|er|ère|ème|ᵉ)?(?![\w-])")
ROMAN_VALID_RE = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
CAPS_RE = re.compile(r"(?<![\w-])[^\W\d_a-zà-ÿœæ]{2,}(?![\w-])")
ABBREVIATION_RE = re.compile("|".join(rf"(?<![\w.]){p}(?!\w)" for p in c.ABBREVIATION_PATTERNS))
CROSS_REFERENCE_RE = re.compile(
    "|".join(rf"(?<!\w){p}" for p in c.CROSS_REFERENCE_PATTERNS),
    re.IGNORECASE | re.MULTILINE,
)
SUBJ_TRIGGER_RE = re.compile(
    r"\b(?:" + "|".join(c.SUBJUNCTIVE_TRIGGERS) + r")(?:e\b|['’])", re.IGNORECASE
)
HEAD_CHARS = 60  # how far back the look-behind checks read
SENTENCE_END_RE = re.compile(r"[.!?…]+[»”\"')\]]*(?=\s+\S)")


@dataclass(frozen=True)
class Finding:
    """One thing to look at: ``text[start:end]`` is the flagged span."""

    rule: str
    start: int
    end: int
    severity: str  # "info" | "warning" | "strong"
    message: str


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int


class Doc:
    """The text cut into lines, sentences and words, with the spans no number rule reads."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = list(_sentences(text))
        self.words = [Word(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]
        self.sentence_starts = set()
        for s, e in self.sentences:
            first = WORD_RE.search(text, s, e)
            if first:
                self.sentence_starts.add(first.start())
        self.urls = [m.span() for m in URL_RE.finditer(text)]
        self.phones = [m.span() for m in PHONE_RE.finditer(text)]
        self.dates = [m.span() for m in DATE_RE.finditer(text) if _is_date(m)]
        self.times = [m.span() for m in TIME_RE.finditer(text)]

    def protected(self, start: int, end: int, *groups: list[tuple[int, int]]) -> bool:
        return any(s < end and start < e for spans in groups for s, e in spans)

    def head(self, pos: int) -> str:
        """The few characters before ``pos`` (enough for the look-behind checks)."""
        return self.text[max(0, pos - HEAD_CHARS) : pos]

    def starts_sentence(self, pos: int) -> bool:
        return pos in self.sentence_starts


def _is_date(m: re.Match[str]) -> bool:
    if m.group(1):
        day, month = int(m.group(1)), int(m.group(3))
    elif m.group(5):
        day, month = int(m.group(7)), int(m.group(6))
    else:
        day, month = int(m.group(8)), int(m.group(9))
    return 1 <= day <= 31 and 1 <= month <= 12


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans: every line is cut at « . ! ? … » followed by a new sentence."""
    pos = 0
    for line in text.split("\n"):
        start = 0
        for m in SENTENCE_END_RE.finditer(line):
            before = re.search(r"([^\W\d_]+)\.+$", line[start : m.end()])
            rest = line[m.end() :].lstrip()
            if before and before.group(1).lower() in c.NO_SENTENCE_END_AFTER:
                continue
            if before and len(before.group(1)) == 1 and before.group(1).isupper():
                continue
            if not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in '«"-–•'):
                continue
            yield from _stripped(line, start, m.end(), pos)
            start = m.end()
        yield from _stripped(line, start, len(line), pos)
        pos += len(line) + 1


def _stripped(line: str, start: int, end: int, offset: int) -> Iterator[tuple[int, int]]:
    chunk = line[start:end]
    if not chunk.strip():
        return
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    yield offset + start + lead, offset + end - trail


def count_words(text: str) -> int:
    return len(COUNT_RE.findall(text))


def syllables(word: str) -> int:
    """Spoken syllables of a French word, counted on vowel groups.

    A final « -e » or « -es » after a consonant is silent (« salle »: 1), and so is the verb
    ending « -ent » (« ils parlent »: 1), except in the words of ``SPOKEN_ENT_WORDS`` and
    words in « -ment ».
    """
    w = re.sub(rf"[^{VOWELS}a-zç]", "", word.lower())
    n = len(VOWEL_GROUP_RE.findall(w))
    if n <= 1:
        return max(n, 1) if w else 0
    if re.search(f"[^{VOWELS}]es?$", w) or (
        re.search(f"[^{VOWELS}]ent$", w) and not w.endswith("ment") and w not in c.SPOKEN_ENT_WORDS
    ):
        n -= 1
    return n


def _letters(word: str) -> int:
    return sum(ch.isalpha() for ch in word)


# --- Rules -----------------------------------------------------------------------------------


def sentence_length(doc: Doc) -> Iterator[Finding]:
    for start, end in doc.sentences:
        n = count_words(doc.text[start:end])
        if n > c.SENTENCE_WORDS_STRONG:
            yield Finding(
                "sentence-length",
                start,
                end,
                "strong",
                f"Phrase très longue ({n} mots) : coupez-la en phrases de "
                f"{c.SENTENCE_WORDS_WARNING} mots au plus, une idée par phrase.",
            )
        elif n > c.SENTENCE_WORDS_WARNING:
            yield Finding(
                "sentence-length",
                start,
                end,
                "warning",
                f"Phrase de {n} mots : coupez-la en deux phrases de "
                f"{c.SENTENCE_WORDS_WARNING} mots au plus.",
            )


def long_word(doc: Doc) -> Iterator[Finding]:
    for w in doc.words:
        if doc.protected(w.start, w.end, doc.urls) or w.text.lower() in c.ALLOWED_LONG_WORDS:
            continue
        if w.text.isupper() or (w.text[0].isupper() and not doc.starts_sentence(w.start)):
            continue  # acronyms and proper names are other rules' business
        offset = w.start
        for part in re.split(r"([-'’])", w.text):
            if part in "-'’":
                offset += len(part)
                continue
            letters, syl = _letters(part), syllables(part)
            if letters >= c.LONG_WORD_LETTERS or syl >= c.LONG_WORD_SYLLABLES:
                yield Finding(
                    "long-word",
                    offset,
                    offset + len(part),
                    "info",
                    f"Mot long (« {part} », {letters} lettres, {syl} syllabes) : "
                    "choisissez un mot plus court et plus connu si possible.",
                )
            offset += len(part)


def number_in_letters(doc: Doc) -> Iterator[Finding]:
    for i, w in enumerate(doc.words):
        low = w.text.lower()
        parts = low.split("-")
        if low not in c.NUMBER_WORDS and not (
            len(parts) > 1 and all(p in c.NUMBER_WORDS | {"et", "un", "une"} for p in parts)
        ):
            continue
        if low in c.AMBIGUOUS_NUMBER_WORDS:
            nxt = doc.words[i + 1] if i + 1 < len(doc.words) else None
            between = doc.text[w.end : nxt.start] if nxt else "."
            if nxt is None or between.strip() or nxt.text.lower() in c.NEUF_NOT_NUMBER_NEXT:
                continue
        if low in {"cent", "cents"} and re.search(r"pour[\s-]*$", doc.head(w.start), re.I):
            continue  # « pour cent » is the percentage rule
        yield Finding(
            "number-in-letters",
            w.start,
            w.end,
            "warning",
            f"Nombre écrit en lettres (« {w.text} ») : écrivez-le en chiffres.",
        )


def big_number(doc: Doc) -> Iterator[Finding]:
    seen: list[tuple[int, int]] = []
    for m in GROUPED_NUMBER_RE.finditer(doc.text):
        digits = sum(ch.isdigit() for ch in m.group())
        if digits > c.BIG_NUMBER_DIGITS and not doc.protected(*m.span(), doc.phones, doc.urls):
            seen.append(m.span())
            yield _big(m)
    for m in PLAIN_NUMBER_RE.finditer(doc.text):
        if len(m.group()) <= c.BIG_NUMBER_DIGITS or doc.protected(
            *m.span(), doc.phones, doc.urls, doc.dates, seen
        ):
            continue
        if len(m.group()) == 5 and (
            POSTCODE_BEFORE_RE.search(doc.head(m.start()))
            or POSTCODE_AFTER_RE.match(doc.text[m.end() :])
        ):
            continue
        yield _big(m)


def _big(m: re.Match[str]) -> Finding:
    return Finding(
        "big-number",
        m.start(),
        m.end(),
        "warning",
        f"Grand nombre (« {m.group()} ») : donnez un ordre d'idée, par exemple "
        "« beaucoup de personnes » ou « plus de 20 000 ».",
    )


def percentage(doc: Doc) -> Iterator[Finding]:
    for m in PERCENT_RE.finditer(doc.text):
        if not doc.protected(*m.span(), doc.urls):
            yield Finding(
                "percentage",
                m.start(),
                m.end(),
                "warning",
                "Pourcentage : dites plutôt « 6 personnes sur 10 » ou « la moitié ».",
            )


def decimal(doc: Doc) -> Iterator[Finding]:
    for m in DECIMAL_RE.finditer(doc.text):
        if not doc.protected(*m.span(), doc.urls, doc.phones, doc.dates, doc.times):
            yield Finding(
                "decimal",
                m.start(),
                m.end(),
                "warning",
                f"Nombre à virgule (« {m.group()} ») : arrondissez-le, "
                "par exemple « environ 2 » ou « un peu plus de 1 ».",
            )


def roman_numeral(doc: Doc) -> Iterator[Finding]:
    for m in ROMAN_RE.finditer(doc.text):
        if _is_roman(doc, m):
            yield Finding(
                "roman-numeral",
                m.start(),
                m.end(),
                "warning",
                f"Chiffre romain (« {m.group()} ») : écrivez-le en chiffres, "
                "par exemple « 20e siècle » ou « Louis 14 ».",
            )


def _is_roman(doc: Doc, m: re.Match[str]) -> bool:
    numeral, suffix = m.group(1), m.group(2)
    if not ROMAN_VALID_RE.match(numeral) or numeral in c.ROMAN_LOOKALIKES:
        return False
    if numeral == "M" and doc.text[m.end() : m.end() + 1] == ".":
        return False  # « M. Dupont »
    before = doc.head(m.start()).rstrip()
    prev = re.search(r"([^\W\d_]+)$", before)
    after = re.match(r"\s*([^\W\d_]+)", doc.text[m.end() :])
    if after and after.group(1).lower() in c.ROMAN_NEXT_WORDS:
        return True
    if suffix:
        return len(numeral) >= 2 or (numeral == "I" and suffix in {"er", "re", "ère"})
    trigger = bool(prev and prev.group(1).lower() in c.ROMAN_TRIGGER_WORDS)
    name = bool(
        prev
        and prev.group(1)[0].isupper()
        and not prev.group(1).isupper()
        and prev.group(1) not in c.NOT_NAMES
        and before.endswith(prev.group(1))
    )  # « Louis XIV », « Jean-Paul II »
    only_ivx = len(numeral) >= 2 and set(numeral) <= set("IVX")
    return trigger or name or (only_ivx and numeral not in c.KNOWN_ACRONYMS)


def _caps_tokens(doc: Doc) -> Iterator[re.Match[str]]:
    romans = [m.span() for m in ROMAN_RE.finditer(doc.text) if _is_roman(doc, m)]
    abbrevs = [m.span() for m in ABBREVIATION_RE.finditer(doc.text)]
    for m in CAPS_RE.finditer(doc.text):
        if m.group() in c.IGNORED_CAPS or doc.protected(*m.span(), romans, abbrevs, doc.urls):
            continue
        yield m


def _shouting_sentences(doc: Doc) -> list[tuple[int, int]]:
    spans = []
    for start, end in doc.sentences:
        words = [w for w in WORD_RE.findall(doc.text[start:end]) if _letters(w) >= 2]
        if (
            len(words) >= c.CAPITALS_SENTENCE_MIN_WORDS
            and all(w.isupper() for w in words)
            and not all(w in c.KNOWN_ACRONYMS for w in words)
        ):
            spans.append((start, end))
    return spans


def _is_acronym(doc: Doc, token: str) -> bool:
    if token in c.KNOWN_ACRONYMS:
        return True
    if token in c.COMMON_CAPS_WORDS or not (
        c.ACRONYM_MIN_LETTERS <= len(token) <= c.ACRONYM_MAX_LETTERS
    ):
        return False
    if len(token) >= c.CAPITALS_MIN_WORD_LETTERS or re.search(r"[À-ÝŒ]", token):
        return False
    return not re.search(rf"(?<!\w){re.escape(token.lower())}(?!\w)", doc.text, re.IGNORECASE)


def acronym(doc: Doc) -> Iterator[Finding]:
    shouting = _shouting_sentences(doc)
    seen: set[str] = set()
    for m in _caps_tokens(doc):
        token = m.group()
        if token in seen or doc.protected(*m.span(), shouting) or not _is_acronym(doc, token):
            continue
        seen.add(token)
        yield Finding(
            "acronym",
            m.start(),
            m.end(),
            "info",
            f"Sigle « {token} » : la première fois, écrivez le nom en entier, "
            "puis le sigle, par exemple « le centre communal d'action sociale, le CCAS ».",
        )


def capitals(doc: Doc) -> Iterator[Finding]:
    shouting = _shouting_sentences(doc)
    for start, end in shouting:
        yield Finding(
            "capitals",
            start,
            end,
            "warning",
            "Phrase en majuscules : écrivez-la en minuscules, c'est plus facile à lire.",
        )
    for m in _caps_tokens(doc):
        if doc.protected(*m.span(), shouting) or _is_acronym(doc, m.group()):
            continue
        if re.search(r"(?<!\w)" + re.escape(m.group().lower()), doc.text) is None and (
            m.group() not in c.COMMON_CAPS_WORDS and len(m.group()) < c.CAPITALS_MIN_WORD_LETTERS
        ):
            continue
        yield Finding(
            "capitals",
            m.start(),
            m.end(),
            "warning",
            f"Mot en majuscules (« {m.group()} ») : écrivez-le en minuscules. "
            "Pour insister, mettez-le en gras.",
        )


def abbreviation(doc: Doc) -> Iterator[Finding]:
    for m in ABBREVIATION_RE.finditer(doc.text):
        if not doc.protected(*m.span(), doc.urls):
            yield Finding(
                "abbreviation",
                m.start(),
                m.end(),
                "warning",
                _abbreviation_message(m.group()),
            )


def _abbreviation_message(found: str) -> str:
    full = c.ABBREVIATION_EXPANSIONS.get(found.lower().rstrip("."))
    if full:
        return f"Abréviation (« {found} ») : écrivez le mot en entier, « {full} »."
    return f"Abréviation (« {found} ») : écrivez le mot en entier."


def special_character(doc: Doc) -> Iterator[Finding]:
    for i, ch in enumerate(doc.text):
        if ch in c.SPECIAL_CHARACTERS and not doc.protected(i, i + 1, doc.urls, doc.dates):
            yield Finding(
                "special-character",
                i,
                i + 1,
                "warning",
                f"Caractère spécial « {ch} » : remplacez-le par des mots "
                "ou faites une nouvelle phrase.",
            )


def _lower_words(doc: Doc) -> list[str]:
    return [w.text.lower().replace("’", "'") for w in doc.words]


def _is_participle(word: str) -> bool:
    base = re.sub(r"(?:e|s|es)$", "", word)
    if word in c.ETRE_MOTION_PARTICIPLES or base in c.ETRE_MOTION_PARTICIPLES:
        return False
    if "'" in word:
        return False
    if word.endswith(("é", "ée", "és", "ées")) and len(word) > 2:
        return word != "été"
    return word in c.IRREGULAR_PARTICIPLES or base in c.IRREGULAR_PARTICIPLES


def _adjectival(word: str) -> bool:
    base = re.sub(r"(?:e|s|es)$", "", word)
    return word in c.ADJECTIVAL_PARTICIPLES or base in c.ADJECTIVAL_PARTICIPLES


def passive(doc: Doc) -> Iterator[Finding]:
    words = _lower_words(doc)
    for i, w in enumerate(words):
        j = i + 1
        if w == "été" and i > 0 and words[i - 1] in c.AVOIR_FORMS:
            kind, first = "been", i - 1
        elif w.removeprefix("n'") in c.ETRE_FORMS:
            kind, first = "etre", i
            if i > 0 and words[i - 1] in {"se", "s", "me", "m", "te", "t", "c", "ce"}:
                continue
        else:
            continue
        while j < len(words) and words[j] in c.PASSIVE_ADVERBS:
            j += 1
        if j >= len(words) or not _is_participle(words[j]):
            continue
        if doc.text[doc.words[j - 1].end : doc.words[j].start].strip(" "):
            continue  # punctuation between the verb and the word
        agent = j + 1 < len(words) and words[j + 1] == "par"
        if kind == "etre" and _prefix(doc, i):
            continue
        if (
            kind == "etre"
            and not agent
            and w.removeprefix("n'") not in c.ETRE_FUTURE_FORMS
            and _adjectival(words[j])
        ):
            continue
        yield Finding(
            "passive",
            doc.words[first].start,
            doc.words[j].end,
            "warning",
            "Forme passive : dites qui fait l'action, par exemple "
            "« Julie anime l'atelier » au lieu de « l'atelier est animé par Julie ».",
        )


def _prefix(doc: Doc, i: int) -> bool:
    """True when « être » follows a reflexive « s' » or a « c' » (« c'est fermé »)."""
    head = doc.head(doc.words[i].start)
    return bool(re.search(r"(?:\b[sScC]['’]|\bse\s+|\bce\s+)$", head))


def negation(doc: Doc) -> Iterator[Finding]:
    words = _lower_words(doc)
    for i, w in enumerate(doc.words):
        low = words[i]
        if low in c.NEGATION_ALONE and not _after_ne(words, i):
            yield _neg(w.start, w.end)
            continue
        is_ne = low == "ne" or (
            low.startswith("n'") and low[2:].split("-")[0] not in c.NEGATION_EXCEPTIONS
        )
        if not is_ne:
            continue
        if i > 0 and words[i - 1] in c.NEGATION_BEFORE_NE:
            yield _neg(doc.words[i - 1].start, w.end)
            continue
        for j in range(i + 1, min(i + 2 + c.NEGATION_MAX_GAP_WORDS, len(words))):
            if words[j] in c.NEGATION_PARTICLES:
                yield _neg(w.start, doc.words[j].end)
                break
    for m in re.finditer(r"(?:^|(?<=[.!?]\s))Pas\s+(?:de|d['’])", doc.text, re.MULTILINE):
        yield _neg(m.start(), m.start() + 3)


def _after_ne(words: list[str], i: int) -> bool:
    back = words[max(0, i - 1 - c.NEGATION_MAX_GAP_WORDS) : i]
    return any(b == "ne" or b.startswith("n'") for b in back)


def _neg(start: int, end: int) -> Finding:
    return Finding(
        "negation",
        start,
        end,
        "warning",
        "Phrase négative : dites-la de façon positive, par exemple "
        "« Le café est fermé » au lieu de « Le café n'est pas ouvert ».",
    )


def _is_conditional(word: str) -> bool:
    if word in c.CONDITIONAL_FORMS:
        return True
    if word in c.CONDITIONAL_EXCEPTIONS:
        return False
    m = re.search(r"^(.*?)r(ais|ait|ions|iez|aient)$", word)
    if not m or len(word) < 5:
        return False
    stem = m.group(1)
    for s in c.IRER_STEMS:
        if re.fullmatch(rf"(?:re)?{s}(?:ais|ait|ions|iez|aient)", word):
            return False
    return bool(re.search(r"(?:e|i|r|d|v|tt|ît)$", stem)) and not re.search(
        r"(?:ouv|couv|liv)$", stem
    )


def conditional_subjunctive(doc: Doc) -> Iterator[Finding]:
    words = _lower_words(doc)
    for i, w in enumerate(doc.words):
        low = words[i].rsplit("'", 1)[-1]
        if "-" not in low and _is_conditional(low):
            yield Finding(
                "conditional-subjunctive",
                w.start,
                w.end,
                "warning",
                f"Conditionnel (« {w.text} ») : écrivez au présent, "
                "par exemple « vous pouvez » au lieu de « vous pourriez ».",
            )
    flagged: list[tuple[int, int]] = []
    for i, low in enumerate(words):
        if low not in {"que", "qu'"} and not low.startswith("qu'"):
            continue
        j = i + 1 if low in {"que", "qu'"} else i
        subject = low[3:] if low.startswith("qu'") else ""
        k = j
        while k < len(words) and k - j < 2 and (words[k] in c.SUBJUNCTIVE_SUBJECTS or k == i):
            k += 1
        if subject and subject not in c.SUBJUNCTIVE_SUBJECTS:
            continue
        if k < len(words) and (
            words[k] in c.SUBJUNCTIVE_FORMS
            or (k > j and words[k - 1] == "vous" and words[k].endswith("iez"))
            or (words[k - 1 : k] == ["nous"] and words[k].endswith("ions"))
        ):
            flagged.append((doc.words[i].start, doc.words[k].end))
            yield _subj(doc.words[i].start, doc.words[k].end)
    for m in SUBJ_TRIGGER_RE.finditer(doc.text):
        if not doc.protected(*m.span(), flagged):
            yield _subj(m.start(), m.end())


def _subj(start: int, end: int) -> Finding:
    return Finding(
        "conditional-subjunctive",
        start,
        end,
        "warning",
        "Subjonctif : tournez la phrase autrement, par exemple "
        "« Vous devez venir » au lieu de « Il faut que vous veniez ».",
    )


def cross_reference(doc: Doc) -> Iterator[Finding]:
    for m in CROSS_REFERENCE_RE.finditer(doc.text):
        span = (m.start() + len(m.group()) - len(m.group().lstrip()), m.end())
        yield Finding(
            "cross-reference",
            *span,
            "warning",
            "Renvoi à une autre partie du texte : redites l'information ici, "
            "le lecteur ne doit pas chercher ailleurs.",
        )


def several_sentences_per_line(doc: Doc) -> Iterator[Finding]:
    by_line: dict[int, list[tuple[int, int]]] = {}
    for start, end in doc.sentences:
        by_line.setdefault(doc.text.count("\n", 0, start), []).append((start, end))
    for spans in by_line.values():
        if len(spans) > 1:
            yield Finding(
                "several-sentences-per-line",
                spans[0][0],
                spans[-1][1],
                "warning",
                f"{len(spans)} phrases sur la même ligne : "
                "mettez chaque phrase sur sa propre ligne.",
            )


RULES: dict[str, Callable[[Doc], Iterator[Finding]]] = {
    "sentence-length": sentence_length,
    "long-word": long_word,
    "number-in-letters": number_in_letters,
    "big-number": big_number,
    "percentage": percentage,
    "decimal": decimal,
    "roman-numeral": roman_numeral,
    "numeric-date": lambda doc: (
        Finding(
            "numeric-date",
            s,
            e,
            "warning",
            "Date en chiffres : écrivez le jour et le mois en lettres, "
            "par exemple « le 12 septembre 2025 ».",
        )
        for s, e in doc.dates
        if not doc.protected(s, e, doc.urls, doc.phones)
    ),
    "acronym": acronym,
    "abbreviation": abbreviation,
    "special-character": special_character,
    "passive": passive,
    "negation": negation,
    "conditional-subjunctive": conditional_subjunctive,
    "cross-reference": cross_reference,
    "capitals": capitals,
    "several-sentences-per-line": several_sentences_per_line,
}
