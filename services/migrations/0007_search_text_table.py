"""Search text moves out of the service row into a narrow table, with a trigram index per language.

The service row carries a column per language for every translated field, so PostgreSQL kept
the search text out of line and a search read kilobytes per service. The existing texts are
copied across before their columns go. The indexes are PostgreSQL's (pg_trgm, created in
0003); they serve `LIKE '%word%'` and the misspelling lookup. A site language added later
needs its own index in a new migration.
"""

import django.db.models.deletion
from django.db import migrations, models

LANGUAGES = [
    "en", "sq", "ar", "bg", "zh_hans", "cs", "et", "fr", "de", "hu", "it",
    "lt", "pl", "pt", "ro", "ru", "sk", "es", "th", "tr", "uk",
]  # fmt: skip


def index_name(column: str) -> str:
    return f"services_searchtext_{column}_trgm"


def copy_search_texts(apps, schema_editor):
    Service = apps.get_model("services", "Service")
    SearchText = apps.get_model("services", "SearchText")
    SearchWord = apps.get_model("services", "SearchWord")
    columns = [f"search_text_{column}" for column in LANGUAGES]
    rows, words = [], set()
    for service in Service.objects.values("pk", *columns).iterator():
        for column in LANGUAGES:
            text = service[f"search_text_{column}"] or ""
            rows.append(
                SearchText(service_id=service["pk"], language=column.replace("_", "-"), text=text)
            )
            words.update(word for word in text.split() if len(word) <= 100)
    # A language's rows together on disk (as SearchText.objects.store writes them).
    rows.sort(key=lambda row: row.language)
    SearchText.objects.bulk_create(rows, batch_size=1000)
    SearchWord.objects.bulk_create(
        (SearchWord(word=word) for word in words), batch_size=1000, ignore_conflicts=True
    )


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in LANGUAGES:
        language = column.replace("_", "-")
        schema_editor.execute(
            f"CREATE INDEX {index_name(column)} ON services_searchtext "
            f"USING gin (text gin_trgm_ops) WHERE language = '{language}'"
        )
    schema_editor.execute(
        "CREATE INDEX services_searchword_trgm ON services_searchword USING gin (word gin_trgm_ops)"
    )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in LANGUAGES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {index_name(column)}")
    schema_editor.execute("DROP INDEX IF EXISTS services_searchword_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0006_history_suggestions_review_interval"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("word", models.CharField(max_length=100, unique=True)),
            ],
        ),
        migrations.CreateModel(
            name="SearchText",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language", models.CharField(max_length=10)),
                ("text", models.TextField(blank=True)),
                (
                    "service",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="search_texts",
                        to="services.service",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("language", "service"),
                        name="services_searchtext_one_per_language",
                    )
                ],
            },
        ),
        migrations.RunPython(copy_search_texts, migrations.RunPython.noop, elidable=True),
        migrations.RemoveField(model_name="service", name="search_text"),
        *(
            migrations.RemoveField(model_name="service", name=f"search_text_{column}")
            for column in LANGUAGES
        ),
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
    ]
