"""Our records as Open Referral HSDS 3.0 objects, in the active language.

Only what may be public leaves through here. Staff notes, evidence notes, known incidents,
who checked a record, search text and the reason a status was lowered are never read. A site's
address goes only as far as its visibility allows: a street, postcode and coordinates for a
public site, the city and area for an "area only" one, and for a hidden one nothing but the
front-gate phone. Our additions are extension properties whose names start with `x_`; the
profile (`opendata.profile`) describes every one of them.

Every object carries a stable UUID: the record's own `uuid` column, or for objects we do not
store as rows (a service at a site, a site's address, its front-gate phone, a category link, the
taxonomy itself) one derived from the UUIDs of the records it joins, so it is the same in every
export and in every directory the data is imported into.
"""

import uuid

from django.db.models import Prefetch, QuerySet
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from directory.models import AddressVisibility, City, Organisation, Site
from services.models import (
    ConfidentialityPolicy,
    ContactKind,
    ContactPoint,
    LanguageMode,
    OpeningSlot,
    Service,
    ServiceCategory,
    ServiceLanguage,
    ServiceStatus,
    default_policies,
)

HSDS_VERSION = "3.0"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"

# Never change: every derived identifier, in every directory, hangs on it.
NAMESPACE = uuid.UUID("8f3c2a4e-6b1d-4e7a-9c55-0d2b7e9f1a36")
TAXONOMY_ID = str(uuid.uuid5(NAMESPACE, "taxonomy/service-categories"))
TAXONOMY_NAME = _("Service categories of the firewall-aware directory")
TAXONOMY_DESCRIPTION = _(
    "The kinds of service sex work projects refer people to, from sexual health clinics to "
    "police and immigration (listed for transparency, always shown as enforcement)."
)

# Only these two are ever published.
HSDS_STATUS = {
    ServiceStatus.ACTIVE: "active",
    ServiceStatus.TEMPORARILY_CLOSED: "temporarily closed",
}

WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

# HSDS `languages` lists only languages spoken at the service; every other way of helping in a
# language (interpreters, mediators, written material) goes in `x_language_support`.
SPOKEN_MODES = (LanguageMode.STAFF_SPEAK, LanguageMode.LANGUAGE_SESSION)
INTERPRETING_MODES = (
    LanguageMode.INTERPRETER_ON_SITE,
    LanguageMode.TELEPHONE_INTERPRETING,
    LanguageMode.PEER_INTERPRETER,
    LanguageMode.CULTURAL_MEDIATOR,
)

HIDDEN_ADDRESS = {
    AddressVisibility.ON_REQUEST: _("The address is given on request: call first."),
    AddressVisibility.STAFF_ONLY: _("The address is not published: call first."),
}

STATUTORY_EXCEPTIONS = {
    "under_18": "exception_under_18",
    "risk_of_harm": "exception_risk_of_harm",
    "terrorism": "exception_terrorism",
    "court_order": "exception_court_order",
}
DELIVERY = ["walk_in", "by_appointment", "outreach", "by_phone", "online", "always_open"]

# Translated text: the HSDS property, then the model field that holds it in every language.
ORGANISATION_TEXT = {"description": "description"}
LOCATION_TEXT = {"name": "label", "transportation": "transport_notes"}
SERVICE_TEXT = {
    "name": "name",
    "description": "description",
    "application_process": "how_to_access",
    "fees_description": "charged_elements",
    "eligibility_description": "eligibility",
    "x_discreet_card_text": "discreet_card_text",
}
POLICY_TEXT = {"statement": "statement_text", "other_exceptions": "other_exceptions"}
PHONE_TEXT = {"description": "label"}
CONTACT_TEXT = {"department": "label"}
SCHEDULE_TEXT = {"notes": "note"}
LANGUAGE_TEXT = {"note": "note"}
TERM_TEXT = {"name": "name"}


def derived_id(kind: str, *parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join([kind, *map(str, parts)])))


def service_at_location_id(service: Service, site: Site) -> str:
    return derived_id("service_at_location", service.uuid, site.uuid)


def present(**fields) -> dict:
    """The fields that hold something: HSDS leaves out what is not known rather than nulling it."""
    return {name: value for name, value in fields.items() if value is not None and value != ""}


def iso(date) -> str | None:
    return date.isoformat() if date else None


def text(record, fields: dict[str, str]) -> dict:
    """The record's translated text under its HSDS names, in the active language."""
    return present(**{name: getattr(record, field) for name, field in fields.items()})


# ---- querysets: what is public, fetched in a fixed number of queries ---------------------------

# Columns nobody outside the staff may read are not even loaded.
STAFF_ONLY_SERVICE_COLUMNS = [
    "staff_notes",
    "evidence_note",
    "firewall_override_reason",
]


