"""The browser suite: Debian's chromium, driven by Playwright, against Django's live server.

The demo directory and the guidance are loaded once for the whole suite and committed, so that
the server's thread sees them on PostgreSQL as on SQLite; after the suite the database is put
back exactly as it was. (pytest-django's `live_server` fixture would make every test
transactional and empty the database after each one, so the demo would load once per test.)
Playwright runs an event loop in the test thread, and Django refuses database calls from a
thread with a running loop: so the data is loaded before Playwright starts and removed after it
stops, and tests reach the database only through the server.

Nothing reaches the internet. The neutral site the quick exit leads to is a stand-in served
here (Playwright's routes never see the target of a redirect, so it cannot be answered there);
every other request that would leave the live server is aborted and fails the test; and
chromium itself resolves no host name but 127.0.0.1.
"""

import io
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import setup_databases, teardown_databases
from playwright.sync_api import BrowserContext, Route
from pytest_django.live_server_helper import LiveServer

from services.models import Service
from tests.browser.pages import Journey, LiveSite

PHONE = {"width": 360, "height": 640}
# The database the settings name: the suite must never write to it.
REAL_DATABASE = settings.DATABASES["default"]["NAME"]
# The caches as configured, before the suite's other tests turn them off.
PAGE_CACHE_SECONDS = settings.PAGE_CACHE_SECONDS
FRAGMENT_CACHE_SECONDS = settings.FRAGMENT_CACHE_SECONDS
# Playwright adds most of these itself; they are spelt out because nothing may leave the
# machine: no component updates, safe-browsing lists, metrics or sync.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-domain-reliability",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


class NeutralPage(BaseHTTPRequestHandler):
    """The stand-in for the neutral site (a weather page) that the quick exit leads to."""

    def do_GET(self):
        body = b"<!doctype html><html lang='en'><title>Weather</title><h1>Weather</h1></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


def choose_journey() -> Journey:
    """A recently checked service that does not tell the authorities, with a card number."""
    service = (
        Service.objects.published()
        .with_firewall_status("firewalled", at_least=False)
        .filter(contacts__on_discreet_card=True, contacts__kind="phone")
        .exclude(languages=None)
        .for_service_page()
        .order_by("name")
        .first()
    )
    card = service.card_contact
    return Journey(
        language=service.languages.all()[0].language.code,
        city=service.organisation.city.slug,
        slug=service.slug,
        name=service.name_en,
        call=f"tel:{service.call_contact.value}",
        card_number=card.value,
        ask_for=card.ask_for_first_name,
        pk=service.pk,
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests run last. Playwright stays up from the first of them to the end of the
    session, and meanwhile Django refuses database calls from the tests' thread."""
    items.sort(key=lambda item: "playwright" in getattr(item, "fixturenames", ()))


@pytest.fixture(scope="session")
def test_database(django_db_setup, django_db_blocker):
    """The test database, also when no other test in the run made pytest-django create one."""
    with django_db_blocker.unblock():
        created = None
        if connection.settings_dict["NAME"] == REAL_DATABASE:
            created = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        assert connection.settings_dict["NAME"] != REAL_DATABASE
    yield
    if created:
        with django_db_blocker.unblock():
            teardown_databases(created, verbosity=0)


@pytest.fixture(scope="session")
def neutral_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), NeutralPage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/weather"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def live_site(test_database, neutral_site, django_db_blocker):
    with override_settings(
        SHOW_DEMO_DATA=True,
        ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "127.0.0.1"],
        QUICK_EXIT_URL=neutral_site,
    ):
        with django_db_blocker.unblock():
            before = connection.creation.serialize_db_to_string()
            call_command("load_demo", stdout=io.StringIO())
            call_command("load_guidance", stdout=io.StringIO())
            journey = choose_journey()
            organisation = Service.objects.get(slug=journey.slug).organisation.slug
        server = LiveServer("127.0.0.1:0")
        try:
            yield LiveSite(
                server.url, neutral_site, journey, organisation, guidance="clinics-explained"
            )
        finally:
            server.stop()
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(before)


@pytest.fixture(scope="session")
def playwright(live_site, playwright):
    """Playwright, started after the directory is loaded and stopped before it is removed."""
    return playwright


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("Debian's chromium is missing: `make test` installs it.")
    return {**browser_type_launch_args, "executable_path": chromium, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url(live_site):
    """Where the pages' relative addresses lead: the live server."""
    return live_site.url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": PHONE}


@pytest.fixture(autouse=True)
def _page_cache_as_in_production(settings):
    """Pages are cached here as on a real server; the directory does not change meanwhile."""
    settings.PAGE_CACHE_SECONDS = PAGE_CACHE_SECONDS
    settings.FRAGMENT_CACHE_SECONDS = FRAGMENT_CACHE_SECONDS


@pytest.fixture(autouse=True)
def _server_reads_the_database(django_db_blocker):
    """The live server's thread reads the directory while a test drives the browser."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture
def foreign_requests():
    """Requests that tried to leave the machine; none may, whatever the test."""
    attempts = []
    yield attempts
    assert not attempts, f"requests to other origins: {attempts}"


def cut_off_from_the_internet(context: BrowserContext, site: LiveSite, attempts: list) -> None:
    def refuse(route: Route) -> None:
        attempts.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith((site.url + "/", site.neutral)), refuse)


@pytest.fixture
def context(context, live_site, foreign_requests):
    cut_off_from_the_internet(context, live_site, foreign_requests)
    return context


@pytest.fixture
def page_without_javascript(new_context, live_site, foreign_requests):
    context = new_context(java_script_enabled=False)
    cut_off_from_the_internet(context, live_site, foreign_requests)
    return context.new_page()
