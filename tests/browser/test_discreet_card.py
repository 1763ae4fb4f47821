"""The discreet card prints on one A6 sheet, in any language."""

import re

import pytest

from tests.browser.pages import LANGUAGES

# A6 is 105 × 148 mm: in PDF points (1/72 inch).
A6_POINTS = (105 / 25.4 * 72, 148 / 25.4 * 72)


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """The size of every page of a PDF written by chromium (one /MediaBox per page object)."""
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    return [(float(width), float(height)) for width, height in boxes]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_discreet_card_prints_on_exactly_one_a6_page(page, live_site, language):
    page.goto(live_site.address("printed card", language))

    pdf = page.pdf(prefer_css_page_size=True, print_background=True)

    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1
    [(width, height)] = page_sizes(pdf)
    assert width == pytest.approx(A6_POINTS[0], abs=1)
    assert height == pytest.approx(A6_POINTS[1], abs=1)
