"""Parts of public pages kept between requests: result cards, the find form's lists, the
names of the site's languages, and every page's head and header ({% kept %} in base.html).

A find page is mostly its ten result cards and its form's lists of languages, cities and kinds
of service. None of them holds anything about the reader or what they searched for, and each is
the same on every page that shows it in that language, so a part rendered for one page serves
the next, whatever it was filtered on or searched for. A page rendered afresh, a search above
all (its page is never kept whole), then mostly only has to find its results.

Parts live in the "fragments" cache for FRAGMENT_CACHE_SECONDS, which together with
PAGE_CACHE_SECONDS bounds how far a page can lag behind the directory.
"""

from collections.abc import Callable, Hashable, Iterable

from django.conf import settings
from django.core.cache import caches
from django.urls import get_script_prefix
from django.utils import translation


def key_prefix(kind: str) -> str:
    # A part's links hold the language and the script prefix the site is served under.
    return f"{kind}:{get_script_prefix()}{translation.get_language()}:"


def kept(kind: str, ids: Iterable[Hashable], make: Callable[[list], dict]) -> dict:
    """Each id's part in the reader's language: kept ones as they are, the rest from make().

    make(missing ids) returns {id: part}; an id it leaves out (a service unpublished a moment
    ago) is left out of the answer too.
    """
    # Read at each request, so a deployment (or a test) can turn the cache off.
    seconds = settings.FRAGMENT_CACHE_SECONDS
    prefix = key_prefix(kind)
    keys = {f"{prefix}{id_}": id_ for id_ in ids}
    store = caches["fragments"]
    found = store.get_many(keys) if seconds else {}
    parts = {keys[key]: part for key, part in found.items()}
    missing = [id_ for key, id_ in keys.items() if key not in found]
    if missing:
        made = make(missing)
        parts.update(made)
        if seconds:
            store.set_many({f"{prefix}{id_}": part for id_, part in made.items()}, seconds)
    return parts


def kept_one(kind: str, make: Callable[[], object]) -> object:
    """One part in the reader's language, kept like the others."""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if not seconds:
        return make()
    return caches["fragments"].get_or_set(key_prefix(kind), make, seconds)
