"""HSDS's tabular form: a zip of CSV files described by a datapackage.json, out and in.

The export holds exactly what the public API publishes, table by table, in English, with the
other languages' text in an `x_translations` column. Reading accepts that zip, the HSDS
`tabular.json` layout (file name to rows) and nested HSDS JSON (a service, an organization,
or a page of them), and turns each into the same thing: rows of text per CSV file name.
"""

import csv
import io
import json
import zipfile
from collections import defaultdict
from pathlib import PurePosixPath

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from opendata import hsds, profile
from services.models import ServiceCategory

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024

# The one-to-one fields of each HSDS 3.0 table we write, in the schemas' order; `TYPES` gives
# those that are not text.
COLUMNS = {
    "organizations.csv": (
        "organization",
        "id name alternate_name description email website tax_status tax_id year_incorporated "
        "legal_status logo uri parent_organization_id",
    ),
    "services.csv": (
        "service",
        "id organization_id program_id name alternate_name description url email status "
        "interpretation_services application_process fees_description wait_time fees "
        "accreditations eligibility_description minimum_age maximum_age assured_date "
        "assurer_email licenses alert last_modified",
    ),
    "locations.csv": (
        "location",
        "id location_type url organization_id name alternate_name description transportation "
        "latitude longitude external_identifier external_identifier_type",
    ),
    "service_at_location.csv": ("service_at_location", "id service_id location_id description"),
    "addresses.csv": (
        "address",
        "id location_id attention address_1 address_2 city region state_province postal_code "
        "country address_type",
    ),
    "phones.csv": (
        "phone",
        "id location_id service_id organization_id contact_id service_at_location_id number "
        "extension type description",
    ),
    "contacts.csv": (
        "contact",
        "id organization_id service_id service_at_location_id location_id name title "
        "department email",
    ),
    "schedules.csv": (
        "schedule",
        "id service_id location_id service_at_location_id valid_from valid_to dtstart timezone "
        "until count wkst freq interval byday byweekno bymonthday byyearday description "
        "opens_at closes_at schedule_link attending_type notes",
    ),
    "languages.csv": ("language", "id service_id location_id phone_id name code note"),
    "taxonomies.csv": ("taxonomy", "id name description uri version"),
    "taxonomy_terms.csv": (
        "taxonomy_term",
        "id code name description parent_id taxonomy language taxonomy_id term_uri",
    ),
    "attributes.csv": (
        "attribute",
        "id link_id taxonomy_term_id link_type link_entity value",
    ),
}
EXTENSION_TABLE = "x_language_support.csv"
EXTENSION_COLUMNS = "id service_id name code language_tag mode mode_label note"
TYPES = {
    **dict.fromkeys(
        "year_incorporated minimum_age maximum_age latitude longitude extension timezone count "
        "interval".split(),
        "number",
    ),
    **dict.fromkeys("assured_date valid_from valid_to dtstart until".split(), "date"),
    "last_modified": "datetime",
    "opens_at": "time",
    "closes_at": "time",
}
# Extensions that are lists of their own in JSON, and so a table of their own here.
OWN_TABLES = {"x_language_support"}

# The translated text of each table: HSDS field, or path into an extension object.
TRANSLATED = {
    "organizations.csv": list(hsds.ORGANISATION_TEXT),
    "locations.csv": list(hsds.LOCATION_TEXT),
    "services.csv": [
        *hsds.SERVICE_TEXT,
        *(f"x_confidentiality.{key}" for key in hsds.POLICY_TEXT),
    ],
    "phones.csv": list(hsds.PHONE_TEXT),
    "contacts.csv": list(hsds.CONTACT_TEXT),
    "schedules.csv": list(hsds.SCHEDULE_TEXT),
    "languages.csv": list(hsds.LANGUAGE_TEXT),
    EXTENSION_TABLE: list(hsds.LANGUAGE_TEXT),
    "taxonomy_terms.csv": list(hsds.TERM_TEXT),
}

# Where nested HSDS JSON keeps each table's rows, for reading nested documents.
NESTED = {
    "organization": "organizations.csv",
    "services": "services.csv",
    "service": "services.csv",
    "locations": "locations.csv",
    "location": "locations.csv",
    "service_at_locations": "service_at_location.csv",
    "addresses": "addresses.csv",
    "phones": "phones.csv",
    "contacts": "contacts.csv",
    "schedules": "schedules.csv",
    "languages": "languages.csv",
    "attributes": "attributes.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "taxonomy_detail": "taxonomies.csv",
    "x_language_support": EXTENSION_TABLE,
    "program": "programs.csv",
    "programs": "programs.csv",
    "funding": "funding.csv",
    "service_areas": "service_areas.csv",
    "cost_options": "cost_options.csv",
    "required_documents": "required_documents.csv",
    "accessibility": "accessibility.csv",
    "organization_identifiers": "organization_identifiers.csv",
    "metadata": "metadata.csv",
}
# The name of a table's rows when another table points at one: services.csv -> service_id.
ENTITY = {
    "organizations.csv": "organization",
    "services.csv": "service",
    "locations.csv": "location",
    "service_at_location.csv": "service_at_location",
    "contacts.csv": "contact",
    "phones.csv": "phone",
    "taxonomies.csv": "taxonomy",
    "taxonomy_terms.csv": "taxonomy_term",
    "programs.csv": "program",
}


