from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from directory.models import Area, City, Country, Language, Network, Organisation, Site


class OverdueFilter(admin.SimpleListFilter):
    """Records never checked or past their review date."""

    title = _("checking")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("Overdue for checking")), ("no", _("Checked and in date"))]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "yes":
            return queryset.filter(review_due__isnull=True) | queryset.filter(review_due__lt=today)
        if self.value() == "no":
            return queryset.filter(review_due__gte=today)
        return queryset


VERIFICATION_FIELDSET = (
    _("Verification"),
    {"fields": ("evidence_source", "evidence_note", "verified_by", "verified_on", "review_due")},
)


@admin.register(Country)
class CountryAdmin(TabbedTranslationAdmin):
    list_display = ["name", "code", "phone_region"]
    search_fields = ["name", "code"]


@admin.register(City)
class CityAdmin(TabbedTranslationAdmin):
    list_display = ["name", "country", "time_zone"]
    list_filter = ["country"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["name", "city", "kind"]
    list_filter = ["city", "kind"]
    search_fields = ["name"]


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = ["english_name", "endonym", "code", "direction", "tampep_leaflet"]
    list_filter = ["direction", "tampep_leaflet"]
    search_fields = ["english_name", "endonym", "code"]


@admin.register(Network)
class NetworkAdmin(admin.ModelAdmin):
    search_fields = ["name"]


class SiteInline(admin.StackedInline):
    model = Site
    extra = 0
    fields = ["label_en", "address_visibility", "city", "area", "enforcement_presence"]
    show_change_link = True


@admin.register(Organisation)
class OrganisationAdmin(TabbedTranslationAdmin):
    list_display = ["name", "org_type", "city", "status", "review_due", "is_demo"]
    list_filter = [
        "city__country",
        "city",
        "org_type",
        "status",
        OverdueFilter,
        "is_demo",
    ]
    search_fields = ["name", "alt_names"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["city", "networks"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [SiteInline]
    fieldsets = [
        (None, {"fields": ["name", "alt_names", "slug", "org_type", "city", "website"]}),
        (_("About"), {"fields": ["description", "networks", "status", "is_demo"]}),
        (
            _("People and ethos"),
            {
                "fields": [
                    "sex_worker_led",
                    "peer_staff",
                    "migrant_staff",
                    "ethos",
                    "ethos_notes",
                    "government_linked",
                    "show_staff_names",
                ]
            },
        ),
        VERIFICATION_FIELDSET,
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]


@admin.register(Site)
class SiteAdmin(TabbedTranslationAdmin):
    list_display = ["label", "organisation", "city", "address_visibility", "enforcement_presence"]
    list_filter = ["city__country", "city", "address_visibility", "enforcement_presence"]
    search_fields = ["label", "organisation__name", "postcode"]
    autocomplete_fields = ["organisation", "city", "area"]
