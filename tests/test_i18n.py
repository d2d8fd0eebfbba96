"""Languages: catalogues complete, compiled and in step with the code (no drift)."""

import io
from pathlib import Path

import polib
import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_python
from django.conf import settings
from django.utils import translation
from django.utils.translation.template import templatize

ROOT = Path(settings.BASE_DIR)
APPS = ["portal", "home", "guides", "directory", "search"]
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "gettext_lazy": None,
    "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2),
}
CATALOGUE_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


def _extract(source: str):
    for _lineno, _func, message, _comments in extract_python(
        io.BytesIO(source.encode()), KEYWORDS, [], {}
    ):
        yield message[0] if isinstance(message, tuple) else message


def code_msgids():
    found = set()
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                found.update(_extract(path.read_text(encoding="utf-8")))
    for path in (ROOT / "templates").rglob("*.html"):
        # templatize() writes each string as a one-line Python literal; its indentation is
        # meaningless, so lines are stripped before Babel's Python extractor reads them.
        source = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        found.update(_extract("\n".join(line.strip() for line in source.splitlines())))
    return {m for m in found if m}


def catalogue(code):
    return polib.pofile(str(ROOT / "locale" / code / "LC_MESSAGES" / "django.po"))


@pytest.fixture(scope="module")
def msgids():
    return code_msgids()


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_catalogue_has_every_string_of_the_code(msgids, code):
    known = {entry.msgid for entry in catalogue(code) if not entry.obsolete}
    missing = sorted(msgids - known)
    assert not missing, f"run `make messages` then translate: {missing[:20]}"


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_catalogue_has_no_string_the_code_no_longer_uses(msgids, code):
    stale = sorted({entry.msgid for entry in catalogue(code)} - msgids)
    assert not stale, f"run `make messages` to drop: {stale[:20]}"


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_catalogue_is_fully_translated(code):
    po = catalogue(code)
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, untranslated[:20]
    assert not fuzzy, fuzzy[:20]


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_compiled_catalogue_matches_the_source(code):
    po = catalogue(code)
    mo = polib.mofile(str(ROOT / "locale" / code / "LC_MESSAGES" / "django.mo"))
    translated = {
        (e.msgid, e.msgstr, tuple(sorted(e.msgstr_plural.items()))) for e in po if e.translated()
    }
    compiled = {(e.msgid, e.msgstr, tuple(sorted(e.msgstr_plural.items()))) for e in mo if e.msgid}
    assert translated == compiled, "run `python manage.py compile_catalogues`"


@pytest.mark.parametrize(("url", "code"), [("/", "fr"), ("/ar/", "ar")])
def test_interface_is_served_in_the_page_language(client, demo_site, url, code):
    with translation.override(code):
        expected = translation.gettext("Skip to content")
    assert expected != "Skip to content"
    html = client.get(url).content.decode()
    assert expected in html
    assert "Skip to content" not in html
