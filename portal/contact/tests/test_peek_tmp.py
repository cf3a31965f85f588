import pytest
from portal.contact.tests.test_contact import mission, URL  # noqa
pytestmark = pytest.mark.django_db
def test_peek(client, mission):
    html = client.get(URL).content.decode()
    start = html.index('<main'); print(html[start:html.index('</main>')])
    r = client.post(URL, {"name": "", "email": "x", "subject": "", "message": ""})
    html = r.content.decode(); start = html.index('<form'); print(html[start:html.index('</form>')])
