"""Staff export and import HSDS in the admin: a download, and an upload previewed first."""

import io
import zipfile

import pytest
from django.urls import reverse

from directory.models import Membership
from services.models import Service, ServiceCategory
from tests.factories import create_organisation, create_policy, create_service, sign_in
from tests.opendata.hsds_schemas import EXAMPLES

pytestmark = pytest.mark.django_db

EXPORT = "admin:services_service_hsds_export"
IMPORT = "admin:services_service_hsds_import"


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", password="a long passphrase 1")
    sign_in(client, user)
    return client


@pytest.fixture
def service():
    organisation = create_organisation(name="Harbour Lane Project")
    return create_service(
        organisation=organisation, policy=create_policy(organisation=organisation)
    )


def upload(client, name: str, **fields):
    example = io.BytesIO((EXAMPLES / name).read_bytes())
    example.name = name
    return client.post(reverse(IMPORT), {"file": example, **fields})


def test_the_services_list_links_to_export_and_import(staff_client, service):
    html = staff_client.get(reverse("admin:services_service_changelist")).content.decode()

    assert reverse(EXPORT) in html
    assert reverse(IMPORT) in html


def test_staff_download_a_zip_of_hsds_csv_files(staff_client, service):
    response = staff_client.get(reverse(EXPORT))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert {"datapackage.json", "services.csv", "organizations.csv"} <= set(archive.namelist())
        assert service.name in archive.read("services.csv").decode()


@pytest.mark.parametrize("name", [EXPORT, IMPORT])
def test_people_who_are_not_logged_in_are_sent_to_log_in(client, name):
    response = client.get(reverse(name))

    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_staff_of_one_project_may_export_but_not_import(client, django_user_model, service):
    user = django_user_model.objects.create_user(
        "project-editor", password="a long passphrase 1", is_staff=True
    )
    Membership.objects.create(user=user, organisation=service.organisation, role="editor")
    sign_in(client, user)

    assert client.get(reverse(IMPORT)).status_code == 403
    assert client.get(reverse(EXPORT)).status_code == 200


def test_an_upload_is_previewed_row_by_row_and_saves_nothing(staff_client):
    city = create_organisation().city
    category = ServiceCategory.objects.get(slug="mental-health")

    response = upload(
        staff_client, "tabular.json", default_city=city.pk, default_category=category.pk
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "What the import would do" in html
    assert "Coordinates off the globe were left out." in html
    assert "programs.csv" in html
    assert Service.objects.count() == 0


def test_confirming_the_preview_imports_the_rows(staff_client):
    category = ServiceCategory.objects.get(slug="mental-health")
    preview = upload(
        staff_client,
        "tabular.json",
        default_city=create_organisation().city.pk,
        default_category=category.pk,
    )

    response = staff_client.post(
        reverse(IMPORT), {"token": preview.context["token"], "confirm": "1"}
    )

    assert response.status_code == 200
    assert "What was imported" in response.content.decode()
    imported = Service.objects.get(name="Community Counselling")
    assert imported.current_firewall_status() == "unknown"
    assert imported.evidence_note.startswith("Imported from an HSDS file by editor")


def test_a_preview_can_be_confirmed_only_once(staff_client):
    preview = upload(
        staff_client,
        "tabular.json",
        default_city=create_organisation().city.pk,
        default_category=ServiceCategory.objects.get(slug="mental-health").pk,
    )
    token = preview.context["token"]
    staff_client.post(reverse(IMPORT), {"token": token, "confirm": "1"})

    again = staff_client.post(reverse(IMPORT), {"token": token, "confirm": "1"}, follow=True)

    assert "That preview has expired" in again.content.decode()
    assert Service.objects.count() == 1


def test_a_file_that_is_not_hsds_is_refused_with_a_reason(staff_client):
    junk = io.BytesIO(b"\x00\x01 not hsds")
    junk.name = "junk.bin"

    response = staff_client.post(reverse(IMPORT), {"file": junk})

    assert response.status_code == 200
    assert "Upload a .zip of HSDS CSV files" in response.content.decode()
    assert "token" not in response.context
