"""Backend configuration: Elasticsearch French analysis, PostgreSQL text search."""

import os

import pytest
from django.conf import settings
from django.db import connection

from home.models import ContentPage
from portal.settings.base import SEARCH_FRENCH_INDEX_SETTINGS

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")


def elasticsearch_backend(url="http://127.0.0.1:9200"):
    from wagtail.search.backends.elasticsearch9 import SearchBackend

    return SearchBackend(
        {
            "URLS": [url],
            "INDEX_PREFIX": "lien_test_",
            "INDEX_SETTINGS": SEARCH_FRENCH_INDEX_SETTINGS,
        }
    )


def test_elasticsearch_index_settings_are_french():
    """No server needed: the settings Wagtail would send when creating the index."""
    backend = elasticsearch_backend()
    analysis = backend.settings["settings"]["analysis"]
    default = analysis["analyzer"]["default"]
    assert default["tokenizer"] == "standard"
    assert default["filter"] == [
        "french_elision",
        "lowercase",
        "asciifolding",
        "french_stop",
        "french_stemmer",
    ]
    assert analysis["filter"]["french_elision"]["type"] == "elision"
    assert "qu" in analysis["filter"]["french_elision"]["articles"]
    assert analysis["filter"]["french_stemmer"] == {"type": "stemmer", "language": "light_french"}
    # Wagtail's own analyzers (autocomplete) are kept next to ours.
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_elasticsearch_mapping_uses_the_default_french_analyzer():
    """Text fields carry no analyzer of their own, so the index's French default applies."""
    backend = elasticsearch_backend()
    mapping = backend.mapping_class(ContentPage).get_mapping()
    properties = mapping["properties"]
    text_fields = {
        name: value
        for name, value in properties.items()
        if value.get("type") == "text" and not name.endswith("_edgengrams")
    }
    assert any(name.endswith("summary") for name in text_fields)
    assert all("analyzer" not in value for value in text_fields.values())
    assert properties["_edgengrams"]["analyzer"] == "edgengram_analyzer"
    assert properties["title_edgengrams"]["analyzer"] == "edgengram_analyzer"
    assert backend.get_index_for_model(ContentPage).name == "lien_test_wagtailcore_page"


def test_backend_selected_by_the_environment():
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    if ELASTICSEARCH_URL:
        assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch9"
        assert backend["INDEX_SETTINGS"] is SEARCH_FRENCH_INDEX_SETTINGS
    elif connection.vendor == "postgresql":
        assert backend["SEARCH_CONFIG"] == "french_unaccent"
    else:
        assert backend["BACKEND"] == "wagtail.search.backends.database"


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_postgresql_french_unaccent_configuration():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT to_tsvector('french_unaccent', 'Les bibliothèques, l''écoute, ateliers')"
            "::text, to_tsvector('simple_unaccent', 'Écoute')::text"
        )
        french, simple = cursor.fetchone()
    assert "'bibliothequ'" in french
    assert "'ecout'" in french
    assert "'ateli'" in french
    assert simple == "'ecoute':1"


@pytest.mark.elasticsearch
@pytest.mark.skipif(not ELASTICSEARCH_URL, reason="ELASTICSEARCH_URL is not set")
@pytest.mark.django_db
def test_elasticsearch_french_search(search_site):
    from django.core.management import call_command
    from wagtail.models import Page

    call_command("update_index", verbosity=0)
    pages = Page.objects.live()
    assert "Les bibliothèques du quartier" in [p.title for p in pages.search("bibliotheque")]
    assert "Atelier numérique apaisé" in [p.title for p in pages.search("ateliers")]
    assert "Cercle d'écoute" in [p.title for p in pages.search("ecoute")]
