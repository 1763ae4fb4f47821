"""The quick exit, in a real browser: by the button, by Shift pressed three times, by the link
for assistive technology, and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect


def open_a_service_from_the_list(page, live_site):
    page.goto(live_site.address("find a service", "en"))
    page.goto(live_site.address("service", "en"))


def leave_by_the_button(page):
    page.locator(".exit-button").click()


def leave_by_pressing_shift_three_times(page):
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    # Two presses only warn; the third leaves.
    expect(page.locator("[data-exit] [role=status]")).to_contain_text("1 more time")
    expect(page).to_have_url(re.compile("/services/"))
    page.keyboard.press("Shift")


def leave_by_the_link_for_assistive_technology(page):
    page.locator(".visually-hidden-focusable[data-exit-link]").focus()
    page.keyboard.press("Enter")


@pytest.mark.parametrize(
    "leave",
    [
        leave_by_the_button,
        leave_by_pressing_shift_three_times,
        leave_by_the_link_for_assistive_technology,
    ],
)
def test_the_quick_exit_replaces_the_page_with_the_neutral_site(page, live_site, leave):
    open_a_service_from_the_list(page, live_site)
    service = page.url
    entries = page.evaluate("history.length")

    with page.expect_response(lambda response: response.url.endswith("/exit/")) as exit:
        leave(page)
    page.wait_for_url(live_site.neutral)

    assert exit.value.all_headers()["clear-site-data"] == '"cache", "cookies", "storage"'
    # Replaced, not added: Back leads to the page before, never to the one they left.
    assert page.evaluate("history.length") == entries
    page.go_back()
    assert page.url != service
    assert page.url == live_site.url + live_site.address("find a service", "en")


def test_without_javascript_the_exit_link_still_leaves_and_clears(
    page_without_javascript, live_site
):
    page = page_without_javascript
    open_a_service_from_the_list(page, live_site)

    with page.expect_response(lambda response: response.url.endswith("/exit/")) as exit:
        page.locator(".exit-button").click()
    page.wait_for_url(live_site.neutral)

    assert exit.value.all_headers()["clear-site-data"] == '"cache", "cookies", "storage"'
