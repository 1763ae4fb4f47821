from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from guidance.models import GuidancePage, GuidanceTranslation, Phrase, Term


class GuidanceTranslationInline(admin.TabularInline):
    model = GuidanceTranslation
    extra = 0
    fields = [
        "language",
        "method",
        "back_translation_checked",
        "reviewed_by_native_speaker",
        "reviewed_by",
        "source_revision",
        "is_stale",
    ]
    readonly_fields = ["is_stale"]

    @admin.display(boolean=True, description=_("out of date"))
    def is_stale(self, translation: GuidanceTranslation) -> bool:
        return translation.is_stale


@admin.register(GuidancePage)
class GuidancePageAdmin(TabbedTranslationAdmin):
    list_display = ["title", "slug", "audience", "jurisdiction", "valid_as_of", "revision"]
    list_filter = ["audience", "is_published", "related_categories"]
    search_fields = ["title", "slug", "summary"]
    readonly_fields = ["revision", "updated_at"]
    filter_horizontal = ["related_categories"]
    inlines = [GuidanceTranslationInline]
    fieldsets = [
        (None, {"fields": ["slug", "title", "summary", "body", "audience", "position"]}),
        (_("Law and entitlements"), {"fields": ["jurisdiction", "valid_as_of", "sources"]}),
        (_("Links"), {"fields": ["related_categories", "is_published"]}),
        (_("Record"), {"fields": ["revision", "updated_at"]}),
    ]


@admin.register(Term)
class TermAdmin(TabbedTranslationAdmin):
    list_display = ["wording", "key", "position"]
    search_fields = ["key", "wording"]


@admin.register(Phrase)
class PhraseAdmin(TabbedTranslationAdmin):
    list_display = ["text", "key", "position"]
    search_fields = ["key", "text"]
