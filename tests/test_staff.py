"""Staff workflow: per-organisation editing, history with reasons, checking, suggestions, login."""

import datetime
import io
import re

import pytest
from axes.models import AccessAttempt, AccessLog
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from directory.models import Membership, Organisation, Site
from services.models import ConfidentialityPolicy, Service, Suggestion
from tests.factories import (
    add_contact,
    add_language,
    add_slot,
    create_organisation,
    create_policy,
    create_service,
    create_site,
    sign_in,
)

pytestmark = pytest.mark.django_db
User = get_user_model()
TODAY = timezone.localdate()


def make_listing(name: str):
    org = create_organisation(name=name)
    policy = create_policy(organisation=org, is_organisation_default=True)
    service = create_service(organisation=org, policy=policy, name=f"{name} clinic")
    service.sites.add(create_site(organisation=org))
    add_language(service, "ro")
    add_slot(service, 0, "09:00", "17:00")
    add_contact(service, "phone", "020 7946 0111")
    Suggestion.objects.create(service=service, kind="phone_wrong")
    return org


@pytest.fixture
def org_a():
    return make_listing("Alpha")


@pytest.fixture
def org_b():
    return make_listing("Bravo")


@pytest.fixture
def editor_a(client, org_a):
    user = User.objects.create_user("editor-a", password="a long passphrase 1", is_staff=True)
    Membership.objects.create(user=user, organisation=org_a, role="editor")
    sign_in(client, user)
    return client


def scoped_models():
    """Every registered admin model whose records belong to an organisation."""
    owned = []
    for model, model_admin in admin.site._registry.items():
        if hasattr(model_admin, "organisation_path"):
            owned.append(model)
    return owned


def rows_of(org, model):
    path = admin.site._registry[model].organisation_path
    lookup = f"{path}__in" if path else "pk__in"
    return model.objects.filter(**{lookup: [org.pk]})


SCOPED = scoped_models()


def test_the_matrix_covers_every_organisation_owned_model():
    assert {model._meta.label for model in SCOPED} == {
        "directory.Organisation",
        "directory.Site",
        "services.ConfidentialityPolicy",
        "services.Service",
        "services.Suggestion",
    }


@pytest.mark.parametrize("model", SCOPED, ids=[m._meta.label for m in SCOPED])
def test_staff_of_one_organisation_cannot_reach_anothers_records(editor_a, org_a, org_b, model):
    info = model._meta.app_label, model._meta.model_name
    theirs = rows_of(org_b, model).first()
    ours = rows_of(org_a, model).first()
    assert theirs is not None and ours is not None

    listing = editor_a.get(reverse("admin:{}_{}_changelist".format(*info)))
    assert listing.status_code == 200
    listed = {obj.pk for obj in listing.context["cl"].result_list}
    assert ours.pk in listed and theirs.pk not in listed

    for view in ["change", "delete", "history"]:
        url = reverse(f"admin:{info[0]}_{info[1]}_{view}", args=[theirs.pk])
        assert editor_a.get(url).status_code in {403, 404}, (view, url)
        assert editor_a.post(url, {"post": "yes"}).status_code in {403, 404}, (view, url)
    assert model.objects.filter(pk=theirs.pk).exists()

    # A bulk delete naming their rows deletes nothing of theirs.
    editor_a.post(
        reverse("admin:{}_{}_changelist".format(*info)),
        {"action": "delete_selected", "_selected_action": [theirs.pk], "post": "yes"},
    )
    assert model.objects.filter(pk=theirs.pk).exists()


def test_autocomplete_offers_only_their_own_organisations_records(editor_a, org_a, org_b):
    for field, model in [("organisation", "service"), ("policy", "service"), ("sites", "service")]:
        response = editor_a.get(
            reverse("admin:autocomplete"),
            {"app_label": "services", "model_name": model, "field_name": field, "term": ""},
        )
        assert response.status_code == 200
        found = response.json()["results"]
        assert found, field
        assert not any("Bravo" in result["text"] for result in found), field


