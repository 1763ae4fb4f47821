"""The find page's filters use indexes on PostgreSQL at 10,000 services (SPEC §10).

The invented directory of `make bench` is loaded once for this module, inside a transaction
that is rolled back afterwards, and the planner is given statistics as autovacuum would.
"""

import pytest
from django.db import connection, transaction
from django.utils import translation

from bench import data
from services.forms import FindServiceForm
from services.models import Service

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner"),
]


@pytest.fixture(scope="module")
def ten_thousand_services(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        data.load(10_000)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        yield
        transaction.set_rollback(True)


def plan(filters: dict) -> str:
    form = FindServiceForm(filters)
    assert form.is_valid(), form.errors
    with translation.override("en"):
        services = form.filter(Service.objects.published()).safest_first()
        return services.for_cards()[:10].explain()


@pytest.mark.parametrize(
    "filters",
    [
        {"city": "bench-town-7"},
        {"city": "bench-town-7", "firewall": "firewalled"},
        {"language": "ro", "city": "bench-town-7", "firewall": "firewalled"},
    ],
)
def test_the_city_and_firewall_filters_use_indexes_not_a_scan_of_every_service(
    ten_thousand_services, filters
):
    chosen = plan(filters)

    assert "Seq Scan on services_service " not in chosen, chosen
    assert "Index Scan using services_service_organisation_id" in chosen, chosen
    assert "directory_organisation_city_id" in chosen, chosen
