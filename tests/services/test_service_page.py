"""The service page, the discreet card, the organisation page and the language switcher."""

import gzip
import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import translate_url
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from services.models import OpeningSlot, Service, ServiceLanguage
from tests.factories import (
    add_contact,
    add_language,
    add_slot,
    create_organisation,
    create_policy,
    create_service,
    create_site,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def org():
    return create_organisation(name="Harbour Lane Project")


@pytest.fixture
def service(org):
    service = create_service(
        organisation=org,
        category="sexual-health",
        name_en="Evening clinic",
        name_ro="Clinica de seară",
        description_en="Tests and treatment, no questions about papers.",
        discreet_card_text_en="Call to book a time.",
        policy=create_policy(
            organisation=org,
            exception_under_18=True,
            exception_court_order=True,
            statement_text_en="We never pass on what you tell us.",
        ),
    )
    add_contact(
        service, "phone", "020 7946 0555", ask_for_first_name="Maria", on_discreet_card=True
    )
    add_contact(service, "sms", "07700 900555")
    add_language(service, "ro")
    add_slot(service, 1, "18:00", "21:00", appointment_only=True)
    service.sites.add(
        create_site(
            organisation=org,
            address_line="1 Harbour Lane",
            postcode="E8 1AA",
            latitude="51.54321",
            longitude="-0.05432",
        )
    )
    return service


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_it_shows_the_plain_words_policy_and_its_exceptions(client, service):
    html = page(client, f"/en/services/{service.slug}/")
    assert "Does not tell immigration or police" in html
    assert "They may only pass on information when:" in html
    assert "someone under 18 is at risk" in html
    assert "a court orders it" in html
    assert "We never pass on what you tell us." in html


def test_an_unchecked_service_says_ask_your_project(client, org):
    unchecked = create_service(organisation=org, policy=None)
    html = page(client, f"/en/services/{unchecked.slug}/")
    assert "Not checked — ask your project before you go" in html
    assert "Checked " not in html


def test_it_links_numbers_to_call_and_text_kept_left_to_right(client, service):
    html = page(client, f"/ar/services/{service.slug}/")
    assert '<a class="call" href="tel:+442079460555">' in html
    assert '<a class="call" href="sms:+447700900555">' in html
    assert '<bdi dir="ltr" translate="no">+44 20 7946 0555</bdi>' in html


def test_it_links_to_openstreetmap_without_a_referrer(client, service):
    html = page(client, f"/en/services/{service.slug}/")
    assert (
        '<a href="https://www.openstreetmap.org/?mlat=51.54321&amp;mlon=-0.05432'
        '#map=17/51.54321/-0.05432" rel="noreferrer noopener">'
    ) in html
    assert "1 Harbour Lane" in html


def test_a_hidden_address_shows_only_the_front_gate(client, org, service):
    hidden = create_site(
        organisation=org,
        address_line="99 Secret Street",
        postcode="N1 9ZZ",
        address_visibility="staff_only",
        front_gate_phone="020 7946 0999",
        front_gate_note_en="We meet you at the corner shop.",
        latitude="51.5",
        longitude="-0.1",
    )
    service.sites.set([hidden])

    html = page(client, f"/en/services/{service.slug}/")

    assert "99 Secret Street" not in html
    assert "N1 9ZZ" not in html
    assert "openstreetmap" not in html
    assert "tel:+442079460999" in html
    assert "We meet you at the corner shop." in html


def test_an_area_only_address_shows_no_street(client, org, service):
    service.sites.set(
        [create_site(organisation=org, address_line="5 Quiet Road", address_visibility="area_only")]
    )
    html = page(client, f"/en/services/{service.slug}/")
    assert "5 Quiet Road" not in html
    assert "The exact address is not published." in html


def test_untranslated_content_falls_back_to_english_and_says_so(client, service):
    html = page(client, f"/ro/services/{service.slug}/")
    assert "<h1>Clinica de seară</h1>" in html
    assert '<p lang="en">Tests and treatment, no questions about papers.</p>' in html
    with translation.override("ro"):
        assert escape(gettext("Not yet translated: shown in English.")) in html


def test_the_language_switcher_links_to_this_page_in_every_language(client, service):
    html = page(client, f"/en/services/{service.slug}/?x=1")
    for code, _name in settings.LANGUAGES:
        assert (
            f'href="/{code}/services/{service.slug}/?x=1" lang="{code}" hreflang="{code}"' in html
        )
    assert ">Română</a>" in html
    assert ">العربية</a>" in html
    assert ">ไทย</a>" in html


def test_every_kind_of_page_links_to_itself_in_every_language(client, service):
    organisation = service.organisation.slug
    paths = [
        "/th/?city=x&free=on",
        f"/th/services/{service.slug}/",
        f"/th/organisations/{organisation}/",
        f"/th/card/{service.pk}/",
        "/th/guidance/",
        "/th/safety/",
    ]
    for path in paths:
        links = re.findall(r'<li><a href="([^"]+)" lang="([^"]+)"', page(client, path))
        query = path.partition("?")[2]
        expected = [
            translate_url(path.partition("?")[0], code) + (f"?{query}" if query else "")
            for code, _name in settings.LANGUAGES
        ]
        assert [href.replace("&amp;", "&") for href, _code in links] == expected, path
    # A page that is not found offers every language's list of services.
    missing = re.findall(r'<li><a href="([^"]+)"', client.get("/th/nowhere/").content.decode())
    assert missing == [f"/{code}/" for code, _name in settings.LANGUAGES]


def test_the_number_view_shows_a_first_name_and_a_number_and_nothing_else(client, service):
    html = page(client, f"/en/card/{service.pk}/")
    assert "Ask for Maria" in html
    assert 'href="tel:+442079460555"' in html
    assert "Call to book a time." in html
    main = html[html.index("<main") : html.index("</main>")]
    for word in ["clinic", "sexual", "Harbour Lane", "sex work", service.slug]:
        assert word.lower() not in main.lower(), word


def test_the_printed_card_has_a_qr_code_to_the_number_view_and_no_category_words(client, service):
    html = page(client, f"/th/card/{service.pk}/print/")
    assert "<svg" in html and 'class="qr"' in html
    assert "clinic" not in html.lower()
    assert "sexual" not in html.lower()
    assert "<script" not in html
    assert 'dir="ltr" translate="no">+44 20 7946 0555<' in html


def test_the_organisation_page_lists_its_published_services(client, org, service):
    closed = create_service(organisation=org, name="Closed one", status="closed")
    html = page(client, f"/en/organisations/{org.slug}/")
    assert "Evening clinic" in html
    assert closed.name not in html


def test_closed_and_demo_records_are_not_found(client, org, service, settings):
    service.status = "closed"
    service.save()
    assert client.get(f"/en/services/{service.slug}/").status_code == 404
    assert client.get(f"/en/card/{service.pk}/").status_code == 404

    demo = create_service(organisation=create_organisation(is_demo=True), is_demo=True)
    settings.SHOW_DEMO_DATA = False
    assert client.get(f"/en/services/{demo.slug}/").status_code == 404
    assert client.get(f"/en/organisations/{demo.organisation.slug}/").status_code == 404
    settings.SHOW_DEMO_DATA = True
    assert "Example listing" in page(client, f"/en/services/{demo.slug}/")


def test_the_service_page_query_count_does_not_grow_with_languages_or_slots(client, service):
    with CaptureQueriesContext(connection) as few:
        page(client, f"/en/services/{service.slug}/")
    for code in ["bg", "pl", "ru", "uk", "th", "zh-hans", "ar", "es", "pt", "fr"]:
        add_language(service, code)
        add_language(service, code, "telephone_interpreting")
    for day in range(7):
        add_slot(service, day, "08:00", "10:00")
        add_slot(service, day, "20:00", "23:00")
    with CaptureQueriesContext(connection) as many:
        html = page(client, f"/en/services/{service.slug}/")
    assert "ไทย" in html
    assert len(many) == len(few)


@pytest.mark.parametrize("language", ["en", "ar", "th"])
def test_the_service_page_is_under_14_kb_compressed(client, service, language):
    body = client.get(f"/{language}/services/{service.slug}/").content
    assert len(gzip.compress(body)) <= 14 * 1024


def test_no_public_page_sets_a_cookie_in_any_language(client, service):
    for code, _name in settings.LANGUAGES:
        for url in [
            f"/{code}/",
            f"/{code}/?city=atlantis",
            f"/{code}/services/{service.slug}/",
            f"/{code}/card/{service.pk}/",
            f"/{code}/card/{service.pk}/print/",
            f"/{code}/organisations/{service.organisation.slug}/",
        ]:
            response = client.get(url)
            assert response.status_code == 200, url
            assert not response.cookies, url
            assert "Set-Cookie" not in response.headers, url


def test_public_pages_work_without_javascript(client, service):
    """Scripts only improve things (quick-exit keys, saving offline): links and forms work."""
    for url in ["/en/", f"/en/services/{service.slug}/", f"/en/card/{service.pk}/"]:
        html = page(client, url)
        scripts = re.findall(r"<script[^>]*>", html)
        assert 1 <= len(scripts) <= 2, url
        assert all(re.fullmatch(r'<script src="/static/js/[a-z]+\.js" defer>', s) for s in scripts)
        assert '<script src="/static/js/exit.js" defer>' in scripts
        assert 'href="/exit/"' in html
    assert '<form method="get" action="">' in page(client, "/en/")


@pytest.mark.parametrize("language", ["en", "th", "ar"])
def test_choice_labels_are_the_ones_django_would_show(language):
    # The models' quicker get_FOO_display must agree with Django's own for every value.
    cases = [
        (Service, "cost_policy"),
        (Service, "gender_focus"),
        (ServiceLanguage, "mode"),
        (OpeningSlot, "weekday"),
    ]
    with translation.override(language):
        for model, name in cases:
            field = model._meta.get_field(name)
            for value in [*(key for key, _label in field.flatchoices), "not-a-choice"]:
                row = model(**{name: value})
                quick = getattr(row, f"get_{name}_display")()
                assert quick == row._get_FIELD_display(field), (name, value)
