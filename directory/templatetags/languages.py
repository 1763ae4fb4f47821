"""Template tags for a page in many languages: the switcher and honest content fallbacks."""

from dataclasses import dataclass
from html import escape

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from modeltranslation.utils import build_localized_fieldname

from directory.fragments import kept_one
from directory.models import Language
from directory.phones import international_phone

register = template.Library()


@dataclass(frozen=True)
class LanguageLinks:
    """The same page in every site language, written out for the head and the footer.

    Written in Python rather than looped over in the template: three loops over 21 links
    cost a find page more than a millisecond.
    """

    alternates: str
    menu: str
    machine_translated: bool


def site_languages() -> dict[str, tuple[str, bool]]:
    """Each site language's own name, and whether a person reviewed its interface text."""
    codes = [code for code, _name in settings.LANGUAGES]
    # Our own endonyms: Django's are inconsistent in case and form ("Lietuviškai", "shqip").
    ours = {
        language.code: (language.endonym, language.ui_reviewed_by_a_person)
        for language in Language.objects.filter(code__in=codes).only(
            "code", "endonym", "ui_translation"
        )
    }
    return {
        code: ours.get(code)
        or (translation.get_language_info(code)["name_local"], code == settings.LANGUAGE_CODE)
        for code in codes
    }


@register.simple_tag(takes_context=True)
def language_links(context) -> LanguageLinks:
    """The same page in every site language, keeping the query (the reader's search)."""
    request = context["request"]
    match = request.resolver_match
    current = translation.get_language()
    query = f"?{request.META['QUERY_STRING']}" if request.META.get("QUERY_STRING") else ""
    languages = kept_one("site-languages", site_languages)
    # Paths are the same in every language but for their prefix (i18n_patterns), so the page
    # is reversed once and the prefix swapped: 21 reversals cost a millisecond a page.
    try:
        path, query = reverse(match.view_name, args=match.args, kwargs=match.kwargs), query
    except (NoReverseMatch, AttributeError):
        path, query = reverse("find-service"), ""
    base, prefix = get_script_prefix(), f"{get_script_prefix()}{current}/"
    alternates, menu = [], []
    for code, (endonym, _reviewed) in languages.items():
        url = escape(
            (f"{base}{code}/{path.removeprefix(prefix)}" if path.startswith(prefix) else path)
            + query
        )
        if code != current:
            alternates.append(f'\n<link rel="alternate" hreflang="{code}" href="{url}">')
        here = ' aria-current="page"' if code == current else ""
        menu.append(
            f'\n      <li><a href="{url}" lang="{code}" hreflang="{code}"{here}>'
            f"{escape(endonym)}</a></li>"
        )
    reviewed = languages.get(current, ("", True))[1]
    return LanguageLinks(
        mark_safe("".join(alternates)), mark_safe("".join(menu)), machine_translated=not reviewed
    )


@dataclass(frozen=True)
class Content:
    """A translated field's text, and whether it is the English fallback."""

    text: str
    is_fallback: bool

    def __str__(self) -> str:
        return self.text


@register.simple_tag
def content(obj, field: str) -> Content:
    """{% content service "description" as description %}: text plus an honest fallback flag."""
    language = translation.get_language()
    own = getattr(obj, build_localized_fieldname(field, language), None)
    if own:
        return Content(own, False)
    english = getattr(obj, build_localized_fieldname(field, "en"), "") or ""
    return Content(english, language != "en" and bool(english))


@register.filter
def phone(e164: str) -> str:
    """+44 20 7946 0123: grouped for reading aloud, still dialable from abroad."""
    return international_phone(e164) if e164 else ""