def test_foreign_key_choices_offer_only_their_own_records(editor_a, org_a, org_b):
    service = Service.objects.get(organisation=org_a)
    html = editor_a.get(reverse("admin:services_service_change", args=[service.pk])).content
    html = html.decode()
    assert "Alpha" in html
    for policy in ConfidentialityPolicy.objects.filter(organisation=org_b):
        assert f'value="{policy.pk}"' not in html or str(policy) not in html


def test_a_record_cannot_be_moved_into_another_organisation(editor_a, org_a, org_b):
    site = Site.objects.get(organisation=org_a)
    response = editor_a.post(
        reverse("admin:directory_site_change", args=[site.pk]),
        {"organisation": org_b.pk, "label_en": "Moved", "city": site.city_id},
    )
    assert response.status_code == 200  # the form comes back with an error
    assert "Select a valid choice" in response.content.decode()
    site.refresh_from_db()
    assert site.organisation == org_a


def test_inline_rows_of_another_organisation_are_out_of_reach(editor_a, org_b):
    service = Service.objects.get(organisation=org_b)
    url = reverse("admin:services_service_change", args=[service.pk])
    assert editor_a.get(url).status_code == 403


def test_a_viewer_can_look_but_not_change(client, org_a):
    user = User.objects.create_user("viewer", password="a long passphrase 1", is_staff=True)
    Membership.objects.create(user=user, organisation=org_a, role="viewer")
    sign_in(client, user)
    service = Service.objects.get(organisation=org_a)
    url = reverse("admin:services_service_change", args=[service.pk])

    assert client.get(url).status_code == 200
    client.post(url, {"name_en": "Changed"})
    service.refresh_from_db()
    assert service.name != "Changed"
    assert client.get(reverse("admin:services_service_add")).status_code == 403


def test_staff_without_a_membership_see_nothing(client, org_a):
    user = User.objects.create_user("nobody", password="a long passphrase 1", is_staff=True)
    sign_in(client, user)
    assert client.get(reverse("admin:services_service_changelist")).status_code == 403


def test_reference_data_is_read_only_for_staff(editor_a):
    assert editor_a.get(reverse("admin:directory_city_changelist")).status_code == 200
    assert editor_a.get(reverse("admin:directory_city_add")).status_code == 403


# --- History with reasons -----------------------------------------------------------------


def policy_form_data(policy: ConfidentialityPolicy, **changes) -> dict:
    data = {
        field.name: getattr(policy, field.attname)
        for field in ConfidentialityPolicy._meta.concrete_fields
        if field.editable and field.name not in {"id", "uuid", "verified_by"}
    }
    data = {key: ("" if value is None else value) for key, value in data.items()}
    for key, value in list(data.items()):
        if isinstance(value, bool) and not value:
            del data[key]
    data.update(changes)
    return data


