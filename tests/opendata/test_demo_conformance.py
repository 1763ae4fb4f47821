"""The demo data, served in three languages, validates against HSDS 3.0 and our profile.

The demo is loaded once for this module, so the tests that build their own records live in
test_hsds_conformance.py, where the demo's cities cannot collide with theirs.
"""

import io

import pytest
from django.core.management import call_command
from django.db import transaction

from tests.opendata.hsds_schemas import API, check_everything


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo data, loaded once for this module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ro", "ar"])
def test_it_validates_on_the_demo_data(
    client, settings, demo, schemas, schemas_with_profile, language
):
    settings.SHOW_DEMO_DATA = True

    checked = check_everything(client, schemas, language)
    check_everything(client, schemas_with_profile, language)

    # Every list page and every record was checked, not an empty directory.
    assert checked > 100


@pytest.mark.django_db
def test_it_serves_the_demo_in_romanian_and_falls_back_to_english_in_arabic(client, settings, demo):
    settings.SHOW_DEMO_DATA = True
    texts = {
        language: {
            item.get("description")
            for item in client.get(API + "services", {"per_page": 100, "lang": language}).json()[
                "contents"
            ]
        }
        for language in ["en", "ro", "ar"]
    }

    assert texts["ro"] != texts["en"]
    # The demo has no Arabic text yet: every description falls back to English.
    assert texts["ar"] == texts["en"]
