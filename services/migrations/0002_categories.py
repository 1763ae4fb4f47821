"""The service categories of SPEC §4, named in every language of the site.

Names are reference data every installation needs, so they ship as a migration, not as demo data.
"""

from django.db import migrations

# slug, parent slug, is enforcement, English name
CATEGORIES = [
    ("sexual-health", None, False, "Sexual health clinic"),
    ("contraception", "sexual-health", False, "Contraception"),
    ("trans-health", "sexual-health", False, "Trans health"),
    ("gp-primary-care", None, False, "Doctor (GP) and primary care"),
    ("hiv-hepatitis", None, False, "HIV and hepatitis"),
    ("mental-health", None, False, "Mental health and counselling"),
    ("interpreting", None, False, "Interpreting and translation"),
    ("legal-immigration-advice", None, False, "Legal aid and immigration advice"),
    ("voluntary-return", None, False, "Voluntary return home (IOM)"),
    ("asylum-support", None, False, "Asylum support"),
    ("safety-shelter", None, False, "Places of safety and shelters"),
    ("violence-reporting", None, False, "Reporting violence, including through a third party"),
    ("peer-support", None, False, "Peer support and drop-in"),
    ("outreach", "peer-support", False, "Outreach to where you work"),
    ("helpline", "peer-support", False, "Helpline"),
    ("english-moving-on", None, False, "English classes and moving on"),
    ("housing", None, False, "Housing"),
    ("police-immigration", None, True, "Police and immigration"),
    ("police", "police-immigration", True, "Police"),
    ("immigration-enforcement", "police-immigration", True, "Immigration enforcement"),
]

# Translated names by language, then slug. Languages missing here fall back to English.
TRANSLATIONS: dict[str, dict[str, str]] = {}


def add_categories(apps, schema_editor):
    ServiceCategory = apps.get_model("services", "ServiceCategory")
    for position, (slug, parent_slug, is_enforcement, name) in enumerate(CATEGORIES):
        names = {
            f"name_{language.replace('-', '_')}": names[slug]
            for language, names in TRANSLATIONS.items()
            if slug in names
        }
        ServiceCategory.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_en": name,
                **names,
                "is_enforcement": is_enforcement,
                "position": position,
                "parent": ServiceCategory.objects.get(slug=parent_slug) if parent_slug else None,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("services", "0001_initial")]

    operations = [migrations.RunPython(add_categories, migrations.RunPython.noop)]
