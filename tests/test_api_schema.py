"""Property-based test of the intake API against its own OpenAPI document (schemathesis):
generated requests to every operation, and each answer checked — no server error, a
documented status code, content type and headers, the body matching its schema, the key
really required."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from api.keys import create_key
from models import Topic
from tests.factories import make_category, make_order


@pytest.fixture
def api_secret(app, redis_conn):
    app.config["API_RATE_LIMIT"] = "1000000 per minute"  # the generated calls are not to hit it
    top = make_category("城乡建设类")
    make_category("路灯维修", parent=top)
    Topic.create(name="疫情")
    make_order(channel="网络", case_no="20200000001")
    return create_key("县政府网站", "网络")[1]


OPERATIONS = [
    "GET /api/v1/services",
    "POST /api/v1/requests",
    "GET /api/v1/requests",
    "GET /api/v1/requests/{service_request_id}",
]


# Hypothesis driven directly with each operation's strategy (schemathesis' own pytest plugin
# does not load under this pytest), one test per operation.
@pytest.mark.parametrize("label", OPERATIONS)
def test_api_conforms_to_its_openapi_document(app, api_secret, label):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    operations = {op.label: op for op in (result.ok() for result in schema.get_all_operations())}
    assert set(operations) == set(OPERATIONS)  # the document and this list agree

    @given(case=operations[label].as_strategy())
    @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(case):
        # Every check but "a schema-valid body is accepted": a body can match the schema and
        # still be refused with 400 by rules no schema holds (service_code must name a category
        # that exists and is active, a phone must be a real number); that 400 is documented.
        case.call_and_validate(headers={"X-API-Key": api_secret}, excluded_checks=[positive_data_acceptance])

    run()
