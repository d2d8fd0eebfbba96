"""Directory benchmark, run by hand (not part of the test suite).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lien_bench \\
        python bench/directory_bench.py [--entries 20000] [--requests 200]

It migrates the database, loads the demo (home + directory), adds ``--entries`` synthetic
directory entries in bulk (rows written directly, a few seconds for 20,000; kept between
runs and marked with source « bench »), then times requests through the full Django stack
with the test client (middleware, page routing, templates): server-side time, no network.

Targets (issue 5): directory search with text + commune + one filter p95 < 150 ms; the
fiche p95 < 80 ms.
"""

import argparse
import os
import random
import statistics
import time
import uuid

from _setup import setup

setup()

from django.conf import settings  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page  # noqa: E402

from directory.geo import city_key  # noqa: E402
from directory.models import OrganisationPage, Service  # noqa: E402
from portal.demo import load_demo  # noqa: E402
from portal.models import Audience, OrganisationType, Theme  # noqa: E402
from portal.text import fold  # noqa: E402

BENCH_SOURCE = "bench"
WORDS = [
    "café",
    "écoute",
    "numérique",
    "lecture",
    "jardin",
    "repas",
    "chorale",
    "marche",
    "entraide",
    "voisins",
    "atelier",
    "permanence",
    "accueil",
    "familles",
    "seniors",
    "jeunes",
    "français",
    "couture",
    "vélo",
    "jeux",
]
KINDS = ["Association", "Centre social", "Médiathèque", "Maison de quartier", "Espace"]
HOURS = [
    "Mo-Fr 09:00-12:00,14:00-17:30; PH off",
    "Tu-Sa 10:00-18:00; PH off",
    "We 14:00-18:00; Sa 10:00-12:00",
    "Mo,Th 14:00-16:00",
    "Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00; PH off",
    "",
]
# Real demo communes (so that « Nancy » or « 54500 » find bench rows) plus synthetic ones.
COMMUNES = [
    ("Nancy", "54000", 48.6921, 6.1844),
    ("Vandœuvre-lès-Nancy", "54500", 48.6563, 6.1703),
    ("Laxou", "54520", 48.6837, 6.1496),
    ("Maxéville", "54320", 48.7114, 6.1636),
    ("Paris", "75011", 48.8590, 2.3800),
] + [
    (f"Commune {i:03d}", f"{10000 + i * 7:05d}", 43.0 + (i * 0.37) % 7, -1.0 + (i * 0.53) % 8)
    for i in range(195)
]


def prepare(entries):
    call_command("migrate", verbosity=0)
    ctx = load_demo(modules=["home.demo", "directory.demo"])
    directory = ctx.pages["annuaire"]["fr"]
    existing = OrganisationPage.objects.filter(source=BENCH_SOURCE).count()
    if existing >= entries:
        print(f"{existing} bench entries already there")
        return directory
    started = time.perf_counter()
    with transaction.atomic():
        _bulk_entries(directory, entries - existing, existing)
    print(f"created {entries - existing} entries in {time.perf_counter() - started:.1f} s")
    return directory