def test_changing_a_firewall_input_needs_a_reason_and_keeps_it(editor_a, org_a):
    policy = ConfidentialityPolicy.objects.get(organisation=org_a)
    url = reverse("admin:services_confidentialitypolicy_change", args=[policy.pk])

    response = editor_a.post(url, policy_form_data(policy, shares_with_police="routinely"))
    assert response.status_code == 200
    assert "Say why: this change can move the firewall status." in response.content.decode()
    policy.refresh_from_db()
    assert policy.shares_with_police == "statutory_only"

    response = editor_a.post(
        url,
        policy_form_data(
            policy, shares_with_police="routinely", change_reason="Their new policy, page 3."
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    record = policy.history.latest("history_date")
    assert record.history_change_reason == "Their new policy, page 3."
    assert record.history_user.username == "editor-a"
    service = Service.objects.get(organisation=org_a)
    assert service.firewall_status == "shares"
    latest = service.history.latest("history_date")
    assert (latest.firewall_status, latest.history_change_reason) == (
        "shares",
        "Their new policy, page 3.",
    )


def test_the_service_page_for_staff_shows_the_status_timeline(editor_a, org_a):
    policy = ConfidentialityPolicy.objects.get(organisation=org_a)
    policy.evidence_source = "literature"
    policy._change_reason = "Only a report from 2019."
    policy.save()
    service = Service.objects.get(organisation=org_a)

    html = editor_a.get(reverse("admin:services_service_change", args=[service.pk])).content
    timeline = re.search(r'<table class="firewall-timeline">.*?</table>', html.decode(), re.S)
    assert timeline
    assert "Not checked" in timeline.group(0)
    assert "Only a report from 2019." in timeline.group(0)
    assert "Does not tell immigration or police" in timeline.group(0)


def test_history_stores_no_address_or_browser():
    for model in apps.get_models():
        if model.__name__.startswith("Historical"):
            names = {field.name for field in model._meta.get_fields()}
            assert not names & {"ip_address", "history_ip", "user_agent", "history_user_agent"}


# --- Checking -----------------------------------------------------------------------------


def test_marking_checked_asks_for_evidence_and_sets_the_review_from_the_category(editor_a, org_a):
    service = Service.objects.get(organisation=org_a)
    service.category.review_interval_days = 90
    service.category.save()
    url = reverse("admin:services_service_mark_checked", args=[service.pk])

    assert "How was it checked?" in editor_a.get(url).content.decode()
    assert editor_a.post(url, {"evidence_source": ""}).status_code == 200
    service.refresh_from_db()
    assert service.verified_on is None

    response = editor_a.post(
        url, {"evidence_source": "confirmed_by_service", "evidence_note": "Phoned reception."}
    )
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.verified_on == TODAY
    assert service.review_due == TODAY + datetime.timedelta(days=90)
    assert service.verified_by.username == "editor-a"
    policy = service.effective_policy
    assert (policy.verified_on, policy.evidence_source) == (TODAY, "confirmed_by_service")


def test_the_mark_checked_action_works_on_a_selection(editor_a, org_a, org_b):
    ours = Service.objects.get(organisation=org_a)
    theirs = Service.objects.get(organisation=org_b)
    changelist = reverse("admin:services_service_changelist")
    selection = {"action": "mark_checked", "_selected_action": [ours.pk, theirs.pk]}

    assert "How was it checked?" in editor_a.post(changelist, selection).content.decode()
    editor_a.post(changelist, {**selection, "confirm": "1", "evidence_source": "written_policy"})

    ours.refresh_from_db()
    theirs.refresh_from_db()
    assert ours.verified_on == TODAY
    assert theirs.verified_on is None


def test_the_overdue_view_counts_per_organisation(superuser_client, org_a, org_b):
    Service.objects.filter(organisation=org_b).update(review_due=TODAY - datetime.timedelta(1))
    Service.objects.filter(organisation=org_a).update(review_due=TODAY + datetime.timedelta(9))
    ConfidentialityPolicy.objects.filter(organisation=org_a).update(review_due=None)

    response = superuser_client.get(reverse("admin:services_service_overdue"))
    rows = {
        org.name: (org.overdue_services, org.overdue_policies)
        for org in response.context["organisations"]
    }
    assert rows == {"Bravo": (1, 0), "Alpha": (0, 1)}
    assert response.context["total"] == 1


def test_the_overdue_view_shows_staff_only_their_organisations(editor_a, org_a, org_b):
    Service.objects.update(review_due=None)
    response = editor_a.get(reverse("admin:services_service_overdue"))
    assert [org.name for org in response.context["organisations"]] == ["Alpha"]


# --- Suggestions from the public ----------------------------------------------------------


def test_a_suggestion_travels_from_reader_to_queue_to_page_and_history(client, org_a, settings):
    settings.SUGGESTION_MIN_SECONDS = 0
    service = Service.objects.get(organisation=org_a)
    url = f"/ro/services/{service.slug}/correct/"

    form_page = client.get(url)
    assert form_page.status_code == 200
    assert not form_page.cookies
    token = form_page.context["form"].initial["token"]

    sent = client.post(url, {"kind": "closed", "text": "Closed since May.", "token": token})
    assert sent.status_code == 303
    assert not sent.cookies
    suggestion = Suggestion.objects.get(text="Closed since May.")
    assert suggestion.status == "new"

    staff = User.objects.create_user("editor", password="a long passphrase 1", is_staff=True)
    Membership.objects.create(user=staff, organisation=org_a)
    sign_in(client, staff)
    queue = client.get(reverse("admin:services_suggestion_changelist"))
    assert suggestion in queue.context["cl"].result_list
    client.post(
        reverse("admin:services_suggestion_changelist"),
        {"action": "apply", "_selected_action": [suggestion.pk]},
    )

    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.handled_by, suggestion.handled_on) == (
        "applied",
        staff,
        TODAY,
    )
    client.logout()
    assert client.get(f"/en/services/{service.slug}/").status_code == 404
    latest = service.history.latest("history_date")
    assert latest.status == "closed"
    assert f"Suggested correction {suggestion.pk}" in latest.history_change_reason


def test_a_suggestion_asks_for_and_stores_nothing_about_the_sender(client, org_a):
    html = client.get(f"/en/services/{Service.objects.get(organisation=org_a).slug}/correct/")
    page = html.content.decode()
    assert "Do not write names" in page
    for word in ["email", "phone number", "your name"]:
        assert f'name="{word}"' not in page
    names = {field.name for field in Suggestion._meta.get_fields()}
    assert not names & {"ip_address", "email", "name", "phone", "user_agent"}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"token": "forged:token:value"}, "This form has expired"),
        ({"website": "https://spam.example"}, "Please try again in a moment"),
        ({}, "Please try again in a moment"),  # sent faster than a person could
    ],
)
def test_robots_and_forgeries_are_turned_away(client, org_a, changes, message):
    service = Service.objects.get(organisation=org_a)
    url = f"/en/services/{service.slug}/correct/"
    token = client.get(url).context["form"].initial["token"]
    before = Suggestion.objects.count()

    response = client.post(url, {"kind": "other", "token": token, **changes})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Suggestion.objects.count() == before


