"""Nothing staff-only, hidden by address visibility, unpublished or demo-hidden ever leaves.

Every such field holds a marker no other field contains; each test looks for its marker in every
answer of every endpoint, in two languages, and in every file of the staff export.
"""

import datetime
import io
import zipfile

import pytest
from django.utils import translation

from directory.models import Area
from opendata import hsds, tabular
from services.models import Service
from tests.factories import (
    create_city,
    create_organisation,
    create_policy,
    create_service,
    create_site,
)
from tests.opendata.hsds_schemas import API, ENDPOINTS, every_page

pytestmark = pytest.mark.django_db

# The field, then the marker it holds.
STAFF_ONLY = {
    "organisation ethos notes": "ETHOS-NOTES-MARKER",
    "organisation evidence note": "ORGANISATION-EVIDENCE-MARKER",
    "policy known incidents": "KNOWN-INCIDENTS-MARKER",
    "policy evidence note": "POLICY-EVIDENCE-MARKER",
    "policy title": "POLICY-TITLE-MARKER",
    "service staff notes": "STAFF-NOTES-MARKER",
    "service evidence note": "SERVICE-EVIDENCE-MARKER",
    "service reason for lowering": "OVERRIDE-REASON-MARKER",
    "who verified": "VERIFIER-MARKER",
}
HIDDEN_BY_VISIBILITY = {
    "area-only street": "AREA-STREET-MARKER",
    "area-only postcode": "AREA-PC-MARKER",
    "area-only latitude": "12.34567",
    "area-only longitude": "76.54321",
    "area-only directions": "AREA-DIRECTIONS-MARKER",
    "area-only directions in Romanian": "AREA-DIRECTIONS-RO-MARKER",
    "area-only front-gate note": "AREA-GATE-NOTE-MARKER",
    "on-request label": "ON-REQUEST-LABEL-MARKER",
    "on-request label in Romanian": "ON-REQUEST-LABEL-RO-MARKER",
    "on-request street": "ON-REQUEST-STREET-MARKER",
    "on-request postcode": "ONREQ-PC-MARKER",
    "on-request latitude": "23.45678",
    "on-request directions": "ON-REQUEST-DIRECTIONS-MARKER",
    "on-request front-gate note": "ON-REQUEST-GATE-NOTE-MARKER",
    "on-request area": "ON-REQUEST-AREA-MARKER",
    "staff-only label": "STAFF-ONLY-LABEL-MARKER",
    "staff-only street": "STAFF-ONLY-STREET-MARKER",
    "staff-only postcode": "STAFF-PC-MARKER",
    "staff-only longitude": "-45.67891",
    "staff-only city": "HIDDENVILLE-MARKER",
    "staff-only directions": "STAFF-ONLY-DIRECTIONS-MARKER",
}
UNPUBLISHED = {
    "closed service": "CLOSED-SERVICE-MARKER",
    "moved service": "MOVED-SERVICE-MARKER",
    "service of a closed organisation": "CLOSED-ORGANISATION-SERVICE-MARKER",
    "closed organisation": "CLOSED-ORGANISATION-MARKER",
    "demo service": "DEMO-SERVICE-MARKER",
    "service of a demo organisation": "DEMO-ORGANISATION-SERVICE-MARKER",
    "demo organisation": "DEMO-ORGANISATION-MARKER",
}
NEVER_SHOWN = {**STAFF_ONLY, **HIDDEN_BY_VISIBILITY, **UNPUBLISHED}


