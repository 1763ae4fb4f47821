"""The production settings, for `make bench`: plus a hello-world view, and the page cache on or off.

`BENCH_PAGE_CACHE=off` swaps the page cache for Django's dummy cache, so every page is
rendered; `BENCH_STATIC_ROOT` is where the benchmark collected the static files.
"""

import os

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
if os.environ.get("BENCH_PAGE_CACHE") == "off":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
