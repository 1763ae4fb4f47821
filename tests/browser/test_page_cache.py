"""What the page cache, compression and conditional requests do, seen through Django's test
client: the HTTP side of the speed budgets the browser tests measure.

A response served from the page cache rendered no template, which is how these tests tell.
"""

import gzip
import re

import pytest
from django.core.cache import cache
from django.db import OperationalError, connection
from django.middleware.gzip import GZipMiddleware
from django.urls import reverse

from tests.factories import create_organisation, create_policy, create_service, create_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def service():
    organisation = create_organisation()
    service = create_service(
        organisation=organisation, policy=create_policy(organisation=organisation)
    )
    service.sites.add(create_site(organisation=organisation))
    return service


def cached(response) -> bool:
    return response.status_code == 200 and not response.templates


def public_urls(service) -> list[str]:
    return [
        "/en/",
        f"/en/?city={service.organisation.city.slug}",
        f"/en/services/{service.slug}/",
        f"/en/organisations/{service.organisation.slug}/",
        f"/en/card/{service.pk}/",
        f"/en/card/{service.pk}/print/",
        "/en/guidance/",
        "/en/safety/",
        "/en/about/",
    ]


def test_public_pages_are_served_from_the_cache_with_every_safety_header(client, service):
    for url in public_urls(service):
        assert not cached(client.get(url, secure=True)), url
        response = client.get(url, secure=True)

        assert cached(response), url
        assert "default-src 'none'" in response["Content-Security-Policy"], url
        assert response["Referrer-Policy"] == "no-referrer", url
        assert "geolocation=()" in response["Permissions-Policy"], url
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Strict-Transport-Security"].startswith("max-age=63072000"), url
        assert response["Cache-Control"] == "max-age=30", url
        assert not response.cookies, url


def test_a_page_cached_after_a_staff_visit_holds_nothing_of_theirs(
    superuser_client, client, service
):
    url = f"/en/services/{service.slug}/"
    staff = superuser_client.get(url)

    client.cookies.clear()
    anonymous = client.get(url)

    assert cached(anonymous)
    assert anonymous.content == staff.content
    assert b"root" not in anonymous.content
    assert not anonymous.cookies
    assert "Cookie" not in anonymous.get("Vary", "")


def test_each_language_is_cached_apart(client, service):
    client.get(f"/en/services/{service.slug}/")
    arabic = client.get(f"/ar/services/{service.slug}/")

    assert not cached(arabic)
    assert '<html lang="ar" dir="rtl">' in arabic.content.decode()


@pytest.mark.parametrize("url", ["/admin/", "/admin/services/service/"])
def test_the_admin_is_never_cached(superuser_client, url):
    superuser_client.get(url)
    response = superuser_client.get(url)

    assert response.status_code == 200
    assert response.templates
    assert "private" in response["Cache-Control"]


def test_the_admin_is_never_served_from_a_public_pages_cache(client, superuser_client):
    superuser_client.get("/admin/")
    client.cookies.clear()

    assert client.get("/admin/").status_code == 302  # to the sign-in page, never the cached page


def test_the_correction_form_is_never_cached(client, service):
    url = reverse("suggest-correction", kwargs={"slug": service.slug})
    client.get(url)
    second = client.get(url)

    # Each form carries its own signed, timed token, so each is rendered anew.
    assert second.templates
    assert "no-store" in second["Cache-Control"] and "private" in second["Cache-Control"]


def test_words_someone_typed_are_never_kept(client, service):
    client.get("/en/", {"q": "clinic"})
    response = client.get("/en/", {"q": "clinic"})

    assert response.templates
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_exit_and_the_health_checks_are_never_cached(client):
    for url in ["/exit/", "/healthz", "/readyz"]:
        response = client.get(url)
        assert "no-store" in response["Cache-Control"], url
        assert set(re.findall(r"max-age=(\d+)", response["Cache-Control"])) <= {"0"}, url


def test_the_unavailable_page_is_never_cached(client, service):
    def refuse(execute, sql, params, many, context):
        raise OperationalError("connection to server failed: Connection refused")

    url = f"/en/services/{service.slug}/"
    with connection.execute_wrapper(refuse):
        assert client.get(url).status_code == 503

    response = client.get(url)
    assert response.status_code == 200
    assert response.templates


def test_a_cached_page_still_answers_while_the_database_is_down(client, service):
    def refuse(execute, sql, params, many, context):
        raise OperationalError("connection to server failed: Connection refused")

    url = f"/en/services/{service.slug}/"
    client.get(url)
    with connection.execute_wrapper(refuse):
        response = client.get(url)

    assert response.status_code == 200
    assert service.name.encode() in response.content


def test_pages_carry_an_etag_and_a_revalidation_costs_no_body(client, service):
    url = f"/en/services/{service.slug}/"
    etag = client.get(url)["ETag"]

    revalidated = client.get(url, HTTP_IF_NONE_MATCH=etag)

    assert revalidated.status_code == 304
    assert revalidated.content == b""


def test_the_etag_survives_the_page_being_rendered_again(client, service):
    url = f"/en/services/{service.slug}/"
    etag = client.get(url, HTTP_ACCEPT_ENCODING="gzip")["ETag"]
    cache.clear()

    again = client.get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304


def test_pages_are_sent_compressed(client, service):
    response = client.get(f"/en/services/{service.slug}/", HTTP_ACCEPT_ENCODING="gzip, br")

    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    # Django pads every compressed response with up to 100 random bytes (against BREACH).
    padding = GZipMiddleware.max_random_bytes
    assert len(response.content) <= 0.3 * len(gzip.decompress(response.content)) + padding


def test_a_browser_that_cannot_unzip_never_gets_the_zipped_copy(client, service):
    url = f"/en/services/{service.slug}/"
    client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert cached(client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br"))

    plain = client.get(url, HTTP_ACCEPT_ENCODING="identity")

    assert "Content-Encoding" not in plain
    assert service.name.encode() in plain.content


def test_a_revalidation_is_never_kept_as_the_page(client, service):
    url = f"/en/services/{service.slug}/"
    etag = client.get(url)["ETag"]
    cache.clear()
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304

    response = client.get(url)

    assert response.status_code == 200
    assert service.name.encode() in response.content


def test_each_address_the_site_answers_on_keeps_its_own_printed_card(client, service):
    # The card's QR code holds the site's address.
    url = f"/en/card/{service.pk}/print/"
    client.get(url, HTTP_HOST="localhost")

    card = client.get(url, HTTP_HOST="127.0.0.1").content.decode()

    assert "localhost" not in card
