"""The site's URLs plus the framework floor: a hello-world view through the whole middleware stack.

Reachable only under the benchmark's settings (bench/settings.py); the site never routes here.
"""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.http import require_safe

from config.urls import urlpatterns as site_urlpatterns


@require_safe
def hello(request):
    return HttpResponse("Hello, world", content_type="text/plain")


urlpatterns = [path("bench/hello", hello), *site_urlpatterns]
