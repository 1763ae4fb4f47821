"""The firewall status rule of SPEC §5: every row, every staleness boundary, the precedence."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

from services.firewall import FirewallStatus
from services.models import Service
from tests.factories import create_organisation, create_policy, create_service, create_site

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def status_of(*, policy=None, service=None, organisation=None, site=None, category="sexual-health"):
    """Derive the status of a service built from a checked firewalled policy plus changes."""
    org = create_organisation(**(organisation or {}))
    answers = {} if policy is None else policy
    created_policy = None if answers == "none" else create_policy(organisation=org, **answers)
    created = create_service(
        organisation=org, policy=created_policy, category=category, **(service or {})
    )
    if site is not None:
        created.sites.add(create_site(organisation=org, **site))
    created.refresh_from_db()
    return created.current_firewall_status()


RULE_ROWS = [
    # enforcement: organisation or category is law enforcement / immigration
    ("police organisation", {"organisation": {"org_type": "law_enforcement"}}, "enforcement"),
    (
        "immigration authority",
        {"organisation": {"org_type": "immigration_authority"}},
        "enforcement",
    ),
    ("enforcement category", {"category": "police"}, "enforcement"),
    (
        "enforcement category with no policy",
        {"category": "police", "policy": "none"},
        "enforcement",
    ),
    # shares
    (
        "authorities at first contact",
        {"policy": {"involves_authorities_at_first_contact": "yes"}},
        "shares",
    ),
    (
        "shares routinely with immigration",
        {"policy": {"shares_with_immigration": "routinely"}},
        "shares",
    ),
    ("shares routinely with police", {"policy": {"shares_with_police": "routinely"}}, "shares"),
    # conditional
    (
        "shares with immigration if asked",
        {"policy": {"shares_with_immigration": "on_request"}},
        "conditional",
    ),
    (
        "shares with police if asked",
        {"policy": {"shares_with_police": "on_request"}},
        "conditional",
    ),
    (
        "help depends on cooperating",
        {"service": {"requires_cooperation_with_authorities": "yes"}},
        "conditional",
    ),
    ("police at the site", {"site": {"enforcement_presence": "police_colocated"}}, "conditional"),
    (
        "immigration at the site",
        {"site": {"enforcement_presence": "immigration_colocated"}},
        "conditional",
    ),
    # unknown
    ("no policy at all", {"policy": "none"}, "unknown"),
    (
        "first contact not checked",
        {"policy": {"involves_authorities_at_first_contact": "unknown"}},
        "unknown",
    ),
    ("immigration not checked", {"policy": {"shares_with_immigration": "unknown"}}, "unknown"),
    ("police not checked", {"policy": {"shares_with_police": "unknown"}}, "unknown"),
    ("evidence only literature", {"policy": {"evidence_source": "literature"}}, "unknown"),
    ("evidence assumed", {"policy": {"evidence_source": "assumed"}}, "unknown"),
    ("never verified", {"policy": {"verified_on": None}}, "unknown"),
    ("no review date", {"policy": {"review_due": None}}, "unknown"),
    ("review overdue", {"policy": {"review_due": TODAY - DAY}}, "unknown"),
    (
        "immigration only with consent",
        {"policy": {"shares_with_immigration": "with_consent"}},
        "unknown",
    ),
    # charging_check
    (
        "asks status only for the cost",
        {"policy": {"asks_immigration_status": "for_charging_only"}},
        "charging_check",
    ),
    (
        "may charge and may report debts",
        {
            "service": {"cost_policy": "charged_if_not_entitled"},
            "policy": {"reports_unpaid_charges": "unknown"},
        },
        "charging_check",
    ),
    (
        "charges but never reports debts",
        {"service": {"cost_policy": "charged"}, "policy": {"reports_unpaid_charges": "no"}},
        "firewalled",
    ),
    # firewalled
    ("never tells either", {"policy": {"shares_with_police": "never"}}, "firewalled"),
    (
        "legal exceptions only",
        {"policy": {"shares_with_immigration": "statutory_only"}},
        "firewalled",
    ),
    ("police only with consent", {"policy": {"shares_with_police": "with_consent"}}, "firewalled"),
    (
        "confirmed by the service",
        {"policy": {"evidence_source": "confirmed_by_service"}},
        "firewalled",
    ),
    (
        "observed by the project",
        {"policy": {"evidence_source": "observed_by_project"}},
        "firewalled",
    ),
    ("reported by users", {"policy": {"evidence_source": "reported_by_users"}}, "firewalled"),
    (
        "occasional police sightings",
        {"site": {"enforcement_presence": "occasional_reported"}},
        "firewalled",
    ),
]


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [row[1:] for row in RULE_ROWS],
    ids=[row[0] for row in RULE_ROWS],
)
def test_it_derives_each_row_of_the_rule(inputs, expected):
    assert status_of(**inputs) == expected


STALENESS_ROWS = [
    ("due yesterday", TODAY - DAY, "unknown"),
    ("due today", TODAY, "firewalled"),
    ("due tomorrow", TODAY + DAY, "firewalled"),
]


@pytest.mark.parametrize(
    ("review_due", "expected"),
    [row[1:] for row in STALENESS_ROWS],
    ids=[row[0] for row in STALENESS_ROWS],
)
def test_it_decays_to_unknown_the_day_after_review_is_due(review_due, expected):
    assert status_of(policy={"review_due": review_due, "verified_on": TODAY - 10 * DAY}) == expected


PRECEDENCE_ROWS = [
    (
        "enforcement beats shares",
        {
            "organisation": {"org_type": "law_enforcement"},
            "policy": {"shares_with_police": "routinely"},
        },
        "enforcement",
    ),
    (
        "shares beats conditional",
        {"policy": {"shares_with_police": "routinely", "shares_with_immigration": "on_request"}},
        "shares",
    ),
    (
        "shares stays red when stale",
        {"policy": {"involves_authorities_at_first_contact": "yes", "review_due": TODAY - DAY}},
        "shares",
    ),
    (
        "conditional beats unknown",
        {
            "policy": {"evidence_source": "assumed"},
            "site": {"enforcement_presence": "police_colocated"},
        },
        "conditional",
    ),
    (
        "unknown beats charging check",
        {
            "policy": {
                "asks_immigration_status": "for_charging_only",
                "evidence_source": "literature",
            }
        },
        "unknown",
    ),
    (
        "charging check beats firewalled",
        {"policy": {"asks_immigration_status": "for_charging_only", "shares_with_police": "never"}},
        "charging_check",
    ),
]


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [row[1:] for row in PRECEDENCE_ROWS],
    ids=[row[0] for row in PRECEDENCE_ROWS],
)
def test_it_applies_the_first_matching_rule(inputs, expected):
    assert status_of(**inputs) == expected


def test_it_orders_statuses_from_least_to_most_safe():
    assert [s.value for s in FirewallStatus] == [
        "enforcement",
        "shares",
        "conditional",
        "unknown",
        "charging_check",
        "firewalled",
    ]
    assert FirewallStatus.at_least("charging_check") == ["charging_check", "firewalled"]


def test_staff_can_lower_the_status_but_never_raise_it():
    org = create_organisation()
    service = create_service(
        organisation=org,
        policy=create_policy(organisation=org),
        firewall_override="conditional",
        firewall_override_reason="Police seen outside twice this month.",
    )
    assert service.firewall_status == "conditional"

    raised = create_service(
        organisation=org,
        policy=create_policy(organisation=org, evidence_source="assumed"),
        firewall_override="firewalled",
        firewall_override_reason="I am sure it is fine.",
    )
    assert raised.firewall_status == "unknown"


def test_it_never_shows_a_stored_firewalled_once_review_has_passed():
    org = create_organisation()
    service = create_service(
        organisation=org, policy=create_policy(organisation=org, review_due=TODAY + DAY)
    )
    assert service.firewall_status == "firewalled"
    later = TODAY + 2 * DAY

    # Nothing was re-derived: the stored column still says firewalled...
    service.refresh_from_db()
    assert service.firewall_status == "firewalled"
    # ...but neither the record nor a filter presents it as such.
    assert service.current_firewall_status(today=later) == "unknown"
    assert not Service.objects.with_firewall_status("firewalled", today=later).exists()
    assert Service.objects.with_firewall_status("unknown", today=later).get() == service
    assert not Service.objects.with_firewall_status("charging_check", at_least=True, today=later)


def test_the_daily_command_stores_the_decayed_status():
    org = create_organisation()
    service = create_service(
        organisation=org, policy=create_policy(organisation=org, review_due=TODAY - DAY)
    )
    Service.objects.filter(pk=service.pk).update(
        firewall_status="firewalled",
        firewall_rank=FirewallStatus.FIREWALLED.rank,
        firewall_checked_until=TODAY - DAY,
    )

    output = io.StringIO()
    call_command("refresh_firewall_status", stdout=output)

    assert output.getvalue().startswith("1 service(s) changed")

    service.refresh_from_db()
    assert service.firewall_status == "unknown"
    assert service.firewall_checked_until is None


def test_at_least_filter_includes_safer_statuses_only():
    org = create_organisation()
    firewalled = create_service(organisation=org, policy=create_policy(organisation=org))
    charging = create_service(
        organisation=org,
        policy=create_policy(organisation=org, asks_immigration_status="for_charging_only"),
    )
    create_service(organisation=org, policy=None)

    found = Service.objects.with_firewall_status("charging_check", at_least=True)
    assert set(found) == {firewalled, charging}


class TestItKeepsTheStoredStatusRightWhenAnInputChanges:
    def test_when_the_policy_changes(self):
        org = create_organisation()
        policy = create_policy(organisation=org)
        service = create_service(organisation=org, policy=policy)

        policy.shares_with_immigration = "routinely"
        policy.save()

        service.refresh_from_db()
        assert service.firewall_status == "shares"

    def test_when_the_organisation_default_policy_changes(self):
        org = create_organisation()
        default = create_policy(organisation=org, is_organisation_default=True)
        service = create_service(organisation=org, policy=None)
        assert service.firewall_status == "firewalled"

        default.evidence_source = "literature"
        default.save()

        service.refresh_from_db()
        assert service.firewall_status == "unknown"

    def test_when_the_organisation_becomes_enforcement(self):
        org = create_organisation()
        service = create_service(organisation=org, policy=create_policy(organisation=org))

        org.org_type = "law_enforcement"
        org.save()

        service.refresh_from_db()
        assert service.firewall_status == "enforcement"

    def test_when_a_site_gains_and_loses_police(self):
        org = create_organisation()
        service = create_service(organisation=org, policy=create_policy(organisation=org))
        site = create_site(organisation=org)
        service.sites.add(site)

        site.enforcement_presence = "police_colocated"
        site.save()
        service.refresh_from_db()
        assert service.firewall_status == "conditional"

        service.sites.remove(site)
        service.refresh_from_db()
        assert service.firewall_status == "firewalled"

    def test_when_a_site_with_police_is_added_from_the_site_side(self):
        org = create_organisation()
        service = create_service(organisation=org, policy=create_policy(organisation=org))
        site = create_site(organisation=org, enforcement_presence="immigration_colocated")

        site.services.add(service)

        service.refresh_from_db()
        assert service.firewall_status == "conditional"

    def test_when_the_category_becomes_enforcement(self):
        org = create_organisation()
        service = create_service(organisation=org, policy=create_policy(organisation=org))

        service.category.is_enforcement = True
        service.category.save()

        service.refresh_from_db()
        assert service.firewall_status == "enforcement"


def test_the_stored_rank_follows_the_stored_status():
    org = create_organisation()
    service = create_service(organisation=org, policy=create_policy(organisation=org))
    assert (service.firewall_status, service.firewall_rank) == ("firewalled", 5)

    service.policy = None
    service.save()
    service.refresh_from_db()
    assert (service.firewall_status, service.firewall_rank) == ("unknown", 3)


def test_the_database_refuses_a_rank_that_does_not_match_the_status():
    service = create_service()
    with pytest.raises(IntegrityError), transaction.atomic():
        Service.objects.filter(pk=service.pk).update(firewall_rank=FirewallStatus.FIREWALLED.rank)
