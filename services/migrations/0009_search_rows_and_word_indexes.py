"""Search rows carry what a search for words alone counts and sorts by, and get word indexes.

The rank, the name in the row's language and whether the service may be shown are copied
from the service, so a search for words reads no service row. Each site language gets an
index of whole words: on PostgreSQL a GIN index of the text split at spaces, on SQLite an FTS5
table that splits at spaces alone (every other ASCII character counts as part of a word, as
non-ASCII ones always do) and that triggers keep in step with the rows. A site language added
later needs its own in a new migration, as the trigram indexes of 0007 do.

A row holding a word longer than a known word may be (a sentence of Chinese has no spaces) is
marked, left out of PostgreSQL's word index, whose entries have a size limit, and read
through instead.

SQLite drops a table's triggers when Django rebuilds the table, as it does for most changes
to its fields: a later migration that changes SearchText must create them again
(tests/services/test_search_indexes.py fails until it does).
"""

from django.db import migrations, models
from django.db.models import Exists, OuterRef, Q, Subquery

LANGUAGES = [
    "en", "sq", "ar", "bg", "zh_hans", "cs", "et", "fr", "de", "hu", "it",
    "lt", "pl", "pt", "ro", "ru", "sk", "es", "th", "tr", "uk",
]  # fmt: skip
# As services.models.LONGEST_WORD when this was written.
LONGEST_WORD = 100
# ASCII letters and digits are always part of a word for FTS5's ascii tokenizer.
TOKEN_CHARACTERS = "".join(
    char for char in map(chr, range(1, 128)) if not char.isalnum() and not char.isspace()
)


def quoted(text: str) -> str:
    return "'{}'".format(text.replace("'", "''"))


def word_table(column: str) -> str:
    return f"services_searchtext_words_{column}"


def fill_search_rows(apps, schema_editor):
    Service = apps.get_model("services", "Service")
    SearchText = apps.get_model("services", "SearchText")
    long_words = [
        pk
        for pk, text in SearchText.objects.values_list("pk", "text").iterator()
        if any(len(word) > LONGEST_WORD for word in text.split())
    ]
    for start in range(0, len(long_words), 500):
        SearchText.objects.filter(pk__in=long_words[start : start + 500]).update(long_words=True)
    service = Service.objects.filter(pk=OuterRef("service"))
    for column in LANGUAGES:
        SearchText.objects.filter(language=column.replace("_", "-")).update(
            name=Subquery(service.values(f"name_{column}")[:1]),
            firewall_rank=Subquery(service.values("firewall_rank")[:1]),
            listed=Exists(
                service.filter(
                    status__in=["active", "temporarily_closed"], organisation__status="active"
                )
            ),
            is_demo=Exists(service.filter(Q(is_demo=True) | Q(organisation__is_demo=True))),
        )


def create_word_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        # PostgreSQL keeps no statistics it can use for a partial index's expression: without
        # these, it guessed that a common word is in 50 rows, not 3,000, and joined to the
        # service rows one match at a time.
        schema_editor.execute(
            "CREATE STATISTICS services_searchtext_words ON (string_to_array(text, ' ')) "
            "FROM services_searchtext"
        )
        schema_editor.execute("ANALYZE services_searchtext")
    for column in LANGUAGES:
        language = quoted(column.replace("_", "-"))
        if vendor == "postgresql":
            schema_editor.execute(
                f"CREATE INDEX services_searchtext_{column}_words ON services_searchtext "
                f"USING gin (string_to_array(text, ' ')) "
                f"WHERE language = {language} AND NOT long_words"
            )
        elif vendor == "sqlite":
            table = word_table(column)
            tokenizer = quoted(f"ascii tokenchars {quoted(TOKEN_CHARACTERS)}")
            add = f'INSERT INTO "{table}"(rowid, text) VALUES (new.id, new.text);'
            remove = f"""INSERT INTO "{table}"("{table}", rowid, text)
                VALUES ('delete', old.id, old.text);"""
            schema_editor.execute(
                f'CREATE VIRTUAL TABLE "{table}" USING fts5(text, content=\'\', '
                f"tokenize={tokenizer}, detail=none)"
            )
            schema_editor.execute(
                f'CREATE TRIGGER "{table}_insert" AFTER INSERT ON services_searchtext '
                f"WHEN new.language = {language} BEGIN {add} END"
            )
            schema_editor.execute(
                f'CREATE TRIGGER "{table}_delete" AFTER DELETE ON services_searchtext '
                f"WHEN old.language = {language} BEGIN {remove} END"
            )
            schema_editor.execute(
                f'CREATE TRIGGER "{table}_update" AFTER UPDATE OF text ON services_searchtext '
                f"WHEN old.language = {language} BEGIN {remove} {add} END"
            )
            schema_editor.execute(
                f'INSERT INTO "{table}"(rowid, text) SELECT id, text FROM services_searchtext '
                f"WHERE language = {language}"
            )


def drop_word_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute("DROP STATISTICS IF EXISTS services_searchtext_words")
    for column in LANGUAGES:
        if vendor == "postgresql":
            schema_editor.execute(f"DROP INDEX IF EXISTS services_searchtext_{column}_words")
        elif vendor == "sqlite":
            table = word_table(column)
            for trigger in ("insert", "delete", "update"):
                schema_editor.execute(f'DROP TRIGGER IF EXISTS "{table}_{trigger}"')
            schema_editor.execute(f'DROP TABLE IF EXISTS "{table}"')


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0008_firewall_rank"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchtext",
            name="firewall_rank",
            field=models.PositiveSmallIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="searchtext",
            name="is_demo",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="searchtext",
            name="listed",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="searchtext",
            name="name",
            field=models.CharField(blank=True, max_length=200, null=True),
        ),
        migrations.AddField(
            model_name="searchtext",
            name="long_words",
            field=models.BooleanField(default=False),
        ),
        migrations.AddIndex(
            model_name="searchtext",
            index=models.Index(
                condition=models.Q(("long_words", True)),
                fields=["language"],
                name="services_searchtext_long_words",
            ),
        ),
        migrations.RunPython(fill_search_rows, migrations.RunPython.noop, elidable=True),
        migrations.RunPython(create_word_indexes, drop_word_indexes),
    ]
