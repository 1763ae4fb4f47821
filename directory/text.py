"""Text folded for searching: the same rules for stored text and for what a reader types.

SQLite compares non-ASCII letters case-sensitively and neither database ignores accents by
default, so both sides are folded in Python: Clínica, CLINICA and clinica all become clinica,
КЛИНИКА becomes клиника, and Turkish SAĞLIK and sağlık both become saglik.
"""

import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    # Turkish dotless ı has no capital of its own outside Turkish casing rules: fold it to i.
    return " ".join(bare.casefold().replace("ı", "i").split())
