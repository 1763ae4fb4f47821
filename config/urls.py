from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from config import views as site_views
from services import views as service_views

urlpatterns = [
    path("", service_views.choose_language, name="choose-language"),
    path("admin/", admin.site.urls),
    path("healthz", site_views.healthz, name="healthz"),
    path("readyz", site_views.readyz, name="readyz"),
    path("exit/", site_views.quick_exit, name="quick-exit"),
    path("api/v1/", include("opendata.urls")),
]

# Public pages carry their language in the URL, never in a cookie.
urlpatterns += i18n_patterns(
    path("", include("services.urls")),
    path("", include("guidance.urls")),
    prefix_default_language=True,
)
