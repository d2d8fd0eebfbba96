"""PostgreSQL only: a trigram index so that « search_text LIKE '%word%' » (the directory's
accent-insensitive text filter) stays fast with tens of thousands of entries. Other
databases (SQLite) skip it; without the pg_trgm extension's rights, it is skipped too."""

from django.db import migrations

INDEX = "directory_org_search_trgm"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        if cursor.fetchone() is None:
            cursor.execute("SAVEPOINT directory_trgm")
            try:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            except Exception:  # noqa: BLE001 - no right to create extensions: no index
                cursor.execute("ROLLBACK TO SAVEPOINT directory_trgm")
                return
            cursor.execute("RELEASE SAVEPOINT directory_trgm")
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON directory_organisationpage "
            "USING gin (search_text gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_organisation_page")]

    operations = [migrations.RunPython(create, drop)]