class PackageError(Exception):
    pass


def columns(path: str) -> list[str]:
    if path == EXTENSION_TABLE:
        return [*EXTENSION_COLUMNS.split(), "x_translations"]
    entity, names = COLUMNS[path]
    added = [name for name in profile.extensions().get(entity, {}) if name not in OWN_TABLES]
    return [*names.split(), *added, "x_translations"]


# ---- export -----------------------------------------------------------------------------------


def exported_records():
    organisations = (
        hsds.published_organisations()
        .select_related("city__country")
        .prefetch_related(Prefetch("sites", queryset=hsds._sites()))
        .order_by("uuid")
    )
    services = hsds.in_full(hsds.published_services()).order_by("uuid")
    categories = ServiceCategory.objects.select_related("parent").order_by("uuid")
    return list(organisations), list(services), list(categories)


def tables(records) -> dict[str, list[dict]]:
    """Every table's rows in the active language, in an order that depends only on the data."""
    organisations, services, categories = records
    rows = defaultdict(list)
    rows["taxonomies.csv"] = [hsds.taxonomy()]
    rows["taxonomy_terms.csv"] = [hsds.taxonomy_term(category) for category in categories]
    for org in organisations:
        rows["organizations.csv"].append(hsds.organisation(org))
        for site in sorted(org.sites.all(), key=lambda site: site.uuid):
            rows["locations.csv"].append(hsds.location(site))
            if address := hsds.address(site):
                rows["addresses.csv"].append(address)
            if phone := hsds.front_gate_phone(site):
                rows["phones.csv"].append(phone)
    for service in services:
        full = hsds.service_lists(service)
        rows["services.csv"].append(hsds.service(service))
        rows["phones.csv"].extend(full["phones"])
        rows["contacts.csv"].extend(full["contacts"])
        rows["schedules.csv"].extend(full["schedules"])
        rows["languages.csv"].extend(full["languages"])
        rows[EXTENSION_TABLE].extend(full["x_language_support"])
        rows["service_at_location.csv"].extend(
            hsds.service_at_location(service, site) for site in service.sites.all()
        )
        rows["attributes.csv"].extend(
            hsds.attribute(service, category, link) for category, link in hsds.categories(service)
        )
    return rows


def lookup(row: dict, key: str):
    for part in key.split("."):
        row = row.get(part) if isinstance(row, dict) else None
    return row


def export_rows() -> dict[str, list[dict]]:
    """The export's rows: English text, and every other language's where it differs."""
    records = exported_records()
    by_language = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            by_language[code] = tables(records)
    english = by_language[settings.LANGUAGE_CODE]
    for path, rows in english.items():
        for index, row in enumerate(rows):
            translations = {}
            for code, other in by_language.items():
                texts = {
                    key: lookup(other[path][index], key)
                    for key in TRANSLATED.get(path, [])
                    if lookup(other[path][index], key)
                    and lookup(other[path][index], key) != lookup(row, key)
                }
                if texts:
                    translations[code] = texts
            row["x_translations"] = translations or None
    return english


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def csv_text(path: str, rows: list[dict]) -> str:
    out = io.StringIO()
    # Raising on an unknown key keeps every column we write declared in datapackage.json.
    writer = csv.DictWriter(out, fieldnames=columns(path), extrasaction="raise")
    writer.writeheader()
    writer.writerows({key: cell(value) for key, value in row.items()} for row in rows)
    return out.getvalue()


def field_schema(name: str) -> dict:
    if name == "x_translations":
        return {"name": name, "type": "object"}
    field = {"name": name, "type": TYPES.get(name, "string")}
    if name == "id" or (name.endswith("_id") and name != "tax_id"):
        field["format"] = "uuid"
    if name.startswith(profile.PREFIX):
        field["type"] = extension_type(name)
    return field


def extension_type(name: str) -> str:
    for properties in profile.extensions().values():
        if name in properties:
            kind = properties[name]["type"]
            kind = kind[0] if isinstance(kind, list) else kind
            return {"boolean": "boolean", "integer": "integer", "object": "object"}.get(
                kind, "string"
            )
    return "string"


