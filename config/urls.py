from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView
from django_otp.admin import OTPAdminSite

from config import views as site_views
from services import views as service_views

# Every staff sign-in needs a second factor: a code from an authenticator app or a backup code.
admin.site.__class__ = OTPAdminSite

urlpatterns = [
    path("", service_views.choose_language, name="choose-language"),
    path("admin/", admin.site.urls),
    path("healthz", site_views.healthz, name="healthz"),
    path("readyz", site_views.readyz, name="readyz"),
    path("exit/", site_views.quick_exit, name="quick-exit"),
    # The "save for offline" service worker: at the root, so that it may answer for every page.
    path(
        "sw.js",
        TemplateView.as_view(template_name="sw.js", content_type="text/javascript"),
        name="offline-worker",
    ),
    path("api/v1/", include("opendata.urls")),
]

# Public pages carry their language in the URL, never in a cookie.
urlpatterns += i18n_patterns(
    path("", include("services.urls")),
    path("", include("guidance.urls")),
    prefix_default_language=True,
)
