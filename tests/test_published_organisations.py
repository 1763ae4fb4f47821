"""One rule says which organisations are published: for their pages, services and open data."""

import pytest

from directory.models import Organisation
from opendata import hsds
from services.models import Service
from tests.factories import create_organisation, create_service

pytestmark = pytest.mark.django_db

STATUSES = Organisation.Status.values


def test_it_counts_an_organisation_as_published_only_when_active():
    for status in STATUSES:
        create_organisation(name=status, status=status)

    assert [org.name for org in Organisation.objects.published()] == ["active"]


@pytest.mark.parametrize("shown", [True, False])
def test_it_counts_a_demo_organisation_as_published_only_while_the_demo_data_is_shown(
    settings, shown
):
    settings.SHOW_DEMO_DATA = shown
    create_organisation(name="Real")
    create_organisation(name="Example", is_demo=True)

    published = {org.name for org in Organisation.objects.published()}

    assert published == ({"Real", "Example"} if shown else {"Real"})


@pytest.mark.parametrize("shown", [True, False])
def test_open_data_and_the_service_listings_agree_on_which_organisations_are_published(
    settings, shown
):
    settings.SHOW_DEMO_DATA = shown
    for status in STATUSES:
        for is_demo in [True, False]:
            create_service(
                organisation=create_organisation(status=status, is_demo=is_demo), is_demo=is_demo
            )

    published = set(Organisation.objects.published())

    assert published == set(hsds.published_organisations())
    assert published == {service.organisation for service in Service.objects.published()}


def test_a_merged_organisation_has_no_page(client):
    merged = create_organisation(status=Organisation.Status.MERGED)
    create_service(organisation=merged)

    assert client.get(f"/en/organisations/{merged.slug}/").status_code == 404
