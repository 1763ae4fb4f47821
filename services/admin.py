import datetime

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from directory.admin import (
    VERIFICATION_FIELDSET,
    ChangeReasonForm,
    HistoryReasonAdmin,
    OrganisationScoped,
    OverdueFilter,
    ReferenceData,
    is_member,
)
from directory.models import EvidenceSource, Organisation, review_overdue
from services.firewall import FirewallStatus
from services.models import (
    ConfidentialityPolicy,
    ContactPoint,
    OpeningSlot,
    Service,
    ServiceCategory,
    ServiceLanguage,
    ServiceStatus,
    Suggestion,
    SuggestionKind,
    SuggestionStatus,
)


class ServiceForm(ChangeReasonForm):
    firewall_inputs = (
        "organisation",
        "category",
        "policy",
        "sites",
        "cost_policy",
        "requires_cooperation_with_authorities",
        "firewall_override",
        "firewall_override_reason",
    )


class PolicyForm(ChangeReasonForm):
    firewall_inputs = (
        "is_organisation_default",
        "involves_authorities_at_first_contact",
        "shares_with_immigration",
        "shares_with_police",
        "reports_unpaid_charges",
        "asks_immigration_status",
        "evidence_source",
        "verified_on",
        "review_due",
    )


class MarkCheckedForm(forms.Form):
    evidence_source = forms.ChoiceField(
        label=_("How was it checked?"),
        choices=[("", "---------"), *EvidenceSource.choices],
    )
    evidence_note = forms.CharField(
        label=_("Evidence note (staff only)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Who confirmed it, in what role, and how. Never shown publicly."),
    )


class MarkCheckedAdmin:
    """The "mark as checked today" action and button, which always ask for the evidence."""

    actions = ["mark_checked"]

    @admin.action(description=_("Mark as checked today"))
    def mark_checked(self, request, queryset):
        queryset = self.scope(request, queryset, editing=True)
        form = MarkCheckedForm(request.POST if "confirm" in request.POST else None)
        if form.is_valid():
            for obj in queryset:
                self.record_check(request, obj, form.cleaned_data)
            self.message_user(
                request,
                _("%(count)d marked as checked today.") % {"count": len(queryset)},
                messages.SUCCESS,
            )
            return None
        return self.mark_checked_page(
            request,
            form,
            queryset,
            action_checkbox_name=admin.helpers.ACTION_CHECKBOX_NAME,
        )

    def mark_checked_view(self, request, object_id):
        obj = self.get_object(request, object_id)
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        form = MarkCheckedForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            self.record_check(request, obj, form.cleaned_data)
            self.message_user(request, _("Marked as checked today."), messages.SUCCESS)
            info = self.model._meta.app_label, self.model._meta.model_name
            return HttpResponseRedirect(reverse("admin:{}_{}_change".format(*info), args=[obj.pk]))
        return self.mark_checked_page(request, form, [obj], original=obj)

    def mark_checked_page(self, request, form, objects, **context):
        return render(
            request,
            "admin/services/mark_checked.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Mark as checked today"),
                "opts": self.model._meta,
                "form": form,
                "objects": objects,
                **context,
            },
        )

    def get_urls(self):
        info = self.model._meta.app_label, self.model._meta.model_name
        return [
            path(
                "<path:object_id>/mark-checked/",
                self.admin_site.admin_view(self.mark_checked_view),
                name="{}_{}_mark_checked".format(*info),
            ),
            *super().get_urls(),
        ]

    def record_check(self, request, obj, evidence: dict) -> None:
        verify(obj, evidence, request.user, days=self.review_interval(obj))


def verify(obj, evidence: dict, user, *, days: int) -> None:
    """Record a check: how, by whom, today, and when it is due again."""
    today = timezone.localdate()
    obj.evidence_source = evidence["evidence_source"]
    obj.evidence_note = evidence["evidence_note"]
    obj.verified_by = user
    obj.verified_on = today
    obj.review_due = today + datetime.timedelta(days=days)
    obj._change_reason = _("Checked: %(source)s") % {
        "source": EvidenceSource(evidence["evidence_source"]).label
    }
    obj.save()


def policy_review_interval(policy: ConfidentialityPolicy) -> int:
    """The shortest interval among the kinds of service that follow this policy."""
    intervals = policy.affected_services().values_list("category__review_interval_days", flat=True)
    default = ServiceCategory._meta.get_field("review_interval_days").default
    return min(intervals, default=default)


