"""A stable public identifier for organisations and sites, for the open-data API.

Existing rows each get their own value before the column becomes unique (Django's three steps
for adding a unique field to a table that already has rows).
"""

import uuid

from django.db import migrations, models

MODELS = ["organisation", "site"]


def fill_uuids(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("directory", name)
        rows = list(model.objects.filter(uuid__isnull=True).only("pk"))
        for row in rows:
            row.uuid = uuid.uuid4()
        model.objects.bulk_update(rows, ["uuid"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_languages")]

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
