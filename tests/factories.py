"""Keyword-only factories: each makes a valid record and takes only what a test cares about."""

import datetime
import itertools

from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from directory.models import City, Country, Language, Organisation, OrganisationType, Site
from services.models import (
    ConfidentialityPolicy,
    ContactPoint,
    OpeningSlot,
    Service,
    ServiceCategory,
    ServiceLanguage,
)

_numbers = itertools.count(1)


def create_city(*, name: str = "London", country_code: str = "GB") -> City:
    country, _ = Country.objects.get_or_create(
        code=country_code, defaults={"name": country_code, "phone_region": country_code}
    )
    city, _ = City.objects.get_or_create(
        slug=f"{name.lower()}-{country_code.lower()}", defaults={"name": name, "country": country}
    )
    return city


def create_organisation(
    *, name: str = "", org_type: str = OrganisationType.CHARITY, city: City | None = None, **fields
) -> Organisation:
    number = next(_numbers)
    return Organisation.objects.create(
        name=name or f"Organisation {number}",
        slug=f"organisation-{number}",
        org_type=org_type,
        city=city or create_city(),
        **fields,
    )


def create_site(*, organisation: Organisation, **fields) -> Site:
    fields.setdefault("address_visibility", Site.AddressVisibility.PUBLIC)
    fields.setdefault("enforcement_presence", Site.EnforcementPresence.NONE_KNOWN)
    return Site.objects.create(
        organisation=organisation,
        label=f"Site {next(_numbers)}",
        city=organisation.city,
        **fields,
    )


def checked_policy_answers(today: datetime.date | None = None) -> dict:
    """A recently checked policy that keeps what people say from the authorities."""
    today = today or timezone.localdate()
    return {
        "involves_authorities_at_first_contact": "no",
        "shares_with_immigration": "never",
        "shares_with_police": "statutory_only",
        "reports_unpaid_charges": "no",
        "asks_immigration_status": "never",
        "evidence_source": "written_policy",
        "verified_on": today - datetime.timedelta(days=30),
        "review_due": today + datetime.timedelta(days=150),
    }


def create_policy(*, organisation: Organisation, **answers) -> ConfidentialityPolicy:
    return ConfidentialityPolicy.objects.create(
        organisation=organisation,
        title=f"Policy {next(_numbers)}",
        **{**checked_policy_answers(), **answers},
    )


def create_service(
    *,
    organisation: Organisation | None = None,
    category: str = "sexual-health",
    policy: ConfidentialityPolicy | None = None,
    **fields,
) -> Service:
    number = next(_numbers)
    fields.setdefault("cost_policy", Service.CostPolicy.FREE_FOR_ALL)
    return Service.objects.create(
        organisation=organisation or create_organisation(),
        category=ServiceCategory.objects.get(slug=category),
        policy=policy,
        name=fields.pop("name", f"Service {number}"),
        slug=f"service-{number}",
        **fields,
    )


def add_language(service: Service, code: str, mode: str = "staff_speak") -> ServiceLanguage:
    return ServiceLanguage.objects.create(
        service=service, language=Language.objects.get(code=code), mode=mode
    )


def add_slot(service: Service, weekday: int, opens: str, closes: str, **fields) -> OpeningSlot:
    return OpeningSlot.objects.create(
        service=service,
        weekday=weekday,
        opens=datetime.time.fromisoformat(opens),
        closes=datetime.time.fromisoformat(closes),
        **fields,
    )


def add_contact(service: Service, kind: str, value: str, **fields) -> ContactPoint:
    return ContactPoint.objects.create(service=service, kind=kind, value=value, **fields)


def sign_in(client, user) -> None:
    """Sign a staff account in as the admin requires: password and a second factor."""
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name="test", defaults={"confirmed": True}
    )
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def listed_slugs(response) -> list[str]:
    """The slugs of the services a find page lists, in its order (its page holds their ids)."""
    ids = list(response.context["page"])
    slugs = dict(Service.objects.filter(pk__in=ids).values_list("pk", "slug"))
    return [slugs[pk] for pk in ids]
