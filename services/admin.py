from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from directory.admin import VERIFICATION_FIELDSET, OverdueFilter
from services.models import (
    ConfidentialityPolicy,
    ContactPoint,
    OpeningSlot,
    Service,
    ServiceCategory,
    ServiceLanguage,
)


@admin.register(ServiceCategory)
class ServiceCategoryAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "parent", "is_enforcement", "position"]
    list_filter = ["is_enforcement", "parent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(ConfidentialityPolicy)
class ConfidentialityPolicyAdmin(TabbedTranslationAdmin):
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
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["organisation", "title", "is_organisation_default"]}),
        (
            _("Who gets told"),
            {
                "fields": [
                    "involves_authorities_at_first_contact",
                    "shares_with_immigration",
                    "shares_with_police",
                    "shares_with_home_country",
                    "shares_with_family",
                    "reports_unpaid_charges",
                    "response_to_authority_enquiry",
                    "consent_before_sharing",
                    "informs_before_disclosure",
                ]
            },
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
            {
                "fields": [
                    "asks_immigration_status",
                    "id_requirement",
                    "real_name_required",
                    "accepts_working_name",
                    "address_required",
                ]
            },
        ),
        (_("Statement"), {"fields": ["statement_text", "statement_url", "known_incidents"]}),
        VERIFICATION_FIELDSET,
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]


class ServiceLanguageInline(TranslationTabularInline):
    model = ServiceLanguage
    extra = 0
    autocomplete_fields = ["language"]


class OpeningSlotInline(TranslationTabularInline):
    model = OpeningSlot
    extra = 0


class ContactPointInline(TranslationTabularInline):
    model = ContactPoint
    extra = 0


@admin.register(Service)
class ServiceAdmin(TabbedTranslationAdmin):
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
    readonly_fields = ["firewall_status", "firewall_checked_until", "created_at", "updated_at"]
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
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]
