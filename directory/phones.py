"""Phone numbers are stored in E.164 so that a tap on a `tel:` link works from any phone."""

import phonenumbers
from django.utils.translation import gettext as _


def normalise_phone(value: str, region: str) -> str:
    """+447700900123 from "07700 900123" in GB; ValueError if it cannot be a real number."""
    try:
        number = phonenumbers.parse(value, region.upper())
    except phonenumbers.NumberParseException:
        raise ValueError(
            _("Enter a phone number, e.g. 020 7946 0000 or +44 20 7946 0000.")
        ) from None
    if not phonenumbers.is_possible_number(number):
        raise ValueError(_("This phone number has the wrong number of digits."))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def international_phone(e164: str) -> str:
    """The number grouped as people write it, with its country code: +44 20 7946 0123."""
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
