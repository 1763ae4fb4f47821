"""Bringing HSDS tables into the directory, row by row, with a report staff can act on.

An import never makes anything look safer than the file, or than our own rules, allow:

* A service's firewall status is derived here as for any other service. Without a policy, which
  is the default, it is "not checked". Confidentiality answers and checking dates are taken
  from the file only when the person importing says the file comes from a directory they trust,
  and even then the status follows from the evidence, never from a status typed in the file.
* When the file says a service is less safe than we would derive, the service is lowered to the
  file's status, with the reason recorded.
* Every record is marked as imported in its staff-only evidence note and has no review date, so
  it shows as overdue for checking until a person has looked at it.

The whole import runs in one transaction, each row in a savepoint of its own: a row that fails
is reported and the rest go on. A dry run is the same import, rolled back.
"""

import datetime
import functools
import json
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import DatabaseError, models, transaction
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_time
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.utils import build_localized_fieldname

from directory.models import (
    AddressVisibility,
    Area,
    City,
    Country,
    EnforcementPresence,
    EvidenceSource,
    Language,
    Organisation,
    OrganisationType,
    Site,
    TriState,
)
from directory.phones import normalise_phone
from directory.text import validate_discreet_slug
from opendata import hsds
from opendata.tabular import EXTENSION_TABLE
from services.firewall import FirewallStatus
from services.models import (
    ConfidentialityPolicy,
    ContactKind,
    ContactPoint,
    CostPolicy,
    GenderFocus,
    LanguageMode,
    OpeningSlot,
    Service,
    ServiceCategory,
    ServiceLanguage,
    ServiceStatus,
)

STATUSES = {
    "active": ServiceStatus.ACTIVE,
    "temporarily closed": ServiceStatus.TEMPORARILY_CLOSED,
    "inactive": ServiceStatus.CLOSED,
    "defunct": ServiceStatus.CLOSED,
}
# HSDS fields a service has that we have no field for: kept in the staff notes for review.
SERVICE_LEFTOVERS = [
    "alternate_name",
    "wait_time",
    "fees",
    "accreditations",
    "maximum_age",
    "licenses",
    "alert",
]
IMPORTED = {
    "organizations.csv",
    "services.csv",
    "locations.csv",
    "service_at_location.csv",
    "addresses.csv",
    "phones.csv",
    "contacts.csv",
    "schedules.csv",
    "languages.csv",
    EXTENSION_TABLE,
    "taxonomies.csv",
    "taxonomy_terms.csv",
    "attributes.csv",
}


class Outcome(models.TextChoices):
    CREATED = "created", gettext_lazy("Created")
    LINKED = "linked", gettext_lazy("Linked")
    SKIPPED = "skipped", gettext_lazy("Left out")
    ERROR = "error", gettext_lazy("Error")


@dataclass
class Row:
    table: str
    number: int
    id: str
    data: dict
    outcome: str = ""
    messages: list[str] = field(default_factory=list)

    def note(self, message: str) -> None:
        self.messages.append(str(message))

    def finish(self, outcome: str, message: str = "") -> None:
        self.outcome = outcome
        if message:
            self.note(message)

    def get(self, key: str) -> str:
        return (self.data.get(key) or "").strip()

    @property
    def outcome_label(self) -> str:
        return Outcome(self.outcome).label


@dataclass
class Options:
    default_city: City | None = None
    default_category: ServiceCategory | None = None
    trust: bool = False


@dataclass
class Report:
    rows: list[Row]
    notices: list[str]

    def counts(self) -> dict[str, Counter]:
        counts: dict[str, Counter] = defaultdict(Counter)
        for row in self.rows:
            counts[row.table][row.outcome] += 1
        return dict(counts)

    def summary(self) -> list[tuple[str, list[int]]]:
        """Per table, how many rows had each outcome, in the order of `Outcome`."""
        return [
            (table, [counts[outcome] for outcome in Outcome.values])
            for table, counts in sorted(self.counts().items())
        ]

    @property
    def outcome_labels(self) -> list[str]:
        return list(Outcome.labels)

    @property
    def created(self) -> int:
        return sum(row.outcome == Outcome.CREATED for row in self.rows)

    @property
    def rows_to_read(self) -> list[Row]:
        return [row for row in self.rows if row.messages or row.outcome == Outcome.ERROR]


