"""The safety rules of SPEC §2, each with a test that fails if the rule is broken."""

import gzip
import io
import logging
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.staticfiles import finders
from django.core.checks import run_checks
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.urls import path, reverse
from django.utils.csp import CSP

from directory.models import Organisation
from services.models import Service
from tests.factories import create_organisation, create_policy, create_service, create_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def service():
    org = create_organisation()
    service = create_service(organisation=org, policy=create_policy(organisation=org))
    service.sites.add(create_site(organisation=org))
    return service


def public_urls(service) -> list[str]:
    return [
        "/en/",
        f"/en/services/{service.slug}/",
        f"/en/card/{service.pk}/",
        f"/en/card/{service.pk}/print/",
        f"/en/organisations/{service.organisation.slug}/",
        "/en/safety/",
        "/en/about/",
    ]


# --- Quick exit ---------------------------------------------------------------------------


def test_the_exit_sends_people_to_a_neutral_site_and_clears_what_we_stored(client):
    response = client.get("/exit/")

    assert response.status_code == 302
    assert response["Location"] == "https://www.bbc.co.uk/weather"
    assert response["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert not response.cookies


def test_the_neutral_site_is_configurable(client, settings):
    settings.QUICK_EXIT_URL = "https://example.org/weather"
    assert client.get("/exit/")["Location"] == "https://example.org/weather"


class LinkOrder(HTMLParser):
    """The focusable elements of a page, in document (tab) order."""

    def __init__(self):
        super().__init__()
        self.links: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag in {"a", "button", "input", "select", "summary"}:
            self.links.append({"tag": tag, **dict(attrs)})


@pytest.mark.parametrize("language", ["en", "ar", "th"])
def test_every_public_page_puts_the_exit_first_after_the_skip_link(client, service, language):
    for url in public_urls(service):
        url = url.replace("/en/", f"/{language}/", 1)
        body = client.get(url).content
        if b'class="card-a6"' in body:
            continue  # the printed card is paper, not a page to browse
        head = body[: 14 * 1024].decode(errors="ignore")
        parser = LinkOrder()
        parser.feed(body.decode())
        assert parser.links[0]["class"] == "skip-link", url
        assert parser.links[1]["href"] == "/exit/", url
        assert "data-exit-link" in parser.links[1], url
        assert 'href="/exit/"' in head, url
        # The secondary link for assistive technology, hidden until focused.
        hidden = [a for a in parser.links if a.get("class") == "visually-hidden-focusable"]
        assert hidden and hidden[0]["href"] == "/exit/", url


def test_the_exit_script_is_small_and_hand_written(client):
    script = Path(finders.find("js/exit.js")).read_bytes()
    assert len(gzip.compress(script)) <= 1536
    assert b"location.replace" in script
    assert b"http" not in script


def test_the_safety_page_says_what_the_exit_cannot_erase(client):
    html = client.get("/en/safety/").content.decode()
    assert "does not delete your browser history" in html
    assert "private window" in html


def test_the_about_page_says_we_store_nothing_about_visitors(client):
    html = client.get("/en/about/").content.decode()
    assert "What we store about you" in html
    assert "Nothing." in html


# --- Headers ------------------------------------------------------------------------------


def test_every_response_carries_the_strict_headers(client, superuser_client, service):
    urls = [
        *public_urls(service),
        "/exit/",
        "/healthz",
        "/en/no-such-page/",
        "/admin/",
        reverse("admin:services_service_change", args=[service.pk]),
    ]
    for url in urls:
        response = superuser_client.get(url, secure=True)
        csp = response["Content-Security-Policy"]
        assert "default-src 'none'" in csp, url
        assert "frame-ancestors 'none'" in csp, url
        assert "base-uri 'none'" in csp, url
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, url
        assert response["Referrer-Policy"] == "no-referrer", url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert "geolocation=()" in response["Permissions-Policy"], url
        assert "camera=()" in response["Permissions-Policy"], url
        assert "microphone=()" in response["Permissions-Policy"], url
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", url
        assert response["Strict-Transport-Security"] == (
            "max-age=63072000; includeSubDomains; preload"
        ), url


# --- No trace -----------------------------------------------------------------------------

MARKERS = ["203.0.113.77", "MarkerAgent/9.9", "marker-referrer.example", "markerquery5678"]


def boom(request):
    raise ValueError("something broke")


urlpatterns = [path("boom/", boom)]


@pytest.fixture
def every_log():
    """Everything any logger writes, with each record's attributes, as one string."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(message)s %(__dict__)s"))

    class WithDict(logging.Filter):
        def filter(self, record):
            record.__dict__["__dict__"] = repr(record.__dict__)
            return True

    handler.addFilter(WithDict())
    names = ["", *logging.root.manager.loggerDict]
    loggers = [logging.getLogger(name) for name in names]
    levels = {logger: logger.level for logger in loggers}
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    yield stream
    for logger in loggers:
        logger.removeHandler(handler)
        logger.setLevel(levels[logger])


def visit_with_markers(client, url: str):
    return client.get(
        url,
        {"q": MARKERS[3]},
        REMOTE_ADDR=MARKERS[0],
        HTTP_USER_AGENT=MARKERS[1],
        HTTP_REFERER=f"https://{MARKERS[2]}/page",
        HTTP_X_FORWARDED_FOR=MARKERS[0],
    )


def test_logs_carry_no_address_agent_referrer_or_query(client, service, every_log, settings):
    settings.ROOT_URLCONF = "tests.test_safety"
    client.raise_request_exception = False

    assert visit_with_markers(client, "/boom/").status_code == 500
    written = every_log.getvalue()
    assert "something broke" in written  # the error itself is kept
    for marker in MARKERS:
        assert marker not in written


def test_public_pages_log_nothing_about_the_visitor(client, service, every_log):
    for url in [*public_urls(service), "/en/no-such-page/", "/exit/"]:
        visit_with_markers(client, url)
    written = every_log.getvalue()
    for marker in MARKERS:
        assert marker not in written


def test_gunicorn_keeps_no_access_log():
    config = {}
    exec((settings.BASE_DIR / "gunicorn.conf.py").read_text(), config)
    assert config["accesslog"] is None


def test_outbound_links_send_no_referrer(client, service):
    service.organisation.website = "https://example.org/"
    service.organisation.save()
    html = client.get(f"/en/organisations/{service.organisation.slug}/").content.decode()
    for link in re.findall(r'<a [^>]*href="https?://[^"]*"[^>]*>', html):
        assert 'rel="noreferrer noopener"' in link, link


def test_names_numbers_and_addresses_are_not_machine_translated(client, service):
    html = client.get(f"/en/services/{service.slug}/").content.decode()
    assert f'translate="no">{service.organisation.name}<' in html


# --- No third parties ---------------------------------------------------------------------


class Resources(HTMLParser):
    """Every address a page would fetch by itself (not links a person chooses to follow)."""

    FETCHED = {
        "script": ["src"],
        "link": ["href"],
        "img": ["src", "srcset"],
        "source": ["src", "srcset"],
        "iframe": ["src"],
        "embed": ["src"],
        "object": ["data"],
        "video": ["src", "poster"],
        "audio": ["src"],
        "form": ["action"],
    }

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.inline_styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in {"alternate", "canonical"}:
            return  # the same page in another language: never fetched by the browser
        for name in self.FETCHED.get(tag, []):
            if attrs.get(name):
                self.urls.append(attrs[name])
        if "style" in attrs:
            self.inline_styles.append(attrs["style"])
        self._in_style = tag == "style"

    def handle_data(self, data):
        if self._in_style:
            self.inline_styles.append(data)


OFF_SITE_CSS = re.compile(r"""(?:url\(\s*["']?|@import\s+["']?)\s*(?:[a-z]+:)?//""", re.I)


def assert_same_origin(client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, url
    parser = Resources()
    parser.feed(response.content.decode())
    for resource in parser.urls:
        assert not re.match(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", resource, re.I), (url, resource)
        if resource.startswith(settings.STATIC_URL) and resource.endswith(".css"):
            stylesheet = Path(finders.find(resource.removeprefix(settings.STATIC_URL)))
            assert not OFF_SITE_CSS.search(stylesheet.read_text()), resource
    assert not parser.inline_styles, (url, parser.inline_styles)


@pytest.mark.parametrize("language", ["en", "ar", "zh-hans"])
def test_no_public_page_loads_anything_from_another_origin(client, service, language):
    for url in public_urls(service):
        assert_same_origin(client, url.replace("/en/", f"/{language}/", 1))


def test_no_admin_page_loads_anything_from_another_origin(superuser_client, service):
    for model in admin.site._registry:
        info = model._meta.app_label, model._meta.model_name
        urls = [
            reverse("admin:{}_{}_changelist".format(*info)),
            reverse("admin:{}_{}_add".format(*info)),
        ]
        first = model.objects.order_by("pk").first()
        if first is not None:
            urls.append(reverse("admin:{}_{}_change".format(*info), args=[first.pk]))
            urls.append(reverse("admin:{}_{}_history".format(*info), args=[first.pk]))
        for url in urls:
            response = superuser_client.get(url)
            parser = Resources()
            parser.feed(response.content.decode())
            for resource in parser.urls:
                assert not re.match(r"^\s*(?:[a-z]+:)?//", resource, re.I), (url, resource)


def test_every_stylesheet_and_script_of_ours_stays_on_our_origin():
    for directory in settings.STATICFILES_DIRS[:1]:
        for file in directory.rglob("*"):
            if file.suffix in {".css", ".js"}:
                assert not OFF_SITE_CSS.search(file.read_text()), file


# --- Start-up checks ----------------------------------------------------------------------


def errors_with(settings, **overrides) -> set[str]:
    for name, value in overrides.items():
        setattr(settings, name, value)
    return {message.id for message in run_checks(tags=["security"])}


def test_the_site_starts_with_its_own_settings(settings):
    assert not {e for e in errors_with(settings) if e.startswith("site.")}


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"SECURE_CSP": {}}, "site.E001"),
        ({"SECURE_CSP": {"default-src": [CSP.SELF]}}, "site.E002"),
        (
            {"SECURE_CSP": {"default-src": [CSP.NONE], "style-src": [CSP.UNSAFE_INLINE]}},
            "site.E003",
        ),
        (
            {"SECURE_CSP": {"default-src": [CSP.NONE], "script-src": ["https://cdn.example"]}},
            "site.E004",
        ),
        ({"SECURE_REFERRER_POLICY": "same-origin"}, "site.E005"),
        ({"STATIC_URL": "https://cdn.example/static/"}, "site.E006"),
        ({"JQUERY_UI_URL": "//ajax.googleapis.com/jquery-ui.js"}, "site.E006"),
    ],
)
def test_start_up_fails_if_a_setting_breaks_a_safety_rule(settings, overrides, error):
    assert error in errors_with(settings, **overrides)


# --- Discreet by default ------------------------------------------------------------------


def test_the_site_name_and_icon_are_neutral_and_configurable(client, settings):
    html = client.get("/en/").content.decode()
    assert "<title>Find a service · Local services</title>" in html

    settings.SITE_NAME = "Weather and more"
    assert "· Weather and more</title>" in client.get("/en/").content.decode()


@pytest.mark.parametrize(
    "slug", ["harbour-sexual-health", "sti-clinic", "north-immigration-advice", "hiv-care"]
)
def test_staff_cannot_give_a_page_an_address_that_says_what_it_is_about(slug):
    with pytest.raises(ValidationError):
        Service._meta.get_field("slug").run_validators(slug)


@pytest.mark.parametrize("slug", ["harbour-lane", "stinson-road-clinic", "transport-hub"])
def test_neutral_addresses_are_accepted(slug):
    Service._meta.get_field("slug").run_validators(slug)


def test_the_demo_pages_have_neutral_addresses():
    call_command("load_demo", stdout=io.StringIO())
    for model in (Service, Organisation):
        for record in model.objects.all():
            model._meta.get_field("slug").run_validators(record.slug)


def test_the_database_check_accepts_a_utf8_database():
    assert not [
        message
        for message in run_checks(tags=["database"], databases=[connection.alias])
        if message.id == "site.E007"
    ]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_missing_page_still_offers_the_quick_exit_and_sets_no_cookie(client, language):
    response = client.get(f"/{language}/services/no-such-service/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'href="/exit/"' in html
    assert f'<html lang="{language}"' in html
    assert not response.cookies
