"""Text folded for searching: the same rules for stored text and for what a reader types.

SQLite compares non-ASCII letters case-sensitively and neither database ignores accents by
default, so both sides are folded in Python: Clínica, CLINICA and clinica all become clinica,
КЛИНИКА becomes клиника, and Turkish SAĞLIK and sağlık both become saglik.
"""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    # Turkish dotless ı has no capital of its own outside Turkish casing rules: fold it to i.
    return " ".join(bare.casefold().replace("ı", "i").split())


# Words that say what a page is about to anyone who reads a browser's history.
REVEALING_STEMS = ("sex", "prostitut", "traffick", "immigra", "deport", "escort", "brothel")
REVEALING_WORDS = {
    "abortion", "aids", "asylum", "drug", "drugs", "hiv", "papers", "refuge", "std", "sti",
    "stis", "trans", "vice",
}  # fmt: skip


def validate_discreet_slug(slug: str) -> None:
    """A page address stays in the browser history: it must not say what the page is about."""
    for word in slug.split("-"):
        if word in REVEALING_WORDS or word.startswith(REVEALING_STEMS):
            raise ValidationError(
                _("Use neutral words in the address: “%(word)s” says too much in a history."),
                params={"word": word},
            )
