"""The find-a-service page: filters, honest empty states, bad input, budgets."""

import datetime
import gzip
import io

import pytest
from django import forms
from django.core.management import call_command
from django.db import connection
from django.forms.utils import flatatt
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from pytest_django.asserts import assertHTMLEqual

from services.forms import (
    FindServiceForm,
    QuickCheckbox,
    QuickSelect,
    QuickTextInput,
    written_attrs,
    written_radios,
)
from services.models import Service, ServiceCategory
from tests.factories import (
    add_contact,
    add_language,
    add_slot,
    create_city,
    create_organisation,
    create_policy,
    create_service,
    create_site,
    listed_slugs,
)

pytestmark = pytest.mark.django_db


def slugs(response) -> set[str]:
    assert response.status_code == 200
    return set(listed_slugs(response))


@pytest.fixture
def org():
    return create_organisation()


def firewalled(org, **fields):
    return create_service(organisation=org, policy=create_policy(organisation=org), **fields)


def test_it_filters_by_language_spoken_and_how(client, org):
    staff = firewalled(org)
    add_language(staff, "ro", "staff_speak")
    phone = firewalled(org)
    add_language(phone, "ro", "telephone_interpreting")
    add_language(firewalled(org), "bg")

    assert slugs(client.get("/en/", {"language": "ro"})) == {staff.slug, phone.slug}
    assert slugs(client.get("/en/", {"language": "ro", "mode": "staff_speak"})) == {staff.slug}


def test_a_service_with_several_modes_is_listed_once(client, org):
    service = firewalled(org)
    add_language(service, "ro", "staff_speak")
    add_language(service, "ro", "written_materials")

    response = client.get("/en/", {"language": "ro"})
    assert listed_slugs(response) == [service.slug]
    assert response.context["page"].paginator.count == 1


def test_it_filters_by_city(client, org):
    london = firewalled(org)
    paris = firewalled(create_organisation(city=create_city(name="Paris", country_code="FR")))

    assert slugs(client.get("/en/", {"city": "paris-fr"})) == {paris.slug}
    assert london.slug not in slugs(client.get("/en/", {"city": "paris-fr"}))


def test_it_filters_by_firewall_status_at_least_or_exactly(client, org):
    safe = firewalled(org)
    charging = create_service(
        organisation=org,
        policy=create_policy(organisation=org, asks_immigration_status="for_charging_only"),
    )
    unchecked = create_service(organisation=org, policy=None)

    assert slugs(client.get("/en/", {"firewall": "firewalled"})) == {safe.slug}
    assert slugs(client.get("/en/", {"firewall": "charging_check"})) == {safe.slug, charging.slug}
    exactly = {"firewall": "charging_check", "firewall_match": "exactly"}
    assert slugs(client.get("/en/", exactly)) == {charging.slug}
    assert unchecked.slug in slugs(client.get("/en/", {"firewall": "unknown"}))


def test_it_lists_the_safest_services_first(client, org):
    create_service(organisation=org, policy=None, name="Aaa unchecked")
    safe = firewalled(org, name="Zzz safe")
    first = client.get("/en/").context["page"][0]
    assert first == safe.pk


def test_a_category_includes_its_subcategories_and_extra_categories(client, org):
    parent = firewalled(org, category="sexual-health")
    child = firewalled(org, category="contraception")
    extra = firewalled(org, category="housing")
    extra.extra_categories.add(parent.category)
    firewalled(org, category="housing")

    assert slugs(client.get("/en/", {"category": "sexual-health"})) == {
        parent.slug,
        child.slug,
        extra.slug,
    }


def test_who_it_is_for_includes_services_for_everyone(client, org):
    everyone = firewalled(org, gender_focus="everyone")
    women = firewalled(org, gender_focus="women_and_trans")
    men = firewalled(org, gender_focus="men")

    assert slugs(client.get("/en/", {"for_whom": "trans"})) == {everyone.slug, women.slug}
    assert men.slug in slugs(client.get("/en/", {"for_whom": "men"}))


