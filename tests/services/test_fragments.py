"""Result cards and the find form's lists are kept between requests (directory/fragments.py)."""

import time

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from services.views import result_cards
from tests.factories import create_organisation, create_policy, create_service

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fragments_kept(settings):
    settings.FRAGMENT_CACHE_SECONDS = 30


@pytest.fixture
def org():
    return create_organisation()


def listed(org, **fields):
    return create_service(organisation=org, policy=create_policy(organisation=org), **fields)


@pytest.fixture
def kept_texts(monkeypatch) -> list[str]:
    """Every key and value written to the fragment cache from here on, as text."""
    texts = []
    store = caches["fragments"]
    keep_many, keep_one = store.set_many, store.add

    def set_many(parts, *args, **kwargs):
        texts.extend(f"{key} {value}" for key, value in parts.items())
        return keep_many(parts, *args, **kwargs)

    # get_or_set, for a single part, writes through add().
    def add(key, value, *args, **kwargs):
        texts.append(f"{key} {value}")
        return keep_one(key, value, *args, **kwargs)

    monkeypatch.setattr(store, "set_many", set_many)
    monkeypatch.setattr(store, "add", add)
    return texts


def test_a_search_is_put_together_from_the_cards_other_pages_rendered(client, org):
    listed(org, name="Harbour clinic", description_en="Confidential clinic")
    listed(org, name="Riverside clinic", description_en="Confidential clinic")
    client.get("/en/")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/", {"q": "confidential"})

    page = response.content.decode()
    assert "Harbour clinic" in page and "Riverside clinic" in page
    # Only the search itself: the cards, the form's lists and the language names were kept.
    searched = [query["sql"] for query in queries if "searchword" not in query["sql"]]
    # The search, and the look-up of rows holding a long word.
    assert len(searched) == 2 and all("services_searchtext" in sql for sql in searched), searched


def test_a_card_is_kept_in_each_language_apart(client, org):
    listed(org, name_en="Harbour clinic", name_th="คลินิกท่าเรือ")
    assert "Harbour clinic" in client.get("/en/").content.decode()

    thai = client.get("/th/").content.decode()
    assert "คลินิกท่าเรือ" in thai
    assert "Harbour clinic" not in thai


def test_nothing_the_reader_typed_is_kept(client, org, kept_texts):
    listed(org, name="Harbour clinic", description_en="Confidential clinic wordkeptnowhere")

    response = client.get("/en/", {"q": "wordkeptnowhere"})

    assert "Harbour clinic" in response.content.decode()
    texts = kept_texts
    assert any("Harbour clinic" in text for text in texts)
    assert not any("wordkeptnowhere" in text for text in texts)


def test_a_changed_listing_shows_once_its_kept_card_has_expired(client, org, monkeypatch):
    service = listed(org, name="Harbour clinic")
    client.get("/en/")
    service.name_en = "Harbour health centre"
    service.save()

    # Kept for half a minute, as the page cache keeps pages: at most a minute behind in all.
    assert "Harbour clinic" in client.get("/en/").content.decode()
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 31)
    assert "Harbour health centre" in client.get("/en/").content.decode()


def test_nothing_is_kept_when_the_fragment_cache_is_off(client, org, settings, kept_texts):
    settings.FRAGMENT_CACHE_SECONDS = 0
    listed(org, name="Harbour clinic")

    assert "Harbour clinic" in client.get("/en/").content.decode()
    assert kept_texts == []


def test_an_organisation_page_lists_its_services_from_kept_cards(client, org):
    listed(org, name="Harbour clinic")
    listed(org, name="Harbour helpline")
    client.get("/en/")

    with CaptureQueriesContext(connection) as queries:
        page = client.get(f"/en/organisations/{org.slug}/").content.decode()

    assert "Harbour clinic" in page and "Harbour helpline" in page
    assert not any("services_openingslot" in query["sql"] for query in queries)


def test_a_service_gone_between_finding_it_and_rendering_its_card_is_left_out(org):
    shown = listed(org, name="Harbour clinic")
    gone = listed(org, name="Riverside clinic")
    ids = [shown.pk, gone.pk]
    gone.delete()

    with translation.override("en"):
        cards = result_cards(ids)

    assert len(cards) == 1
    assert "Harbour clinic" in cards[0]


def test_kept_parts_and_kept_pages_are_stored_apart(client, org, settings):
    settings.PAGE_CACHE_SECONDS = 30
    listed(org, name="Harbour clinic")
    client.get("/en/")

    caches["fragments"].clear()

    # Still the whole page from the page cache: no template was rendered for it.
    assert not client.get("/en/").templates


def test_every_page_shares_its_languages_header_and_quick_exit(client, kept_texts):
    client.get("/en/")
    header = next(text for text in kept_texts if text.startswith("part-header:/en: "))
    assert "Exit this page" in header

    assert header.split(" ", 1)[1] in client.get("/en/guidance/").content.decode()


@pytest.mark.parametrize("language", ["en", "th", "ar"])
def test_a_page_from_kept_parts_is_the_page_rendered_afresh(client, org, settings, language):
    listed(org, name="Harbour clinic")
    settings.FRAGMENT_CACHE_SECONDS = 0
    rendered = client.get(f"/{language}/").content.decode()

    caches["fragments"].clear()
    settings.FRAGMENT_CACHE_SECONDS = 30
    for other in {"en", "th", "ar"} - {language}:
        client.get(f"/{other}/safety/")
    client.get(f"/{language}/safety/")
    kept = client.get(f"/{language}/").content.decode()

    assert kept == rendered
    # The header's own words, in this language, whichever language's header was kept first.
    with translation.override(language):
        assert translation.gettext("Skip to content") in kept
        assert translation.gettext("Phrasebook") in kept


def test_every_service_is_counted_once_then_only_the_page_asked_for_is_read(client, org):
    """Counting every service at 10,000 was half the page, and the count is the same
    for everyone; a page of them is still read afresh."""
    for number in range(12):
        listed(org, name=f"Service {number:02}")
    client.get("/en/")
    added = listed(org, name="Service 99")

    with CaptureQueriesContext(connection) as queries:
        page = client.get("/en/", {"page": "2"}).context["page"]

    assert (page.number, page.paginator.count) == (2, 12)
    assert list(page) == [*list(page)[:2], added.pk]
    assert not [query for query in queries if "COUNT(" in query["sql"].upper()]
    assert client.get("/th/").context["page"].paginator.count == 13


def test_words_and_filters_are_counted_afresh_not_from_the_count_of_every_service(client, org):
    listed(org, description_en="Evening hours", cost_policy="free_for_all")
    listed(org, description_en="Evening hours", cost_policy="charged")
    listed(org, description_en="Mornings", cost_policy="charged")
    assert client.get("/en/").context["page"].paginator.count == 3

    assert client.get("/en/", {"q": "evening"}).context["page"].paginator.count == 2
    assert client.get("/en/", {"free": "on"}).context["page"].paginator.count == 1
    assert client.get("/en/", {"mode": "staff_speak"}).context["page"].paginator.count == 3
