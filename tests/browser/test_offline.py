"""Save for offline: only by choice, it opens without a connection, and it can be removed by
"Delete saved pages" and by the quick exit."""

import pytest
from playwright.sync_api import Error, expect

SAVED = "Saved. This page and its number now open without a connection."
SAVED_CACHES = "caches.keys()"
WORKERS = "navigator.serviceWorker.getRegistrations().then(workers => workers.length)"


def save_the_service_page(page, live_site):
    page.goto(live_site.address("service", "en"))
    # Nothing is kept before the reader asks.
    assert page.evaluate(SAVED_CACHES) == []
    page.get_by_role("button", name="Save for use without a connection").click()
    expect(page.locator("[data-offline] [role=status]")).to_have_text(SAVED)


def test_a_saved_service_page_and_its_number_open_without_a_connection(page, live_site):
    save_the_service_page(page, live_site)

    page.context.set_offline(True)

    for kind in ("service", "number on screen"):
        response = page.goto(live_site.address(kind, "en"))
        assert response.from_service_worker
    expect(page.locator(".show-number .number a")).to_have_attribute(
        "href", f"tel:{live_site.journey.card_number}"
    )
    # Only what was saved: any other page needs the network.
    with pytest.raises(Error, match="ERR_INTERNET_DISCONNECTED|ERR_FAILED"):
        page.goto(live_site.address("about", "en"))


def test_delete_saved_pages_removes_the_pages_and_the_worker(page, live_site):
    save_the_service_page(page, live_site)
    assert page.evaluate(SAVED_CACHES) == ["saved"]

    page.goto(live_site.address("safety", "en"))
    page.get_by_role("button", name="Delete saved pages").click()

    expect(page.locator("[data-offline] [role=status]")).to_contain_text("Deleted.")
    assert page.evaluate(SAVED_CACHES) == []
    assert page.evaluate(WORKERS) == 0


def leave_by_the_button(page, live_site):
    page.locator(".exit-button").click()


def leave_by_the_exit_address_alone(page, live_site):
    """What the exit's Clear-Site-Data does by itself, without the page's script."""
    page.goto("/exit/")


@pytest.mark.parametrize("leave", [leave_by_the_button, leave_by_the_exit_address_alone])
def test_the_quick_exit_removes_saved_pages(page, live_site, leave):
    save_the_service_page(page, live_site)

    leave(page, live_site)
    page.wait_for_url(live_site.neutral)
    page.goto(live_site.address("about", "en"))

    assert page.evaluate(SAVED_CACHES) == []
    assert page.evaluate(WORKERS) == 0