def test_free_for_everyone(client, org):
    free = firewalled(org, cost_policy="free_for_all")
    firewalled(org, cost_policy="charged_if_not_entitled")
    assert slugs(client.get("/en/", {"free": "on"})) == {free.slug}


class TestOpenNow:
    """Opening times are in the service's city's time zone; a slot may run past midnight."""

    MONDAY_NOON_LONDON = datetime.datetime(2026, 11, 23, 12, 0, tzinfo=datetime.UTC)

    def open_at(self, moment):
        return set(Service.objects.open_now(moment).values_list("slug", flat=True))

    def test_it_finds_a_daytime_slot(self, org):
        day = firewalled(org)
        add_slot(day, 0, "09:00", "17:00")
        assert self.open_at(self.MONDAY_NOON_LONDON) == {day.slug}
        assert day.is_open_at(self.MONDAY_NOON_LONDON)

    def test_it_uses_the_citys_time_zone(self):
        bangkok = create_organisation(city=create_city(name="Bangkok", country_code="TH"))
        bangkok.city.time_zone = "Asia/Bangkok"
        bangkok.city.save()
        evening = firewalled(bangkok)
        add_slot(evening, 0, "18:00", "22:00")  # 12:00 in London is 19:00 in Bangkok

        assert self.open_at(self.MONDAY_NOON_LONDON) == {evening.slug}
        assert evening.is_open_at(self.MONDAY_NOON_LONDON)

    def test_a_night_slot_is_open_after_midnight_the_next_day(self, org):
        night = firewalled(org)
        add_slot(night, 6, "22:00", "03:00")  # Sunday night into Monday
        early_monday = datetime.datetime(2026, 11, 23, 1, 30, tzinfo=datetime.UTC)
        late_monday = datetime.datetime(2026, 11, 23, 23, 0, tzinfo=datetime.UTC)

        assert self.open_at(early_monday) == {night.slug}
        assert night.is_open_at(early_monday)
        assert self.open_at(late_monday) == set()
        assert not night.is_open_at(late_monday)

    def test_always_open_services_are_open(self, org):
        helpline = firewalled(org, always_open=True)
        assert self.open_at(self.MONDAY_NOON_LONDON) == {helpline.slug}

    def test_the_next_opening_is_the_nearest_slot_ahead(self, org):
        service = firewalled(org)
        add_slot(service, 0, "09:00", "11:00")
        wednesday = add_slot(service, 2, "18:00", "20:00")
        assert service.next_opening(self.MONDAY_NOON_LONDON) == wednesday

    def test_the_filter_in_the_form_uses_the_real_clock(self, client, org):
        helpline = firewalled(org, always_open=True)
        firewalled(org)
        assert slugs(client.get("/en/", {"open_now": "on"})) == {helpline.slug}


def test_an_empty_result_suggests_widening_the_search(client, org):
    firewalled(org)
    response = client.get("/en/", {"q": "nothing matches this"})
    html = response.content.decode()
    assert response.context["page"].paginator.count == 0
    assert "Try fewer filters" in html
    assert 'href="/en/"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"city": "atlantis"},
        {"language": "klingon"},
        {"firewall": "safe"},
        {"category": "<script>"},
        {"for_whom": "x" * 500},
        {"q": "x" * 10_000},
        {"q": "nul\x00byte"},
        {"mode": "telepathy"},
        {"firewall_match": "roughly"},
    ],
)
def test_bad_filters_are_reported_in_the_form_not_a_500(client, org, params):
    firewalled(org)
    response = client.get("/en/", params)

    assert response.status_code == 200
    assert response.context["form"].errors
    assert "Some choices could not be used" in response.content.decode()


def test_form_errors_are_in_the_readers_language(client, org):
    response = client.get("/ro/", {"city": "atlantis"})
    errors = response.context["form"].errors["city"]
    assert "Selectați o opțiune validă" in errors[0]


