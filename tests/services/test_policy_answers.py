"""A confidentiality policy's answers: staff are asked every one, open data carries every one."""

import io

import pytest
from django.urls import reverse

from directory.models import Organisation, Verification
from opendata import importer, profile, tabular
from opendata.importer import Options
from services.models import ConfidentialityPolicy, Service
from tests.factories import create_organisation, create_policy, create_service

pytestmark = pytest.mark.django_db

ANSWERS = ConfidentialityPolicy.ANSWERS


def checked_answers() -> dict[str, str]:
    """For each answer, a value other than the "not checked" every policy starts with."""
    answers = {}
    for name in ANSWERS:
        field = ConfidentialityPolicy._meta.get_field(name)
        answers[name] = next(value for value, _label in field.choices if value != field.default)
    return answers


def test_every_coded_question_a_policy_answers_is_one_of_its_answers():
    verification = {field.name for field in Verification._meta.fields}
    coded = {
        field.name
        for field in ConfidentialityPolicy._meta.fields
        if field.choices and field.name not in verification
    }

    assert coded == set(ANSWERS)
    assert len(ANSWERS) == len(coded)


def test_the_policy_form_asks_every_answer_once_in_order(superuser_client):
    policy = create_policy(organisation=create_organisation())

    response = superuser_client.get(
        reverse("admin:services_confidentialitypolicy_change", args=[policy.pk])
    )

    shown = [name for fieldset in response.context["adminform"] for name in fieldset.fields]
    assert [name for name in shown if name in ANSWERS] == list(ANSWERS)


def test_the_open_data_profile_documents_every_answer():
    assert set(ANSWERS) <= set(profile.confidentiality()["properties"])


def test_every_answer_survives_an_export_and_an_import(django_user_model):
    staff = django_user_model.objects.create_superuser("importer", password="a long passphrase 1")
    answers = checked_answers()
    policy = create_policy(organisation=create_organisation(), **answers)
    create_service(organisation=policy.organisation, policy=policy)
    exported = tabular.export_zip()
    Service.objects.all().delete()
    Organisation.objects.all().delete()

    tables = tabular.read(io.BytesIO(exported))
    importer.run(tables, user=staff, options=Options(trust=True), commit=True)

    imported = ConfidentialityPolicy.objects.get(uuid=policy.uuid)
    assert {name: getattr(imported, name) for name in ANSWERS} == answers
