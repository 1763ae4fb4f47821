"""Site-wide views outside the language prefixes: health checks and the quick exit."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

# Health endpoints, for the container and the load balancer: cheap, cookie-free, unlogged.


@never_cache
@require_safe
def healthz(request):
    """The process answers; the database is not touched."""
    return HttpResponse("ok", content_type="text/plain")


@never_cache
@require_safe
def readyz(request):
    """The database answers a trivial query."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


@require_safe
def quick_exit(request):
    """Leave for a neutral site, asking the browser to forget what this site stored.

    Browsing history cannot be erased by a site; the safety page says so.
    """
    response = HttpResponseRedirect(settings.QUICK_EXIT_URL)
    response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
