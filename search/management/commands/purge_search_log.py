from django.conf import settings
from django.core.management.base import BaseCommand

from search.models import SearchLogEntry


class Command(BaseCommand):
    help = "Delete the anonymous search counts older than the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.SEARCH_LOG_RETENTION_DAYS,
            help="Keep this many days (default: SEARCH_LOG_RETENTION_DAYS).",
        )

    def handle(self, *args, days, **options):
        deleted = SearchLogEntry.purge(days=days)
        self.stdout.write(f"{deleted} search log rows older than {days} days deleted.")
