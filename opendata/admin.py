"""HSDS export and import in the admin, as two views on the services list.

Importing goes in two steps: the upload is imported and rolled back to show what would happen,
row by row; only when staff confirm is the same data imported for real. Between the two the
rows wait in the staff member's session (Django's database-backed sessions), not in a file.
"""

import secrets

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _

from directory.models import City
from opendata import importer, tabular
from opendata.forms import ImportForm
from services.admin import ServiceAdmin
from services.models import Service, ServiceCategory

PENDING = "opendata-import"


class OpenDataServiceAdmin(ServiceAdmin):
    change_list_template = "opendata/service_change_list.html"

    def get_urls(self):
        # Before the inherited ones: "<path:object_id>/" would swallow these paths.
        return [
            path(
                "hsds/export/",
                self.admin_site.admin_view(self.export_view),
                name="services_service_hsds_export",
            ),
            path(
                "hsds/import/",
                self.admin_site.admin_view(self.import_view),
                name="services_service_hsds_import",
            ),
            *super().get_urls(),
        ]

    def export_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        response = HttpResponse(tabular.export_zip(), content_type="application/zip")
        name = f"hsds-{timezone.localdate().isoformat()}.zip"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    def import_view(self, request):
        # An import creates organisations, which belong to no staff member's project yet:
        # only those who may see every organisation can bring them in and review them.
        if not request.user.is_superuser:
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import HSDS data"),
            "opts": self.model._meta,
        }
        if request.method == "POST" and "confirm" in request.POST:
            pending = request.session.pop(PENDING, None)
            if not pending or not secrets.compare_digest(
                pending["token"], request.POST.get("token", "")
            ):
                messages.error(request, _("That preview has expired: upload the file again."))
                return redirect("admin:services_service_hsds_import")
            report = importer.run(
                pending["tables"],
                user=request.user,
                options=options(pending),
                commit=True,
            )
            messages.success(
                request,
                _("{count} records imported; each needs checking.").format(count=report.created),
            )
            context |= {"report": report, "done": True}
            return TemplateResponse(request, "opendata/import.html", context)
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            pending = {
                "token": secrets.token_urlsafe(16),
                "tables": form.cleaned_data["file"],
                "city": form.cleaned_data["default_city"] and form.cleaned_data["default_city"].pk,
                "category": form.cleaned_data["default_category"]
                and form.cleaned_data["default_category"].pk,
                "trust": form.cleaned_data["trust"],
            }
            report = importer.run(
                pending["tables"], user=request.user, options=options(pending), commit=False
            )
            request.session[PENDING] = pending
            context |= {"report": report, "token": pending["token"]}
        context["form"] = form
        return TemplateResponse(request, "opendata/import.html", context)


def options(pending: dict) -> importer.Options:
    return importer.Options(
        default_city=City.objects.filter(pk=pending["city"]).first(),
        default_category=ServiceCategory.objects.filter(pk=pending["category"]).first(),
        trust=pending["trust"],
    )


# Extends, rather than edits, the services app's admin: imports flow opendata → services.
admin.site.unregister(Service)
admin.site.register(Service, OpenDataServiceAdmin)