def test_a_flood_of_suggestions_is_capped_per_service_without_knowing_who(client, org_a, settings):
    settings.SUGGESTION_MIN_SECONDS = 0
    service = Service.objects.get(organisation=org_a)
    url = f"/en/services/{service.slug}/correct/"
    for _ in range(10):
        token = client.get(url).context["form"].initial["token"]
        client.post(url, {"kind": "other", "token": token})
    assert Suggestion.objects.filter(service=service, created_on=TODAY).count() == 5


# --- Staff-only text never leaves the admin -----------------------------------------------

MARKERS = {
    "evidence_note": "MARKER-evidence-note",
    "staff_notes": "MARKER-staff-notes",
    "firewall_override_reason": "MARKER-override-reason",
}


def test_staff_only_fields_never_reach_a_public_page(client, org_a):
    service = Service.objects.get(organisation=org_a)
    for field, marker in MARKERS.items():
        setattr(service, field, marker)
    service.firewall_override = "conditional"
    service.save()
    Organisation.objects.filter(pk=org_a.pk).update(
        ethos_notes="MARKER-ethos", evidence_note="MARKER-org-evidence"
    )
    ConfidentialityPolicy.objects.filter(organisation=org_a).update(
        known_incidents="MARKER-incidents", evidence_note="MARKER-policy-evidence"
    )
    Suggestion.objects.create(service=service, kind="other", text="MARKER-suggestion")

    pages = [
        "/en/",
        "/en/?q=marker",
        f"/en/services/{service.slug}/",
        f"/en/services/{service.slug}/correct/",
        f"/en/card/{service.pk}/",
        f"/en/card/{service.pk}/print/",
        f"/en/organisations/{org_a.slug}/",
    ]
    for url in pages:
        body = client.get(url).content.decode()
        assert "MARKER" not in body, url
    assert Service.objects.matching("marker", "en").count() == 0


# --- Login --------------------------------------------------------------------------------


@pytest.fixture
def staff_account(org_a):
    user = User.objects.create_user("alex", password="a long passphrase 1", is_staff=True)
    Membership.objects.create(user=user, organisation=org_a)
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user, device


