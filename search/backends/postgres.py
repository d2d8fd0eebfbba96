"""Wagtail's PostgreSQL database backend with an accent-folding autocomplete.

Wagtail's backend uses ``SEARCH_CONFIG`` for search but hard-codes the ``simple``
configuration for autocomplete (no stemming, which is right, but no accent folding
either). ``AUTOCOMPLETE_SEARCH_CONFIG`` names another configuration: ``simple_unaccent``
(created by the migration ``portal_search.0002``) folds accents without stemming, so that
« ecou » suggests « Écoute ».
"""

from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend


class FrenchPostgresSearchBackend(PostgresSearchBackend):
    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_SEARCH_CONFIG", "simple")


SearchBackend = FrenchPostgresSearchBackend
