from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "lien-social-admin"  # noqa: S105 - documented local-only account


class Command(BaseCommand):
    help = (
        "Create the local administrator account admin / lien-social-admin. "
        "Refuses to run unless DEBUG is on: never use it in production."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_local_admin only runs with DEBUG on (local development).")
        user_model = get_user_model()
        if user_model.objects.filter(username=USERNAME).exists():
            self.stdout.write(f"The local account « {USERNAME} » already exists.")
            return
        user_model.objects.create_superuser(USERNAME, "admin@localhost", PASSWORD)
        self.stdout.write(self.style.SUCCESS(f"Local account created: {USERNAME} / {PASSWORD}"))
