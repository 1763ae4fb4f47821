from django.core.management.base import BaseCommand

from services.models import Service


class Command(BaseCommand):
    help = (
        "Re-derive every service's stored firewall status, so that evidence which went stale "
        "overnight stops counting. Run it daily (see README)."
    )

    def handle(self, *args, **options) -> None:
        changed = Service.objects.all().refresh_derived()
        self.stdout.write(f"{changed} service(s) changed firewall status.")
