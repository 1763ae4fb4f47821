"""A search for words reads only the search rows and finds them through a word index (issue 8).

The rows copy from each service what the results are counted and sorted by, and each site
language has an index of whole words. These tests hold both to what reading every text and
every service row would give, on SQLite and PostgreSQL alike.
"""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from directory.models import Organisation
from directory.text import fold
from services.models import SearchText, SearchWord, Service
from tests.factories import (
    create_city,
    create_organisation,
    create_policy,
    create_service,
    listed_slugs,
)

pytestmark = pytest.mark.django_db

DESCRIPTIONS = [
    "Walk-in (clinic), evenings",
    "The polyclinic's nurse",
    "L'avocat répond: «oui»",
    'Say "safe word" at the desk',
    "Drop-in 9-5; clinic_2 room",
    "Аптека и клиника",
    "คลินิกสุขภาพ",
    # A word longer than any known word: the row is read through, not found in an index.
    "Pharmacy " + "z" * 120 + "clinicmarker",
]
TYPED = ["clinic", "CLINIC", "polyclinic's", "avocat", "l'avocat", '"safe', "word\"", "-in", "9-5;",
         "clinic_2", "клиник", "คลินิก", "in", "e", "nothing-like-it", "clinicmarker",
         "z" * 110, "pharmacy zzz"]  # fmt: skip


def words_found(client, language: str, query: str) -> list[str]:
    response = client.get(f"/{language}/", {"q": query})
    assert response.status_code == 200
    return listed_slugs(response)


def read_every_text(query: str, language: str) -> set[int]:
    """What the word index must agree with: each folded word typed (or, on PostgreSQL, a word
    spelt like it) anywhere in a row's text."""
    spellings = [[word, *SearchWord.objects.similar_to(word)] for word in fold(query).split()]
    return {
        row.service_id
        for row in SearchText.objects.filter(language=language)
        if all(any(piece in row.text for piece in pieces) for pieces in spellings)
    }


@pytest.fixture
def described():
    organisation = create_organisation(name="Harbour Lane Project")
    return [
        create_service(organisation=organisation, category="housing", description_en=text)
        for text in DESCRIPTIONS
    ]


@pytest.mark.parametrize("query", TYPED)
def test_the_word_index_finds_what_reading_every_text_finds(described, query):
    found = set(SearchText.objects.matching(query, "en").values_list("service", flat=True))

    assert found == read_every_text(query, "en")


def test_a_piece_found_in_too_many_words_is_looked_for_in_every_text(described, monkeypatch):
    monkeypatch.setattr(type(SearchWord.objects.all()), "MOST", 1)
    assert SearchWord.objects.containing(["clinic"]) is None

    found = set(SearchText.objects.matching("clinic", "en").values_list("service", flat=True))

    assert found == read_every_text("clinic", "en")
    assert len(found) == 4


def test_the_word_index_follows_a_changed_and_a_deleted_service(client, described):
    walk_in, polyclinic = described[0], described[1]
    walk_in.description_en = "Evening hours only"
    walk_in.save()
    polyclinic.delete()

    assert walk_in.slug not in words_found(client, "en", "clinic")
    assert words_found(client, "en", "evening") == [walk_in.slug]
    assert polyclinic.slug not in words_found(client, "en", "polyclinic")


def test_every_site_language_has_its_word_index(db):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'services_searchtext'"
            )
            present = {name for (name,) in cursor.fetchall()}
        wanted = {
            f"services_searchtext_{code.replace('-', '_')}_words" for code, _ in settings.LANGUAGES
        }
    else:
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
            present = {name for (name,) in cursor.fetchall()}
        tables = {
            f"services_searchtext_words_{code.replace('-', '_')}" for code, _ in settings.LANGUAGES
        }
        # SQLite drops a table's triggers when a migration rebuilds the table.
        wanted = tables | {
            f"{table}_{event}" for table in tables for event in ("insert", "delete", "update")
        }

    assert wanted <= present, sorted(wanted - present)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_words_alone_list_services_in_the_order_and_number_the_service_rows_give(client, language):
    organisation = create_organisation()
    policy = create_policy(organisation=organisation)
    for number in range(12):
        create_service(
            organisation=organisation,
            policy=policy if number % 3 else None,
            name_en=f"Clinic {'MLKJIHGFEDCB'[number]}",
            name_ru=f"Клиника {number}" if number % 2 else None,
            description_en="Sexual health clinic",
        )
    assert len(set(Service.objects.values_list("firewall_rank", flat=True))) > 1
    with translation.override(language):
        expected = list(
            Service.objects.published().matching("clinic", language).safest_first().ids()
        )

    with CaptureQueriesContext(connection) as queries:
        page = client.get(f"/{language}/", {"q": "clinic"}).context["page"]

    assert page.paginator.count == len(expected) == 12
    assert list(page.object_list) == expected[:10]
    search = [query["sql"] for query in queries if "OVER ()" in query["sql"]]
    assert len(search) == 1 and '"services_service"' not in search[0], search


