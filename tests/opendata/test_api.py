"""The HSDS 3.0 API: paths, paging, parameters, errors, headers and the cost of each page."""

import datetime
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from directory.models import Language
from opendata import hsds
from services.firewall import FirewallStatus
from services.models import ContactPoint, OpeningSlot, Service, ServiceCategory, ServiceLanguage
from tests.factories import (
    create_city,
    create_organisation,
    create_policy,
    create_service,
    create_site,
)

pytestmark = pytest.mark.django_db

API = "/api/v1/"
LISTS = ["services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms"]


def get(client, path: str, **params):
    return client.get(API + path, params)


def rich_service(organisation=None, **fields) -> Service:
    """A checked service with a site, a phone, a language, an opening time and two categories."""
    organisation = organisation or create_organisation()
    if "policy" not in fields:
        fields["policy"] = create_policy(organisation=organisation)
    service = create_service(organisation=organisation, **fields)
    site = create_site(organisation=organisation)
    service.sites.add(site)
    service.extra_categories.add(ServiceCategory.objects.get(slug="hiv-hepatitis"))
    ContactPoint.objects.create(service=service, kind="phone", value="+442079460001")
    ServiceLanguage.objects.create(
        service=service, language=Language.objects.get(code="ro"), mode="staff_speak"
    )
    OpeningSlot.objects.create(
        service=service,
        site=site,
        weekday=0,
        opens=datetime.time(10),
        closes=datetime.time(18),
    )
    return service


@pytest.fixture
def service():
    return rich_service(name="Evening clinic")


def ids(response) -> list[str]:
    return [item["id"] for item in response.json()["contents"]]


def test_it_describes_itself_at_the_root(client):
    answer = get(client, "").json()

    assert answer["version"] == "3.0"
    assert answer["openapi_url"] == hsds.OPENAPI_URL
    assert answer["profile"] == "http://testserver/api/v1/profile"
    assert client.get(answer["profile"]).json()["hsds_version"] == "3.0"


def test_the_profile_puts_every_extension_under_one_prefix(client):
    schemas = get(client, "profile").json()["schemas"]

    names = [name for entity in schemas.values() for name in entity["properties"]]
    assert "x_firewall_status" in names
    assert all(name.startswith("x_") for name in names)


def test_the_profile_labels_codes_in_the_language_asked_for(client):
    schemas = get(client, "profile", lang="ro").json()["schemas"]

    with translation.override("ro"):
        label = str(FirewallStatus.FIREWALLED.label)
    codes = schemas["service"]["properties"]["x_firewall_status"]["oneOf"]
    assert {"const": "firewalled", "title": label} in codes


def test_it_pages_services_in_the_hsds_wrapper(client):
    for name in ["A clinic", "B clinic", "C clinic"]:
        rich_service(name=name)

    answer = get(client, "services", per_page=2, page=2).json()

    assert {key: value for key, value in answer.items() if key != "contents"} == {
        "total_items": 3,
        "total_pages": 2,
        "page_number": 2,
        "size": 1,
        "first_page": False,
        "last_page": True,
        "empty": False,
    }
    assert [item["name"] for item in answer["contents"]] == ["C clinic"]


def test_a_page_past_the_end_is_empty_rather_than_an_error(client, service):
    answer = get(client, "services", page=999999999).json()

    assert answer["contents"] == []
    assert answer["empty"] is True
    assert answer["total_items"] == 1


def test_per_page_goes_up_to_a_hundred(client, service):
    assert get(client, "services", per_page=100).status_code == 200
    assert get(client, "services", per_page=101).status_code == 400


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("page", "0"),
        ("page", "-1"),
        ("page", "abc"),
        ("page", "１"),
        ("page", "99999999999999999999"),
        ("per_page", "0"),
        ("per_page", "1e3"),
        ("modified_after", "yesterday"),
        ("modified_after", "2026-13-45"),
        ("modified_after", "2026-02-30T25:00:00Z"),
        ("modified_after", "9999-12-31T23:59:59-23:59"),
        ("firewall_status", "safe"),
        ("firewall_status", "FIREWALLED"),
        ("organization_id", "not-a-uuid"),
        ("taxonomy_term_id", "123"),
        ("taxonomy_id", "x"),
        ("lang", "xx"),
        ("lang", "en\x00"),
        ("search", "clinic\x00"),
        ("search", "\x1b[31m"),
        ("search", "a" * 201),
        ("language", "!!"),
        ("format", "xml"),
    ],
)
def test_it_answers_a_bad_parameter_with_a_json_400_naming_it(client, service, name, value):
    response = get(client, "services", **{name: value})

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["parameter"] == name
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("value", ["clínica", "КЛИНИКА", "诊所", "عيادة", "💉", "'; DROP TABLE--"])
def test_it_searches_any_script_without_failing(client, service, value):
    assert get(client, "services", search=value).status_code == 200
    assert get(client, "organizations", search=value).status_code == 200
    assert get(client, "taxonomy_terms", search=value, lang="ar").status_code == 200