def datapackage(paths: list[str]) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": "firewall-directory-hsds",
        "title": _("Services from the firewall-aware directory, in HSDS 3.0"),
        "hsds_version": hsds.HSDS_VERSION,
        "resources": [
            {
                "name": path.removesuffix(".csv"),
                "path": path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [field_schema(name) for name in columns(path)],
                    "primaryKey": "id",
                },
            }
            for path in paths
        ],
    }


def export_zip() -> bytes:
    with translation.override(settings.LANGUAGE_CODE):
        rows = export_rows()
        paths = [*COLUMNS, EXTENSION_TABLE]
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in paths:
                archive.writestr(path, csv_text(path, rows.get(path, [])))
            archive.writestr(
                "datapackage.json", json.dumps(datapackage(paths), ensure_ascii=False, indent=2)
            )
    return buffer.getvalue()


# ---- reading ----------------------------------------------------------------------------------

UNREADABLE = gettext_lazy("Upload a .zip of HSDS CSV files, or an HSDS JSON file.")


def read(upload) -> dict[str, list[dict[str, str]]]:
    """Rows of text per CSV file name, from whatever form of HSDS was uploaded."""
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise PackageError(_("The file is larger than 20 MB."))
    if data.startswith(b"PK"):
        return read_zip(data)
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PackageError(str(UNREADABLE)) from None
    return read_json(document)


def read_zip(data: bytes) -> dict[str, list[dict[str, str]]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [info for info in archive.infolist() if info.filename.endswith(".csv")]
        tables_ = {}
        unpacked = 0
        for info in members:
            with archive.open(info) as member:
                content = member.read(MAX_UNPACKED_BYTES - unpacked + 1)
            unpacked += len(content)
            if unpacked > MAX_UNPACKED_BYTES:
                raise PackageError(_("The files in the zip come to more than 100 MB."))
            tables_[PurePosixPath(info.filename).name] = read_csv(content)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError):
        raise PackageError(str(UNREADABLE)) from None
    except (UnicodeDecodeError, csv.Error):
        raise PackageError(_("The CSV files must be UTF-8 text.")) from None
    if not tables_:
        raise PackageError(_("There are no CSV files in the zip."))
    return tables_


def read_csv(content: bytes) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline=""))
    # Cells past the header's end land under None: they belong to no column.
    return [
        {key.strip(): value or "" for key, value in row.items() if key is not None}
        for row in reader
    ]


def text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def read_json(document) -> dict[str, list[dict[str, str]]]:
    if (
        isinstance(document, dict)
        and document
        and all(
            isinstance(key, str) and key.endswith(".csv") and isinstance(rows, list)
            for key, rows in document.items()
        )
    ):
        return {
            path: [{key: text(value) for key, value in row.items()} for row in rows]
            for path, rows in document.items()
            if all(isinstance(row, dict) for row in rows)
        }
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        document = document["contents"]
    items = document if isinstance(document, list) else [document]
    if not all(isinstance(item, dict) for item in items):
        raise PackageError(str(UNREADABLE))
    collected: dict[str, dict[str, dict]] = defaultdict(dict)
    for item in items:
        flatten(item, guess_table(item), collected)
    return {path: list(rows.values()) for path, rows in collected.items()}


def guess_table(item: dict) -> str:
    if "status" in item:
        return "services.csv"
    if "location" in item or "service" in item:
        return "service_at_location.csv"
    if "location_type" in item:
        return "locations.csv"
    if "taxonomy_id" in item or "code" in item:
        return "taxonomy_terms.csv"
    if "version" in item and "website" not in item:
        return "taxonomies.csv"
    return "organizations.csv"


def flatten(item: dict, path: str, collected: dict[str, dict[str, dict]]) -> str:
    """Add a nested HSDS object and everything inside it as rows; return its id."""
    row = {}
    own_id = text(item.get("id"))
    for key, value in item.items():
        child_path = NESTED.get(key)
        if child_path and isinstance(value, dict):
            child_id = flatten(value, child_path, collected)
            row.setdefault(f"{ENTITY.get(child_path, key)}_id", child_id)
        elif child_path and isinstance(value, list) and all(isinstance(v, dict) for v in value):
            for child in value:
                parent_key = f"{ENTITY.get(path, path)}_id"
                flatten({parent_key: own_id, **child}, child_path, collected)
        else:
            row[key] = text(value)
    # The same phone or location can be nested in several places: keep one row, filled in.
    existing = collected[path].setdefault(own_id or str(len(collected[path])), {})
    for key, value in row.items():
        if value and not existing.get(key):
            existing[key] = value
    return own_id
