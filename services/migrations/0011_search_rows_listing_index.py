"""An index of the search rows that lists every service in its order (SearchTextQuerySet.listing).

The find page with nothing chosen read and sorted every wide service row: 14 ms at 10,000
services on PostgreSQL. The rank is negated, as the listing sorts it, so that word searches,
which sort it descending, never walk this index.
"""

from django.db import migrations, models

import services.models


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0010_service_listing_index"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="searchtext",
            index=models.Index(
                models.F("language"),
                services.models.Negated("firewall_rank"),
                models.F("name"),
                models.F("service_id"),
                models.F("is_demo"),
                condition=models.Q(listed=True),
                name="services_searchtext_listing",
            ),
        ),
    ]
