"""HSDS tabular export and import: the package, the round trip, the HSDS examples, and safety."""

import csv
import datetime
import io
import json
import zipfile

import pytest
from django.core.management import call_command

from directory.models import Area, City, Country, Language, Organisation, Site
from opendata import importer, tabular
from opendata.importer import Options, Outcome
from services.firewall import FirewallStatus
from services.models import (
    ConfidentialityPolicy,
    ContactPoint,
    OpeningSlot,
    Service,
    ServiceCategory,
    ServiceLanguage,
)
from tests.factories import create_organisation, create_policy, create_service, create_site
from tests.opendata.hsds_schemas import EXAMPLES, schema

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("importer", password="a long passphrase 1")


@pytest.fixture
def listings():
    """Two organisations whose services use every part of the export, in two languages."""
    harbour = create_organisation(name="Harbour Lane Project", website="https://example.org/h")
    default = create_policy(
        organisation=harbour,
        is_organisation_default=True,
        statement_text="We never tell anyone.",
        statement_text_ro="Nu spunem nimănui.",
        exception_under_18=True,
    )
    clinic = create_service(
        organisation=harbour,
        name="Evening clinic",
        name_ro="Clinică de seară",
        description="Tests and treatment.",
        min_age=18,
        walk_in=True,
    )
    public = create_site(
        organisation=harbour,
        address_line="1 Dock Street",
        postcode="E1 1AA",
        latitude="51.50000",
        longitude="-0.10000",
        transport_notes="Bus 15.",
        area=Area.objects.create(city=harbour.city, name="Hackney"),
    )
    hidden = create_site(
        organisation=harbour, address_visibility="staff_only", front_gate_phone="020 7946 0007"
    )
    clinic.sites.add(public, hidden)
    clinic.extra_categories.add(ServiceCategory.objects.get(slug="hiv-hepatitis"))
    OpeningSlot.objects.create(
        service=clinic,
        site=public,
        weekday=4,
        opens=datetime.time(22),
        closes=datetime.time(2),
        note="Ring twice.",
        note_ro="Sunați de două ori.",
    )
    OpeningSlot.objects.create(
        service=clinic, weekday=0, opens=datetime.time(9), closes=datetime.time(12)
    )
    for position, (kind, value) in enumerate(
        [
            ("web", "https://example.org/clinic"),
            ("phone", "020 7946 0008"),
            ("freephone", "0800 000 0000"),
            ("email", "clinic@example.org"),
            ("sms", "07700 900008"),
        ]
    ):
        ContactPoint.objects.create(
            service=clinic, kind=kind, value=value, position=position, label=f"Line {position}"
        )
    for code, mode in [
        ("ro", "staff_speak"),
        ("ar", "telephone_interpreting"),
        ("th", "written_materials"),
    ]:
        ServiceLanguage.objects.create(
            service=clinic, language=Language.objects.get(code=code), mode=mode
        )

    lowered = create_service(
        organisation=harbour,
        name="Shelter",
        category="safety-shelter",
        policy=create_policy(organisation=harbour),
        firewall_override="shares",
        firewall_override_reason="A resident was reported.",
        max_stay_days=28,
    )
    lowered.sites.add(public)
    police = create_organisation(name="Police", org_type="law_enforcement")
    create_service(organisation=police, name="Front counter", category="police")
    assert clinic.current_firewall_status() == FirewallStatus.FIREWALLED
    assert default.services.count() == 0
    return clinic


def unpack(data: bytes) -> dict[str, list[dict]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: list(csv.DictReader(io.StringIO(archive.read(name).decode())))
            if name.endswith(".csv")
            else json.loads(archive.read(name))
            for name in archive.namelist()
        }


def without_import_times(package: dict) -> dict:
    """The package less `last_modified`, which says when each record last changed *here*."""
    services = [
        {key: value for key, value in row.items() if key != "last_modified"}
        for row in package["services.csv"]
    ]
    return {**package, "services.csv": services}


def empty_the_directory() -> None:
    Service.objects.all().delete()
    ConfidentialityPolicy.objects.all().delete()
    Site.objects.all().delete()
    Organisation.objects.all().delete()
    Area.objects.all().delete()
    City.objects.all().delete()
    Country.objects.all().delete()


