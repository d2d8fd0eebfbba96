"""Search and autocomplete latency with many pages (run on PostgreSQL).

    DATABASE_URL=postgres://… python manage.py load_demo
    DATABASE_URL=postgres://… python bench/search_bench.py [--generic 20000] [--pages 500]

Adds ``--pages`` content pages (stand-ins for guides and formats) and ``--generic``
generic pages (stand-ins for directory entries) under a temporary parent, indexes them,
times the full search view and the suggestions view, prints p50/p95, then rolls
everything back: the database is left as it was.
"""

import argparse
import statistics
import time

from _setup import backend_name, setup

setup()

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from home.models import ContentPage  # noqa: E402

COMMUNES = ["Nancy", "Metz", "Épinal", "Lunéville", "Toul", "Verdun", "Vandœuvre", "Laxou"]
KINDS = ["Association", "Médiathèque", "Centre social", "Maison de quartier", "MJC", "CCAS"]
TOPICS = ["écoute", "repas partagés", "numérique", "marche", "lecture", "jeux", "couture"]
QUERIES = [
    "ecoute",
    "mediatheque nancy",
    "repas",
    "centre social metz",
    "SDF",
    "ordinateur",
    "cafe discussion solitude",
    "atelier numerique",
    "zzzxqw",
    "association lecture",
]
PREFIXES = ["ec", "med", "cen", "asso", "nan", "rep", "mar", "lec"]
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class RollbackError(Exception):
    pass


def encode(n):
    out = ""
    for _ in range(4):
        n, r = divmod(n, 36)
        out = ALPHABET[r] + out
    return out


def create_pages(parent, count, prefix, generic):
    """Bulk-inserts pages (tree paths computed here) and indexes them in chunks."""
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(ContentPage)
    start = parent.numchild
    rows = []
    for i in range(count):
        commune = COMMUNES[i % len(COMMUNES)]
        kind = KINDS[i % len(KINDS)]
        topic = TOPICS[i % len(TOPICS)]
        title = f"{kind} {prefix}{i} {commune}" if generic else f"Guide {prefix}{i} : {topic}"
        rows.append(
            ContentPage(
                title=title,
                draft_title=title,
                slug=f"{prefix}-{i}",
                path=parent.path + encode(start + i + 1),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{prefix}-{i}/",
                live=True,
                content_type=content_type,
                locale_id=parent.locale_id,
                summary=f"{kind} à {commune} : {topic}, accueil et activités pour tous.",
            )
        )
    # Multi-table inheritance: insert the Page rows, then the ContentPage rows.
    pages = Page.objects.bulk_create(
        [
            Page(
                **{
                    f.attname: getattr(r, f.attname)
                    for f in Page._meta.concrete_fields
                    if f.attname != "id"
                }
            )
            for r in rows
        ],
        batch_size=1000,
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {ContentPage._meta.db_table} (page_ptr_id, summary, body) "  # noqa: S608
            "VALUES (%s, %s, %s)",
            [(p.pk, r.summary, "[]") for p, r in zip(pages, rows, strict=True)],
        )
    Page.objects.filter(pk=parent.pk).update(numchild=start + count)
    parent.numchild = start + count
    backend = get_search_backend()
    ids = [p.pk for p in pages]
    for chunk in range(0, len(ids), 1000):
        objs = ContentPage.objects.filter(pk__in=ids[chunk : chunk + 1000])
        backend.add_bulk(ContentPage, list(objs))


def timings(client, url, params):
    durations = []
    for _ in range(3):
        for value in params:
            began = time.perf_counter()
            response = client.get(url, {"q": value})
            durations.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200, (url, value, response.status_code)
    durations.sort()
    p95 = durations[int(len(durations) * 0.95) - 1]
    return statistics.median(durations), p95, len(durations)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--generic", type=int, default=20_000)
    parser.add_argument("--pages", type=int, default=500)
    args = parser.parse_args()
    print(f"Backend: {backend_name()}")
    try:
        with transaction.atomic():
            home = Page.objects.get(depth=2, locale=Locale.objects.get(language_code="fr"))
            parent = home.add_child(instance=ContentPage(title="Banc d'essai", slug="banc"))
            began = time.perf_counter()
            create_pages(parent, args.pages, "guide", generic=False)
            create_pages(parent, args.generic, "lieu", generic=True)
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            print(
                f"{args.pages} pages + {args.generic} generic pages created and indexed "
                f"in {time.perf_counter() - began:.0f} s"
            )
            client = Client(SERVER_NAME="localhost")
            client.get("/recherche/", {"q": "warm"})
            p50, p95, n = timings(client, "/recherche/", QUERIES)
            print(f"search        p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   ({n} requests)")
            p50, p95, n = timings(client, "/recherche/suggestions/", PREFIXES)
            print(f"autocomplete  p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   ({n} requests)")
            raise RollbackError
    except RollbackError:
        print("Rolled back: the database is unchanged.")


if __name__ == "__main__":
    main()