def test_each_kind_of_service_is_offered_under_its_own_parent(client):
    first = ServiceCategory.objects.create(slug="b-first", name="First", position=5)
    second = ServiceCategory.objects.create(slug="a-second", name="Second", position=5)
    ServiceCategory.objects.create(slug="z-early", name="Early", parent=first, position=1)
    ServiceCategory.objects.create(slug="y-late", name="Late", parent=second, position=9)

    mine = {"a-second", "y-late", "b-first", "z-early"}
    choices = [slug for slug, _label in FindServiceForm().fields["category"].choices]

    assert [slug for slug in choices if slug in mine] == [
        "a-second",
        "y-late",
        "b-first",
        "z-early",
    ]


def test_a_choice_that_cannot_be_used_is_marked_beside_its_field(client, org):
    html = client.get("/ro/", {"city": "atlantis"}).content.decode()
    select = html[html.index('<select name="city"') :]
    select = select[: select.index(">")]
    assert 'aria-invalid="true"' in select and 'aria-describedby="id_city_error"' in select
    error = html[html.index('id="id_city_error"') :]
    assert error.index("Selectați o opțiune validă") < error.index("</ul>")


@pytest.mark.parametrize("value", ["\u202e\u200dكلينيك", "😀" * 50, "\t\r\n", "%00", "' OR 1=1 --"])
def test_unicode_and_control_characters_in_every_parameter_never_break_it(client, org, value):
    firewalled(org)
    for name in ["q", "language", "mode", "city", "firewall", "category", "for_whom", "page"]:
        assert client.get("/ar/", {name: value}).status_code == 200, name


@pytest.mark.parametrize(
    ("asked", "given"),
    [("1", 1), ("2", 2), ("3", 2), ("0", 2), ("-1", 2), (str(10**12), 2), ("9" * 40, 2), ("x", 1)],
)
def test_any_page_number_gives_a_page_as_djangos_paginator_would(client, org, asked, given):
    for _ in range(12):
        firewalled(org)
    response = client.get("/en/", {"page": asked})
    assert response.status_code == 200
    page = response.context["page"]
    assert (page.number, page.paginator.count, page.paginator.num_pages) == (given, 12, 2)
    assert len(page) == (10 if given == 1 else 2)


def test_the_pages_hold_every_result_once_in_order(client, org):
    services = [firewalled(org, name=f"Service {n:02}") for n in range(23)]
    pages = [client.get("/en/", {"page": n}).context["page"] for n in (1, 2, 3)]
    assert [pk for page in pages for pk in page] == [s.pk for s in services]
    assert {page.paginator.count for page in pages} == {23}


def test_no_results_is_one_empty_page(client, org):
    page = client.get("/en/", {"q": "nothing-like-this"}).context["page"]
    assert (page.number, page.paginator.count, list(page)) == (1, 0, [])


def test_pagination_keeps_the_filters(client, org):
    for _ in range(12):
        firewalled(org, cost_policy="free_for_all")
    html = client.get("/en/", {"free": "on"}).content.decode()
    assert 'href="?free=on&amp;page=2"' in html


def test_an_unknown_language_prefix_is_not_found(client):
    assert client.get("/xx/").status_code == 404
    assert client.get("/en-xx/services/nothing/").status_code == 404


@pytest.mark.parametrize("words", ["", "clinic"])
def test_every_find_page_reads_the_published_services_afresh(client, org, settings, words):
    """Find pages share the publication rule, built once, but never the rows it found."""
    settings.SHOW_DEMO_DATA = False
    query = {"q": words, "city": org.city.slug}
    first = firewalled(org, name="Clinic one")
    assert slugs(client.get("/en/", query)) == {first.slug}

    second = firewalled(org, name="Clinic two")
    example = firewalled(org, name="Clinic example", is_demo=True)
    assert slugs(client.get("/en/", query)) == {first.slug, second.slug}

    settings.SHOW_DEMO_DATA = True
    assert slugs(client.get("/en/", query)) == {first.slug, second.slug, example.slug}

    Service.objects.filter(pk=first.pk).update(status=Service.Status.CLOSED)
    assert slugs(client.get("/en/", query)) == {second.slug, example.slug}


