from django.core.management.base import BaseCommand

from services import demo


class Command(BaseCommand):
    help = (
        "Create or update the fictional demo organisations and services (every record marked "
        "as demo). Safe to run again: it updates rather than duplicates."
    )

    def handle(self, *args, **options) -> None:
        counts = demo.load()
        summary = ", ".join(f"{count} {label}" for label, count in counts.items())
        self.stdout.write(f"Demo data loaded: {summary}.")
