import time
from html import escape

from django import forms
from django.conf import settings
from django.core import signing
from django.db.models import Q
from django.forms import BoundField
from django.utils import timezone, translation
from django.utils.choices import BaseChoiceIterator
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from directory.fragments import kept_one
from directory.models import City, Language
from services.firewall import FirewallStatus
from services.models import (
    GenderFocus,
    LanguageMode,
    SearchText,
    Service,
    ServiceCategory,
    Suggestion,
    SuggestionKind,
    published_services,
)


def language_label(code: str, english_name: str, endonym: str) -> str:
    """The language's own name, then its name in the reader's language when they differ."""
    try:
        translated = translation.get_language_info(code)["name_translated"]
    except KeyError:
        translated = english_name
    if translated.casefold() == endonym.casefold():
        return endonym
    return f"{endonym} ({translated})"


# The find form is written with the standard library's escape: Django's escape and
# format_html check each value for lazy strings, which cost more than the escaping itself,
# a few hundred times a page. The output is the same.


def written_attrs(attrs: dict) -> str:
    """Attributes as Django's flatatt writes them: sorted, then the true booleans, sorted."""
    named = sorted(attrs.items())
    pairs = "".join(
        f' {name}="{escape(str(value))}"'
        for name, value in named
        if value is not None and not isinstance(value, bool)
    )
    return pairs + "".join(f" {name}" for name, value in named if value is True)


def written_options(choices) -> list[tuple[str, str]]:
    """Each choice's value and its <option>, not yet selected."""
    return [
        (str(key), f'<option value="{escape(str(key))}">{escape(str(label))}</option>')
        for key, label in choices
    ]


class QuickSelect(forms.Select):
    """A select written out in Python rather than through a template for every option.

    The find form offers about a hundred options (languages, cities, kinds of service), and
    Django's per-option templates took longer than the rest of the page to render them. A form
    can hand over its options already written (`written`), for lists it keeps between requests.
    """

    written: list[tuple[str, str]] | None = None

    def render(self, name, value, attrs=None, renderer=None) -> str:
        chosen = set(self.format_value(value))
        # A value is escaped, so the option's first ">" closes its tag.
        options = "".join(
            option.replace(">", " selected>", 1) if key in chosen else option
            for key, option in self.written or written_options(self.choices)
        )
        attrs = written_attrs(self.build_attrs({"class": "form-select", **self.attrs}, attrs))
        return mark_safe(f'<select name="{escape(name)}"{attrs}>{options}</select>')


class QuickInputMixin:
    """An input written out in Python, as Django's input template would write it.

    The find form is on every list page, and each input's template cost it about 0.2 ms.
    """

    def render(self, name, value, attrs=None, renderer=None) -> str:
        widget = self.get_context(name, value, attrs)["widget"]
        shown = {"type": widget["type"], "name": widget["name"]}
        if widget["value"] is not None:
            shown["value"] = str(widget["value"])
        return mark_safe(f"<input{written_attrs({**shown, **widget['attrs']})}>")


class QuickTextInput(QuickInputMixin, forms.TextInput):
    pass


class QuickCheckbox(QuickInputMixin, forms.CheckboxInput):
    pass


CHECKBOX = QuickCheckbox(attrs={"class": "form-check-input"})


class ReadyChoices(BaseChoiceIterator):
    """Choices already in Django's normal form, as pairs, set on a field as they are.

    A list set as a field's choices is normalised pair by pair, for the field and again for
    its widget: for the find form's hundred options, on every request. Nothing changes them
    once set, so a form's copy of its fields shares them rather than copying every label.
    """

    def __init__(self, choices: list[tuple[str, str]]) -> None:
        self.choices = choices

    def __iter__(self):
        return iter(self.choices)

    def __deepcopy__(self, memo) -> "ReadyChoices":
        return self


def written_field(field: BoundField) -> str:
    """A field of the find form as its page shows it: label, input, help text and errors.

    Written in Python, as its inputs are: looping over the fields in a template cost the find
    page a millisecond, a tenth of its time.
    """
    widget, label, errors = field.field.widget, escape(str(field.label)), field.errors or ""
    if isinstance(widget, forms.CheckboxInput):
        return (
            f'\n    <div class="mb-3"><div id="div_{field.auto_id}" class="form-check">'
            f"{field.as_widget()} "
            f'<label for="{field.id_for_label}" class="form-check-label">{label}</label></div>'
            f"{errors}</div>"
        )
    if isinstance(widget, forms.RadioSelect):
        described = f' aria-describedby="{field.auto_id}_error"' if errors else ""
        return (
            f'\n    <div id="div_{field.auto_id}" class="mb-3"><fieldset{described}>'
            f'<legend class="form-label">{label}</legend>{written_radios(field)}'
            f"\n    {errors}</fieldset></div>"
        )
    help_text = ""
    if field.help_text:
        help_text = (
            f' <div id="{field.auto_id}_helptext" class="form-text">'
            f"{escape(str(field.help_text))}</div>"
        )
    return (
        f'\n    <div id="div_{field.auto_id}" class="mb-3">'
        f'<label for="{field.id_for_label}" class="form-label">{label}</label> '
        f"{field.as_widget()}{help_text}{errors}</div>"
    )