@pytest.mark.parametrize(
    "path", ["services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms"]
)
@pytest.mark.parametrize(
    "value", ["nope", "123", str(uuid.uuid4()), "%00", "ac148810-d857-441c-9679-408f346de14"]
)
def test_it_answers_an_unknown_or_malformed_id_with_a_json_404(client, service, path, value):
    response = client.get(f"{API}{path}/{value}")

    assert response.status_code == 404
    assert response.json()["status"] == 404
    assert response["Access-Control-Allow-Origin"] == "*"


def test_an_unknown_path_under_the_api_is_a_json_404(client):
    response = get(client, "programs")

    assert response.status_code == 404
    assert response.json()["status"] == 404


def test_it_only_reads(client, service):
    response = client.post(API + "services", {"name": "x"})

    assert response.status_code == 405
    assert "GET" in response["Allow"]
    assert response.json()["status"] == 405


def test_it_answers_a_browser_preflight(client):
    response = client.options(API + "services")

    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]


def test_every_answer_is_open_to_every_origin_and_sets_no_cookie(client, service):
    pair = get(client, "service_at_locations").json()["contents"][0]["id"]
    paths = [
        "",
        "profile",
        *LISTS,
        f"services/{service.uuid}",
        f"organizations/{service.organisation.uuid}",
        f"service_at_locations/{pair}",
        f"taxonomies/{hsds.TAXONOMY_ID}",
        f"taxonomy_terms/{service.category.uuid}",
        "services/nope",
    ]
    for path in paths:
        response = get(client, path, page="2")
        assert response["Access-Control-Allow-Origin"] == "*", path
        assert not response.cookies, path
        assert response["Content-Type"] == "application/json", path


def test_lang_chooses_the_content_language_and_falls_back_to_english(client, service):
    service.name_ro = "Clinică de seară"
    service.save()

    romanian = get(client, f"services/{service.uuid}", lang="ro")
    arabic = get(client, f"services/{service.uuid}", lang="ar")

    assert romanian.json()["name"] == "Clinică de seară"
    assert romanian["Content-Language"] == "ro"
    assert arabic.json()["name"] == "Evening clinic"
    with translation.override("ar"):
        assert arabic.json()["x_firewall_label"] == str(FirewallStatus.FIREWALLED.label)


def test_chinese_is_asked_for_by_its_site_code(client, service):
    answer = get(client, "taxonomy_terms", lang="zh-hans", per_page=1).json()

    assert answer["contents"][0]["name"] == "性健康诊所"
    assert answer["contents"][0]["language"] == "zh-hans"


def test_it_shows_todays_firewall_status_not_a_stale_stored_one(client, service):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    Service.objects.filter(pk=service.pk).update(firewall_checked_until=yesterday)

    answer = get(client, f"services/{service.uuid}").json()

    assert Service.objects.get(pk=service.pk).firewall_status == FirewallStatus.FIREWALLED
    assert answer["x_firewall_status"] == "unknown"
    assert get(client, "services", firewall_status="firewalled").json()["total_items"] == 0
    assert ids(get(client, "services", firewall_status="unknown")) == [str(service.uuid)]


def test_it_filters_by_firewall_status(client, service):
    unchecked = rich_service()
    unchecked.policy = None
    unchecked.save()

    assert ids(get(client, "services", firewall_status="firewalled")) == [str(service.uuid)]
    assert ids(get(client, "services", firewall_status="unknown")) == [str(unchecked.uuid)]


def test_it_filters_by_the_language_spoken(client, service):
    other = rich_service()
    ServiceLanguage.objects.filter(service=other).delete()
    ServiceLanguage.objects.create(
        service=other, language=Language.objects.get(code="zh-hans"), mode="interpreter_on_site"
    )

    assert ids(get(client, "services", language="ro")) == [str(service.uuid)]
    assert ids(get(client, "services", language="zh")) == [str(other.uuid)]
    assert ids(get(client, "services", language="zh-hans")) == [str(other.uuid)]
    assert ids(get(client, "services", language="ar")) == []


def test_it_filters_by_city_but_never_by_a_hidden_sites_city(client, service):
    paris = create_city(name="Paris", country_code="FR")
    in_paris = rich_service(organisation=create_organisation(city=paris))
    hidden, visiting = rich_service(), rich_service()
    for service_, visibility in [(hidden, "staff_only"), (visiting, "area_only")]:
        site = create_site(
            organisation=service_.organisation,
            address_visibility=visibility,
            front_gate_phone="+442079460002",
        )
        site.city = paris
        site.save()
        service_.sites.add(site)

    found = set(ids(get(client, "services", city=paris.slug)))

    assert found == {str(in_paris.uuid), str(visiting.uuid)}


