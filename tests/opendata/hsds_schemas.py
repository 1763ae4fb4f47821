"""Validation against the HSDS 3.0 JSON schemas in the shared folder, with $refs resolved locally.

The repository is cloned with `shared/` beside it, so the schemas are found from this file:
tests/opendata → tests → the repository → ../shared/hsds-3.0.
"""

import json
from pathlib import Path

from django.utils import translation
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from opendata import profile

HSDS = Path(__file__).resolve().parents[2].parent / "shared" / "hsds-3.0"
SCHEMAS = HSDS / "schema"
EXAMPLES = HSDS / "examples"
# The schemas name each other by file name; they resolve against this made-up base.
BASE = "https://hsds.invalid/schema/"
PAGE_KEYS = [
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
]


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.json").read_text())


class Checker:
    """Validates API answers as HSDS objects, optionally with our profile merged in."""

    def __init__(self, extensions: dict[str, dict] | None):
        resources = []
        for path in SCHEMAS.glob("*.json"):
            if path.name == "openapi.json":
                continue
            contents = json.loads(path.read_text())
            contents["properties"].update((extensions or {}).get(path.stem, {}))
            resources.append((BASE + path.name, Resource.from_contents(contents, DRAFT202012)))
        self.registry = Registry().with_resources(resources)
        openapi = schema("openapi")
        self.page = openapi["components"]["schemas"]["Page"]
        self.root = openapi["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"][
            "schema"
        ]

    def errors(self, data, wanted: dict) -> list[str]:
        validator = Draft202012Validator(
            wanted, registry=self.registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        return [
            f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(data)
        ]

    def check(self, data, name: str) -> None:
        errors = self.errors(data, {"$ref": BASE + f"{name}.json"})
        assert not errors, errors[:5]

    def check_page(self, data, name: str) -> None:
        wanted = {
            "allOf": [self.page],
            "required": PAGE_KEYS,
            "properties": {"contents": {"type": "array", "items": {"$ref": BASE + f"{name}.json"}}},
        }
        errors = self.errors(data, wanted)
        assert not errors, errors[:5]

    def check_root(self, data) -> None:
        errors = self.errors(data, {**self.root, "required": ["version", "profile", "openapi_url"]})
        assert not errors, errors


def documented_extensions() -> set[str]:
    with translation.override("en"):
        return {name for properties in profile.extensions().values() for name in properties}


def extension_names(data) -> set[str]:
    """Every `x_` key anywhere in an answer, extension objects' own keys excluded."""
    found = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if key.startswith(profile.PREFIX):
                found.add(key)
            else:
                found |= extension_names(value)
    elif isinstance(data, list):
        for item in data:
            found |= extension_names(item)
    return found


API = "/api/v1/"
# Each list, the schema of its items, and the detail path with the schema of a full record.
ENDPOINTS = [
    ("services", "service", "service"),
    ("organizations", "organization", "organization"),
    ("service_at_locations", "service_at_location", "service_at_location"),
    ("taxonomies", "taxonomy", "taxonomy"),
    ("taxonomy_terms", "taxonomy_term", "taxonomy_term"),
]


def every_page(client, path: str, language: str) -> list[dict]:
    pages, number = [], 1
    while True:
        response = client.get(API + path, {"page": number, "per_page": 100, "lang": language})
        assert response.status_code == 200, (path, response.content[:300])
        pages.append(response.json())
        if pages[-1]["last_page"]:
            return pages
        number += 1


def answers(client, language: str):
    """(schema name, answer, is a page) for every list page and every record in it."""
    yield "root", client.get(API, {"lang": language}).json(), False
    for path, item_schema, full_schema in ENDPOINTS:
        for page in every_page(client, path, language):
            yield item_schema, page, True
            for item in page["contents"]:
                response = client.get(f"{API}{path}/{item['id']}", {"lang": language})
                assert response.status_code == 200, (path, item["id"])
                yield full_schema, response.json(), False


def check_everything(client, checker, language: str) -> int:
    checked = 0
    for name, answer, is_page in answers(client, language):
        if name == "root":
            checker.check_root(answer)
        elif is_page:
            checker.check_page(answer, name)
        else:
            checker.check(answer, name)
        checked += 1
    return checked