@admin.register(ServiceCategory)
class ServiceCategoryAdmin(ReferenceData, TabbedTranslationAdmin):
    list_display = ["name", "slug", "parent", "is_enforcement", "review_interval_days"]
    list_filter = ["is_enforcement", "parent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(ConfidentialityPolicy)
class ConfidentialityPolicyAdmin(
    MarkCheckedAdmin, OrganisationScoped, HistoryReasonAdmin, TabbedTranslationAdmin
):
    form = PolicyForm
    list_display = [
        "title",
        "organisation",
        "shares_with_immigration",
        "shares_with_police",
        "evidence_source",
        "review_due",
    ]
    list_filter = [
        "organisation__city",
        "shares_with_immigration",
        "shares_with_police",
        "evidence_source",
        OverdueFilter,
        "organisation__is_demo",
    ]
    list_select_related = ["organisation"]
    search_fields = ["title", "organisation__name"]
    autocomplete_fields = ["organisation"]
    readonly_fields = ["verified_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["organisation", "title", "is_organisation_default"]}),
        (
            _("Who gets told"),
            {"fields": list(ConfidentialityPolicy.SHARING_ANSWERS)},
        ),
        (
            _("Legal exceptions"),
            {
                "fields": [
                    "exception_under_18",
                    "exception_risk_of_harm",
                    "exception_terrorism",
                    "exception_court_order",
                    "other_exceptions",
                ]
            },
        ),
        (
            _("What they ask for"),
            {"fields": list(ConfidentialityPolicy.ASKING_ANSWERS)},
        ),
        (_("Statement"), {"fields": ["statement_text", "statement_url", "known_incidents"]}),
        VERIFICATION_FIELDSET,
        (_("Why"), {"fields": ["change_reason"]}),
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]

    def review_interval(self, policy: ConfidentialityPolicy) -> int:
        return policy_review_interval(policy)


class ServiceInline(OrganisationScoped, TranslationTabularInline):
    organisation_path = "service__organisation"
    extra = 0


class ServiceLanguageInline(ServiceInline):
    model = ServiceLanguage
    autocomplete_fields = ["language"]


class OpeningSlotInline(ServiceInline):
    model = OpeningSlot


class ContactPointInline(ServiceInline):
    model = ContactPoint


@admin.register(Service)
class ServiceAdmin(
    MarkCheckedAdmin, OrganisationScoped, HistoryReasonAdmin, TabbedTranslationAdmin
):
    form = ServiceForm
    change_form_template = "admin/services/service/change_form.html"
    list_display = [
        "name",
        "organisation",
        "category",
        "firewall_status",
        "status",
        "review_due",
        "is_demo",
    ]
    list_filter = [
        "organisation__city__country",
        "organisation__city",
        "category",
        "firewall_status",
        "status",
        OverdueFilter,
        "is_demo",
    ]
    list_select_related = ["organisation", "category"]
    search_fields = ["name", "organisation__name", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    autocomplete_fields = ["organisation", "category", "extra_categories", "sites", "policy"]
    readonly_fields = [
        "firewall_status",
        "firewall_checked_until",
        "firewall_timeline",
        "verified_by",
        "created_at",
        "updated_at",
    ]
    inlines = [ServiceLanguageInline, OpeningSlotInline, ContactPointInline]
    fieldsets = [
        (None, {"fields": ["organisation", "name", "slug", "category", "extra_categories"]}),
        (
            _("Firewall"),
            {
                "fields": [
                    "firewall_status",
                    "firewall_checked_until",
                    "policy",
                    "firewall_override",
                    "firewall_override_reason",
                    "firewall_timeline",
                ]
            },
        ),
        (_("About"), {"fields": ["description", "how_to_access", "eligibility", "sites"]}),
        (
            _("Who and how"),
            {
                "fields": [
                    "gender_focus",
                    "min_age",
                    "walk_in",
                    "by_appointment",
                    "outreach",
                    "by_phone",
                    "online",
                    "always_open",
                ]
            },
        ),
        (
            _("Cost and conditions"),
            {
                "fields": [
                    "cost_policy",
                    "charged_elements",
                    "requires_cooperation_with_authorities",
                    "requires_exit_commitment",
                    "max_stay_days",
                ]
            },
        ),
        (
            _("Listing"),
            {"fields": ["discreet_card_text", "status", "staff_notes", "is_demo"]},
        ),
        VERIFICATION_FIELDSET,
        (_("Why"), {"fields": ["change_reason"]}),
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]

    def get_urls(self):
        return [
            path(
                "overdue/",
                self.admin_site.admin_view(self.overdue_view),
                name="services_service_overdue",
            ),
            *super().get_urls(),
        ]

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        # Sites are saved after the service itself: derive again with the final set, and save
        # once more (with the editor's reason) only if that moves the status.
        service = form.instance
        if service.apply_firewall_status():
            service._change_reason = form.cleaned_data.get("change_reason", "")
            service.save()

    @admin.display(description=_("firewall status over time"))
    def firewall_timeline(self, service: Service) -> str:
        if service.pk is None:
            return "–"
        changes, previous = [], None
        for record in service.history.order_by("history_date", "history_id").select_related(
            "history_user"
        ):
            if record.firewall_status != previous:
                changes.append(record)
                previous = record.firewall_status
        return format_html(
            '<table class="firewall-timeline"><tbody>{}</tbody></table>',
            format_html_join(
                "",
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                (
                    (
                        timezone.localtime(record.history_date).strftime("%Y-%m-%d %H:%M"),
                        FirewallStatus(record.firewall_status).label,
                        record.history_user or _("automatic"),
                        record.history_change_reason or "",
                    )
                    for record in reversed(changes)
                ),
            ),
        )

    def review_interval(self, service: Service) -> int:
        return service.category.review_interval_days

    def record_check(self, request, service: Service, evidence: dict) -> None:
        """Checking a service checks its confidentiality policy too, where staff may edit it."""
        policy = service.effective_policy
        super().record_check(request, service, evidence)
        if policy and is_member(request, policy, editing=True):
            verify(policy, evidence, request.user, days=policy_review_interval(policy))

    def overdue_view(self, request):
        today = timezone.localdate()
        organisations = (
            # The organisations this person sees in the organisation admin, and no others.
            self.admin_site.get_model_admin(Organisation)
            .scope(request, Organisation.objects.all())
            .annotate(
                overdue_services=Count(
                    "services", filter=review_overdue(today, "services__"), distinct=True
                ),
                overdue_policies=Count(
                    "policies", filter=review_overdue(today, "policies__"), distinct=True
                ),
            )
            .filter(Q(overdue_services__gt=0) | Q(overdue_policies__gt=0))
            .order_by("-overdue_services", "name")
        )
        return render(
            request,
            "admin/services/overdue.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Overdue for checking"),
                "opts": self.model._meta,
                "organisations": organisations,
                "total": self.get_queryset(request).filter(review_overdue(today)).count(),
            },
        )