def test_it_filters_by_organisation_category_and_date(client, service):
    other = rich_service(category="legal-immigration-advice")
    contraception = rich_service(category="contraception")
    sexual_health = ServiceCategory.objects.get(slug="sexual-health")
    Service.objects.filter(pk=other.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=30)
    )
    week_ago = (timezone.now() - datetime.timedelta(days=7)).isoformat()

    assert ids(get(client, "services", organization_id=str(other.organisation.uuid))) == [
        str(other.uuid)
    ]
    assert set(ids(get(client, "services", taxonomy_term_id=str(sexual_health.uuid)))) == {
        str(service.uuid),
        str(contraception.uuid),
    }
    hiv = ServiceCategory.objects.get(slug="hiv-hepatitis")
    assert len(ids(get(client, "services", taxonomy_term_id=str(hiv.uuid)))) == 3
    assert str(other.uuid) not in ids(get(client, "services", modified_after=week_ago))
    assert len(ids(get(client, "services", modified_after="2000-01-01"))) == 3
    assert ids(get(client, "services", taxonomy_id=str(uuid.uuid4()))) == []
    assert len(ids(get(client, "services", taxonomy_id=hsds.TAXONOMY_ID))) == 3


def test_it_searches_services_in_the_language_asked_for(client, service):
    service.description_ro = "Teste gratuite"
    service.save()

    assert ids(get(client, "services", search="gratuite", lang="ro")) == [str(service.uuid)]
    assert ids(get(client, "services", search="gratuite")) == []


def test_a_service_at_a_location_is_found_by_its_stable_id(client, service):
    site = service.sites.get()
    expected = hsds.service_at_location_id(service, site)

    listed = get(client, "service_at_locations").json()["contents"]
    answer = get(client, f"service_at_locations/{expected}").json()

    assert [item["id"] for item in listed] == [expected]
    assert answer["location"]["id"] == str(site.uuid)
    assert answer["service"]["id"] == str(service.uuid)
    assert [slot["byday"] for slot in answer["schedules"]] == ["MO"]


def test_taxonomy_terms_can_be_narrowed_to_the_top_or_to_one_parent(client):
    sexual_health = ServiceCategory.objects.get(slug="sexual-health")

    top = get(client, "taxonomy_terms", top_only="true", per_page=100).json()["contents"]
    children = get(client, "taxonomy_terms", parent_id=str(sexual_health.uuid)).json()

    assert all("parent_id" not in term for term in top)
    assert {term["code"] for term in children["contents"]} == {"contraception", "trans-health"}


def test_categories_keep_the_same_ids_in_every_directory(client):
    police = get(client, f"taxonomy_terms/{uuid.uuid5(MIGRATION_NAMESPACE, 'police')}").json()

    assert police["code"] == "police"
    assert police["x_enforcement"] is True
    assert police["taxonomy_detail"]["id"] == hsds.TAXONOMY_ID


# The namespace the services migration derives the categories' identifiers from.
MIGRATION_NAMESPACE = uuid.UUID("5b0d7f34-8d43-4c5e-9a57-2f0e6c1d9b21")


def queries(client, path: str, **params) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert get(client, path, **params).status_code == 200
    return len(captured)


@pytest.mark.parametrize("path", LISTS)
def test_a_list_page_costs_the_same_queries_for_one_record_or_twenty(
    client, django_assert_num_queries, path
):
    rich_service()
    first = queries(client, path, per_page=20)
    for _number in range(19):
        rich_service()

    with django_assert_num_queries(first):
        assert len(get(client, path, per_page=20).json()["contents"]) >= 1


def test_a_full_service_costs_the_same_queries_with_one_of_everything_or_twenty(
    client, django_assert_num_queries, service
):
    first = queries(client, f"services/{service.uuid}")
    for weekday in range(1, 7):
        OpeningSlot.objects.create(
            service=service, weekday=weekday, opens=datetime.time(9), closes=datetime.time(12)
        )
    for number in range(2, 20):
        service.sites.add(create_site(organisation=service.organisation))
        ContactPoint.objects.create(service=service, kind="sms", value=f"07700 900{number:03d}")

    with django_assert_num_queries(first):
        get(client, f"services/{service.uuid}")


def test_services_following_their_organisations_policy_cost_no_query_each(
    client, django_assert_num_queries
):
    organisation = create_organisation()
    create_policy(organisation=organisation, is_organisation_default=True)
    rich_service(organisation=organisation, policy=None)
    paths = ["services", f"organizations/{organisation.uuid}", "service_at_locations"]
    first = {path: queries(client, path) for path in paths}
    for _number in range(5):
        rich_service(organisation=organisation, policy=None)

    for path in paths:
        with django_assert_num_queries(first[path]):
            answer = get(client, path).json()
        assert "firewalled" in str(answer)


def test_a_full_organisation_costs_the_same_queries_however_much_it_runs(
    client, django_assert_num_queries, service
):
    path = f"organizations/{service.organisation.uuid}"
    first = queries(client, path)
    for _number in range(19):
        rich_service(organisation=service.organisation)

    with django_assert_num_queries(first):
        assert len(get(client, path).json()["services"]) == 20
