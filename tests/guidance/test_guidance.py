"""Guidance pages, glossary and phrasebook: honest about translation, staleness and dates."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from directory.models import Language
from guidance import content
from guidance.markup import render
from guidance.models import GuidancePage, GuidanceTranslation
from tests.factories import create_organisation, create_service

pytestmark = pytest.mark.django_db

ENGLISH = """title: Seeing a doctor
summary: How to see a doctor.
audience: sex_workers
jurisdiction: England
valid_as_of: 2026-11-01
categories: gp-primary-care sexual-health
sources: [001] UKNSWP (2008)
---
You can see a doctor.

## What to bring
- Nothing
- A friend if you like
"""

ROMANIAN = """title: Mergi la doctor
summary: Cum mergi la doctor.
jurisdiction: Anglia
---
Poți merge la doctor.
"""

GLOSSARY = """
[[term]]
key = "sex-worker"
[term.text.en]
wording = "sex worker"
note = "Many people prefer this word."
[term.text.ro]
wording = "lucrătoare sexuală"
note = "Cuvântul preferat de multe persoane."
"""

PHRASEBOOK = """
[[phrase]]
key = "hello"
[phrase.text]
en = "Hello, how are you?"
ro = "Bună, ce mai faci?"
"""


@pytest.fixture
def written(tmp_path) -> Path:
    folder = tmp_path / "pages" / "seeing-a-doctor"
    folder.mkdir(parents=True)
    (folder / "en.md").write_text(ENGLISH)
    (folder / "ro.md").write_text(ROMANIAN)
    (tmp_path / "glossary.toml").write_text(GLOSSARY)
    (tmp_path / "phrasebook.toml").write_text(PHRASEBOOK)
    content.load(tmp_path)
    return tmp_path


def said_in(language: str, message: str) -> str:
    """A notice as readers of that language see it, whether or not it is translated yet."""
    with translation.override(language):
        return escape(gettext(message))


def html(client, url: str) -> str:
    # Each test changes the database between requests: never read a page kept from before.
    cache.clear()
    response = client.get(url)
    assert response.status_code == 200, url
    assert not response.cookies
    return response.content.decode()


def test_loading_records_translations_honestly_as_machine_made(written):
    page = GuidancePage.objects.get(slug="seeing-a-doctor")
    record = page.translations.get()
    assert (record.language, record.method, record.is_reviewed) == ("ro", "machine", False)
    assert record.source_revision == page.revision == 1
    assert set(page.related_categories.values_list("slug", flat=True)) == {
        "gp-primary-care",
        "sexual-health",
    }


def test_loading_twice_changes_nothing(written):
    content.load(written)
    page = GuidancePage.objects.get()
    assert page.revision == 1
    assert GuidanceTranslation.objects.count() == 1


def test_a_translation_goes_stale_when_the_english_changes_and_says_so(client, written):
    (written / "pages" / "seeing-a-doctor" / "en.md").write_text(
        ENGLISH.replace("You can see a doctor.", "You can see a doctor for free.")
    )
    content.load(written)

    page = GuidancePage.objects.get()
    assert page.revision == 2
    assert page.translations.get().is_stale
    stale = "The English page has changed since this translation was made. It may be out of date."
    assert said_in("ro", stale) in html(client, "/ro/guidance/seeing-a-doctor/")
    assert stale not in html(client, "/en/guidance/seeing-a-doctor/")


def test_a_machine_translation_says_no_person_checked_it(client, written):
    page_html = html(client, "/ro/guidance/seeing-a-doctor/")
    assert "<h1>Mergi la doctor</h1>" in page_html
    machine = "This translation was made by machine. No person has checked it yet."
    assert said_in("ro", machine) in page_html

    GuidanceTranslation.objects.update(method="community_volunteer", reviewed_by="peer educator")
    assert said_in("ro", machine) not in html(client, "/ro/guidance/seeing-a-doctor/")


def test_a_missing_translation_falls_back_to_english_and_says_so(client, written):
    page_html = html(client, "/th/guidance/seeing-a-doctor/")
    assert '<article lang="en">' in page_html
    assert "<h1>Seeing a doctor</h1>" in page_html
    missing = "This page is not yet translated into your language. It is shown in English."
    assert said_in("th", missing) in page_html


def test_pages_about_the_law_say_where_and_as_of_when(client, written):
    assert "This describes the rules in England as of 1 November 2026" in html(
        client, "/en/guidance/seeing-a-doctor/"
    )
    assert "Anglia" in html(client, "/ro/guidance/seeing-a-doctor/")


def test_a_page_ends_with_links_to_find_the_related_services(client, written):
    page_html = html(client, "/en/guidance/seeing-a-doctor/")
    assert 'href="/en/?category=gp-primary-care"' in page_html
    assert 'href="/en/?category=sexual-health"' in page_html


def test_the_body_markup_is_rendered_and_nothing_else(client, written):
    page_html = html(client, "/en/guidance/seeing-a-doctor/")
    assert "<h2>What to bring</h2>" in page_html
    assert "<ul><li>Nothing</li><li>A friend if you like</li></ul>" in page_html
    assert str(render("<script>alert(1)</script>\n- <b>x</b>")) == (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<ul><li>&lt;b&gt;x&lt;/b&gt;</li></ul>"
    )


def test_the_glossary_and_phrasebook_show_the_readers_language(client, written):
    assert "lucrătoare sexuală" in html(client, "/ro/guidance/glossary/")
    phrasebook = html(client, "/ro/guidance/phrasebook/")
    assert '<p class="phrase">Bună, ce mai faci?</p>' in phrasebook
    assert '<p class="phrase-english" lang="en">Hello, how are you?</p>' in phrasebook


def test_guidance_is_linked_from_the_navigation_and_related_service_pages(client, written):
    service = create_service(organisation=create_organisation(), category="contraception")
    assert 'href="/en/guidance/"' in html(client, "/en/")
    assert 'href="/en/guidance/seeing-a-doctor/"' in html(client, f"/en/services/{service.slug}/")


def test_an_unreviewed_interface_language_says_so_in_that_language(client, written):
    notice = "This page was translated by machine. No person has checked the translation yet."
    assert said_in("ro", notice) in html(client, "/ro/guidance/")
    assert notice not in html(client, "/en/guidance/")

    Language.objects.filter(code="ro").update(ui_translation="community_volunteer")
    assert said_in("ro", notice) not in html(client, "/ro/guidance/")


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_every_guidance_page_type_renders_in_every_language(client, written, code):
    for url in [
        "guidance/",
        "guidance/seeing-a-doctor/",
        "guidance/glossary/",
        "guidance/phrasebook/",
        "safety/",
        "about/",
    ]:
        page_html = html(client, f"/{code}/{url}")
        direction = "rtl" if code == "ar" else "ltr"
        assert f'<html lang="{code}" dir="{direction}">' in page_html


def test_an_unpublished_page_is_not_found(client, written):
    GuidancePage.objects.update(is_published=False)
    assert client.get("/en/guidance/seeing-a-doctor/").status_code == 404
