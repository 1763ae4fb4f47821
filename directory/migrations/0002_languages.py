"""The languages services can be offered in: the site's 21 plus others the seeds name."""

from django.db import migrations

# code, English name, endonym, direction, TAMPEP leaflet exists
LANGUAGES = [
    ("en", "English", "English", "ltr", True),
    ("sq", "Albanian", "Shqip", "ltr", True),
    ("ar", "Arabic", "العربية", "rtl", False),
    ("bg", "Bulgarian", "Български", "ltr", True),
    ("zh-hans", "Chinese (Simplified)", "简体中文", "ltr", False),
    ("cs", "Czech", "Čeština", "ltr", True),
    ("et", "Estonian", "Eesti", "ltr", True),
    ("fr", "French", "Français", "ltr", True),
    ("de", "German", "Deutsch", "ltr", True),
    ("hu", "Hungarian", "Magyar", "ltr", True),
    ("it", "Italian", "Italiano", "ltr", True),
    ("lt", "Lithuanian", "Lietuvių", "ltr", True),
    ("pl", "Polish", "Polski", "ltr", True),
    ("pt", "Portuguese", "Português", "ltr", True),
    ("ro", "Romanian", "Română", "ltr", True),
    ("ru", "Russian", "Русский", "ltr", True),
    ("sk", "Slovak", "Slovenčina", "ltr", True),
    ("es", "Spanish", "Español", "ltr", True),
    ("th", "Thai", "ไทย", "ltr", True),
    ("tr", "Turkish", "Türkçe", "ltr", False),
    ("uk", "Ukrainian", "Українська", "ltr", True),
    ("my", "Burmese", "မြန်မာဘာသာ", "ltr", False),
    ("vi", "Vietnamese", "Tiếng Việt", "ltr", False),
    ("lv", "Latvian", "Latviešu", "ltr", False),
    ("sl", "Slovenian", "Slovenščina", "ltr", False),
    ("sr", "Serbian", "Српски", "ltr", False),
    ("fa", "Persian", "فارسی", "rtl", False),
    ("ti", "Tigrinya", "ትግርኛ", "ltr", False),
    ("bn", "Bengali", "বাংলা", "ltr", False),
]


def add_languages(apps, schema_editor):
    Language = apps.get_model("directory", "Language")
    for code, english_name, endonym, direction, tampep in LANGUAGES:
        Language.objects.update_or_create(
            code=code,
            defaults={
                "english_name": english_name,
                "endonym": endonym,
                "direction": direction,
                "tampep_leaflet": tampep,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(add_languages, migrations.RunPython.noop)]