def make_full_services(count: int, org) -> None:
    for _ in range(count):
        service = firewalled(org)
        service.sites.add(create_site(organisation=org))
        add_language(service, "ro")
        add_language(service, "bg", "telephone_interpreting")
        add_slot(service, 0, "09:00", "17:00")
        add_contact(service, "phone", "020 7946 0123")


def test_the_query_count_does_not_grow_with_results(client, org):
    make_full_services(1, org)
    with CaptureQueriesContext(connection) as one:
        assert len(client.get("/en/").context["page"]) == 1

    make_full_services(49, org)
    with CaptureQueriesContext(connection) as fifty:
        response = client.get("/en/", {"page": "5"})

    assert len(response.context["page"]) == 10
    assert response.context["page"].paginator.count == 50
    assert len(fifty) == len(one), [query["sql"] for query in fifty.captured_queries]


def test_a_filter_finds_its_choices_rows_without_joining_their_tables(client, org):
    """The find form knows each choice's row id, so the results query compares ids."""
    wanted = firewalled(org)
    add_language(wanted, "ro")
    wanted.category = ServiceCategory.objects.create(slug="clinic", name="Clinic")
    wanted.save()
    firewalled(create_organisation())
    choices = {"language": "ro", "city": org.city.slug, "category": "clinic"}

    with CaptureQueriesContext(connection) as queries:
        assert slugs(client.get("/en/", choices)) == {wanted.slug}

    [results] = [query["sql"] for query in queries if "OVER ()" in query["sql"]]
    assert "directory_city" not in results and "directory_language" not in results
    assert '"slug"' not in results and '"code"' not in results


@pytest.mark.parametrize("language", ["en", "th", "ar"])
def test_a_result_card_shows_nothing_its_query_left_out(language, django_assert_num_queries):
    # The demo data holds every kind of card: areas, fallbacks, no policy, closed, always open.
    call_command("load_demo", stdout=io.StringIO())
    with translation.override(language):
        services = list(Service.objects.for_cards())
        with django_assert_num_queries(0):
            cards = [
                render_to_string("services/result_card.html", {"service": s}) for s in services
            ]

    assert len(cards) == Service.objects.count() > 10


def test_the_page_is_under_14_kb_compressed_with_a_full_page_of_results(client, org):
    make_full_services(10, org)
    for language in ["en", "ar", "th", "zh-hans"]:
        body = client.get(f"/{language}/").content
        assert len(gzip.compress(body)) <= 14 * 1024, (language, len(gzip.compress(body)))


def test_the_card_shows_what_an_outreach_worker_needs(client, org):
    make_full_services(1, org)
    html = client.get("/en/").content.decode()

    assert "Does not tell immigration or police" in html
    assert f"Checked {timezone.localdate() - datetime.timedelta(days=30):%-d %b %Y}" in html
    assert "ID: does not ask" not in html  # ID requirement was never checked
    assert "ID: not checked" in html
    assert "Immigration status: does not ask" in html
    assert "Free for everyone" in html
    assert "Română" in html and "Interpreter by phone" in html
    assert 'href="tel:+442079460123"' in html
    assert '<bdi dir="ltr" translate="no">+44 20 7946 0123</bdi>' in html


def test_it_reads_only_the_readers_language_and_english(client, org):
    """A translated field has a column per site language; a page needs two of them."""
    make_full_services(2, org)
    with CaptureQueriesContext(connection) as queries:
        assert len(client.get("/ro/").context["page"]) == 2

    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert '"name_ro"' in sql and '"name_en"' in sql
    for unshown in ['"name_fr"', '"description_th"', '"label_ar"', '"note_uk"']:
        assert unshown not in sql, unshown