def run(tables: dict[str, list[dict]], *, user, options: Options, commit: bool) -> Report:
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        importer = Importer(tables, user, options)
        importer.run()
        if not commit:
            transaction.set_rollback(True)
    return importer.report


def json_object(row: Row, key: str) -> dict | None:
    value = row.get(key)
    if not value:
        return None
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        parsed = None
    if not isinstance(parsed, dict):
        row.note(_("{field} is not a JSON object: left out.").format(field=key))
        return None
    return parsed


def whole_number(value: str) -> int | None:
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    return int(number) if number == number.to_integral_value() else None


def flag(value) -> bool:
    return str(value).strip().lower() in {"true", "1", "yes"}


def coded(row: Row, value, choices: type[models.Choices], default=None):
    if value in (None, ""):
        return default
    if value in choices.values:
        return value
    row.note(_("“{value}” is not a known value: left out.").format(value=value))
    return default


def date_value(value) -> datetime.date | None:
    try:
        return parse_date(value) if isinstance(value, str) else None
    except ValueError:
        return None


def messages(error: ValidationError) -> list[str]:
    if hasattr(error, "message_dict"):
        return [f"{name}: {' '.join(texts)}" for name, texts in error.message_dict.items()]
    return list(error.messages)


class Importer:
    def __init__(self, tables: dict[str, list[dict]], user, options: Options):
        self.user = user
        self.options = options
        self.today = timezone.localdate()
        self.rows: dict[str, list[Row]] = {}
        notices = []
        for path, items in tables.items():
            if path not in IMPORTED:
                if items:
                    notices.append(
                        _(
                            "{count} rows of {table} were not imported: the directory has "
                            "nowhere to keep them."
                        ).format(count=len(items), table=path)
                    )
                continue
            self.rows[path] = [
                Row(path, number, (item.get("id") or "").strip(), item)
                for number, item in enumerate(items, start=1)
            ]
        self.report = Report([row for rows in self.rows.values() for row in rows], notices)
        self.organisations: dict[str, Organisation] = {}
        self.sites: dict[str, Site] = {}
        self.categories: dict[str, ServiceCategory] = {}
        self.policies: dict[str, ConfidentialityPolicy] = {}
        self.cities: dict[tuple, City | None] = {}

    # ---- the order of work ---------------------------------------------------------------

    def run(self) -> None:
        self.check_ids()
        self.index()
        for row in self.table("taxonomies.csv"):
            if row.id == hsds.TAXONOMY_ID:
                row.finish(Outcome.LINKED, _("Our own categories."))
            else:
                row.finish(Outcome.SKIPPED, _("Not our taxonomy: its terms are not kept."))
        for row in self.table("taxonomy_terms.csv"):
            self.match_category(row)
        for row in self.table("organizations.csv"):
            self.import_organisation(row)
        for row in self.table("locations.csv"):
            self.import_location(row)
        for row in self.table("services.csv"):
            self.import_service(row)
        for row in self.report.rows:
            if not row.outcome:
                row.finish(Outcome.SKIPPED, _("It belongs to nothing imported from this file."))

    def table(self, path: str) -> list[Row]:
        return [row for row in self.rows.get(path, []) if not row.outcome]

    def check_ids(self) -> None:
        for rows in self.rows.values():
            seen = set()
            for row in rows:
                try:
                    row.id = str(uuid.UUID(row.id))
                except ValueError:
                    row.finish(Outcome.ERROR, _("Its id is not a UUID."))
                    continue
                if row.id in seen:
                    row.finish(Outcome.ERROR, _("Another row of this table has the same id."))
                seen.add(row.id)

    def index(self) -> None:
        def by(path: str, key: str) -> dict[str, list[Row]]:
            grouped = defaultdict(list)
            for row in self.table(path):
                if row.get(key):
                    grouped[row.get(key)].append(row)
            return grouped

        self.links = {row.id: row for row in self.table("service_at_location.csv")}
        self.service_rows = {row.id: row for row in self.table("services.csv")}
        self.addresses = by("addresses.csv", "location_id")
        self.locations_of_organisation = by("locations.csv", "organization_id")
        self.links_of_service = by("service_at_location.csv", "service_id")
        self.links_of_location = by("service_at_location.csv", "location_id")
        self.attributes = by("attributes.csv", "link_id")
        self.location_phones = defaultdict(list)
        self.children: dict[str, dict[str, list[Row]]] = {}
        for path in ["schedules.csv", "phones.csv", "contacts.csv", "languages.csv"]:
            self.children[path] = defaultdict(list)
            for row in self.table(path):
                if service_id := self.through_link(row, "service_id"):
                    self.children[path][service_id].append(row)
                elif path == "phones.csv" and row.get("location_id") and not row.get("contact_id"):
                    self.location_phones[row.get("location_id")].append(row)
        self.children[EXTENSION_TABLE] = by(EXTENSION_TABLE, "service_id")

    def through_link(self, row: Row, key: str) -> str:
        """The row's service or location, given directly or through its service_at_location."""
        link = self.links.get(row.get("service_at_location_id"))
        return row.get(key) or (link.get(key) if link else "")

    # ---- saving ----------------------------------------------------------------------------

    def save(self, row: Row | None, record: models.Model) -> bool:
        """Validate and save in a savepoint; on failure the row says why and nothing is kept."""
        try:
            with transaction.atomic():
                # The database checks its own constraints on save; checking them in Python as
                # well costs a query each, over every translated column.
                record.full_clean(validate_constraints=False)
                record.save()
        except ValidationError as error:
            if row:
                row.finish(Outcome.ERROR)
                row.messages.extend(messages(error))
            return False
        except (DatabaseError, ValueError) as error:
            if row:
                row.finish(Outcome.ERROR, _("Refused: {reason}").format(reason=error))
            return False
        return True

    def fit(self, row: Row, record, name: str, value: str) -> str:
        """The value, cut to the field's length (`record` is a model or one of its records)."""
        limit = record._meta.get_field(name).max_length
        if limit and len(value) > limit:
            row.note(_("{field} was cut to {limit} characters.").format(field=name, limit=limit))
            return value[:limit]
        return value

    def translate(self, row: Row, record, fields: dict[str, str], source: dict, prefix="") -> None:
        """Set the English text from the row, and the other languages from `x_translations`."""
        for key, name in fields.items():
            value = source.get(key) if isinstance(source.get(key), str) else ""
            setattr(record, name, self.fit(row, record, name, value.strip()))
        translations = json_object(row, "x_translations") or {}
        codes = {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}
        for code, texts in translations.items():
            if code not in codes or not isinstance(texts, dict):
                continue
            for key, name in fields.items():
                value = texts.get(prefix + key)
                if isinstance(value, str) and value.strip():
                    localised = build_localized_fieldname(name, code)
                    setattr(record, localised, self.fit(row, record, name, value.strip()))

    def evidence(self, row: Row, record, source: dict | None) -> None:
        """The staff-only note says where it came from; dates are kept only from a trusted file."""
        record.evidence_note = _(
            "Imported from an HSDS file by {user} on {date}; not yet checked by us."
        ).format(user=self.user.get_username(), date=self.today.isoformat())
        if not (self.options.trust and source):
            return
        record.evidence_source = coded(
            row, source.get("evidence_source"), EvidenceSource, EvidenceSource.ASSUMED
        )
        verified_on = date_value(source.get("verified_on"))
        review_due = date_value(source.get("review_due"))
        if verified_on and verified_on > self.today:
            row.note(_("A checking date in the future was left out."))
            verified_on = None
        if verified_on and review_due and review_due < verified_on:
            row.note(_("A review date before the checking date was left out."))
            review_due = None
        record.verified_on, record.review_due = verified_on, review_due

    def unique_slug(self, model, name: str, record_id) -> str:
        """A slug from the name, made unique by the start of the record's UUID if need be.

        Words that would tell a browser's history what the page is about are left out.
        """
        words = [word for word in slugify(name).split("-") if discreet(word)]
        base = "-".join(words)[:150].strip("-") or model._meta.model_name
        if model.objects.filter(slug=base).exists():
            return f"{base}-{str(record_id)[:8]}"
        return base

    # ---- places ------------------------------------------------------------------------------

    def city(self, row: Row, *, slug="", name="", country="", time_zone="") -> City | None:
        key = (slug, name.casefold(), country.upper())
        if key not in self.cities:
            self.cities[key] = self.find_or_add_city(row, slug, name, country.upper(), time_zone)
        return self.cities[key]

    def find_or_add_city(self, row, slug, name, country, time_zone) -> City | None:
        if slug and (found := City.objects.filter(slug=slug).first()):
            return found
        if not (name and country):
            return None
        found = City.objects.filter(country__code=country, name_en__iexact=name).first()
        if found:
            return found
        nation = Country.objects.filter(code=country).first() or Country(
            code=country, name=country, phone_region=country
        )
        if nation.pk is None and not self.save(None, nation):
            row.note(_("“{country}” is not a country code.").format(country=country))
            return None
        neighbour = City.objects.filter(country=nation).first()
        place = City(
            name=name,
            slug=self.unique_slug(City, slug or f"{name}-{country}", uuid.uuid4()),
            country=nation,
            time_zone=time_zone or (neighbour.time_zone if neighbour else "UTC"),
        )
        if not self.save(None, place):
            place.time_zone = "UTC"
            if not self.save(None, place):
                return None
        row.note(
            _("Added the city {city} (time zone {zone}): check it.").format(
                city=name, zone=place.time_zone
            )
        )
        return place

    def city_of(self, row: Row, info: dict | None, address: Row | None) -> City | None:
        if info:
            return self.city(
                row,
                slug=str(info.get("slug") or ""),
                name=str(info.get("name") or ""),
                country=str(info.get("country") or ""),
                time_zone=str(info.get("time_zone") or ""),
            )
        if address:
            return self.city(row, name=address.get("city"), country=address.get("country"))
        return None

    # ---- taxonomy ----------------------------------------------------------------------------

    def match_category(self, row: Row) -> None:
        category = ServiceCategory.objects.filter(uuid=row.id).first()
        if category is None and row.get("taxonomy_id") == hsds.TAXONOMY_ID:
            category = ServiceCategory.objects.filter(slug=row.get("code")).first()
        if category is None:
            row.finish(Outcome.SKIPPED, _("Not one of our categories."))
            return
        self.categories[row.id] = category
        row.finish(Outcome.LINKED, _("Our category “{name}”.").format(name=category.name))

    # ---- organisations and sites -------------------------------------------------------------

    def import_organisation(self, row: Row) -> None:
        existing = Organisation.objects.filter(uuid=row.id).first()
        if existing:
            self.organisations[row.id] = existing
            row.finish(Outcome.SKIPPED, _("Already in the directory: left unchanged."))
            return
        city = self.city_of(
            row, json_object(row, "x_city"), self.first_address_of_organisation(row)
        )
        if city is None:
            city = self.options.default_city
            if city is None:
                row.finish(Outcome.ERROR, _("No city: choose a city for records without one."))
                return
            row.note(_("No city in the file: put in {city}.").format(city=city.name))
        kind = coded(row, row.get("x_organisation_type"), OrganisationType)
        if kind is None:
            kind = OrganisationType.CHARITY
            row.note(_("No type in the file: set to “Charity or NGO”; check it."))
        org = Organisation(
            uuid=row.id,
            name=self.fit(row, Organisation, "name", row.get("name")),
            alt_names=self.fit(row, Organisation, "alt_names", row.get("alternate_name")),
            org_type=kind,
            sex_worker_led=coded(row, row.get("x_sex_worker_led"), TriState, TriState.UNKNOWN),
            website=row.get("website"),
            city=city,
            is_demo=flag(row.get("x_demo")),
        )
        org.slug = self.unique_slug(Organisation, org.name, org.uuid)
        self.translate(row, org, hsds.ORGANISATION_TEXT, row.data)
        self.evidence(row, org, json_object(row, "x_verification"))
        if self.save(row, org):
            self.organisations[row.id] = org
            row.finish(Outcome.CREATED)

    def first_address_of_organisation(self, row: Row) -> Row | None:
        for location in self.locations_of_organisation.get(row.id, []):
            if self.addresses.get(location.id):
                return self.addresses[location.id][0]
        return None

    def organisation(self, file_id: str) -> Organisation | None:
        if not valid_id(file_id):
            return None
        if file_id not in self.organisations:
            self.organisations[file_id] = Organisation.objects.filter(uuid=file_id).first()
        return self.organisations[file_id]

    def import_location(self, row: Row) -> None:
        if Site.objects.filter(uuid=row.id).exists():
            row.finish(Outcome.SKIPPED, _("Already in the directory: left unchanged."))
            return
        org = self.organisation(row.get("organization_id")) or self.organisation_through_services(
            row
        )
        if org is None:
            row.finish(Outcome.ERROR, _("Its organisation is neither in the file nor here."))
            return
        addresses = sorted(
            self.addresses.get(row.id, []), key=lambda a: a.get("address_type") != "physical"
        )
        address = addresses[0] if addresses else None
        phones = self.location_phones.get(row.id, [])
        visibility = coded(row, row.get("x_address_visibility"), AddressVisibility) or (
            AddressVisibility.PUBLIC
            if address and address.get("address_1")
            else AddressVisibility.AREA_ONLY
        )
        city = self.city_of(row, json_object(row, "x_city"), address) or org.city
        site = Site(
            uuid=row.id,
            organisation=org,
            address_visibility=visibility,
            city=city,
            enforcement_presence=coded(
                row,
                row.get("x_enforcement_presence"),
                EnforcementPresence,
                EnforcementPresence.UNKNOWN,
            ),
            discreet_premises=coded(
                row, row.get("x_discreet_entrance"), TriState, TriState.UNKNOWN
            ),
        )
        self.translate(row, site, hsds.LOCATION_TEXT, row.data)
        if not site.label:
            site.label = self.fit(row, site, "label", _("Site of {name}").format(name=org.name))
        if visibility == AddressVisibility.PUBLIC:
            self.place_on_map(row, site)
        if address:
            self.address(row, site, address)
        if phones:
            site.front_gate_phone = normalised(phones[0].get("number"), city)
        if self.save(row, site):
            self.sites[row.id] = site
            row.finish(Outcome.CREATED)
            outcome = (Outcome.LINKED, _("Part of location {id}.").format(id=row.id))
        else:
            outcome = (Outcome.SKIPPED, _("Its location was not imported."))
        for part in [*addresses, *phones]:
            part.finish(*outcome)

    def organisation_through_services(self, row: Row) -> Organisation | None:
        """HSDS lets a location belong to another body: take the organisation serving there."""
        for link in self.links_of_location.get(row.id, []):
            service = self.service_rows.get(link.get("service_id"))
            if service and (org := self.organisation(service.get("organization_id"))):
                row.note(
                    _("Its organisation is not in the file: added to {name}.").format(name=org.name)
                )
                return org
        return None

    def place_on_map(self, row: Row, site: Site) -> None:
        try:
            latitude = Decimal(row.get("latitude")).quantize(Decimal("0.00001"))
            longitude = Decimal(row.get("longitude")).quantize(Decimal("0.00001"))
        except InvalidOperation:
            return
        if -90 <= latitude <= 90 and -180 <= longitude <= 180:
            site.latitude, site.longitude = latitude, longitude
        else:
            row.note(_("Coordinates off the globe were left out."))

    def address(self, row: Row, site: Site, address: Row) -> None:
        if site.address_visibility == AddressVisibility.PUBLIC:
            street = ", ".join(
                part for part in [address.get("address_1"), address.get("address_2")] if part
            )
            site.address_line = self.fit(row, site, "address_line", street)
            site.postcode = self.fit(row, site, "postcode", address.get("postal_code"))
        if region := address.get("region"):
            site.area = Area.objects.filter(city=site.city, name__iexact=region).first()
            if site.area is None:
                site.area = Area(city=site.city, name=self.fit(row, Area, "name", region))
                if not self.save(None, site.area):
                    site.area = None

    # ---- services ----------------------------------------------------------------------------

    def import_service(self, row: Row) -> None:
        children = (
            [child for rows in self.children.values() for child in rows.get(row.id, [])]
            + self.links_of_service.get(row.id, [])
            + self.attributes.get(row.id, [])
        )
        service = self.create_service(row)
        if service is None:
            reason = (
                _("Its service is already in the directory.")
                if row.outcome == Outcome.SKIPPED
                else _("Its service was not imported.")
            )
            for child in children:
                # Categories were matched before the service failed: they link nothing now.
                if not child.outcome or child.table == "attributes.csv":
                    child.finish(Outcome.SKIPPED, reason)
            return
        for link in self.links_of_service.get(row.id, []):
            self.link_site(link, service)
        for position, phone in enumerate(self.children["phones.csv"].get(row.id, [])):
            self.add_phone(phone, service, position)
        self.add_contacts(row, service)
        for slot in self.children["schedules.csv"].get(row.id, []):
            self.add_slots(slot, service)
        for language in self.children["languages.csv"].get(row.id, []):
            self.add_language(language, service, spoken=True)
        for language in self.children[EXTENSION_TABLE].get(row.id, []):
            self.add_language(language, service, spoken=False)
        self.lower_to_file_status(row, service)

    def create_service(self, row: Row) -> Service | None:
        if Service.objects.filter(uuid=row.id).exists():
            row.finish(Outcome.SKIPPED, _("Already in the directory: left unchanged."))
            return None
        org = self.organisation(row.get("organization_id"))
        if org is None:
            row.finish(Outcome.ERROR, _("Its organisation is neither in the file nor here."))
            return None
        category, extra = self.categories_of(row)
        if category is None:
            row.finish(Outcome.ERROR, _("None of our categories: choose one for such services."))
            return None
        status = STATUSES.get(row.get("status"))
        if status is None:
            row.finish(Outcome.ERROR, _("Its status is not an HSDS status."))
            return None
        delivery = json_object(row, "x_delivery") or {}
        service = Service(
            uuid=row.id,
            organisation=org,
            category=category,
            status=status,
            min_age=self.age(row, "minimum_age"),
            max_stay_days=self.age(row, "x_max_stay_days"),
            cost_policy=coded(row, row.get("x_cost_policy"), CostPolicy, CostPolicy.UNKNOWN),
            gender_focus=coded(row, row.get("x_gender_focus"), GenderFocus, GenderFocus.EVERYONE),
            requires_cooperation_with_authorities=coded(
                row,
                row.get("x_requires_cooperation_with_authorities"),
                TriState,
                TriState.UNKNOWN,
            ),
            requires_exit_commitment=coded(
                row, row.get("x_requires_exit_commitment"), TriState, TriState.UNKNOWN
            ),
            is_demo=flag(row.get("x_demo")),
            **{mode: delivery.get(mode) is True for mode in hsds.DELIVERY},
        )
        self.translate(row, service, hsds.SERVICE_TEXT, row.data)
        service.slug = self.unique_slug(Service, service.name, service.uuid)
        leftovers = [f"{key}: {row.get(key)}" for key in SERVICE_LEFTOVERS if row.get(key)]
        if row.get("interpretation_services") and not self.children[EXTENSION_TABLE].get(row.id):
            leftovers.append(f"interpretation_services: {row.get('interpretation_services')}")
        if leftovers:
            service.staff_notes = "\n".join(
                [_("Imported from HSDS, with no field of ours to hold it:"), *leftovers]
            )
            row.note(_("Fields with no place here were kept in the staff notes."))
        self.evidence(row, service, json_object(row, "x_verification"))
        if not self.save(row, service):
            return None
        # The policy comes after the service, so a service that fails leaves no policy behind.
        if policy := self.policy(row, org):
            service.policy = policy
            service.save(update_fields=["policy"])
        service.extra_categories.set(extra)
        row.finish(Outcome.CREATED)
        return service

    def age(self, row: Row, key: str) -> int | None:
        if not row.get(key):
            return None
        number = whole_number(row.get(key))
        if number is None or not 0 <= number <= 32767:
            row.note(
                _("{field} is not a whole number of years or days: left out.").format(field=key)
            )
            return None
        return number

    def categories_of(self, row: Row):
        main, extra = None, []
        for attribute in self.attributes.get(row.id, []):
            category = self.categories.get(attribute.get("taxonomy_term_id"))
            if category is None:
                attribute.finish(Outcome.SKIPPED, _("Not one of our categories."))
                continue
            attribute.finish(Outcome.LINKED)
            if attribute.get("link_type") == "category" and main is None:
                main = category
            else:
                extra.append(category)
        if main is None and extra:
            main = extra.pop(0)
        if main is None and self.options.default_category:
            main = self.options.default_category
            row.note(_("No category of ours: put in “{name}”.").format(name=main.name))
        return main, [category for category in extra if category != main]

    def policy(self, row: Row, org: Organisation) -> ConfidentialityPolicy | None:
        """The policy the file gives, kept only from a trusted file."""
        answers = json_object(row, "x_confidentiality")
        if not answers:
            return None
        if not self.options.trust:
            row.note(_("Its confidentiality answers were left out: the file is not trusted."))
            return None
        policy_id = str(answers.get("id") or "")
        if not valid_id(policy_id):
            policy_id = str(uuid.uuid4())
        policy = (
            self.policies.get(policy_id)
            or ConfidentialityPolicy.objects.filter(uuid=policy_id).first()
        )
        if policy is None:
            policy = self.new_policy(row, org, policy_id, answers)
            if policy is None:
                return None
        if policy.organisation_id != org.pk:
            row.note(_("Its confidentiality policy belongs to another organisation: left out."))
            return None
        self.policies[policy_id] = policy
        # A service following its organisation's default names no policy of its own.
        return None if policy.is_organisation_default else policy

    def new_policy(self, row: Row, org, policy_id: str, answers: dict):
        policy = ConfidentialityPolicy(
            uuid=policy_id,
            organisation=org,
            title=_("Imported with {service}").format(service=row.get("name"))[:200],
        )
        for answer in ConfidentialityPolicy.ANSWERS:
            choices = policy._meta.get_field(answer).choices
            value = answers.get(answer)
            # A list of keys: a value from the file may be a list or an object, which no
            # dictionary lookup could take.
            if value in [key for key, _label in choices]:
                setattr(policy, answer, value)
            elif value:
                row.note(_("“{value}” is not a known value: left out.").format(value=value))
        exceptions = (
            answers.get("exceptions") if isinstance(answers.get("exceptions"), list) else []
        )
        for code, name in hsds.STATUTORY_EXCEPTIONS.items():
            setattr(policy, name, code in exceptions)
        self.translate(row, policy, hsds.POLICY_TEXT, answers, prefix="x_confidentiality.")
        policy.statement_url = str(answers.get("statement_url") or "")
        default_taken = ConfidentialityPolicy.objects.filter(
            organisation=org, is_organisation_default=True
        ).exists()
        policy.is_organisation_default = answers.get("organisation_default") is True and not (
            default_taken
        )
        self.evidence(row, policy, answers)
        if not self.save(None, policy):
            row.note(_("Its confidentiality answers could not be kept."))
            return None
        return policy

    def link_site(self, link: Row, service: Service) -> None:
        site = self.sites.get(link.get("location_id"))
        if site is None and valid_id(link.get("location_id")):
            site = Site.objects.filter(uuid=link.get("location_id")).first()
        if site is None:
            link.finish(Outcome.ERROR, _("Its location was not imported."))
            return
        service.sites.add(site)
        link.finish(Outcome.LINKED)

    def add_phone(self, row: Row, service: Service, position: int) -> None:
        kind = coded(row, row.get("x_contact_kind"), ContactKind)
        if kind not in ContactKind.phones():
            kind = ContactKind.SMS if row.get("type") == "text" else ContactKind.PHONE
        if row.get("extension"):
            row.note(_("The extension was left out: add it to the description."))
        point = ContactPoint(
            uuid=row.id,
            service=service,
            kind=kind,
            value=normalised(row.get("number"), service.organisation.city),
            free_to_call=coded(row, row.get("x_free_to_call"), TriState, TriState.UNKNOWN),
            on_discreet_card=flag(row.get("x_on_discreet_card")),
            position=position,
        )
        self.translate(row, point, hsds.PHONE_TEXT, row.data)
        if self.save(row, point):
            row.finish(Outcome.CREATED)

    def add_contacts(self, service_row: Row, service: Service) -> None:
        kinds = set()
        rows = self.children["contacts.csv"].get(service_row.id, [])
        for position, row in enumerate(rows, start=100):
            kind = ContactKind.EMAIL if row.get("email") else ContactKind.WEB
            value = row.get("email") or row.get("x_url")
            if not value:
                row.finish(Outcome.SKIPPED, _("A person to ask for: names are not kept."))
                continue
            if row.get("name"):
                row.note(_("The person's name was left out."))
            point = ContactPoint(
                uuid=row.id,
                service=service,
                kind=kind,
                value=value,
                on_discreet_card=flag(row.get("x_on_discreet_card")),
                position=position,
            )
            source = {"department": row.get("department") or row.get("title")}
            self.translate(row, point, hsds.CONTACT_TEXT, source)
            if self.checked_address(row, kind, value) and self.save(row, point):
                kinds.add(kind)
                row.finish(Outcome.CREATED)
        # The service's own email and web address, when no contact row carries them.
        for kind, key in [(ContactKind.WEB, "url"), (ContactKind.EMAIL, "email")]:
            value = service_row.get(key)
            if value and kind not in kinds and self.checked_address(service_row, kind, value):
                point = ContactPoint(service=service, kind=kind, value=value, position=200)
                if not self.save(None, point):
                    service_row.note(_("Its {field} could not be kept.").format(field=key))

    def checked_address(self, row: Row, kind: str, value: str) -> bool:
        validator = EmailValidator() if kind == ContactKind.EMAIL else URLValidator()
        try:
            validator(value)
        except ValidationError:
            message = _("“{value}” is not a valid address: left out.").format(value=value)
            if row.outcome:
                row.note(message)
            else:
                row.finish(Outcome.ERROR, message)
            return False
        return True

    def add_slots(self, row: Row, service: Service) -> None:
        if row.get("freq") and row.get("freq") != "WEEKLY":
            row.finish(Outcome.ERROR, _("Only weekly opening times can be kept."))
            return
        days = [day.strip() for day in row.get("byday").split(",") if day.strip()]
        opens, closes = clock(row, "opens_at"), clock(row, "closes_at")
        if not days or any(day not in hsds.WEEKDAY_CODES for day in days) or not (opens and closes):
            row.finish(
                Outcome.ERROR,
                _("Opening times need weekdays (MO to SU) and both times: add them by hand."),
            )
            return
        location = self.through_link(row, "location_id")
        site = self.sites.get(location)
        if location and site is None:
            row.note(_("Its location was not imported: the times are kept for the service."))
        for index, day in enumerate(days):
            slot = OpeningSlot(
                uuid=row.id if index == 0 else hsds.derived_id("schedule", row.id, day),
                service=service,
                site=site,
                weekday=hsds.WEEKDAY_CODES.index(day),
                opens=opens,
                closes=closes,
                appointment_only=flag(row.get("x_appointment_only")),
            )
            self.translate(row, slot, hsds.SCHEDULE_TEXT, row.data)
            if not self.save(row, slot):
                return
        row.finish(Outcome.CREATED)

    @functools.cached_property
    def languages(self) -> dict[str, Language]:
        """Every language we know, by code: read once for the import, not once for each row."""
        return {language.code: language for language in Language.objects.all()}

    def add_language(self, row: Row, service: Service, *, spoken: bool) -> None:
        tag = (row.get("x_language_tag") or row.get("language_tag") or row.get("code")).lower()
        language = self.languages.get(tag)
        if language is None and tag:
            name = row.get("name") or tag
            language = Language(code=tag, english_name=name[:100], endonym=name[:100])
            if not self.save(None, language):
                row.finish(Outcome.ERROR, _("“{code}” is not a language code.").format(code=tag))
                return
            self.languages[tag] = language
            row.note(_("Added the language {name}: check its endonym.").format(name=name))
        if language is None:
            row.finish(Outcome.ERROR, _("No language code."))
            return
        modes = (
            hsds.SPOKEN_MODES
            if spoken
            else [mode for mode in LanguageMode.values if mode not in hsds.SPOKEN_MODES]
        )
        mode = row.get("x_language_mode") if spoken else row.get("mode")
        if mode not in modes:
            if not spoken:
                row.finish(Outcome.ERROR, _("No known way of giving help in the language."))
                return
            mode = LanguageMode.STAFF_SPEAK
        if ServiceLanguage.objects.filter(service=service, language=language, mode=mode).exists():
            row.finish(Outcome.SKIPPED, _("The same language is listed twice."))
            return
        entry = ServiceLanguage(uuid=row.id, service=service, language=language, mode=mode)
        self.translate(row, entry, hsds.LANGUAGE_TEXT, row.data)
        if self.save(row, entry):
            row.finish(Outcome.CREATED)

    def lower_to_file_status(self, row: Row, service: Service) -> None:
        """Never show a service as safer than the file that brought it in says it is."""
        claimed = row.get("x_firewall_status")
        if claimed not in FirewallStatus.values:
            return
        service.apply_firewall_status()
        claimed = FirewallStatus(claimed)
        if claimed.rank < service.current_firewall_status().rank:
            service.firewall_override = claimed
            service.firewall_override_reason = _(
                "Lowered on import: the file says “{label}”."
            ).format(label=claimed.label)
            service.save()
            row.note(_("Its firewall status was lowered to the file's."))


def discreet(word: str) -> bool:
    try:
        validate_discreet_slug(word)
    except ValidationError:
        return False
    return True


def valid_id(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def normalised(number: str, city: City) -> str:
    """E.164 if the number can be read; else as given, for validation to report."""
    number = number.strip().strip("\"'")
    try:
        return normalise_phone(number, city.country.phone_region)
    except ValueError:
        return number


def clock(row: Row, key: str) -> datetime.time | None:
    """A local time; an offset from UTC is dropped, as opening times are local here."""
    value = row.get(key)
    for marker in ["Z", "+", "-"]:
        value = value.split(marker)[0]
    try:
        return parse_time(value)
    except ValueError:
        return None
