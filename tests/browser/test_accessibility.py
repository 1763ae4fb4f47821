"""Every kind of public page, in English, Thai and Arabic (right to left), on a phone:
axe-core's WCAG 2.2 A and AA rules, touch targets, and reflow at 320 px."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.pages import LANGUAGES, PAGES

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# Every control a finger can reach, measured as a finger meets it: a checkbox or radio button
# together with its label (a tap on either works); a link or button that is hidden until it
# has the keyboard focus (the skip link, the exit link for screen readers) while focused. A
# link inside a sentence is exempt, as in WCAG 2.5.5: its height is the line's.
SMALL_TARGETS = """() => {
  const small = [];
  const controls = "a[href], button, input:not([type=hidden]), select, textarea, summary";
  for (const control of document.querySelectorAll(controls)) {
    if (control.closest("[hidden]")) continue;
    const focusable = control.matches(".skip-link, .visually-hidden-focusable");
    if (focusable) control.focus();
    const boxes = [control, ...(control.labels || [])].map(e => e.getBoundingClientRect());
    if (focusable) control.blur();
    const box = {
      left: Math.min(...boxes.map(b => b.left)), right: Math.max(...boxes.map(b => b.right)),
      top: Math.min(...boxes.map(b => b.top)), bottom: Math.max(...boxes.map(b => b.bottom)),
    };
    const width = box.right - box.left, height = box.bottom - box.top;
    if (!width || !height) continue;
    const around = control.parentElement;
    const sentence = [...around.querySelectorAll("a, button")].reduce(
      (text, other) => text.replace(other.textContent, ""), around.textContent);
    if (getComputedStyle(control).display === "inline" && /\\p{L}/u.test(sentence)) continue;
    if (width < 44 || height < 44) {
      small.push(`${control.outerHTML.slice(0, 80)}: ${Math.round(width)}x${Math.round(height)}`);
    }
  }
  return small;
}"""


def open_every_section(page):
    """Show what a reader can unfold (the search form), so that it is checked too."""
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")


@pytest.fixture(params=LANGUAGES)
def language(request):
    return request.param


@pytest.mark.parametrize("kind", PAGES)
def test_every_public_page_passes_axe_with_the_wcag_22_aa_rules(page, live_site, kind, language):
    page.goto(live_site.address(kind, language))
    open_every_section(page)

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})

    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("kind", PAGES)
def test_every_control_is_at_least_44_px_square(page, live_site, kind, language):
    page.goto(live_site.address(kind, language))
    open_every_section(page)

    small = page.evaluate(SMALL_TARGETS)
    assert not small, "\n".join(small)


@pytest.mark.parametrize("kind", PAGES)
def test_no_page_scrolls_sideways_at_320_px(page, live_site, kind, language):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_site.address(kind, language))
    open_every_section(page)

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
