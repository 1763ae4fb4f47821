"""The outreach worker's minute: find a service that keeps quiet, call it, hand over a card,
leave. Once with JavaScript, once without."""

import re

from playwright.sync_api import expect

FIREWALLED = "Does not tell immigration or police"


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def find_and_open_the_service(page, live_site):
    journey = live_site.journey
    page.goto(live_site.address("find a service", "en"))
    page.get_by_text("Search and filters").click()
    page.get_by_label("Language the person speaks").select_option(journey.language)
    page.get_by_label("City").select_option(journey.city)
    page.get_by_label("Will it tell immigration or the police?").select_option("firewalled")
    page.get_by_label("Only this one").check()
    page.get_by_role("button", name="Show services").click()

    expect(page).to_have_url(re.compile(f"city={journey.city}"))
    badges = page.locator(".card .firewall strong")
    expect(badges.first).to_be_visible()
    assert set(badges.all_inner_texts()) == {FIREWALLED}
    page.get_by_role("link", name=journey.name, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(journey.name)


def check_the_call_link_and_the_card(page, live_site):
    journey = live_site.journey
    expect(page.locator(".firewall strong")).to_have_text(FIREWALLED)
    expect(page.locator(".contacts a.call").first).to_have_attribute("href", journey.call)

    page.get_by_role("link", name="Show the number on screen").click()
    expect(page.locator(".show-number .number a")).to_have_attribute(
        "href", f"tel:{journey.card_number}"
    )
    expect(page.locator(".show-number .ask-for")).to_have_text(f"Ask for {journey.ask_for}")
    page.go_back()

    page.get_by_role("link", name="Print a discreet card").click()
    number = page.locator(".card-a6 .number").inner_text()
    assert digits(number) == digits(journey.card_number)
    # Neutral wording: nothing on the card says what kind of service it is.
    assert journey.name not in page.locator("body").inner_text()
    page.go_back()


def test_an_outreach_worker_finds_a_service_that_keeps_quiet_and_leaves_in_one_tap(page, live_site):
    find_and_open_the_service(page, live_site)
    check_the_call_link_and_the_card(page, live_site)
    service = page.url
    entries = page.evaluate("history.length")

    page.locator(".exit-button").click()
    page.wait_for_url(live_site.neutral)

    assert page.evaluate("history.length") == entries
    page.go_back()
    assert page.url != service


def test_the_same_journey_works_without_javascript(page_without_javascript, live_site):
    page = page_without_javascript
    find_and_open_the_service(page, live_site)
    check_the_call_link_and_the_card(page, live_site)
    # Saving for offline needs JavaScript, so it is not offered at all.
    expect(page.get_by_role("button", name="Save for use without a connection")).to_be_hidden()

    with page.expect_response(lambda response: response.url.endswith("/exit/")) as exit:
        page.locator(".exit-button").click()
    page.wait_for_url(live_site.neutral)

    assert exit.value.all_headers()["clear-site-data"] == '"cache", "cookies", "storage"'
