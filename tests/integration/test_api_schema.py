"""Property-based checks of the GET routes against their own OpenAPI document (schemathesis):
whatever the parameters, the API answers with a declared status and never a 500.

Hypothesis drives each operation's strategy directly (schemathesis' pytest plugin does not run
under this pytest version)."""

from __future__ import annotations

import tempfile
from functools import cache

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from tests.sample_data import populate

from watchfloor.api.app import create_app
from watchfloor.store.db import get_engine


@cache
def api_schema():  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tempfile.mkdtemp(prefix='watchfloor-schema-')}/sample.db"
    populate(get_engine(url))
    app = create_app(url, open_reads=True)
    # exports are exercised in test_api_routes; generated filters would only re-run them slowly
    return (
        schemathesis.openapi.from_asgi("/openapi.json", app)
        .include(method="GET")
        .exclude(path_regex=r"/export/")
    )


def get_operations() -> list[str]:
    from watchfloor.api.app import build_router

    return sorted(
        r.path for r in build_router().routes if "GET" in r.methods and "/export/" not in r.path
    )


@pytest.mark.parametrize("path", get_operations())
def test_get_route_follows_its_schema(path: str) -> None:
    operation = api_schema()["/" + path.lstrip("/")]["GET"]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), database=None
    )
    def run(case) -> None:  # type: ignore[no-untyped-def]
        response = case.call()
        case.validate_response(
            response,
            checks=[
                checks.not_a_server_error,
                checks.status_code_conformance,
                checks.content_type_conformance,
            ],
        )
        if response.status_code >= 400:
            assert set(response.json()) == {"error"}

    run()
