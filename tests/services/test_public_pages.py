"""The public pages that exist so far: language prefixes, no cookies, nothing unpublished."""

import pytest

from tests.factories import create_organisation, create_policy, create_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def service():
    org = create_organisation(name="Harbour Lane Project")
    return create_service(organisation=org, policy=create_policy(organisation=org), name="Clinic")


def test_the_root_sends_readers_to_their_browser_language(client):
    response = client.get("/", headers={"accept-language": "ro,en;q=0.5"})

    assert response.status_code == 302
    assert response["Location"] == "/ro/"
    assert "Accept-Language" in response["Vary"]
    assert not response.cookies


def test_the_root_falls_back_to_english(client):
    response = client.get("/", headers={"accept-language": "xx"})
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("language", ["en", "ar", "zh-hans", "th"])
def test_public_pages_set_no_cookie(client, service, language):
    for url in [f"/{language}/", f"/{language}/services/{service.slug}/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url


def test_the_list_shows_the_firewall_status_in_words(client, service):
    response = client.get("/en/")
    assert "Does not tell immigration or police" in response.content.decode()


def test_arabic_pages_run_right_to_left(client, service):
    html = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html


def test_a_closed_service_is_not_found(client, service):
    service.status = "closed"
    service.save()
    assert client.get(f"/en/services/{service.slug}/").status_code == 404


@pytest.mark.parametrize("page", ["0", "-1", "99999999999999999999", "abc", "１"])
def test_a_junk_page_number_never_breaks_the_list(client, service, page):
    assert client.get("/en/", {"page": page}).status_code == 200
