"""Loads the guidance written in files (guidance/content/) into the database.

Pages live in pages/<slug>/<language>.md: "key: value" lines, a line of three dashes, then the
body. The glossary and the phrasebook are TOML files with one table per language. Loading is
idempotent; a translation file records how it was made (machine unless its front matter says
otherwise) and which revision of the English it was made from.
"""

import datetime
import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname

from directory.models import TranslationMethod
from guidance.models import GuidancePage, GuidanceTranslation, Phrase, Term
from services.models import ServiceCategory

CONTENT = Path(__file__).resolve().parent / "content"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@dataclass
class PageFile:
    meta: dict[str, str]
    body: str

    @classmethod
    def read(cls, path: Path) -> "PageFile":
        head, separator, body = path.read_text(encoding="utf-8").partition("\n---\n")
        if not separator:
            raise ValueError(f"{path}: no line of three dashes after the front matter")
        meta = {}
        for line in head.splitlines():
            if line.strip():
                key, _colon, value = line.partition(":")
                meta[key.strip()] = value.strip()
        return cls(meta, body.strip())


def localised(field: str, language: str) -> str:
    return build_localized_fieldname(field, language)


@transaction.atomic
def load(content: Path = CONTENT) -> dict[str, int]:
    pages = [load_page(folder) for folder in sorted((content / "pages").iterdir())]
    terms = load_terms(content / "glossary.toml")
    phrases = load_phrases(content / "phrasebook.toml")
    return {"pages": len(pages), "terms": terms, "phrases": phrases}


def load_page(folder: Path) -> GuidancePage:
    english = PageFile.read(folder / "en.md")
    valid_as_of = english.meta.get("valid_as_of") or None
    page = GuidancePage.objects.filter(slug=folder.name).first() or GuidancePage(slug=folder.name)
    page.title_en = english.meta["title"]
    page.summary_en = english.meta["summary"]
    page.body_en = english.body
    page.audience = english.meta.get("audience") or "sex_workers"
    page.jurisdiction_en = english.meta.get("jurisdiction", "")
    page.valid_as_of = datetime.date.fromisoformat(valid_as_of) if valid_as_of else None
    page.sources = english.meta.get("sources", "")
    page.full_clean(exclude=["related_categories"])
    page.save()
    slugs = english.meta.get("categories", "").split()
    page.related_categories.set(ServiceCategory.objects.filter(slug__in=slugs))

    for path in sorted(folder.glob("*.md")):
        language = path.stem
        if language == "en":
            continue
        if language not in LANGUAGES:
            raise ValueError(f"{path}: {language} is not a site language")
        load_translation(page, language, PageFile.read(path))
    page.save()
    return page


def load_translation(page: GuidancePage, language: str, translated: PageFile) -> None:
    text = {
        "title": translated.meta["title"],
        "summary": translated.meta["summary"],
        "body": translated.body,
        "jurisdiction": translated.meta.get("jurisdiction", ""),
    }
    changed = any(
        getattr(page, localised(field, language)) != value for field, value in text.items()
    )
    for field, value in text.items():
        setattr(page, localised(field, language), value)
    record, created = GuidanceTranslation.objects.get_or_create(
        page=page,
        language=language,
        defaults={"method": translated.meta.get("method") or TranslationMethod.MACHINE},
    )
    # Only a new or changed translation is "made from" today's English; an old file left
    # untouched while the English moved on stays stale, and says so.
    if created or changed:
        record.source_revision = page.revision
        record.save(update_fields=["source_revision"])


def load_terms(path: Path) -> int:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for position, entry in enumerate(data["term"]):
        values = {"position": position}
        for language, text in entry["text"].items():
            values[localised("wording", language)] = text["wording"]
            values[localised("note", language)] = text.get("note", "")
        Term.objects.update_or_create(key=entry["key"], defaults=values)
    return len(data["term"])


def load_phrases(path: Path) -> int:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for position, entry in enumerate(data["phrase"]):
        values = {"position": position}
        for language, text in entry["text"].items():
            values[localised("text", language)] = text
        Phrase.objects.update_or_create(key=entry["key"], defaults=values)
    return len(data["phrase"])