def test_words_with_a_filter_list_what_both_select(client, described):
    elsewhere = create_organisation(city=create_city(name="Paris", country_code="FR"))
    create_service(organisation=elsewhere, category="housing", description_en="Night clinic")

    response = client.get("/en/", {"q": "clinic", "city": "london-gb"})

    assert listed_slugs(response) == [described[index].slug for index in (0, 1, 4, 7)]


def close_the_service(service: Service) -> None:
    service.status = Service.Status.CLOSED
    service.save()


def mark_the_service_as_demo(service: Service) -> None:
    service.is_demo = True
    service.save()


def close_the_organisation(service: Service) -> None:
    organisation = Organisation.objects.get(pk=service.organisation_id)
    organisation.status = Organisation.Status.CLOSED
    organisation.save()


def mark_the_organisation_as_demo_behind_a_service_in_memory(service: Service) -> None:
    Organisation.objects.filter(pk=service.organisation_id).update(is_demo=True)
    service.save()


@pytest.mark.parametrize(
    "hide",
    [
        close_the_service,
        mark_the_service_as_demo,
        close_the_organisation,
        mark_the_organisation_as_demo_behind_a_service_in_memory,
    ],
)
@pytest.mark.parametrize("words", ["clinic", ""])
def test_a_service_hidden_after_its_words_were_written_is_not_found(client, hide, words):
    """The list of every service is read from the search rows too."""
    service = create_service(description_en="Evening clinic")
    assert words_found(client, "en", words) == [service.slug]

    hide(service)

    assert words_found(client, "en", words) == []


def test_a_service_closed_by_an_update_that_skips_save_gets_no_card(client):
    """An update that skips save() leaves its search rows behind: the card is still refused."""
    service = create_service(description_en="Evening clinic")
    Service.objects.filter(pk=service.pk).update(status=Service.Status.CLOSED)

    response = client.get("/en/", {"q": "clinic"})

    assert service.name not in response.content.decode()


def test_a_sentence_without_spaces_is_found_by_any_part_of_it(client):
    """Chinese leaves no space between words, so a whole description is one long "word"."""
    sentence = "我们为性工作者提供免费和保密的性健康检查" * 6
    wanted = create_service(description_zh_hans=sentence)
    create_service(description_zh_hans="诊所")

    assert words_found(client, "zh-hans", "保密的性健康") == [wanted.slug]
    assert SearchText.objects.get(service=wanted, language="zh-hans").long_words


def test_choices_that_only_qualify_another_filter_leave_words_to_the_search_rows(client):
    service = create_service(description_en="Evening clinic")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(
            "/en/", {"q": "clinic", "mode": "staff_speak", "firewall_match": "at_least"}
        )

    assert listed_slugs(response) == [service.slug]
    search = [query["sql"] for query in queries if "OVER ()" in query["sql"]]
    assert '"services_service"' not in search[0], search


def test_a_piece_in_many_long_words_is_still_found_in_each(monkeypatch):
    monkeypatch.setattr(type(SearchText.objects.all()), "MOST_LISTED", 1)
    sentence = "我们为性工作者提供免费和保密的性健康检查" * 6
    wanted = {create_service(description_zh_hans=sentence).pk for _ in range(3)}

    found = set(
        SearchText.objects.matching("保密的性健康", "zh-hans").values_list("service", flat=True)
    )

    assert found == wanted
