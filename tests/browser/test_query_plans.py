"""The find page's filters and search use indexes on PostgreSQL at 10,000 services (SPEC §10).

The invented directory of `make bench` is loaded once for this module, inside a transaction
that is rolled back afterwards, and the planner is given statistics as autovacuum would.
"""

import pytest
from django.conf import settings
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


def plan(filters: dict, language: str = "en") -> str:
    """The plan of the find page's search: a page of results and how many match."""
    with translation.override(language):
        form = FindServiceForm(filters)
        assert form.is_valid(), form.errors
        services = form.filter(Service.objects.published()).safest_first()
        return services.ids_with_total()[:10].explain()


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


@pytest.mark.parametrize(("language", "word"), [("en", "lawyer"), ("ru", "юрист"), ("th", "ล่าม")])
def test_free_text_search_uses_the_trigram_index_of_the_readers_language(
    ten_thousand_services, language, word
):
    chosen = plan({"q": word}, language)

    index = f"services_searchtext_{language}_trgm"
    assert f"Bitmap Index Scan on {index}" in chosen, chosen
    assert "Seq Scan on services_searchtext" not in chosen, chosen


def test_every_site_language_has_its_search_index(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'services_searchtext'")
        indexes = {name for (name,) in cursor.fetchall()}
    for code, _name in settings.LANGUAGES:
        assert f"services_searchtext_{code.replace('-', '_')}_trgm" in indexes, code