def import_package(data, user, **options) -> importer.Report:
    tables = tabular.read(io.BytesIO(data))
    return importer.run(tables, user=user, options=Options(**options), commit=True)


def errors(report: importer.Report) -> list:
    return [(row.table, row.number, row.messages) for row in report.rows if row.outcome == "error"]


def test_the_export_is_a_zip_of_hsds_csv_files_with_a_datapackage(listings):
    package = unpack(tabular.export_zip())

    described = {
        resource["path"]: resource for resource in package["datapackage.json"]["resources"]
    }
    assert set(described) == {name for name in package if name.endswith(".csv")}
    for path, resource in described.items():
        with zipfile.ZipFile(io.BytesIO(tabular.export_zip())) as archive:
            header = next(csv.reader(io.StringIO(archive.read(path).decode())))
        assert [field["name"] for field in resource["schema"]["fields"]] == header
    assert len(package["services.csv"]) == 3
    assert {row["x_firewall_status"] for row in package["services.csv"]} == {
        "firewalled",
        "shares",
        "enforcement",
    }


@pytest.mark.parametrize("path", list(tabular.COLUMNS))
def test_each_file_has_the_hsds_columns_in_the_schemas_order(path):
    entity, names = tabular.COLUMNS[path]
    hsds = schema(entity)
    one_to_one = [
        name
        for name, field in hsds["properties"].items()
        if field.get("type") != "array" and "$ref" not in field
    ]

    assert hsds["path"] == path
    assert names.split() == one_to_one
    assert tabular.columns(path)[: len(one_to_one)] == one_to_one


def test_other_languages_travel_in_the_translations_column(listings):
    services = {row["name"]: row for row in unpack(tabular.export_zip())["services.csv"]}

    translations = json.loads(services["Evening clinic"]["x_translations"])

    assert translations["ro"]["name"] == "Clinică de seară"
    assert translations["ro"]["x_confidentiality.statement"] == "Nu spunem nimănui."
    assert "ar" not in translations


def test_a_round_trip_through_an_empty_directory_gives_the_same_data(listings, staff):
    exported = tabular.export_zip()

    empty_the_directory()
    report = import_package(exported, staff, trust=True)

    assert errors(report) == []
    assert without_import_times(unpack(tabular.export_zip())) == without_import_times(
        unpack(exported)
    )


def test_the_demo_data_survives_a_round_trip(settings, staff):
    settings.SHOW_DEMO_DATA = True
    call_command("load_demo", stdout=io.StringIO())
    exported = tabular.export_zip()

    empty_the_directory()
    report = import_package(exported, staff, trust=True)

    assert errors(report) == []
    assert Service.objects.count() == len(unpack(exported)["services.csv"])
    assert without_import_times(unpack(tabular.export_zip())) == without_import_times(
        unpack(exported)
    )


def test_importing_the_same_file_twice_adds_nothing_the_second_time(listings, staff):
    exported = tabular.export_zip()
    counts = Service.objects.count(), Site.objects.count(), ContactPoint.objects.count()

    report = import_package(exported, staff, trust=True)

    assert (Service.objects.count(), Site.objects.count(), ContactPoint.objects.count()) == counts
    assert report.created == 0


def test_an_untrusted_file_brings_every_service_in_as_not_checked(listings, staff):
    exported = tabular.export_zip()
    empty_the_directory()

    import_package(exported, staff)

    for service in Service.objects.exclude(category__slug="police"):
        assert service.policy is None
        assert service.current_firewall_status() in {"unknown", "shares"}
    clinic = Service.objects.get(name="Evening clinic")
    assert clinic.current_firewall_status() == FirewallStatus.UNKNOWN
    assert ConfidentialityPolicy.objects.count() == 0
    assert clinic.evidence_source == "assumed"
    assert clinic.review_due is None
    assert clinic.is_review_overdue()
    assert clinic.evidence_note.startswith("Imported from an HSDS file by importer")
    assert not clinic.is_demo


def services_table(listings) -> dict[str, list[dict]]:
    tables = tabular.read(io.BytesIO(tabular.export_zip()))
    empty_the_directory()
    return tables