def totp_now(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


def log_in(client, username: str, password: str, token: str = "", device=None) -> object:
    """The admin's sign-in form: password, then the chosen device and its code."""
    return client.post(
        reverse("admin:login"),
        {
            "username": username,
            "password": password,
            "otp_device": device.persistent_id if device else "",
            "otp_token": token,
            "next": "/admin/",
        },
        REMOTE_ADDR="203.0.113.9",
        HTTP_USER_AGENT="MarkerAgent/1.0",
    )


def test_a_password_alone_does_not_open_the_admin(client, staff_account):
    user, _device = staff_account
    response = log_in(client, "alex", "a long passphrase 1")
    assert response.status_code == 200  # back to the form
    assert client.get("/admin/").status_code == 302

    client.force_login(user)  # a session without the second factor
    assert client.get("/admin/").status_code == 302


def test_a_password_and_a_code_from_the_app_open_it(client, staff_account):
    _user, device = staff_account
    response = log_in(client, "alex", "a long passphrase 1", totp_now(device), device)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_backup_code_works_once(client, staff_account):
    user, _device = staff_account
    backup = StaticDevice.objects.create(user=user, name="Backup codes", confirmed=True)
    backup.token_set.create(token="abcd2345")

    assert log_in(client, "alex", "a long passphrase 1", "abcd2345", backup).status_code == 302
    client.logout()
    assert log_in(client, "alex", "a long passphrase 1", "abcd2345", backup).status_code == 200


def test_guessing_locks_the_username_and_keeps_nothing_about_the_device(client, staff_account):
    _user, device = staff_account
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "alex", "wrong password")

    locked = log_in(client, "alex", "a long passphrase 1", totp_now(device), device)
    assert locked.status_code == 429
    assert client.get("/admin/").status_code == 302

    attempts = list(AccessAttempt.objects.all())
    assert attempts and all(a.username == "alex" for a in attempts)
    for attempt in attempts:
        assert attempt.ip_address is None
        assert "MarkerAgent" not in attempt.user_agent
        assert "203.0.113.9" not in str(attempt.get_data) + str(attempt.post_data)
    assert not AccessLog.objects.exists()
    assert settings.AXES_COOLOFF_TIME == datetime.timedelta(minutes=15)


def test_a_successful_sign_in_resets_the_count(client, staff_account):
    _user, device = staff_account
    log_in(client, "alex", "wrong password")
    assert AccessAttempt.objects.exists()
    assert (
        log_in(client, "alex", "a long passphrase 1", totp_now(device), device).status_code == 302
    )
    assert not AccessAttempt.objects.exists()


def test_passwords_need_fifteen_characters():
    with pytest.raises(ValidationError):
        validate_password("Short but 14ch")
    validate_password("fifteen chars ok!")


def test_admin_sessions_end_after_a_working_day_and_with_the_browser():
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_the_demo_staff_command_prints_how_to_sign_in(org_a):
    org_a.is_demo = True
    org_a.save()
    output = io.StringIO()
    call_command("create_demo_staff", stdout=output)
    printed = output.getvalue()

    editor = User.objects.get(username="demo-editor")
    assert editor.memberships.get().organisation == org_a
    assert not editor.is_superuser
    assert User.objects.get(username="demo-admin").is_superuser
    secret = re.search(r"secret ([A-Z2-7]+)", printed).group(1)
    assert len(secret) >= 32
    assert "█" in printed  # the QR code for the authenticator app
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    codes = re.search(r"backup code: (.+)", printed).group(1).split(", ")
    assert len(codes) == 5
    password = re.search(r"demo-editor  password: (\S+)", printed).group(1)
    assert editor.check_password(password)


def test_police_at_a_site_needs_a_reason_too(editor_a, org_a):
    site = Site.objects.get(organisation=org_a)
    url = reverse("admin:directory_site_change", args=[site.pk])
    data = {
        "organisation": org_a.pk,
        "label_en": site.label,
        "address_visibility": site.address_visibility,
        "city": site.city_id,
        "discreet_premises": site.discreet_premises,
        "enforcement_presence": "police_colocated",
    }
    assert "Say why" in editor_a.post(url, data).content.decode()
    response = editor_a.post(url, {**data, "change_reason": "Seen by outreach on 3 visits."})
    assert response.status_code == 302
    assert site.history.latest("history_date").history_change_reason == (
        "Seen by outreach on 3 visits."
    )
    assert Service.objects.get(organisation=org_a).firewall_status == "conditional"
