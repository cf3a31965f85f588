import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
pytestmark = pytest.mark.django_db
def test_dbg(client, site_tree):
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as c:
        r = client.get("/sitemap.xml")
    print(r.content.decode()[:1500]); print("QUERIES", len(c))
    for q in c.captured_queries: print(q["sql"][:300])