def written_radios(field: BoundField) -> str:
    """A radio field's choices, each input before its label, as Django's inputs are written."""
    widget = field.field.widget
    chosen = set(widget.format_value(field.value()))
    shared = field.build_widget_attrs({})
    radios = []
    for index, (value, label) in enumerate(field.field.choices):
        attrs = {**widget.attrs, "id": f"{field.auto_id}_{index}", **shared}
        attrs["checked"] = str(value) in chosen
        radios.append(
            f'\n      <div class="form-check"><input type="radio" name="{field.html_name}" '
            f'value="{escape(str(value))}"{written_attrs(attrs)}> '
            f'<label for="{attrs["id"]}" class="form-check-label">{escape(str(label))}</label>'
            "</div>"
        )
    return "".join(radios)


class FindServiceForm(forms.Form):
    """The outreach worker's search: every field optional, every value checked.

    Written out field by field in Python (written()), with the classes the suggestion form
    gets from crispy-forms: it is on every list page, and crispy's templates took 7 ms to
    render it.
    """

    AT_LEAST, EXACTLY = "at_least", "exactly"

    q = forms.CharField(
        label=_("Words to search for"),
        required=False,
        max_length=200,
        help_text=_("For example: clinic, lawyer, English class."),
        widget=QuickTextInput(attrs={"class": "form-control"}),
    )
    language = forms.ChoiceField(
        widget=QuickSelect, label=_("Language the person speaks"), required=False
    )
    mode = forms.ChoiceField(
        widget=QuickSelect,
        label=_("How the language is offered"),
        required=False,
        choices=ReadyChoices([("", _("Any way")), *LanguageMode.choices]),
    )
    city = forms.ChoiceField(widget=QuickSelect, label=_("City"), required=False)
    firewall = forms.ChoiceField(
        widget=QuickSelect,
        label=_("Will it tell immigration or the police?"),
        required=False,
        choices=ReadyChoices([("", _("Show every service")), *reversed(FirewallStatus.choices)]),
    )
    firewall_match = forms.ChoiceField(
        label=_("Which statuses"),
        required=False,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
        choices=ReadyChoices([(AT_LEAST, _("This one or safer")), (EXACTLY, _("Only this one"))]),
    )
    category = forms.ChoiceField(widget=QuickSelect, label=_("Kind of service"), required=False)
    for_whom = forms.ChoiceField(
        widget=QuickSelect,
        label=_("Who it is for"),
        required=False,
        choices=ReadyChoices([("", _("Anyone")), *GenderFocus.choices[1:]]),
    )
    open_now = forms.BooleanField(label=_("Open now"), required=False, widget=CHECKBOX)
    free = forms.BooleanField(label=_("Free for everyone"), required=False, widget=CHECKBOX)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        lists = kept_one("find-form", self.reference_lists)
        anything = {"language": _("Any language"), "city": _("Any city"), "category": _("Any kind")}
        self.row_ids = {}
        for name, (choices, written, ids) in lists.items():
            first = [("", anything[name])]
            self.fields[name].choices = ReadyChoices([*first, *choices])
            self.fields[name].widget.written = written_options(first) + written
            self.row_ids[name] = ids

    def written(self) -> str:
        """Every field, written out as the find page shows it ({{ form.written }})."""
        return mark_safe("".join(written_field(field) for field in self))

    @staticmethod
    def reference_lists() -> dict[str, tuple[list, list, dict]]:
        """The languages, cities and kinds of service to choose from, in the reader's language,
        as choices, as written options, and each choice's row id, so that filtering on a choice
        joins no table to find its row.

        Rows as values, not model instances: building a hundred instances cost more than the
        queries. The lists are the same on every find page, so they are kept between requests.
        """
        language_rows = Language.objects.values_list("code", "english_name", "endonym", "pk")
        languages = sorted(
            ((row[0], language_label(*row[:3])) for row in language_rows),
            key=lambda choice: choice[1].casefold(),
        )
        city_rows = City.objects.values_list("slug", "name", "pk")
        categories = ServiceCategory.objects.values_list(
            "slug", "name", "parent__slug", "position", "parent__position", "pk"
        )

        def under_its_parent(row) -> tuple:
            slug, _name, parent, position, parent_position, _pk = row
            if parent:
                return (parent_position, parent, 1, position, slug)
            return (position, slug, 0, 0, "")

        kinds = [
            (slug, f"— {name}" if parent else name)
            for slug, name, parent, *_rest in sorted(categories, key=under_its_parent)
        ]
        # Each list's rows start with the choice's value and end with its row id.
        lists = {
            "language": (languages, language_rows),
            "city": ([(slug, name) for slug, name, _pk in city_rows], city_rows),
            "category": (kinds, categories),
        }
        return {
            name: (choices, written_options(choices), {row[0]: row[-1] for row in rows})
            for name, (choices, rows) in lists.items()
        }

    def results(self):
        """What the reader asked for, safest first, as a set that pages out service ids.

        Every service, or words typed with no other filter, are read from the search rows
        alone, which hold what the list is counted and sorted by: the wide service rows took
        longer to read than finding a common word, and 14 ms for every service at 10,000.
        """
        data = self.cleaned_data if self.is_bound else {}
        filtered = bool(self.narrowing() - {"q"})
        if filtered and not data.get("q"):
            return self.filter(published_services()).safest_first()
        rows, language = SearchText.objects.published(), translation.get_language()
        if not data.get("q"):
            return rows.listing(language)
        rows = rows.matching(data["q"], language)
        if filtered:
            rows = rows.filter(service__in=self.filter(published_services()))
        return rows.safest_first()

    def narrowing(self) -> set[str]:
        """The fields whose values leave services out: words typed and the filters chosen."""
        data = self.cleaned_data if self.is_bound else {}
        # Every other field counts, so that a filter added later cannot be left out here; the
        # way a language is offered and "which statuses" only qualify another filter, and the
        # form sends them whether or not it is chosen.
        return {name for name, value in data.items() if value} - {"mode", "firewall_match"}

    def filter(self, services):
        """The services that match whatever the reader chose correctly, words typed aside."""
        data = self.cleaned_data if self.is_bound else {}
        if data.get("language"):
            spoken = {"languages__language": self.row_ids["language"][data["language"]]}
            if data.get("mode"):
                spoken["languages__mode"] = data["mode"]
            services = services.filter(pk__in=Service.objects.filter(**spoken).values("pk"))
        if data.get("city"):
            services = services.filter(organisation__city=self.row_ids["city"][data["city"]])
        if data.get("firewall"):
            services = services.with_firewall_status(
                data["firewall"], at_least=data.get("firewall_match") != self.EXACTLY
            )
        if data.get("category"):
            kind = self.row_ids["category"][data["category"]]
            services = services.filter(
                pk__in=Service.objects.filter(
                    Q(category=kind) | Q(category__parent=kind) | Q(extra_categories=kind)
                ).values("pk")
            )
        if data.get("for_whom"):
            services = services.filter(gender_focus__in=self.focus_includes(data["for_whom"]))
        if data.get("open_now"):
            services = services.open_now()
        if data.get("free"):
            services = services.filter(cost_policy=Service.CostPolicy.FREE_FOR_ALL)
        return services

    @staticmethod
    def focus_includes(wanted: str) -> list[str]:
        """A service for everyone serves women too; one for women and trans people serves both."""
        serves = {
            GenderFocus.WOMEN: [GenderFocus.WOMEN, GenderFocus.WOMEN_AND_TRANS],
            GenderFocus.TRANS: [GenderFocus.TRANS, GenderFocus.WOMEN_AND_TRANS],
        }
        return [GenderFocus.EVERYONE, *serves.get(wanted, [wanted])]


