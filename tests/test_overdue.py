"""Overdue for checking: every admin list and count follows the rule each record follows."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from directory.models import Membership, Organisation
from tests.factories import create_organisation, create_policy, create_service, sign_in

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
REVIEW_DUE = {
    "never checked": None,
    "due yesterday": TODAY - datetime.timedelta(days=1),
    "due today": TODAY,
    "due tomorrow": TODAY + datetime.timedelta(days=1),
}
OVERDUE = {"never checked", "due yesterday"}


def listed(client, url: str, overdue: str) -> set[str]:
    response = client.get(url, {"overdue": overdue})
    return {str(record) for record in response.context["cl"].result_list}


def test_it_lists_an_organisation_never_checked_or_past_its_date_as_overdue(superuser_client):
    for name, review_due in REVIEW_DUE.items():
        create_organisation(name=name, review_due=review_due)
    url = reverse("admin:directory_organisation_changelist")

    assert listed(superuser_client, url, "yes") == OVERDUE
    assert listed(superuser_client, url, "no") == REVIEW_DUE.keys() - OVERDUE
    assert {org.name for org in Organisation.objects.all() if org.is_review_overdue()} == OVERDUE


def test_the_overdue_view_counts_services_and_policies_by_the_same_rule(superuser_client):
    org = create_organisation(name="Harbour Lane Project")
    for review_due in REVIEW_DUE.values():
        create_service(organisation=org, review_due=review_due)
        create_policy(organisation=org, review_due=review_due, verified_on=None)

    response = superuser_client.get(reverse("admin:services_service_overdue"))

    [row] = response.context["organisations"]
    assert (row.overdue_services, row.overdue_policies) == (2, 2)
    assert response.context["total"] == 2


def organisations_in_the_overdue_view(client) -> list[str]:
    response = client.get(reverse("admin:services_service_overdue"))
    return [org.name for org in response.context["organisations"]]


@pytest.mark.parametrize(
    "role, shown",
    [("viewer", ["Alpha"]), ("editor", ["Alpha"]), (None, [])],
    ids=["viewer", "editor", "no membership"],
)
def test_the_overdue_view_shows_staff_the_organisations_they_belong_to_in_any_role(
    client, role, shown
):
    alpha, bravo = (create_organisation(name=name) for name in ["Alpha", "Bravo"])
    for org in [alpha, bravo]:
        create_service(organisation=org)
    user = get_user_model().objects.create_user(
        "staff", password="a long passphrase 1", is_staff=True
    )
    if role:
        Membership.objects.create(user=user, organisation=alpha, role=role)
    sign_in(client, user)

    assert organisations_in_the_overdue_view(client) == shown


def test_the_overdue_view_shows_a_superuser_every_organisation(superuser_client):
    for name in ["Alpha", "Bravo"]:
        create_service(organisation=create_organisation(name=name))

    assert organisations_in_the_overdue_view(superuser_client) == ["Alpha", "Bravo"]