@pytest.fixture
def directory(django_user_model):
    verifier = django_user_model.objects.create_user("VERIFIER-MARKER", password="x" * 20)
    today = datetime.date.today()
    organisation = create_organisation(
        name="Harbour Lane Project",
        ethos_notes=STAFF_ONLY["organisation ethos notes"],
        evidence_note=STAFF_ONLY["organisation evidence note"],
        verified_by=verifier,
        verified_on=today,
    )
    policy = create_policy(
        organisation=organisation,
        known_incidents=STAFF_ONLY["policy known incidents"],
        evidence_note=STAFF_ONLY["policy evidence note"],
        verified_by=verifier,
    )
    policy.title = STAFF_ONLY["policy title"]
    policy.save()
    service = create_service(
        organisation=organisation,
        policy=policy,
        name="Evening clinic",
        staff_notes=STAFF_ONLY["service staff notes"],
        evidence_note=STAFF_ONLY["service evidence note"],
        verified_by=verifier,
        firewall_override="conditional",
        firewall_override_reason=STAFF_ONLY["service reason for lowering"],
    )
    public = create_site(organisation=organisation, address_line="1 Public Street")
    area_only = create_site(
        organisation=organisation,
        address_visibility="area_only",
        address_line=HIDDEN_BY_VISIBILITY["area-only street"],
        postcode=HIDDEN_BY_VISIBILITY["area-only postcode"],
        latitude=HIDDEN_BY_VISIBILITY["area-only latitude"],
        longitude=HIDDEN_BY_VISIBILITY["area-only longitude"],
        transport_notes=HIDDEN_BY_VISIBILITY["area-only directions"],
        transport_notes_ro=HIDDEN_BY_VISIBILITY["area-only directions in Romanian"],
        front_gate_note=HIDDEN_BY_VISIBILITY["area-only front-gate note"],
        area=Area.objects.create(city=organisation.city, name="Hackney"),
    )
    on_request = create_site(
        organisation=organisation,
        address_visibility="on_request",
        label_ro=HIDDEN_BY_VISIBILITY["on-request label in Romanian"],
        address_line=HIDDEN_BY_VISIBILITY["on-request street"],
        postcode=HIDDEN_BY_VISIBILITY["on-request postcode"],
        latitude=HIDDEN_BY_VISIBILITY["on-request latitude"],
        longitude="1.00000",
        transport_notes=HIDDEN_BY_VISIBILITY["on-request directions"],
        front_gate_phone="+442079460005",
        front_gate_note=HIDDEN_BY_VISIBILITY["on-request front-gate note"],
        area=Area.objects.create(
            city=organisation.city, name=HIDDEN_BY_VISIBILITY["on-request area"]
        ),
    )
    on_request.label = HIDDEN_BY_VISIBILITY["on-request label"]
    on_request.save()
    staff_only = create_site(
        organisation=organisation,
        address_visibility="staff_only",
        address_line=HIDDEN_BY_VISIBILITY["staff-only street"],
        postcode=HIDDEN_BY_VISIBILITY["staff-only postcode"],
        latitude="2.00000",
        longitude=HIDDEN_BY_VISIBILITY["staff-only longitude"],
        transport_notes=HIDDEN_BY_VISIBILITY["staff-only directions"],
        front_gate_phone="+442079460006",
    )
    staff_only.city = create_city(name=HIDDEN_BY_VISIBILITY["staff-only city"])
    staff_only.label = HIDDEN_BY_VISIBILITY["staff-only label"]
    staff_only.save()
    service.sites.add(public, area_only, on_request, staff_only)

    create_service(organisation=organisation, name=UNPUBLISHED["closed service"], status="closed")
    create_service(organisation=organisation, name=UNPUBLISHED["moved service"], status="moved")
    create_service(organisation=organisation, name=UNPUBLISHED["demo service"], is_demo=True)
    closed = create_organisation(name=UNPUBLISHED["closed organisation"], status="closed")
    create_service(organisation=closed, name=UNPUBLISHED["service of a closed organisation"])
    demo = create_organisation(name=UNPUBLISHED["demo organisation"], is_demo=True)
    create_service(organisation=demo, name=UNPUBLISHED["service of a demo organisation"])
    return service