class SuggestionForm(forms.Form):
    """A reader's correction: structured choices and a short note, nothing about them.

    Spam is kept out without third parties and without storing addresses: a signed token
    that must be at least a few seconds and at most a few hours old, a field only robots
    fill in, and a daily cap per service.
    """

    kind = forms.ChoiceField(
        label=_("What is wrong?"), choices=SuggestionKind.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Anything else staff should know (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Do not write names, phone numbers or anything that could identify anyone."),
    )
    token = forms.CharField(required=False, widget=forms.HiddenInput)
    # People never see this field; robots fill in every field they find.
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    SALT = "services.suggestion"
    MAX_AGE = 2 * 60 * 60
    PER_SERVICE_PER_DAY = 5

    def __init__(self, *args, service: Service, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.service = service
        if not self.is_bound:
            self.initial["token"] = signing.TimestampSigner(salt=self.SALT).sign(str(service.pk))

    def clean(self):
        # Errors about the hidden fields belong to the whole form: readers cannot see them.
        cleaned = super().clean()
        self.check_token(cleaned.get("token", ""))
        if cleaned.get("website"):
            raise forms.ValidationError(_("Please try again in a moment."), code="robot")
        today = timezone.localdate()
        if (
            Suggestion.objects.filter(service=self.service, created_on=today).count()
            >= self.PER_SERVICE_PER_DAY
        ):
            raise forms.ValidationError(
                _("This service has had many corrections today. Please try again tomorrow."),
                code="busy",
            )
        return cleaned

    def check_token(self, token: str) -> None:
        signer = signing.TimestampSigner(salt=self.SALT)
        try:
            value = signer.unsign(token, max_age=self.MAX_AGE)
            signed_at = signing.b62_decode(token.split(":")[-2])
        except (signing.BadSignature, ValueError, IndexError):
            raise forms.ValidationError(
                _("This form has expired. Please open it again."), code="expired"
            ) from None
        too_fast = time.time() - signed_at < settings.SUGGESTION_MIN_SECONDS
        if value != str(self.service.pk) or too_fast:
            raise forms.ValidationError(_("Please try again in a moment."), code="too_fast")

    def save(self) -> Suggestion:
        return Suggestion.objects.create(
            service=self.service, kind=self.cleaned_data["kind"], text=self.cleaned_data["text"]
        )
