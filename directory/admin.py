from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from directory.models import (
    Area,
    City,
    Country,
    Language,
    Membership,
    MembershipRole,
    Network,
    Organisation,
    Site,
    review_overdue,
)


class OverdueFilter(admin.SimpleListFilter):
    """Records never checked or past their review date."""

    title = _("checking")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("Overdue for checking")), ("no", _("Checked and in date"))]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "yes":
            return queryset.filter(review_overdue(today))
        if self.value() == "no":
            return queryset.filter(review_due__gte=today)
        return queryset


class ChangeReasonForm(forms.ModelForm):
    """A form that asks why, whenever a change touches an input of the firewall status."""

    firewall_inputs: tuple[str, ...] = ()

    change_reason = forms.CharField(
        label=_("Why is this changing?"),
        required=False,
        max_length=200,
        help_text=_(
            "Needed when a change can move the firewall status. Kept in the history; "
            "no names of people who use services."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        touched = [name for name in self.changed_data if name in self.firewall_inputs]
        if self.instance.pk and touched and not cleaned.get("change_reason", "").strip():
            self.add_error("change_reason", _("Say why: this change can move the firewall status."))
        return cleaned


class HistoryReasonAdmin(SimpleHistoryAdmin):
    def save_model(self, request, obj, form, change) -> None:
        obj._change_reason = form.cleaned_data.get("change_reason", "")
        super().save_model(request, obj, form, change)


class SiteForm(ChangeReasonForm):
    firewall_inputs = ("organisation", "enforcement_presence")


class OrganisationForm(ChangeReasonForm):
    firewall_inputs = ("org_type",)


VERIFICATION_FIELDSET = (
    _("Verification"),
    {"fields": ("evidence_source", "evidence_note", "verified_by", "verified_on", "review_due")},
)


def memberships_of(user, *, editing: bool = False) -> QuerySet:
    memberships = Membership.objects.filter(user=user)
    if editing:
        memberships = memberships.filter(role=MembershipRole.EDITOR)
    return memberships


def organisation_ids(user, *, editing: bool = False) -> QuerySet:
    return memberships_of(user, editing=editing).values("organisation_id")


def organisation_id_of(obj: Model) -> int | None:
    """The organisation a record belongs to, however it is reached."""
    if isinstance(obj, Organisation):
        return obj.pk
    if hasattr(obj, "organisation_id"):
        return obj.organisation_id
    return obj.service.organisation_id


def member_of(request, *, editing: bool = False) -> frozenset[int]:
    """The organisations of the staff member making the request, looked up once per request.

    An admin page asks for every permission of every model and row it shows.
    """
    known = request.__dict__.setdefault("_organisation_ids", {})
    if editing not in known:
        known[editing] = frozenset(
            memberships_of(request.user, editing=editing).values_list("organisation_id", flat=True)
        )
    return known[editing]


def is_member(request, obj: Model | None = None, *, editing: bool = False) -> bool:
    user = request.user
    if user.is_superuser:
        return True
    if not (user.is_active and user.is_staff):
        return False
    organisations = member_of(request, editing=editing)
    if obj is None:
        return bool(organisations)
    return organisation_id_of(obj) in organisations


class OrganisationScoped:
    """Staff who are not superusers see and change only their own organisations' records.

    This holds in every admin view: lists, forms, deletion, history, autocomplete, bulk
    actions and the choices of every related field. `organisation_path` is the lookup from
    the model to its organisation ("" for Organisation itself).
    """

    organisation_path = "organisation"

    def scope(self, request, queryset: QuerySet, *, editing: bool = False) -> QuerySet:
        if request.user.is_superuser:
            return queryset
        lookup = f"{self.organisation_path}__in" if self.organisation_path else "pk__in"
        return queryset.filter(**{lookup: organisation_ids(request.user, editing=editing)})

    def get_queryset(self, request):
        return self.scope(request, super().get_queryset(request))

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None and not request.user.is_superuser:
            # Someone else's record: forbidden, rather than pretending it does not exist.
            try:
                exists = self.model._default_manager.filter(pk=object_id).exists()
            except (ValueError, ValidationError):
                exists = False
            if exists:
                raise PermissionDenied
        return obj

    def has_module_permission(self, request) -> bool:
        return is_member(request)

    def has_view_permission(self, request, obj=None) -> bool:
        return is_member(request, obj)

    def has_add_permission(self, request, obj=None) -> bool:
        # Inlines pass the parent record; a new top-level record only needs an editor role.
        return is_member(request, obj, editing=True)

    def has_change_permission(self, request, obj=None) -> bool:
        return is_member(request, obj, editing=True)

    def has_delete_permission(self, request, obj=None) -> bool:
        return is_member(request, obj, editing=True)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        self.limit_choices(db_field, request, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        self.limit_choices(db_field, request, kwargs)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def limit_choices(self, db_field, request, kwargs: dict) -> None:
        """Related records can only be chosen from the organisations the user edits."""
        if request.user.is_superuser:
            return
        related = db_field.related_model
        editable = organisation_ids(request.user, editing=True)
        if related is Organisation:
            kwargs["queryset"] = Organisation.objects.filter(pk__in=editable)
        elif any(field.name == "organisation" for field in related._meta.get_fields()):
            kwargs["queryset"] = related._default_manager.filter(organisation__in=editable)


class ReferenceData:
    """Countries, cities, languages and categories: every staff member reads, superusers edit."""

    def has_module_permission(self, request) -> bool:
        return is_member(request)

    def has_view_permission(self, request, obj=None) -> bool:
        return is_member(request)

    def has_add_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser


@admin.register(Country)
class CountryAdmin(ReferenceData, TabbedTranslationAdmin):
    list_display = ["name", "code", "phone_region"]
    search_fields = ["name", "code"]


@admin.register(City)
class CityAdmin(ReferenceData, TabbedTranslationAdmin):
    list_display = ["name", "country", "time_zone"]
    list_filter = ["country"]
    list_select_related = ["country"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(Area)
class AreaAdmin(ReferenceData, admin.ModelAdmin):
    list_display = ["name", "city", "kind"]
    list_filter = ["city", "kind"]
    list_select_related = ["city__country"]
    search_fields = ["name"]


@admin.register(Language)
class LanguageAdmin(ReferenceData, admin.ModelAdmin):
    list_display = [
        "english_name",
        "endonym",
        "code",
        "direction",
        "has_site_interface",
        "ui_translation",
    ]
    list_filter = ["direction", "ui_translation", "tampep_leaflet"]
    search_fields = ["english_name", "endonym", "code"]


@admin.register(Network)
class NetworkAdmin(ReferenceData, admin.ModelAdmin):
    search_fields = ["name"]


class SiteInline(OrganisationScoped, admin.StackedInline):
    model = Site
    extra = 0
    fields = ["label_en", "address_visibility", "city", "area", "enforcement_presence"]
    show_change_link = True


@admin.register(Organisation)
class OrganisationAdmin(OrganisationScoped, HistoryReasonAdmin, TabbedTranslationAdmin):
    organisation_path = ""
    form = OrganisationForm
    list_display = ["name", "org_type", "city", "status", "review_due", "is_demo"]
    list_filter = ["city__country", "city", "org_type", "status", OverdueFilter, "is_demo"]
    list_select_related = ["city__country"]
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
        (_("Why"), {"fields": ["change_reason"]}),
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]

    def has_add_permission(self, request, obj=None) -> bool:
        # New organisations are vetted by the people who run the site.
        return request.user.is_superuser


@admin.register(Site)
class SiteAdmin(OrganisationScoped, HistoryReasonAdmin, TabbedTranslationAdmin):
    form = SiteForm
    list_display = ["label", "organisation", "city", "address_visibility", "enforcement_presence"]
    list_filter = ["city__country", "city", "address_visibility", "enforcement_presence"]
    list_select_related = ["organisation", "city__country"]
    search_fields = ["label", "organisation__name", "postcode"]
    autocomplete_fields = ["organisation", "city", "area"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role"]
    list_filter = ["role", "organisation"]
    list_select_related = ["user", "organisation"]
    search_fields = ["user__username", "organisation__name"]
    autocomplete_fields = ["user", "organisation"]
