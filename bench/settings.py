"""The production settings, for `make bench`: plus a hello-world view, and the caches on or off.

`BENCH_CACHE=pages-off` swaps the page cache for Django's dummy cache, so every page is
rendered, from result cards and form lists kept as in production; `BENCH_CACHE=off` swaps
the fragment cache too, so every part of every page is rendered. `BENCH_STATIC_ROOT` is where
the benchmark collected the static files.
"""

import os

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
DUMMY = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
match os.environ.get("BENCH_CACHE", "on"):
    case "pages-off":
        CACHES = {**CACHES, "default": DUMMY}  # noqa: F405
    case "off":
        CACHES = {"default": DUMMY, "fragments": DUMMY}