def test_a_trusted_file_keeps_a_safe_status_only_with_evidence_that_holds(listings, staff):
    tables = services_table(listings)
    for row in tables["services.csv"]:
        answers = json.loads(row["x_confidentiality"] or "null")
        if answers:
            answers["evidence_source"] = "assumed"
            row["x_confidentiality"] = json.dumps(answers)

    importer.run(tables, user=staff, options=Options(trust=True), commit=True)

    clinic = Service.objects.get(name="Evening clinic")
    assert clinic.effective_policy.evidence_source == "assumed"
    assert clinic.current_firewall_status() == FirewallStatus.UNKNOWN


def test_a_status_typed_in_the_file_never_makes_a_service_look_safer(listings, staff):
    tables = services_table(listings)
    for row in tables["services.csv"]:
        row["x_firewall_status"] = "firewalled"
        row["x_confidentiality"] = ""

    importer.run(tables, user=staff, options=Options(trust=True), commit=True)

    assert {s.current_firewall_status() for s in Service.objects.all()} == {
        FirewallStatus.UNKNOWN,
        FirewallStatus.ENFORCEMENT,
    }


def test_a_service_comes_in_no_safer_than_the_file_says(listings, staff):
    tables = services_table(listings)
    clinic = next(row for row in tables["services.csv"] if row["name"] == "Evening clinic")
    clinic["x_firewall_status"] = "conditional"

    report = importer.run(tables, user=staff, options=Options(trust=True), commit=True)

    imported = Service.objects.get(name="Evening clinic")
    assert imported.current_firewall_status() == FirewallStatus.CONDITIONAL
    assert imported.firewall_override == "conditional"
    assert "Lowered on import" in imported.firewall_override_reason
    row = next(row for row in report.rows if row.id == str(imported.uuid))
    assert "Its firewall status was lowered to the file's." in row.messages


def test_a_demo_label_in_the_file_is_kept(listings, staff):
    tables = services_table(listings)
    tables["organizations.csv"][0]["x_demo"] = "true"

    importer.run(tables, user=staff, options=Options(), commit=True)

    assert Organisation.objects.filter(is_demo=True).count() == 1
    assert Organisation.objects.filter(is_demo=False).count() == 1


def test_a_dry_run_saves_nothing(listings, staff):
    tables = services_table(listings)

    report = importer.run(tables, user=staff, options=Options(trust=True), commit=False)

    assert report.created > 10
    assert Service.objects.count() == 0
    assert City.objects.count() == 0


@pytest.fixture
def fallbacks():
    return {
        "default_city": create_organisation().city,
        "default_category": ServiceCategory.objects.get(slug="mental-health"),
    }


def test_it_imports_the_hsds_tabular_example(staff, fallbacks):
    tables = tabular.read(io.BytesIO((EXAMPLES / "tabular.json").read_bytes()))

    report = importer.run(tables, user=staff, options=Options(**fallbacks), commit=True)

    assert errors(report) == []
    service = Service.objects.get(uuid="ac148810-d857-441c-9679-408f346de14b")
    assert service.name == "Community Counselling"
    assert service.category.slug == "mental-health"
    assert service.current_firewall_status() == FirewallStatus.UNKNOWN
    assert not service.is_demo
    assert service.min_age == 12
    assert "Following COVID-19" in service.staff_notes
    assert [str(slot) for slot in service.opening_slots.all()] == [
        "Thursday 10:00–18:00",
        "Friday 10:00–18:00",
    ]
    assert sorted(service.contacts.values_list("kind", "value")) == [
        ("email", "email@example.com"),
        ("phone", "+441234234567"),
        ("web", "http://example.com/counselling"),
    ]
    assert [row.language.code for row in service.languages.all()] == ["ur"]
    site = service.sites.get()
    assert (site.label, site.address_line, site.city.name) == (
        "MyCity Civic Center",
        "1-30 Main Street, MyVillage",
        "MyCity",
    )
    # The example's coordinates (100, 101) are off the globe.
    assert site.latitude is None
    assert any("programs.csv" in notice for notice in report.notices)


def test_it_says_what_to_choose_when_the_file_lacks_a_city_or_a_category(staff):
    tables = tabular.read(io.BytesIO((EXAMPLES / "service_list.json").read_bytes()))

    report = importer.run(tables, user=staff, options=Options(), commit=True)

    assert errors(report) == [
        ("organizations.csv", 1, ["No city: choose a city for records without one."]),
        ("services.csv", 1, ["Its organisation is neither in the file nor here."]),
    ]
    assert Service.objects.count() == 0


