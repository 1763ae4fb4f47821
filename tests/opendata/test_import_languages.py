"""Importing the languages of services: read once per import, and a new one added once."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import Language
from opendata import importer
from opendata.importer import Options, Outcome
from services.models import ServiceCategory, ServiceLanguage
from tests.factories import create_city

pytestmark = pytest.mark.django_db

ORGANISATION = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"


def an_id() -> str:
    return str(uuid.uuid4())


def services_speaking(codes: list[str], *, services: int) -> dict[str, list[dict]]:
    """An organisation whose every service lists the same spoken languages."""
    tables = {
        "organizations.csv": [{"id": ORGANISATION, "name": "Harbour Lane Project"}],
        "services.csv": [],
        "languages.csv": [],
    }
    for number in range(services):
        service = {
            "id": an_id(),
            "organization_id": ORGANISATION,
            "name": f"Clinic {number}",
            "status": "active",
        }
        tables["services.csv"].append(service)
        tables["languages.csv"] += [
            {"id": an_id(), "service_id": service["id"], "code": code, "name": code}
            for code in codes
        ]
    return tables


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("importer", password="a long passphrase 1")


def run(tables: dict, user) -> importer.Report:
    options = Options(
        default_city=create_city(),
        default_category=ServiceCategory.objects.get(slug="sexual-health"),
    )
    return importer.run(tables, user=user, options=options, commit=True)


def test_it_reads_the_languages_once_however_many_rows_name_them(staff):
    tables = services_speaking(["ro", "uk", "bg"], services=5)

    with CaptureQueriesContext(connection) as captured:
        report = run(tables, staff)

    assert {row.outcome for row in report.rows} == {Outcome.CREATED}
    assert ServiceLanguage.objects.count() == 15
    # Loading languages selects their columns; checking that one exists selects none.
    loads = [query for query in captured if '"directory_language"."code"' in query["sql"]]
    assert len(loads) == 1


def test_a_language_new_to_the_directory_is_added_once_for_every_service_that_names_it(staff):
    report = run(services_speaking(["ur"], services=3), staff)

    urdu = Language.objects.get(code="ur")
    assert ServiceLanguage.objects.filter(language=urdu).count() == 3
    notes = [row.messages for row in report.rows if row.table == "languages.csv"]
    assert notes == [["Added the language ur: check its endonym."], [], []]