@admin.register(Suggestion)
class SuggestionAdmin(OrganisationScoped, admin.ModelAdmin):
    organisation_path = "service__organisation"
    list_display = ["service_link", "kind", "text", "status", "created_on"]
    list_filter = ["status", "kind"]
    list_select_related = ["service"]
    readonly_fields = ["service", "kind", "text", "created_on", "handled_by", "handled_on"]
    fields = readonly_fields + ["status"]
    actions = ["apply", "dismiss"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False  # suggestions come from readers only

    @admin.display(description=_("service"))
    def service_link(self, suggestion: Suggestion) -> str:
        url = reverse("admin:services_service_change", args=[suggestion.service_id])
        return format_html('<a href="{}">{}</a>', url, suggestion.service.name)

    @admin.action(description=_("Apply: mark done (closes or hides the service if it says so)"))
    def apply(self, request, queryset):
        for suggestion in self.scope(
            request, queryset.filter(status=SuggestionStatus.NEW), editing=True
        ):
            service = suggestion.service
            new_status = {
                SuggestionKind.CLOSED: ServiceStatus.CLOSED,
                SuggestionKind.MOVED: ServiceStatus.MOVED,
            }.get(suggestion.kind)
            if new_status:
                service.status = new_status
                service._change_reason = _("Suggested correction %(number)d: %(kind)s") % {
                    "number": suggestion.pk,
                    "kind": suggestion.get_kind_display(),
                }
                service.save()
            self.handle(request, suggestion, SuggestionStatus.APPLIED)

    @admin.action(description=_("Dismiss"))
    def dismiss(self, request, queryset):
        for suggestion in self.scope(
            request, queryset.filter(status=SuggestionStatus.NEW), editing=True
        ):
            self.handle(request, suggestion, SuggestionStatus.DISMISSED)

    def handle(self, request, suggestion: Suggestion, status: str) -> None:
        suggestion.status = status
        suggestion.handled_by = request.user
        suggestion.handled_on = timezone.localdate()
        suggestion.save()
