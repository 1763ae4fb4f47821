from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from services.models import Service


@require_safe
def choose_language(request):
    """Send `/` to the reader's language, read from the browser and never stored in a cookie."""
    language = translation.get_language_from_request(request, check_path=False)
    with translation.override(language):
        response = redirect("find-service")
    patch_vary_headers(response, ["Accept-Language"])
    return response


@require_safe
def find_service(request):
    services = (
        Service.objects.published()
        .select_related("organisation", "category", "organisation__city")
        .order_by("name", "pk")
    )
    page = Paginator(services, 20).get_page(request.GET.get("page"))
    return render(request, "services/find_service.html", {"page": page})


@require_safe
def service_detail(request, slug: str):
    service = get_object_or_404(
        Service.objects.published().select_related("organisation", "category"), slug=slug
    )
    return render(request, "services/service_detail.html", {"service": service})