def published_services() -> QuerySet:
    return Service.objects.published()


def published_organisations() -> QuerySet:
    return Organisation.objects.published()


def _sites() -> QuerySet:
    return Site.objects.select_related("organisation", "city__country", "area")


def for_listing(services: QuerySet) -> QuerySet:
    """Services with what their one-to-one HSDS fields and extensions need."""
    return (
        services.defer(*STAFF_ONLY_SERVICE_COLUMNS)
        .select_related("organisation__city__country", "policy")
        .prefetch_related(
            default_policies(),
            "contacts",
            Prefetch("languages", queryset=ServiceLanguage.objects.select_related("language")),
        )
    )


def in_full(services: QuerySet) -> QuerySet:
    """Services with everything a fully nested HSDS service holds."""
    return (
        for_listing(services)
        .select_related("category__parent")
        .prefetch_related(
            Prefetch("opening_slots", queryset=OpeningSlot.objects.select_related("site")),
            Prefetch("sites", queryset=_sites()),
            Prefetch("extra_categories", queryset=ServiceCategory.objects.select_related("parent")),
        )
    )


def organisations_in_full(organisations: QuerySet) -> QuerySet:
    return organisations.select_related("city__country").prefetch_related(
        Prefetch("sites", queryset=_sites()),
        Prefetch(
            "services",
            queryset=for_listing(published_services()).order_by("name_en", "pk"),
            to_attr="published_services",
        ),
    )


def services_at_sites(services: QuerySet) -> QuerySet:
    """Every (service, site) pair of these services: HSDS's service_at_location."""
    return (
        Service.sites.through.objects.filter(service__in=services)
        .select_related(
            "service__organisation__city__country",
            "service__policy",
            "site__organisation",
            "site__city__country",
            "site__area",
        )
        .defer(*(f"service__{column}" for column in STAFF_ONLY_SERVICE_COLUMNS))
        .prefetch_related(
            default_policies("service__"),
            "service__contacts",
            Prefetch(
                "service__languages", queryset=ServiceLanguage.objects.select_related("language")
            ),
        )
    )


# ---- organisations and places -----------------------------------------------------------------


def city(place: City) -> dict:
    return {
        "slug": place.slug,
        "name": place.name,
        "country": place.country.code,
        "time_zone": place.time_zone,
    }


def verification(record) -> dict:
    return {
        "evidence_source": record.evidence_source,
        "verified_on": iso(record.verified_on),
        "review_due": iso(record.review_due),
    }


def organisation(org: Organisation) -> dict:
    return {
        "id": str(org.uuid),
        "name": org.name,
        # Required by HSDS even when we have none.
        "description": org.description or "",
        **present(alternate_name=org.alt_names, website=org.website),
        "x_organisation_type": org.org_type,
        "x_sex_worker_led": org.sex_worker_led,
        "x_city": city(org.city),
        "x_verification": verification(org),
        "x_demo": org.is_demo,
    }


def organisation_in_full(org: Organisation) -> dict:
    return {
        **organisation(org),
        "locations": [location_in_full(site) for site in org.sites.all()],
        "services": [service(item) for item in org.published_services],
    }


def location(site: Site) -> dict:
    visibility = site.address_visibility
    row = {
        "id": str(site.uuid),
        "location_type": "physical",
        "organization_id": str(site.organisation.uuid),
    }
    if visibility == AddressVisibility.PUBLIC:
        row |= text(site, LOCATION_TEXT) | present(
            latitude=None if site.latitude is None else float(site.latitude),
            longitude=None if site.longitude is None else float(site.longitude),
        )
    elif visibility == AddressVisibility.AREA_ONLY:
        # How to get there would give the street away.
        row |= text(site, {"name": "label"})
    else:
        # Even the label of a hidden site may name the street or the building.
        row["description"] = str(HIDDEN_ADDRESS[visibility])
    row |= {
        "x_address_visibility": visibility,
        "x_enforcement_presence": site.enforcement_presence,
        "x_discreet_entrance": site.discreet_premises,
    }
    if visibility in AddressVisibility.city_shown():
        row["x_city"] = city(site.city)
    return row


def address(site: Site) -> dict | None:
    if site.address_visibility not in AddressVisibility.city_shown():
        return None
    public = site.address_visibility == AddressVisibility.PUBLIC
    return {
        "id": derived_id("address", site.uuid),
        "location_id": str(site.uuid),
        "address_1": site.address_line if public else "",
        "city": site.city.name,
        "state_province": "",
        "postal_code": site.postcode if public else "",
        "country": site.city.country.code,
        "address_type": "physical",
        **present(region=site.area.name if site.area else None),
    }


