from django.core.management.base import BaseCommand

from portal.demo import load_demo


class Command(BaseCommand):
    help = "Build or update the demo site (idempotent: a second run changes nothing)."

    def handle(self, *args, **options):
        ctx = load_demo()
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready: {ctx.created} created, {ctx.updated} updated.")
        )
