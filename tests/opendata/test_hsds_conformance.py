"""Every endpoint's answers validate against the HSDS 3.0 schemas, and against our profile."""

import datetime

import pytest

from directory.models import Language
from opendata import hsds
from services.models import ContactPoint, OpeningSlot, ServiceLanguage
from tests.factories import create_organisation, create_policy, create_service, create_site
from tests.opendata.hsds_schemas import documented_extensions, extension_names

API = "/api/v1/"
# Each list, the schema of its items, and the detail path with the schema of a full record.
ENDPOINTS = [
    ("services", "service", "service"),
    ("organizations", "organization", "organization"),
    ("service_at_locations", "service_at_location", "service_at_location"),
    ("taxonomies", "taxonomy", "taxonomy"),
    ("taxonomy_terms", "taxonomy_term", "taxonomy_term"),
]


def every_page(client, path: str, language: str) -> list[dict]:
    pages, number = [], 1
    while True:
        response = client.get(API + path, {"page": number, "per_page": 100, "lang": language})
        assert response.status_code == 200, (path, response.content[:300])
        pages.append(response.json())
        if pages[-1]["last_page"]:
            return pages
        number += 1


def answers(client, language: str):
    """(schema name, answer, is a page) for every list page and every record in it."""
    yield "root", client.get(API, {"lang": language}).json(), False
    for path, item_schema, full_schema in ENDPOINTS:
        for page in every_page(client, path, language):
            yield item_schema, page, True
            for item in page["contents"]:
                response = client.get(f"{API}{path}/{item['id']}", {"lang": language})
                assert response.status_code == 200, (path, item["id"])
                yield full_schema, response.json(), False


def check_everything(client, checker, language: str) -> int:
    checked = 0
    for name, answer, is_page in answers(client, language):
        if name == "root":
            checker.check_root(answer)
        elif is_page:
            checker.check_page(answer, name)
        else:
            checker.check(answer, name)
        checked += 1
    return checked


@pytest.fixture
def every_kind_of_record():
    """A service with every part HSDS can carry, at sites of every address visibility."""
    organisation = create_organisation(website="https://example.org/harbour")
    service = create_service(
        organisation=organisation,
        policy=create_policy(organisation=organisation, statement_url="https://example.org/p"),
        min_age=18,
        max_stay_days=28,
        how_to_access="Walk in.",
        charged_elements="Nothing.",
    )
    for visibility in ["public", "area_only", "on_request", "staff_only"]:
        site = create_site(
            organisation=organisation,
            address_visibility=visibility,
            address_line="1 Dock Street",
            postcode="E1 1AA",
            latitude="51.50000",
            longitude="-0.10000",
            front_gate_phone="+442079460003",
        )
        service.sites.add(site)
        OpeningSlot.objects.create(
            service=service,
            site=site,
            weekday=4,
            opens=datetime.time(22),
            closes=datetime.time(2),
            appointment_only=True,
            note="Ring the bell.",
        )
    for kind, value in [
        ("phone", "+442079460004"),
        ("sms", "+447700900004"),
        ("email", "help@example.org"),
        ("web", "https://example.org/clinic"),
    ]:
        ContactPoint.objects.create(service=service, kind=kind, value=value, label="Reception")
    for code, mode in [("ro", "staff_speak"), ("ar", "telephone_interpreting")]:
        ServiceLanguage.objects.create(
            service=service, language=Language.objects.get(code=code), mode=mode, note="Ask."
        )
    return service


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ro", "ar", "zh-hans"])
def test_it_validates_with_every_kind_of_record(
    client, every_kind_of_record, schemas, schemas_with_profile, language
):
    assert check_everything(client, schemas, language) > 10
    check_everything(client, schemas_with_profile, language)


@pytest.mark.django_db
def test_every_extension_it_uses_is_documented_in_the_profile(client, every_kind_of_record):
    documented = documented_extensions()

    used = set()
    for _name, answer, _is_page in answers(client, "en"):
        used |= extension_names(answer)

    assert used <= documented
    assert {"x_firewall_status", "x_confidentiality", "x_language_support"} <= used


@pytest.mark.django_db
def test_the_taxonomy_is_one_taxonomy_of_our_categories(client, schemas):
    listed = client.get(API + "taxonomies").json()
    answer = client.get(f"{API}taxonomies/{hsds.TAXONOMY_ID}").json()

    schemas.check(answer, "taxonomy")
    assert [item["id"] for item in listed["contents"]] == [hsds.TAXONOMY_ID]
    assert answer["id"] == hsds.TAXONOMY_ID
