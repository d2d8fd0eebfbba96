from django.core.management.base import BaseCommand, CommandError

from portal.demo import DemoDataError, load_demo


class Command(BaseCommand):
    help = (
        "Build or update the demo site from the apps' demo files (idempotent: a second run "
        "changes nothing). See docs/demo-content.md."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "apps",
            nargs="*",
            help="Only these apps (e.g. « home directory »); the vocabulary is always loaded.",
        )

    def handle(self, *args, **options):
        try:
            ctx = load_demo(modules=options["apps"] or None)
        except DemoDataError as error:
            raise CommandError(
                f"The demo data has a mistake, nothing was changed.\n{error}"
            ) from None
        except ValueError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready: {ctx.created} created, {ctx.updated} updated.")
        )
