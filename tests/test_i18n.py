"""Every language's interface catalogue is complete, honest and safe to compile (SPEC §7)."""

import io
import re
import subprocess

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

from guidance.models import GuidancePage, GuidanceTranslation, Phrase, Term

CATALOGUES = {
    code: settings.BASE_DIR
    / "locale"
    / code.replace("-hans", "_Hans")
    / "LC_MESSAGES"
    / "django.po"
    for code, _name in settings.LANGUAGES
    if code != "en"
}
# The number of plural forms each language's grammar needs (gettext's own counting).
PLURAL_FORMS = {
    "ar": 6, "bg": 2, "cs": 4, "de": 2, "es": 3, "et": 2, "fr": 3, "hu": 2, "it": 2, "lt": 4,
    "pl": 4, "pt": 2, "ro": 3, "ru": 4, "sk": 4, "sq": 2, "th": 1, "tr": 2, "uk": 4,
    "zh-hans": 1,
}  # fmt: skip
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]*\}")


def entries(code: str) -> list[polib.POEntry]:
    return [entry for entry in polib.pofile(str(CATALOGUES[code])) if not entry.obsolete]


@pytest.mark.parametrize("code", CATALOGUES)
def test_every_message_is_translated_and_none_is_fuzzy(code):
    catalogue = polib.pofile(str(CATALOGUES[code]))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert not catalogue.fuzzy_entries()
    assert catalogue.percent_translated() == 100


@pytest.mark.parametrize("code", CATALOGUES)
def test_placeholders_survive_translation(code):
    for entry in entries(code):
        wanted = sorted(PLACEHOLDER.findall(entry.msgid))
        if entry.msgid_plural:
            for index, text in entry.msgstr_plural.items():
                found = sorted(PLACEHOLDER.findall(text))
                # A language may leave the count out of its singular form ("one service").
                assert set(found) <= set(PLACEHOLDER.findall(entry.msgid_plural)), entry.msgid
                if index > 0:
                    assert found == sorted(PLACEHOLDER.findall(entry.msgid_plural)), entry.msgid
        else:
            assert sorted(PLACEHOLDER.findall(entry.msgstr)) == wanted, entry.msgid


@pytest.mark.parametrize("code", CATALOGUES)
def test_plural_forms_match_the_language(code):
    catalogue = polib.pofile(str(CATALOGUES[code]))
    header = catalogue.metadata["Plural-Forms"]
    assert f"nplurals={PLURAL_FORMS[code]};" in header.replace(" ", ""), header
    for entry in entries(code):
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == PLURAL_FORMS[code], entry.msgid


@pytest.mark.parametrize("code", CATALOGUES)
def test_the_catalogue_compiles_with_format_checks(code, tmp_path):
    result = subprocess.run(
        ["msgfmt", "--check-format", "-o", str(tmp_path / "django.mo"), str(CATALOGUES[code])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("code", CATALOGUES)
def test_no_catalogue_calls_people_illegal(code):
    banned = {
        "ar": "غير شرعي", "bg": "нелегал", "cs": "nelegáln", "de": "illegal", "es": "ilegal",
        "fr": "illégal", "it": "illegal", "pl": "nielegaln", "pt": "ilega", "ro": "ilegal",
        "ru": "нелегал", "sk": "nelegáln", "uk": "нелегал",
    }  # fmt: skip
    if code in banned:
        for entry in entries(code):
            assert banned[code] not in entry.msgstr.lower(), entry.msgid


# --- Pages in every language (needs the compiled catalogues: `make test` compiles them) ----

VISIBLE = re.compile(r">([^<>]*[^\s<>][^<>]*)<")


def visible_text(html: str) -> set[str]:
    body = html[html.index("<body") :]
    return {text.strip() for text in VISIBLE.findall(body) if text.strip()}


@pytest.mark.django_db
@pytest.mark.parametrize("code", CATALOGUES)
def test_the_home_page_is_really_in_each_language(client, code):
    english = visible_text(client.get("/en/").content.decode())
    translated = visible_text(client.get(f"/{code}/").content.decode())
    # Endonyms in the language switcher and the site name are the same everywhere.
    shared = english & translated
    assert len(shared) < len(english) / 3, sorted(shared)[:20]


GUIDANCE_LANGUAGES = ["es", "pt", "ro", "bg", "pl", "ru", "uk", "th", "zh-hans", "ar"]


@pytest.mark.django_db
def test_the_guidance_ships_in_the_ten_main_languages_marked_as_machine_translations():
    call_command("load_guidance", stdout=io.StringIO())

    pages = GuidancePage.objects.all()
    assert pages.count() >= 16
    for page in pages:
        languages = set(page.translations.values_list("language", flat=True))
        assert set(GUIDANCE_LANGUAGES) <= languages, page.slug
        for code in GUIDANCE_LANGUAGES:
            assert page.is_translated_into(code), (page.slug, code)
    assert not GuidanceTranslation.objects.exclude(method="machine").exists()
    for model, field in [(Term, "wording"), (Phrase, "text")]:
        for entry in model.objects.all():
            for code, _name in settings.LANGUAGES:
                assert getattr(entry, f"{field}_{code.replace('-', '_')}"), (entry.key, code)