@pytest.mark.parametrize("example", sorted(path.name for path in EXAMPLES.glob("*.json")), ids=str)
def test_every_hsds_example_can_be_read_and_previewed(staff, fallbacks, example):
    tables = tabular.read(io.BytesIO((EXAMPLES / example).read_bytes()))

    report = importer.run(tables, user=staff, options=Options(**fallbacks), commit=False)

    assert all(row.outcome for row in report.rows)
    assert Service.objects.count() == 0


@pytest.mark.parametrize(
    "example", ["service_full.json", "organization_full.json", "service_at_location_full.json"]
)
def test_it_imports_a_nested_hsds_example(staff, fallbacks, example):
    tables = tabular.read(io.BytesIO((EXAMPLES / example).read_bytes()))

    report = importer.run(tables, user=staff, options=Options(**fallbacks), commit=True)

    assert errors(report) == []
    service = Service.objects.get(uuid="ac148810-d857-441c-9679-408f346de14b")
    assert service.sites.count() == 1
    assert service.opening_slots.count() == 2


def test_it_reports_each_bad_row_and_imports_the_rest(staff, fallbacks):
    organisation = {"id": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "name": "Example"}
    service = {
        "id": "ac148810-d857-441c-9679-408f346de14b",
        "organization_id": organisation["id"],
        "name": "Counselling",
        "status": "active",
    }
    tables = {
        "organizations.csv": [organisation],
        "services.csv": [
            service,
            {**service, "id": "not-a-uuid"},
            {**service, "id": "0c1e2a57-0000-4000-8000-000000000001", "status": "open"},
            {**service, "id": "0c1e2a57-0000-4000-8000-000000000002", "organization_id": ""},
            {**service},
        ],
        "phones.csv": [
            {
                "id": "0c1e2a57-0000-4000-8000-000000000003",
                "service_id": service["id"],
                "number": "12",
            }
        ],
        "schedules.csv": [
            {
                "id": "0c1e2a57-0000-4000-8000-000000000004",
                "service_id": service["id"],
                "freq": "MONTHLY",
                "byday": "1MO",
            }
        ],
    }

    report = importer.run(tables, user=staff, options=Options(**fallbacks), commit=True)

    outcomes = {(row.table, row.number): row.outcome for row in report.rows}
    assert outcomes == {
        ("organizations.csv", 1): Outcome.CREATED,
        ("services.csv", 1): Outcome.CREATED,
        ("services.csv", 2): Outcome.ERROR,
        ("services.csv", 3): Outcome.ERROR,
        ("services.csv", 4): Outcome.ERROR,
        ("services.csv", 5): Outcome.ERROR,
        ("phones.csv", 1): Outcome.ERROR,
        ("schedules.csv", 1): Outcome.ERROR,
    }
    assert Service.objects.count() == 1
    assert all(row.messages for row in report.rows if row.outcome == Outcome.ERROR)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"\xff\xfe\x00",
        b"[1, 2]",
        b"PK\x03\x04 broken zip",
    ],
)
def test_it_refuses_a_file_it_cannot_read(content):
    with pytest.raises(tabular.PackageError):
        tabular.read(io.BytesIO(content))


def test_it_refuses_a_zip_without_csv_or_with_text_that_is_not_utf8():
    empty, latin = io.BytesIO(), io.BytesIO()
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with zipfile.ZipFile(latin, "w") as archive:
        archive.writestr("services.csv", "id,name\n1,Caf\xe9\n".encode("latin-1"))

    for package in [empty, latin]:
        with pytest.raises(tabular.PackageError):
            tabular.read(io.BytesIO(package.getvalue()))


def test_an_answer_that_is_a_list_or_an_object_is_left_out_not_a_crash(listings, staff):
    tables = services_table(listings)
    clinic = next(row for row in tables["services.csv"] if row["name"] == "Evening clinic")
    answers = json.loads(clinic["x_confidentiality"])
    answers["shares_with_immigration"] = ["never"]
    answers["asks_immigration_status"] = {"value": "never"}
    clinic["x_confidentiality"] = json.dumps(answers)

    importer.run(tables, user=staff, options=Options(trust=True), commit=True)

    policy = Service.objects.get(name="Evening clinic").effective_policy
    assert policy.shares_with_immigration == "unknown"
    assert policy.asks_immigration_status == "unknown"