def front_gate_phone(site: Site) -> dict | None:
    if not site.front_gate_phone:
        return None
    return {
        "id": derived_id("front_gate_phone", site.uuid),
        "location_id": str(site.uuid),
        "number": site.front_gate_phone,
        "type": "voice",
    }


def location_in_full(site: Site) -> dict:
    return {
        **location(site),
        "addresses": [row for row in [address(site)] if row],
        "phones": [row for row in [front_gate_phone(site)] if row],
    }


# ---- services ---------------------------------------------------------------------------------


def confidentiality(policy: ConfidentialityPolicy | None) -> dict | None:
    if policy is None:
        return None
    return {
        "id": str(policy.uuid),
        "organisation_default": policy.is_organisation_default,
        **{answer: getattr(policy, answer) for answer in ConfidentialityPolicy.ANSWERS},
        "exceptions": [
            code for code, field in STATUTORY_EXCEPTIONS.items() if getattr(policy, field)
        ],
        "exceptions_in_words": [str(label) for label in policy.statutory_exceptions],
        **text(policy, POLICY_TEXT),
        **present(statement_url=policy.statement_url),
        **verification(policy),
    }


def _contacts(service_: Service, kinds) -> list[ContactPoint]:
    return [contact for contact in service_.contacts.all() if contact.kind in kinds]


def _languages(service_: Service, spoken: bool) -> list[ServiceLanguage]:
    return [row for row in service_.languages.all() if (row.mode in SPOKEN_MODES) == spoken]


def interpretation_services(service_: Service) -> str:
    return "; ".join(
        f"{row.language.endonym}: {row.get_mode_display()}"
        for row in service_.languages.all()
        if row.mode in INTERPRETING_MODES
    )


def service(service_: Service) -> dict:
    """A service's one-to-one fields and our extensions, without its lists."""
    status = service_.current_firewall_status()
    website = next(iter(_contacts(service_, [ContactKind.WEB])), None)
    email = next(iter(_contacts(service_, [ContactKind.EMAIL])), None)
    return {
        "id": str(service_.uuid),
        "organization_id": str(service_.organisation.uuid),
        "name": service_.name,
        "status": HSDS_STATUS[service_.status],
        **text(service_, SERVICE_TEXT),
        **present(
            url=website and website.value,
            email=email and email.value,
            interpretation_services=interpretation_services(service_),
            minimum_age=service_.min_age,
            assured_date=iso(service_.verified_on),
        ),
        "last_modified": service_.updated_at.isoformat(timespec="milliseconds"),
        "x_firewall_status": status.value,
        "x_firewall_label": str(status.label),
        "x_confidentiality": confidentiality(service_.effective_policy),
        "x_verification": verification(service_),
        "x_cost_policy": service_.cost_policy,
        "x_gender_focus": service_.gender_focus,
        "x_delivery": {mode: getattr(service_, mode) for mode in DELIVERY},
        "x_requires_cooperation_with_authorities": service_.requires_cooperation_with_authorities,
        "x_requires_exit_commitment": service_.requires_exit_commitment,
        **present(x_max_stay_days=service_.max_stay_days),
        "x_demo": service_.is_demo or service_.organisation.is_demo,
    }


def service_with_organisation(service_: Service) -> dict:
    return {**service(service_), "organization": organisation(service_.organisation)}


def phone(contact: ContactPoint) -> dict:
    return {
        "id": str(contact.uuid),
        "service_id": str(contact.service.uuid),
        "number": contact.value,
        "type": "text" if contact.kind == ContactKind.SMS else "voice",
        **text(contact, PHONE_TEXT),
        "x_contact_kind": contact.kind,
        "x_free_to_call": contact.free_to_call,
        "x_on_discreet_card": contact.on_discreet_card,
    }


def contact(point: ContactPoint) -> dict:
    address_ = {"email": point.value} if point.kind == ContactKind.EMAIL else {"x_url": point.value}
    return {
        "id": str(point.uuid),
        "service_id": str(point.service.uuid),
        **text(point, CONTACT_TEXT),
        **address_,
        "x_contact_kind": point.kind,
        "x_on_discreet_card": point.on_discreet_card,
    }


