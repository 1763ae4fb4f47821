"""A static 503 page for when the database cannot be reached, instead of a hang or a 500."""

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

# Long enough for a database restart, short enough that an outreach worker tries again soon.
RETRY_AFTER_SECONDS = 30


class DatabaseUnavailableMiddleware:
    """Answer 503 with a translated, static page when a view loses the database.

    Only lost connections count: a query that is wrong (ProgrammingError, IntegrityError) is a
    bug and stays a 500. Django turns an exception raised below a middleware into a response
    before it gets back up the stack, so a view's exception reaches us through
    `process_exception`, never around `get_response`. Nothing here helps the app recover:
    Django drops a connection that failed, and `CONN_HEALTH_CHECKS` replaces one that died
    while idle, so the first request after the database returns is served as usual.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        # Rendered without the request, so no context processor can reach for the session,
        # the user or anything else kept in the database. The language is still the
        # reader's: LocaleMiddleware activated it from the URL.
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        # No shared cache or CDN may keep serving the outage once the database is back.
        add_never_cache_headers(response)
        return response
