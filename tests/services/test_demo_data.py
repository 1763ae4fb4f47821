"""The demo data: fictional, rich enough to try every filter, and safe to load twice."""

import datetime
import io
import re
from collections import Counter

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from directory.models import (
    AddressVisibility,
    Area,
    City,
    Country,
    EnforcementPresence,
    EvidenceSource,
    Organisation,
    Site,
)
from services import demo
from services.firewall import FirewallStatus, ShareLevel
from services.models import (
    ConfidentialityPolicy,
    ContactKind,
    ContactPoint,
    CostPolicy,
    LanguageMode,
    OpeningSlot,
    Service,
    ServiceCategory,
    ServiceLanguage,
)

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]

# Ofcom's drama ranges, as stored in E.164.
UK_FICTION = ("+442079460", "+441614960", "+441414960", "+447700900")
# ARCEP's fiction ranges for France; for the others, the test numbers demo.py documents.
FICTION_BY_COUNTRY = {
    "GB": UK_FICTION,
    "FR": ("+3319900", "+3363998"),
    "DE": ("+4930999990",),
    "ES": ("+34910000",),
    "NO": ("+472200",),
    "TH": ("+6620000",),
}

# Organisations the domain brief names (§4): the demo must not put claims next to them.
REAL_NAMES = [
    "UKNSWP", "SCOT-PEP", "Open Doors", "Praed Street", "MASH", "CLASH", "Salvation Army",
    "IUSW", "International Union of Sex Workers", "X:talk", "English Collective of Prostitutes",
    "London Metropolitan University", "IOM", "International Organisation for Migration",
    "Immigration Advisory Service", "Refugee Action", "Lesbian and Gay Immigration Group",
    "Asylum Aid", "Refugee Council", "Human Trafficking Centre", "CO14", "Metropolitan Police",
    "City of London Police", "Home Office", "Women's Aid", "Release", "TAMPEP", "NSWP", "ICRSE",
    "PICUM", "GAATW", "La Strada", "Médecins du Monde", "Doctors of the World", "Hetaira",
    "Genera", "Brigada Callejera", "Butterfly", "Stella", "VAMP", "SANGRAM", "Empower", "SWEAT",
    "Sisonke", "NZPC", "STRASS", "Roses d'Acier", "OCRTEH", "Pro Sentret",
]  # fmt: skip


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """The demo, loaded once for the tests that only read it: loading takes seconds.

    Each test still runs in its own savepoint inside this transaction, which is rolled back
    after the module so that no other test sees the demo.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def translations(service: Service, field: str) -> set[str]:
    return {
        code for code in OTHER_LANGUAGES if getattr(service, build_localized_fieldname(field, code))
    }


def row_counts() -> dict[str, int]:
    models = [
        model
        for label in ("directory", "services")
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
        # History grows with every save by design; the listings themselves must not.
        if not model.__name__.startswith("Historical")
    ]
    return {model._meta.label: model.objects.count() for model in models}


def phones() -> list[tuple[str, str]]:
    """(country code, E.164 number) for every phone number the demo stores."""
    contacts = ContactPoint.objects.filter(kind__in=ContactKind.phones()).values_list(
        "service__organisation__city__country__code", "value"
    )
    gates = Site.objects.exclude(front_gate_phone="").values_list(
        "city__country__code", "front_gate_phone"
    )
    return [*contacts, *gates]


def test_it_loads_the_same_rows_when_run_twice():
    call_command("load_demo", stdout=io.StringIO())
    first = row_counts()
    statuses = dict(Service.objects.values_list("slug", "firewall_status"))

    call_command("load_demo", stdout=io.StringIO())

    assert row_counts() == first
    assert dict(Service.objects.values_list("slug", "firewall_status")) == statuses
    assert first["services.Service"] > 0


def test_it_leaves_nothing_behind_when_loading_fails(monkeypatch):
    def fail(**kwargs):
        raise RuntimeError("the disk is full")

    # A country the demo has never had shows whether the first writes were undone.
    monkeypatch.setattr(demo, "COUNTRIES", [*demo.COUNTRIES, ("IE", "IE", {"en": "Ireland"})])
    monkeypatch.setattr(demo, "add_contacts", fail)
    before = row_counts()

    with pytest.raises(RuntimeError):
        call_command("load_demo", stdout=io.StringIO())

    assert not Country.objects.filter(code="IE").exists()
    assert row_counts() == before


def test_it_marks_every_organisation_and_service_as_demo(loaded):
    assert Organisation.objects.exists()
    assert not Organisation.objects.filter(is_demo=False).exists()
    assert not Service.objects.filter(is_demo=False).exists()


def test_it_uses_no_real_organisation_names(loaded):
    names = [*Organisation.objects.values_list("name", flat=True)]
    names += Service.objects.values_list("name_en", flat=True)
    pattern = re.compile("|".join(rf"\b{re.escape(name)}\b" for name in REAL_NAMES), re.I)

    assert [name for name in names if pattern.search(name)] == []


def test_it_uses_only_fictional_phone_numbers(loaded):
    numbers = phones()
    uk = [number for country, number in numbers if country == "GB"]

    assert len(uk) >= 40
    assert [number for number in uk if not number.startswith(UK_FICTION)] == []
    assert [
        number for country, number in numbers if not number.startswith(FICTION_BY_COUNTRY[country])
    ] == []
    assert {country for country, _number in numbers} == set(FICTION_BY_COUNTRY)


def test_it_spreads_services_across_countries_and_cities(loaded):
    service_cities = set(Service.objects.values_list("organisation__city__slug", flat=True))
    service_countries = set(
        Service.objects.values_list("organisation__city__country__code", flat=True)
    )

    assert Service.objects.count() >= 60
    assert len(set(Service.objects.values_list("organisation", flat=True))) >= 25
    assert len(service_cities) >= 8
    assert len(service_countries) >= 5
    assert {"london", "manchester", "glasgow"} <= set(
        City.objects.filter(country__code="GB").values_list("slug", flat=True)
    )
    assert City.objects.get(slug="bangkok").time_zone == "Asia/Bangkok"
    assert City.objects.get(slug="london").name_fr == "Londres"
    for country in Country.objects.all():
        assert (
            len(
                [
                    c
                    for c in OTHER_LANGUAGES
                    if getattr(country, build_localized_fieldname("name", c))
                ]
            )
            >= 5
        )
    boroughs = Area.objects.filter(city__slug="london", kind=Area.Kind.BOROUGH)
    assert len(set(Site.objects.filter(area__in=boroughs).values_list("area", flat=True))) >= 5


def test_it_uses_every_service_category(loaded):
    used = set(Service.objects.values_list("category__slug", flat=True))

    assert set(ServiceCategory.objects.values_list("slug", flat=True)) <= used
    assert {"police", "immigration-enforcement", "police-immigration"} <= used


def test_it_creates_every_firewall_status(loaded):
    statuses = Counter(service.current_firewall_status() for service in Service.objects.all())

    assert set(statuses) == set(FirewallStatus)


def test_it_derives_each_status_from_the_evidence_rather_than_typing_it(loaded):
    services = list(Service.objects.select_related("category", "organisation__city__country"))
    unknown = [s for s in services if s.current_firewall_status() == FirewallStatus.UNKNOWN]
    uk_sexual_health = [
        s
        for s in services
        if s.organisation.city.country.code == "GB"
        and "sexual-health" in {s.category.slug, getattr(s.category.parent, "slug", "")}
    ]
    stale = [
        s
        for s in unknown
        if s.effective_policy
        and s.effective_policy.verified_on
        and s.effective_policy.is_review_overdue()
    ]

    assert Service.objects.all().refresh_derived() == 0
    assert not Service.objects.exclude(firewall_override="").exists()
    assert 0.1 <= len(unknown) / len(services) <= 0.3
    assert stale, "some checked policy should have decayed to unknown"
    safe_enough = {FirewallStatus.FIREWALLED, FirewallStatus.CHARGING_CHECK}
    assert len(uk_sexual_health) >= 6
    assert sum(s.current_firewall_status() in safe_enough for s in uk_sexual_health) >= 0.8 * len(
        uk_sexual_health
    )


def test_it_states_the_exceptions_of_every_checked_policy(loaded):
    checked = ConfidentialityPolicy.objects.exclude(
        evidence_source__in=EvidenceSource.insufficient()
    )

    assert checked.count() >= 20
    for policy in checked:
        assert policy.verified_on and policy.review_due, policy.title
        assert policy.statement_text_en, policy.title
        if policy.shares_with_immigration in {ShareLevel.NEVER, ShareLevel.STATUTORY_ONLY}:
            assert policy.statutory_exceptions, policy.title


def test_it_offers_fifteen_site_languages_in_every_mode(loaded):
    pairs = set(ServiceLanguage.objects.values_list("service", "language__code"))
    languages_per_service = Counter(service for service, _code in pairs)
    site_languages = {code for _service, code in pairs} & {code for code, _ in settings.LANGUAGES}

    assert len(site_languages) >= 15
    assert set(ServiceLanguage.objects.values_list("mode", flat=True)) == set(LanguageMode)
    assert sum(3 <= count <= 5 for count in languages_per_service.values()) >= 10


def test_it_writes_every_reader_facing_text_in_english(loaded):
    fields = ["name", "description", "how_to_access", "eligibility", "discreet_card_text"]

    for service in Service.objects.all():
        assert all(getattr(service, build_localized_fieldname(field, "en")) for field in fields), (
            service.slug
        )


def test_it_translates_a_third_of_the_services_into_six_languages(loaded):
    services = list(Service.objects.all())
    translated = [s for s in services if len(translations(s, "description")) >= 6]
    statements = ConfidentialityPolicy.objects.exclude(statement_text_ro__isnull=True)

    assert len(translated) >= 20
    assert len(translated) >= len(services) / 3
    for service in translated:
        languages = translations(service, "description")
        for field in ["name", "how_to_access", "eligibility", "discreet_card_text"]:
            assert translations(service, field) == languages, (service.slug, field)
    assert any(not translations(s, "description") for s in services), "fallbacks need examples"
    assert statements.exclude(statement_text_ro="").count() >= 5


def test_it_opens_early_late_and_at_weekends(loaded):
    slots = list(OpeningSlot.objects.all())

    assert any(slot.opens < datetime.time(9) for slot in slots)
    assert any(slot.closes >= datetime.time(19) for slot in slots)
    assert any(slot.runs_past_midnight for slot in slots)
    assert any(slot.weekday >= 5 for slot in slots)  # Saturday or Sunday
    assert any(slot.appointment_only for slot in slots)
    assert Service.objects.filter(always_open=True, category__slug="helpline").exists()


def test_it_hides_some_addresses_behind_a_front_gate_phone(loaded):
    sites = Site.objects.all()
    hidden = sites.filter(address_visibility__in=AddressVisibility.hidden())
    presence = Counter(sites.values_list("enforcement_presence", flat=True))
    colocated_conditional = Service.objects.filter(
        sites__enforcement_presence=EnforcementPresence.POLICE_COLOCATED,
        firewall_status=FirewallStatus.CONDITIONAL,
    )

    assert hidden.exists()
    assert not hidden.filter(front_gate_phone="").exists()
    assert all(site.front_gate_note_en for site in hidden)
    assert sites.filter(address_visibility=AddressVisibility.PUBLIC).count() > sites.count() / 2
    assert sites.filter(address_visibility=AddressVisibility.AREA_ONLY).exists()
    assert presence.most_common(1)[0][0] == EnforcementPresence.NONE_KNOWN
    assert presence[EnforcementPresence.UNKNOWN] > 0
    assert colocated_conditional.exists()


def test_it_lists_contacts_of_every_kind_on_example_domains_only(loaded):
    contacts = ContactPoint.objects.all()
    emails = contacts.filter(kind=ContactKind.EMAIL).values_list("value", flat=True)
    links = [*contacts.filter(kind=ContactKind.WEB).values_list("value", flat=True)]
    links += Organisation.objects.exclude(website="").values_list("website", flat=True)
    first_names = contacts.exclude(ask_for_first_name="").values_list(
        "ask_for_first_name", flat=True
    )

    assert {ContactKind.PHONE, ContactKind.SMS, ContactKind.EMAIL, ContactKind.WEB} <= set(
        contacts.values_list("kind", flat=True)
    )
    assert emails
    assert [e for e in emails if not re.fullmatch(r"[a-z0-9.-]+@example\.(org|net|com)", e)] == []
    assert [u for u in links if not re.match(r"https://example\.(org|net|com)/", u)] == []
    assert contacts.filter(on_discreet_card=True).exclude(ask_for_first_name="").exists()
    assert [name for name in first_names if not re.fullmatch(r"[A-Z][a-z]+", name)] == []


def test_it_attaches_services_only_to_sites_of_their_own_organisation(loaded):
    links = Service.sites.through.objects.values_list("service__organisation", "site__organisation")
    services = Service.objects.all()
    today = timezone.localdate()

    assert links.exists()
    assert [(service, site) for service, site in links if service != site] == []
    assert set(services.values_list("cost_policy", flat=True)) == set(CostPolicy)
    assert len(set(services.values_list("gender_focus", flat=True))) >= 4
    for mode in ["walk_in", "by_appointment", "outreach", "by_phone", "online", "always_open"]:
        assert services.filter(**{mode: True}).exists(), mode
    for record in [*Organisation.objects.all(), *services]:
        if record.evidence_source not in EvidenceSource.insufficient():
            assert record.verified_on <= today, record
            assert record.review_due >= record.verified_on, record


def test_it_prints_a_one_line_summary():
    out = io.StringIO()

    call_command("load_demo", stdout=out)

    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    assert f"{Service.objects.count()} services" in lines[0]
    assert f"{Organisation.objects.count()} organisations" in lines[0]
    assert f"{ContactPoint.objects.count()} contacts" in lines[0]
