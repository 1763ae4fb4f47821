"""The database itself refuses bad rows, however they are written (SPEC §4, quality-notes §E.1).

Each test writes with raw SQL, past every form and model method, and expects IntegrityError,
on SQLite and on PostgreSQL alike.
"""

import datetime

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import IntegrityError, connection, models, transaction

from directory.models import Area, Language, Membership
from services.models import ContactPoint, OpeningSlot, ServiceLanguage, Suggestion
from tests.factories import create_organisation, create_policy, create_service, create_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """One valid row in every table of the directory and services apps."""
    org = create_organisation()
    site = create_site(organisation=org)
    service = create_service(organisation=org, policy=create_policy(organisation=org))
    service.sites.add(site)
    Area.objects.create(name="Hackney", city=org.city, kind="borough")
    ServiceLanguage.objects.create(
        service=service, language=Language.objects.get(code="ro"), mode="staff_speak"
    )
    OpeningSlot.objects.create(
        service=service, weekday=0, opens=datetime.time(9), closes=datetime.time(17)
    )
    ContactPoint.objects.create(service=service, kind="phone", value="020 7946 0001")
    Suggestion.objects.create(service=service, kind="moved")
    user = get_user_model().objects.create_user("staff", password="a long passphrase 1")
    Membership.objects.create(user=user, organisation=org)
    return service


def write(sql: str, params: list) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def update_one(model: type[models.Model], column: str, value) -> None:
    table = connection.ops.quote_name(model._meta.db_table)
    row = model.objects.order_by("pk").values_list("pk", flat=True)[0]
    write(
        f"UPDATE {table} SET {connection.ops.quote_name(column)} = %s WHERE id = %s", [value, row]
    )


CHOICE_FIELDS = [
    (model, field)
    for app in ("directory", "services")
    for model in apps.get_app_config(app).get_models()
    # History tables keep past rows as they were; the live tables are what is guarded.
    if not model.__name__.startswith("Historical")
    for field in model._meta.concrete_fields
    if field.choices and not field.name.endswith("_override")
]


@pytest.mark.parametrize(
    ("model", "field"),
    CHOICE_FIELDS,
    ids=[f"{model.__name__}.{field.name}" for model, field in CHOICE_FIELDS],
)
def test_it_refuses_a_value_off_the_list_for_every_choice_field(world, model, field):
    bad = 99 if isinstance(field, models.IntegerField) else "xx"
    with pytest.raises(IntegrityError):
        update_one(model, field.column, bad)


def test_it_refuses_an_unknown_override_but_allows_none(world):
    update_one(world.__class__, "firewall_override_reason", "Police seen outside.")
    update_one(world.__class__, "firewall_override", "")
    with pytest.raises(IntegrityError):
        update_one(world.__class__, "firewall_override", "safe")


INVARIANTS = [
    ("an override without a reason", "services.Service", {"firewall_override": "shares"}),
    (
        "a safe status with no expiry date",
        "services.Service",
        {"firewall_status": "firewalled", "firewall_checked_until": None},
    ),
    (
        "a review due before verification",
        "services.ConfidentialityPolicy",
        {"verified_on": "2026-05-01", "review_due": "2026-04-01"},
    ),
    ("an organisation without a name", "directory.Organisation", {"name": ""}),
    ("a service without a name", "services.Service", {"name": ""}),
    ("a lower-case country code", "directory.Country", {"code": "gb"}),
    ("an upper-case language code", "directory.Language", {"code": "EN-GB"}),
    (
        "a hidden address with no front gate",
        "directory.Site",
        {"address_visibility": "staff_only", "front_gate_phone": ""},
    ),
    ("a latitude off the globe", "directory.Site", {"latitude": 91}),
    ("a phone number not in E.164", "services.ContactPoint", {"value": "020 7946 0001"}),
    ("an empty contact", "services.ContactPoint", {"kind": "web", "value": ""}),
    ("an eighth weekday", "services.OpeningSlot", {"weekday": 7}),
    ("a slot that closes as it opens", "services.OpeningSlot", {"closes": "09:00:00"}),
]


@pytest.mark.parametrize(
    ("model_label", "values"),
    [row[1:] for row in INVARIANTS],
    ids=[row[0] for row in INVARIANTS],
)
def test_it_refuses_rows_that_break_an_invariant(world, model_label, values):
    model = apps.get_model(model_label)
    table = connection.ops.quote_name(model._meta.db_table)
    assignments = ", ".join(f"{connection.ops.quote_name(column)} = %s" for column in values)
    row = model.objects.order_by("pk").values_list("pk", flat=True)[0]
    with pytest.raises(IntegrityError):
        write(f"UPDATE {table} SET {assignments} WHERE id = %s", [*values.values(), row])


def test_it_refuses_a_second_default_policy_for_one_organisation(world):
    org = world.organisation
    create_policy(organisation=org, is_organisation_default=True)
    with pytest.raises(IntegrityError):
        create_policy(organisation=org, is_organisation_default=True)


def test_it_refuses_the_same_language_and_mode_twice(world):
    language = world.languages.get()
    table = connection.ops.quote_name(ServiceLanguage._meta.db_table)
    columns = ["service_id", "language_id", "mode", "note"]
    with pytest.raises(IntegrityError):
        write(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES (%s, %s, %s, %s)",
            [world.pk, language.language_id, "staff_speak", ""],
        )


def test_it_refuses_a_category_that_is_its_own_parent(world):
    category = world.category
    with pytest.raises(IntegrityError):
        update_one(category.__class__, "parent_id", category.pk)
