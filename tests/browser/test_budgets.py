"""A first visit to any page, on a phone with nothing cached: small, from our origin alone, and
leaving no cookie. Budgets are bytes as they cross the network (SPEC §10)."""

import gzip
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from tests.browser.pages import LANGUAGES, PAGES

KB = 1024
HTML_BUDGET = 14 * KB  # what the first round trip can carry (TCP's initial window)
FIRST_VISIT_BUDGET = 30 * KB
JAVASCRIPT_BUDGET = 5 * KB


def wire_size(request) -> int:
    """The body's size as sent: as it came if the server compressed it, else gzipped.

    The live server sends static files as they are; in production whitenoise sends them
    pre-compressed with brotli or gzip, which is no larger than gzip at its best level.
    """
    response = request.response()
    if response.header_value("content-encoding"):
        return request.sizes()["responseBodySize"]
    return len(gzip.compress(response.body(), 9))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PAGES)
def test_a_first_visit_is_small_private_and_from_our_origin_alone(page, live_site, kind, language):
    requests = []
    page.on("requestfinished", lambda request: requests.append(request))

    page.goto(live_site.address(kind, language))
    page.wait_for_load_state("networkidle")

    assert all(request.url.startswith(live_site.url + "/") for request in requests)
    assert not page.context.cookies()
    assert not any(request.response().header_value("set-cookie") for request in requests)
    sizes = {request.url: wire_size(request) for request in requests}
    html = sum(sizes[r.url] for r in requests if r.resource_type == "document")
    scripts = sum(sizes[r.url] for r in requests if r.resource_type == "script")
    assert html <= HTML_BUDGET, sizes
    assert sum(sizes.values()) <= FIRST_VISIT_BUDGET, sizes
    assert scripts <= JAVASCRIPT_BUDGET, sizes
    assert not any(request.resource_type == "font" for request in requests)
    assert page.evaluate("document.fonts.size") == 0


def test_all_our_javascript_together_is_within_the_budget():
    """Every script of ours, the offline worker included, even if one page loaded them all."""
    scripts = [Path(finders.find("js/exit.js")), Path(finders.find("js/offline.js"))]
    scripts.append(Path(__file__).resolve().parents[2] / "templates" / "sw.js")

    total = sum(len(gzip.compress(script.read_bytes(), 9)) for script in scripts)

    assert total <= JAVASCRIPT_BUDGET