def schedule(slot: OpeningSlot) -> dict:
    service_ = slot.service
    at_site = {}
    if slot.site is not None:
        at_site = {
            "location_id": str(slot.site.uuid),
            "service_at_location_id": service_at_location_id(service_, slot.site),
        }
    opens, closes = f"{slot.opens:%H:%M}", f"{slot.closes:%H:%M}"
    return {
        "id": str(slot.uuid),
        "service_id": str(service_.uuid),
        **at_site,
        "freq": "WEEKLY",
        "wkst": "MO",
        "byday": WEEKDAY_CODES[slot.weekday],
        "opens_at": opens,
        "closes_at": closes,
        "description": f"{slot.get_weekday_display()} {opens}–{closes}",
        **present(attending_type=str(_("By appointment only")) if slot.appointment_only else None),
        **text(slot, SCHEDULE_TEXT),
        # Times are local: a fixed UTC offset would be wrong for half of every year.
        "x_time_zone": service_.organisation.city.time_zone,
        "x_appointment_only": slot.appointment_only,
    }


def _language_fields(row: ServiceLanguage) -> dict:
    return {
        "id": str(row.uuid),
        "service_id": str(row.service.uuid),
        "name": row.language.english_name,
        # HSDS asks for ISO 639: the primary subtag of our BCP 47 tag.
        "code": row.language.code.split("-")[0],
        **text(row, LANGUAGE_TEXT),
    }


def language(row: ServiceLanguage) -> dict:
    return {
        **_language_fields(row),
        "x_language_tag": row.language.code,
        "x_language_mode": row.mode,
    }


def language_support(row: ServiceLanguage) -> dict:
    return {
        **_language_fields(row),
        "language_tag": row.language.code,
        "mode": row.mode,
        "mode_label": str(row.get_mode_display()),
    }


def service_at_location(service_: Service, site: Site) -> dict:
    return {
        "id": service_at_location_id(service_, site),
        "service_id": str(service_.uuid),
        "location_id": str(site.uuid),
    }


def categories(service_: Service) -> list[tuple[ServiceCategory, str]]:
    """The service's categories, each with the attribute link type that says which it is."""
    extra = [(item, "additional_category") for item in service_.extra_categories.all()]
    return [(service_.category, "category"), *extra]


def attribute(service_: Service, category: ServiceCategory, link_type: str) -> dict:
    return {
        "id": derived_id("attribute", service_.uuid, category.uuid),
        "link_id": str(service_.uuid),
        "link_type": link_type,
        "link_entity": "service",
        "taxonomy_term_id": str(category.uuid),
    }


def service_lists(service_: Service) -> dict:
    """A service's own lists: what the tabular export writes as rows of other tables."""
    return {
        "phones": [phone(item) for item in _contacts(service_, ContactKind.phones())],
        "contacts": [
            contact(item) for item in _contacts(service_, [ContactKind.EMAIL, ContactKind.WEB])
        ],
        "schedules": [schedule(slot) for slot in service_.opening_slots.all()],
        "languages": [language(row) for row in _languages(service_, spoken=True)],
        "x_language_support": [language_support(row) for row in _languages(service_, spoken=False)],
    }


def service_in_full(service_: Service) -> dict:
    sites = list(service_.sites.all())
    return {
        **service_with_organisation(service_),
        **service_lists(service_),
        "service_at_locations": [
            {**service_at_location(service_, site), "location": location_in_full(site)}
            for site in sites
        ],
        "attributes": [
            {**attribute(service_, category, link), "taxonomy_term": taxonomy_term(category)}
            for category, link in categories(service_)
        ],
    }


def service_at_location_item(pair) -> dict:
    """One row of the list: the link with its location and service, one-to-one fields only."""
    return {
        **service_at_location(pair.service, pair.site),
        "location": location(pair.site),
        "service": service_with_organisation(pair.service),
    }


def service_at_location_in_full(pair, slots: list[OpeningSlot]) -> dict:
    return {
        **service_at_location(pair.service, pair.site),
        "location": location_in_full(pair.site),
        "service": service_with_organisation(pair.service),
        "schedules": [schedule(slot) for slot in slots],
    }


# ---- taxonomy ---------------------------------------------------------------------------------


def taxonomy() -> dict:
    return {
        "id": TAXONOMY_ID,
        "name": str(TAXONOMY_NAME),
        "description": str(TAXONOMY_DESCRIPTION),
        "version": HSDS_VERSION,
    }


def taxonomy_term(category: ServiceCategory) -> dict:
    return {
        "id": str(category.uuid),
        "code": category.slug,
        "name": category.name,
        # Required by HSDS; our categories have only a name.
        "description": "",
        **present(parent_id=category.parent and str(category.parent.uuid)),
        "taxonomy": str(TAXONOMY_NAME),
        "taxonomy_id": TAXONOMY_ID,
        "language": translation.get_language(),
        "x_enforcement": category.is_enforcement,
    }


def taxonomy_term_in_full(category: ServiceCategory) -> dict:
    return {**taxonomy_term(category), "taxonomy_detail": taxonomy()}
