"""Every kind of page opens with the same head, the page shown during an outage included."""

import pytest
from django.db import OperationalError, connection
from django.template.loader import render_to_string

from tests.factories import create_organisation, create_policy, create_service

pytestmark = pytest.mark.django_db

HEAD = """<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
"""


def refuse(execute, sql, params, many, context):
    raise OperationalError("connection to server failed: Connection refused")


def outage_page() -> str:
    """As the middleware renders it: without the request, and with no database to reach."""
    with connection.execute_wrapper(refuse):
        return render_to_string("503.html")


def test_a_page_the_printed_card_and_the_outage_page_open_with_the_same_head(client):
    org = create_organisation()
    service = create_service(organisation=org, policy=create_policy(organisation=org))
    pages = {
        "a page": client.get("/en/safety/").content.decode(),
        "the printed card": client.get(f"/en/card/{service.pk}/print/").content.decode(),
        "the outage page": outage_page(),
    }

    for name, html in pages.items():
        assert HEAD in html, name
        # Browsers look for the encoding only in the first 1024 bytes.
        assert html.encode().index(b'<meta charset="utf-8">') < 1024, name
