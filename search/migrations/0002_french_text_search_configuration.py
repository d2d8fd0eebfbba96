"""PostgreSQL only: text search configurations for French search.

- ``french_unaccent``: a copy of ``french`` whose words go through ``unaccent`` then the
  French Snowball stemmer, so that « ecoute » finds « écoute » and « ateliers » finds
  « atelier ». Named in ``SEARCH_CONFIG``.
- ``simple_unaccent``: a copy of ``simple`` with ``unaccent``: no stemming, for
  autocomplete (prefixes must not be stemmed).

On SQLite (or any other database) this migration does nothing.
"""

from django.db import migrations

WORD_TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"

CREATE = f"""
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION french_unaccent ( COPY = french );
        ALTER TEXT SEARCH CONFIGURATION french_unaccent
            ALTER MAPPING FOR {WORD_TOKENS} WITH unaccent, french_stem;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'simple_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION simple_unaccent ( COPY = simple );
        ALTER TEXT SEARCH CONFIGURATION simple_unaccent
            ALTER MAPPING FOR {WORD_TOKENS} WITH unaccent, simple;
    END IF;
END
$$;
"""

DROP = """
DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent;
DROP TEXT SEARCH CONFIGURATION IF EXISTS simple_unaccent;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0001_search_log_and_synonyms")]

    operations = [migrations.RunPython(create, drop)]
