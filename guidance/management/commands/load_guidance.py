from django.core.management.base import BaseCommand

from guidance import content


class Command(BaseCommand):
    help = "Load the guidance pages, glossary and phrasebook from guidance/content/ (idempotent)."

    def handle(self, *args, **options) -> None:
        counts = content.load()
        self.stdout.write(
            "Guidance loaded: {pages} pages, {terms} glossary terms, {phrases} phrases.".format(
                **counts
            )
        )
