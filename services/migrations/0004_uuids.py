"""A stable public identifier for every record the open-data API publishes.

Existing rows each get their own value before the column becomes unique (Django's three steps
for adding a unique field to a table that already has rows). The categories ship with every
installation, so theirs are derived from the slug: the same category has the same identifier
in every directory, and data exchanged between directories keeps its categories.
"""

import uuid

from django.db import migrations, models

MODELS = [
    "servicecategory",
    "confidentialitypolicy",
    "service",
    "servicelanguage",
    "openingslot",
    "contactpoint",
]

# Never change: categories' identifiers are derived from it.
CATEGORY_NAMESPACE = uuid.UUID("5b0d7f34-8d43-4c5e-9a57-2f0e6c1d9b21")


def fill_uuids(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("services", name)
        rows = list(model.objects.filter(uuid__isnull=True))
        for row in rows:
            if name == "servicecategory":
                row.uuid = uuid.uuid5(CATEGORY_NAMESPACE, row.slug)
            else:
                row.uuid = uuid.uuid4()
        model.objects.bulk_update(rows, ["uuid"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("services", "0003_search_text")]

    operations = [
        *(
            migrations.AddField(
                model_name=name, name="uuid", field=models.UUIDField(editable=False, null=True)
            )
            for name in MODELS
        ),
        migrations.RunPython(fill_uuids, migrations.RunPython.noop),
        *(
            migrations.AlterField(
                model_name=name,
                name="uuid",
                field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
            )
            for name in MODELS
        ),
    ]
