"""The find page's filters and search use indexes at 10,000 services (SPEC §10), on PostgreSQL
and, for the filters, on SQLite.

The invented directory of `make bench` is loaded once for this module, inside a transaction
that is rolled back afterwards, and the planner is given statistics as autovacuum would.
"""

import re

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.utils import translation

from bench import data
from services.forms import FindServiceForm

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's planner"
)
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's planner")


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
        return form.results().ids_with_total()[:10].explain()


@postgresql_only
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
    # Through the index of their organisation alone, or of it and the filtered columns.
    assert re.search(r"Index Scan using services_service_(organisation_id|listing)", chosen), chosen
    # The city is compared by its id, on the organisations (500 rows: the planner may read
    # them through, or through their city index), with no join to the cities.
    assert "(city_id = " in chosen and "directory_city" not in chosen, chosen


@sqlite_only
@pytest.mark.parametrize(
    "filters",
    [
        {"firewall": "charging_check", "free": "on"},
        {"city": "bench-town-7", "firewall": "firewalled"},
        {"firewall": "firewalled", "for_whom": "women"},
    ],
)
def test_sqlite_tests_the_filters_in_an_index_not_in_every_wide_service_row(
    ten_thousand_services, filters
):
    """A service row holds a column per language for every translated field, so the filtered
    columns lie in its overflow pages: testing them there for every service took 30 ms."""
    chosen = plan(filters)

    assert "SEARCH services_service USING INDEX services_service_listing" in chosen, chosen
    assert "SCAN services_service" not in chosen, chosen


@pytest.mark.parametrize("language", ["en", "th"])
def test_every_service_is_listed_from_the_search_rows_listing_index_in_its_order(
    ten_thousand_services, language
):
    """Reading and sorting every wide service row took 14 ms at 10,000 services on PostgreSQL;
    the page now reads its ten ids from an index (its count is kept, see fragments)."""
    with translation.override(language):
        chosen = FindServiceForm(None).results().ids()[10:20].explain()

    if connection.vendor == "postgresql":
        assert re.search(r"Index (Only )?Scan using services_searchtext_listing", chosen), chosen
        assert "Sort" not in chosen, chosen
    else:
        assert re.search(r"USING (COVERING )?INDEX services_searchtext_listing", chosen), chosen
        assert "TEMP B-TREE" not in chosen, chosen
    assert "services_service " not in chosen, chosen


@postgresql_only
@pytest.mark.parametrize(("language", "word"), [("en", "lawyer"), ("ru", "юрист"), ("th", "ล่าม")])
def test_words_alone_are_found_through_the_word_index_without_reading_services(
    ten_thousand_services, language, word
):
    chosen = plan({"q": word}, language)

    assert f"Bitmap Index Scan on services_searchtext_{language}_words" in chosen, chosen
    assert "Seq Scan on services_searchtext" not in chosen, chosen
    assert "services_service " not in chosen, chosen


@postgresql_only
def test_words_with_a_filter_select_the_filtered_services_once_not_per_match(
    ten_thousand_services,
):
    """Guessing 50 matches for a common word, PostgreSQL joined them one by one: 20 ms."""
    chosen = plan({"q": "helpline", "language": "pl"})

    assert "Nested Loop Semi Join" not in chosen, chosen


@postgresql_only
def test_every_site_language_has_its_search_index(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'services_searchtext'")
        indexes = {name for (name,) in cursor.fetchall()}
    for code, _name in settings.LANGUAGES:
        assert f"services_searchtext_{code.replace('-', '_')}_trgm" in indexes, code
