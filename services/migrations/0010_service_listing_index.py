"""An index of every column the find page's filters read of a service, under its organisation.

A service row holds a column per language for every translated field, so on SQLite the
filtered columns lie in each row's overflow pages, and the find page read through them for
every service it reached: 30 ms for "charging check or safer" and "free" at 10,000 services.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0009_search_rows_and_word_indexes"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="service",
            index=models.Index(
                fields=[
                    "organisation",
                    "firewall_status",
                    "firewall_checked_until",
                    "cost_policy",
                    "gender_focus",
                    "status",
                    "is_demo",
                ],
                name="services_service_listing",
            ),
        ),
    ]
