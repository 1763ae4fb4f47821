from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import City
from opendata import tabular
from services.models import ServiceCategory


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("HSDS file"),
        help_text=_(
            "A .zip of HSDS CSV files (with or without datapackage.json), HSDS tabular JSON, "
            "or nested HSDS JSON such as a service or an organization."
        ),
    )
    default_city = forms.ModelChoiceField(
        City.objects.select_related("country"),
        required=False,
        label=_("City for records that give none"),
    )
    default_category = forms.ModelChoiceField(
        ServiceCategory.objects.all(),
        required=False,
        label=_("Category for services with none of ours"),
    )
    trust = forms.BooleanField(
        required=False,
        label=_("Keep the file's confidentiality answers and checking dates"),
        help_text=_(
            "Only for a file from a directory you trust to check services as carefully as we "
            "do. Left unticked, every imported service shows “Not checked” until you check it."
        ),
    )

    def clean_file(self) -> dict[str, list[dict[str, str]]]:
        try:
            return tabular.read(self.cleaned_data["file"])
        except tabular.PackageError as error:
            raise forms.ValidationError(str(error)) from None
