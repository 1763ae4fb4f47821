"""The API's query parameters, checked before any of them reaches the database.

Anything a database could choke on (a NUL byte, an integer past 64 bits, a date past year
9999) is refused here with a 400 that names the parameter, so no input can cause a 500.
"""

import datetime
import re
import unicodedata
import uuid

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 50
MAX_TEXT_LENGTH = 200
# Nine digits: far beyond any real page, far below any database's integer limit.
NUMBER = re.compile(r"[0-9]{1,9}")
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})*")


class BadParameter(Exception):
    def __init__(self, name: str, message: str):
        super().__init__(message)
        self.name = name
        self.message = message


def text(params, name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    if len(value) > MAX_TEXT_LENGTH:
        raise BadParameter(
            name, _("At most {count} characters, please.").format(count=MAX_TEXT_LENGTH)
        )
    if any(unicodedata.category(char) in {"Cc", "Cs", "Co", "Cn"} for char in value):
        raise BadParameter(name, _("This contains characters that cannot be searched for."))
    return value.strip() or None


def number(params, name: str, *, default: int, maximum: int) -> int:
    value = text(params, name)
    if value is None:
        return default
    if not NUMBER.fullmatch(value) or not 1 <= int(value) <= maximum:
        raise BadParameter(name, _("A whole number from 1 to {maximum}.").format(maximum=maximum))
    return int(value)


def page(params) -> tuple[int, int]:
    """The page number and the page size."""
    return (
        number(params, "page", default=1, maximum=10**9 - 1),
        number(params, "per_page", default=DEFAULT_PER_PAGE, maximum=MAX_PER_PAGE),
    )


def identifier(params, name: str) -> uuid.UUID | None:
    value = text(params, name)
    if value is None:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        raise BadParameter(name, _("An identifier (a UUID) is expected.")) from None


def moment(params, name: str) -> datetime.datetime | None:
    """A date or date and time; one without a time zone is taken as UTC."""
    value = text(params, name)
    if value is None:
        return None
    try:
        parsed = parse_datetime(value)
        if parsed is None and (day := parse_date(value)) is not None:
            parsed = datetime.datetime.combine(day, datetime.time())
        if parsed is None:
            raise ValueError(value)
        if timezone.is_naive(parsed):
            parsed = timezone.make_aware(parsed, datetime.UTC)
        # Converting an edge-of-calendar date to UTC is where an overflow would surface.
        return parsed.astimezone(datetime.UTC)
    except (ValueError, OverflowError):
        raise BadParameter(
            name, _("A date, or a date and time, such as 2026-01-31 or 2026-01-31T09:00:00Z.")
        ) from None


def choice(params, name: str, values) -> str | None:
    value = text(params, name)
    if value is not None and value not in values:
        raise BadParameter(name, _("One of: {values}.").format(values=", ".join(sorted(values))))
    return value


def language_tag(params, name: str) -> str | None:
    value = text(params, name)
    if value is None:
        return None
    value = value.lower().replace("_", "-")
    if not LANGUAGE_TAG.fullmatch(value):
        raise BadParameter(name, _("A language tag such as ro or zh-hans."))
    return value


def content_language(params) -> str:
    """The `lang` parameter: one of the site's languages, English when not given."""
    value = language_tag(params, "lang")
    if value is None:
        return settings.LANGUAGE_CODE
    codes = [code for code, _name in settings.LANGUAGES]
    if value not in codes:
        raise BadParameter("lang", _("One of: {values}.").format(values=", ".join(codes)))
    return value


def boolean(params, name: str) -> bool | None:
    value = choice(params, name, {"true", "false"})
    return None if value is None else value == "true"
