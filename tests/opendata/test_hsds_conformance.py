"""Every endpoint's answers validate against the HSDS 3.0 schemas, and against our profile."""

import datetime

import pytest

from directory.models import Language
from opendata import hsds
from services.models import ContactPoint, OpeningSlot, ServiceLanguage
from tests.factories import create_organisation, create_policy, create_service, create_site
from tests.opendata.hsds_schemas import (
    API,
    answers,
    check_everything,
    documented_extensions,
    extension_names,
)


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
