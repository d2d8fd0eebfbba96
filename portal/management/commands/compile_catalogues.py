"""Compile the .po catalogues under locale/ to .mo with polib (no GNU gettext needed)."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def catalogues():
    for base in settings.LOCALE_PATHS:
        yield from sorted(Path(base).glob("*/LC_MESSAGES/django.po"))


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/django.po into .mo files, in pure Python."

    def handle(self, *args, **options):
        for po_path in catalogues():
            polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
            self.stdout.write(f"compiled {po_path}")