def everything_published(client) -> str:
    """Every answer of every endpoint, in two languages, and every file of the export."""
    bodies = []
    for language in ["en", "ro"]:
        bodies.append(client.get(API + "profile", {"lang": language}).content.decode())
        for path, _item, _full in ENDPOINTS:
            for page in every_page(client, path, language):
                bodies.append(str(page))
                for item in page["contents"]:
                    detail = client.get(f"{API}{path}/{item['id']}", {"lang": language})
                    bodies.append(detail.content.decode())
    with zipfile.ZipFile(io.BytesIO(tabular.export_zip())) as archive:
        bodies.extend(archive.read(name).decode() for name in archive.namelist())
    return "\n".join(bodies)


@pytest.mark.parametrize("marker", NEVER_SHOWN.values(), ids=NEVER_SHOWN.keys())
def test_it_never_publishes(client, directory, marker):
    assert marker not in everything_published(client)


def test_the_search_serves_what_it_should_so_the_markers_would_be_found(client, directory):
    published = everything_published(client)

    assert "1 Public Street" in published
    assert "Evening clinic" in published
    assert "Hackney" in published
    assert "+442079460005" in published


def test_demo_records_are_published_only_where_demo_data_is_shown(client, settings, directory):
    settings.SHOW_DEMO_DATA = True

    published = everything_published(client)

    assert UNPUBLISHED["demo service"] in published
    assert UNPUBLISHED["demo organisation"] in published
    assert UNPUBLISHED["closed service"] not in published


def test_no_answer_names_the_search_text_or_a_staff_field(client, directory):
    published = everything_published(client)

    for name in [
        "search_text",
        "staff_notes",
        "evidence_note",
        "known_incidents",
        "verified_by",
        "ethos_notes",
        "firewall_override",
        "front_gate_note",
    ]:
        assert name not in published, name


def locations(client, service) -> dict[str, dict]:
    answer = client.get(f"{API}services/{service.uuid}").json()
    found = {}
    for link in answer["service_at_locations"]:
        found[link["location"]["x_address_visibility"]] = link["location"]
    return found


def test_a_public_site_shows_its_whole_address(client, directory):
    public = locations(client, directory)["public"]

    assert public["addresses"][0]["address_1"] == "1 Public Street"
    assert public["x_city"]["name"] == "London"


def test_an_area_only_site_shows_its_city_and_area_and_nothing_more(client, directory):
    area = locations(client, directory)["area_only"]

    assert {"latitude", "longitude", "transportation"}.isdisjoint(area)
    assert area["addresses"][0] | {"id": "", "location_id": ""} == {
        "id": "",
        "location_id": "",
        "address_1": "",
        "postal_code": "",
        "city": "London",
        "region": "Hackney",
        "state_province": "",
        "country": "GB",
        "address_type": "physical",
    }


@pytest.mark.parametrize("visibility", ["on_request", "staff_only"])
def test_a_hidden_site_shows_only_a_number_to_call_first(client, directory, visibility):
    hidden = locations(client, directory)[visibility]

    assert set(hidden) == {
        "id",
        "location_type",
        "organization_id",
        "description",
        "x_address_visibility",
        "x_enforcement_presence",
        "x_discreet_entrance",
        "addresses",
        "phones",
    }
    assert hidden["addresses"] == []
    assert [phone["number"] for phone in hidden["phones"]] in (
        ["+442079460005"],
        ["+442079460006"],
    )
    with translation.override("en"):
        assert hidden["description"] == str(hsds.HIDDEN_ADDRESS[visibility])


def test_unpublished_and_demo_records_are_not_found_by_id(client, directory):
    for service in Service.objects.exclude(pk=directory.pk):
        assert client.get(f"{API}services/{service.uuid}").status_code == 404
        if service.organisation_id != directory.organisation_id:
            response = client.get(f"{API}organizations/{service.organisation.uuid}")
            assert response.status_code == 404


def test_the_lowered_status_is_published_but_not_the_reason(client, directory):
    answer = client.get(f"{API}services/{directory.uuid}").json()

    assert answer["x_firewall_status"] == "conditional"
