"""The firewall status: will this service tell immigration or the police about me?

It is derived from the answers in a confidentiality policy and from the service, its
organisation and its sites, never typed by hand. The first matching rule wins, in this order:

1. enforcement     the organisation or the category is police or immigration
2. shares          authorities at first contact, or shares routinely with immigration or police
3. conditional     shares if asked, help depends on cooperating, or enforcement at the site
4. unknown         a key answer not checked, evidence only literature or assumed, review overdue
5. charging_check  asks about papers only to set the cost, or may charge and report debts
6. firewalled      never tells immigration (save the legal exceptions) and police only with consent

Red stays red when evidence is stale; only the safe-looking statuses decay to unknown.
"""

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.models import EvidenceSource, Site, TriState

if TYPE_CHECKING:
    from services.models import ConfidentialityPolicy, Service


class FirewallStatus(models.TextChoices):
    # Declared from least to most safe: `rank` relies on this order. Services store their rank
    # (Service.firewall_rank), so a new order needs a migration that ranks them again.
    ENFORCEMENT = "enforcement", _("This is police or immigration")
    SHARES = "shares", _("Works with police or immigration")
    CONDITIONAL = "conditional", _("May involve police or immigration in some situations")
    UNKNOWN = "unknown", _("Not checked — ask your project before you go")
    CHARGING_CHECK = "charging_check", _("May ask about papers to decide the cost")
    FIREWALLED = "firewalled", _("Does not tell immigration or police")

    @property
    def rank(self) -> int:
        return list(FirewallStatus).index(self)

    @classmethod
    def at_least(cls, status: "FirewallStatus") -> list[str]:
        """This status and every safer one, for "at least" filters."""
        return [s.value for s in cls if s.rank >= cls(status).rank]

    @classmethod
    def decaying(cls) -> tuple[str, ...]:
        """Statuses that claim some safety, and so fall back to unknown once evidence is stale."""
        return (
            cls.FIREWALLED,
            cls.CHARGING_CHECK,
        )


class ShareLevel(models.TextChoices):
    NEVER = "never", _("Never")
    STATUTORY_ONLY = "statutory_only", _("Only in the legal exceptions listed")
    WITH_CONSENT = "with_consent", _("Only if you agree")
    ON_REQUEST = "on_request", _("If the authorities ask")
    ROUTINELY = "routinely", _("Routinely, from first contact")
    UNKNOWN = "unknown", _("Not checked")


def derive(
    *,
    policy: "ConfidentialityPolicy | None",
    service: "Service",
    sites: Iterable[Site],
    today: datetime.date,
) -> FirewallStatus:
    """The firewall status of a service, before any hand-made lowering by staff."""
    if service.organisation.is_enforcement or service.category.is_enforcement:
        return FirewallStatus.ENFORCEMENT
    if policy is None:
        return FirewallStatus.UNKNOWN
    shares = {policy.shares_with_immigration, policy.shares_with_police}
    if (
        policy.involves_authorities_at_first_contact == TriState.YES
        or ShareLevel.ROUTINELY in shares
    ):
        return FirewallStatus.SHARES
    if (
        service.requires_cooperation_with_authorities == TriState.YES
        or ShareLevel.ON_REQUEST in shares
        or any(site.has_enforcement_colocated for site in sites)
    ):
        return FirewallStatus.CONDITIONAL
    if (
        policy.evidence_source in EvidenceSource.insufficient()
        or policy.verified_on is None
        or policy.is_review_overdue(today)
        or policy.involves_authorities_at_first_contact == TriState.UNKNOWN
        or ShareLevel.UNKNOWN in shares
    ):
        return FirewallStatus.UNKNOWN
    if policy.asks_immigration_status == policy.StatusQuestion.FOR_CHARGING_ONLY or (
        service.cost_policy != service.CostPolicy.FREE_FOR_ALL
        and policy.reports_unpaid_charges != TriState.NO
    ):
        return FirewallStatus.CHARGING_CHECK
    if policy.shares_with_immigration in {
        ShareLevel.NEVER,
        ShareLevel.STATUTORY_ONLY,
    } and policy.shares_with_police in {
        ShareLevel.NEVER,
        ShareLevel.STATUTORY_ONLY,
        ShareLevel.WITH_CONSENT,
    }:
        return FirewallStatus.FIREWALLED
    return FirewallStatus.UNKNOWN


def lower(derived: FirewallStatus, override: str) -> FirewallStatus:
    """Staff may only make a status less safe by hand, never safer."""
    if not override:
        return derived
    override = FirewallStatus(override)
    return override if override.rank < derived.rank else derived