def test_the_form_keeps_each_chosen_value_selected(client, org):
    make_full_services(1, org)
    html = client.get(
        "/en/", {"language": "ro", "mode": "telephone_interpreting", "firewall": "firewalled"}
    ).content.decode()

    assert '<option value="ro" selected>' in html
    assert '<option value="telephone_interpreting" selected>' in html
    assert '<option value="firewalled" selected>' in html
    # Every other list stays on its first, empty choice ("Any city"...), as Django's own does.
    assert html.count(" selected>") - html.count('<option value="" selected>') == 3


@pytest.mark.parametrize("value", [None, "", "clinic", 'say "hi" & <leave>', "คลินิก ท่าเรือ"])
def test_the_find_forms_text_input_is_written_as_djangos_would_be(value):
    attrs = {"class": "form-control", "maxlength": "200", "aria-describedby": "id_q_helptext"}
    ours = QuickTextInput(attrs=attrs).render("q", value, {"id": "id_q"})
    djangos = forms.TextInput(attrs=attrs).render("q", value, {"id": "id_q"})
    assertHTMLEqual(ours, djangos)


@pytest.mark.parametrize("value", [None, False, True, "on"])
def test_the_find_forms_checkboxes_are_written_as_djangos_would_be(value):
    attrs = {"class": "form-check-input"}
    ours = QuickCheckbox(attrs=attrs).render("free", value, {"id": "id_free"})
    djangos = forms.CheckboxInput(attrs=attrs).render("free", value, {"id": "id_free"})
    assertHTMLEqual(ours, djangos)


@pytest.mark.parametrize("value", [None, "", "ro", 'a "quoted" <value>', "ไทย"])
def test_the_find_forms_selects_are_written_as_djangos_would_be(value):
    choices = [("", "Any"), ("ro", "Română"), ("th", "ไทย"), ('a "quoted" <value>', "<b>&</b>")]
    attrs = {"class": "form-select", "aria-describedby": "id_x_error", "aria-invalid": "true"}
    ours = QuickSelect(attrs=attrs, choices=choices).render("x", value, {"id": "id_x"})
    djangos = forms.Select(attrs=attrs, choices=choices).render("x", value, {"id": "id_x"})
    assertHTMLEqual(ours, djangos)


@pytest.mark.parametrize(
    "attrs",
    [
        {},
        {"id": "id_q", "class": "form-control", "maxlength": 200},
        {"required": True, "disabled": False, "checked": True, "title": None},
        {"title": 'say "hi" & <leave>', "lang": "th", "value": "คลินิก"},
    ],
)
def test_attributes_are_written_as_djangos_flatatt_would(attrs):
    assert written_attrs(attrs) == flatatt(attrs)


@pytest.mark.parametrize("data", [None, {"firewall_match": "exactly"}, {"firewall_match": "?"}])
def test_the_find_forms_radios_are_written_as_djangos_would_be(data):
    form = FindServiceForm(data)
    form.is_valid()
    field = form["firewall_match"]
    djangos = "".join(
        f'<div class="form-check">{choice.tag()} <label for="{choice.id_for_label}" '
        f'class="form-check-label">{choice.choice_label}</label></div>'
        for choice in field
    )

    assertHTMLEqual(written_radios(field), djangos)


def test_a_status_choice_that_cannot_be_used_is_marked_on_its_group(client):
    html = client.get("/en/", {"firewall_match": "roughly"}).content.decode()
    group = html[html.index('<div id="div_id_firewall_match"') :]
    group = group[: group.index("</fieldset>")]

    assert '<fieldset aria-describedby="id_firewall_match_error">' in group
    assert group.count('aria-invalid="true"') == 2
    assert '<ul class="errorlist" id="id_firewall_match_error">' in group


def test_each_checkbox_comes_before_its_label_in_a_row_of_its_own(client):
    page = client.get("/en/").content.decode()

    for name in ("open_now", "free"):
        assert f'<div id="div_id_{name}" class="form-check"><input' in page
        assert f'<label for="id_{name}" class="form-check-label">' in page
