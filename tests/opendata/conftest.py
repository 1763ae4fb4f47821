"""Fixtures that check answers against HSDS 3.0, as published and with our profile merged in."""

import pytest
from django.utils import translation

from opendata import profile
from tests.opendata.hsds_schemas import Checker


@pytest.fixture(scope="session")
def schemas():
    """HSDS 3.0 as published: our extensions pass as additional properties."""
    return Checker(None)


@pytest.fixture(scope="session")
def schemas_with_profile():
    """HSDS 3.0 with our profile's extension schemas merged in, so they are checked too."""
    with translation.override("en"):
        return Checker(profile.extensions())