def _bulk_entries(directory, count, offset):
    directory = Page.objects.get(pk=directory.pk)
    rng = random.Random(offset + 5)
    content_type = ContentType.objects.get_for_model(OrganisationPage)
    themes = list(Theme.objects.filter(locale=directory.locale))
    audiences = list(Audience.objects.filter(locale=directory.locale))
    types = list(OrganisationType.objects.filter(locale=directory.locale))
    start = directory.numchild
    pages, rows = [], []
    for i in range(count):
        n = offset + i
        commune, postcode, lat, lng = COMMUNES[n % len(COMMUNES)]
        words = rng.sample(WORDS, 3)
        title = f"{rng.choice(KINDS)} {words[0]} {n}"
        slug = f"bench-{n}"
        page = Page(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            locale_id=directory.locale_id,
            translation_key=uuid.uuid4(),
            live=True,
            has_unpublished_changes=False,
            path=OrganisationPage._get_path(directory.path, directory.depth + 1, start + i + 1),
            depth=directory.depth + 1,
            numchild=0,
            url_path=f"{directory.url_path}{slug}/",
        )
        pages.append(page)
        entry = OrganisationPage(
            title=title,
            summary=f"Lieu de démonstration pour le banc d'essai : {', '.join(words)}.",
            description=" ".join(rng.sample(WORDS, 6)),
            organisation_type=rng.choice(types),
            address=f"{n % 90 + 1} rue du Banc",
            postcode=postcode,
            city=commune,
            city_key=city_key(commune),
            latitude=lat + rng.uniform(-0.04, 0.04),
            longitude=lng + rng.uniform(-0.05, 0.05),
            opening_hours=rng.choice(HOURS),
            step_free_access=rng.random() < 0.5,
            languages=rng.choice(["fr", "fr,ar", "fr,en", "fr,es,ar"]),
            source=BENCH_SOURCE,
            source_id=slug,
            is_demo=True,
            review_every_months=12,
        )
        entry.search_text = fold(f"{title} {entry.summary} {entry.description} {commune}")
        rows.append(entry)
    Page.objects.bulk_create(pages, batch_size=2000)
    created = dict(Page.objects.filter(slug__in=[p.slug for p in pages]).values_list("slug", "pk"))
    fields = list(OrganisationPage._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(OrganisationPage._meta.db_table)
    values = []
    for page, entry in zip(pages, rows, strict=True):
        entry.page_ptr_id = created[page.slug]
        values.append([f.get_db_prep_save(getattr(entry, f.attname), connection) for f in fields])
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", values)  # noqa: S608
    through_themes = OrganisationPage.themes.through
    through_audiences = OrganisationPage.audiences.through
    through_themes.objects.bulk_create(
        [
            through_themes(organisationpage_id=pk, theme_id=theme.pk)
            for pk in created.values()
            for theme in rng.sample(themes, 2)
        ],
        batch_size=5000,
    )
    through_audiences.objects.bulk_create(
        [
            through_audiences(organisationpage_id=pk, audience_id=rng.choice(audiences).pk)
            for pk in created.values()
        ],
        batch_size=5000,
    )
    Service.objects.bulk_create(
        [
            Service(
                page_id=pk,
                sort_order=0,
                name="Accueil",
                fees=rng.choice(["gratuit", "payant"]),
                audiences=["tous-publics"],
            )
            for pk in created.values()
        ],
        batch_size=5000,
    )
    Page.objects.filter(pk=directory.pk).update(numchild=start + count)


def timed(client, url, runs):
    client.get(url)  # warm-up
    durations, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        durations.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return percentiles(durations), percentiles(cpu)


def percentiles(values):
    values = sorted(values)
    p95 = values[max(0, round(0.95 * len(values)) - 1)]
    return statistics.median(values), p95


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    print(f"load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(f"database: {engine} {settings.DATABASES['default'].get('NAME')}")
    prepare(args.entries)
    total = OrganisationPage.objects.live().count()
    print(f"live directory entries: {total}")
    cache.clear()
    client = Client(SERVER_NAME="localhost")

    searches = [
        "/annuaire/?q=cafe&place=Nancy&theme=convivialite",
        "/annuaire/?q=atelier&place=54500&step_free=on",
        "/annuaire/?q=numerique&place=Laxou&free=on",
        "/annuaire/?q=ecoute&place=Paris&language=ar",
        "/annuaire/?q=jardin&place=Commune+042&type=association",
    ]
    others = [
        "/annuaire/",
        "/annuaire/?place=Nancy",
        "/annuaire/?place=Nancy&open_now=on",
        "/annuaire/?q=voisins",
    ]
    slugs = list(
        OrganisationPage.objects.filter(source=BENCH_SOURCE)
        .order_by("?")
        .values_list("slug", flat=True)[:5]
    )
    fiches = [f"/annuaire/{slug}/" for slug in ["pti-plato-bus", "la-cloche-paris", *slugs]]

    def report(title, urls, target=None):
        print(f"\n{title}")
        all_p95 = []
        for url in urls:
            (p50, p95), (cpu50, cpu95) = timed(client, url, args.requests)
            all_p95.append(p95)
            print(
                f"  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  (Python CPU p50 {cpu50:5.1f}, "
                f"p95 {cpu95:5.1f})  {url}"
            )
        if target:
            verdict = "OK" if max(all_p95) < target else "OVER TARGET"
            print(f"  worst p95 {max(all_p95):.1f} ms (target < {target} ms): {verdict}")

    report("Search: text + commune + one filter", searches, target=150)
    report("Fiche", fiches, target=80)
    report("Other directory pages (for information)", others)


if __name__ == "__main__":
    main()
