"""Phone numbers are tel: links that never break mid-number; the hotline number
(Mission settings) is in the footer of every page."""

import pytest
from wagtail.models import Site

from portal.core.phones import parse_phones, phone_links, tel_digits


def test_tel_href_keeps_digits_and_the_plus():
    assert tel_digits("+992 (37) 221-00-00") == "+992372210000"
    assert tel_digits("8 800 100.20.30") == "88001002030"


def test_each_number_in_a_phone_field_is_found_with_its_words():
    phones = parse_phones("+992 37 221 00 00, +992 37 221 00 01 (hotline); 3rd floor")
    assert [(p.number, p.href, p.after) for p in phones] == [
        ("+992 37 221 00 00", "tel:+992372210000", ""),
        ("+992 37 221 00 01", "tel:+992372210001", "(hotline), 3rd floor"),
    ]
    assert parse_phones("") == []


def test_links_escape_what_the_editor_typed():
    html = str(phone_links("<b>Office</b> +992 37 221 00 00"))
    assert html == (
        '&lt;b&gt;Office&lt;/b&gt; <a class="tel" href="tel:+992372210000">+992 37 221 00 00</a>'
    )


@pytest.fixture
def mission(site_tree):
    from portal.core.models import MissionSettings

    mission = MissionSettings.for_site(Site.objects.get(is_default_site=True))
    mission.phones = "+992 37 221 00 00, +992 37 221 00 01"
    mission.fax = "+992 37 221 00 02"
    mission.hotline = "+992 00 100 00 00"
    mission.save()
    return mission


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/", "/ru/news/", "/tg/contact/", "/ru/no-such-page/"])
def test_footer_of_every_page_has_the_hotline_and_phones_as_tel_links(client, mission, path):
    html = client.get(path).content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert '<a class="tel" href="tel:+992001000000">+992 00 100 00 00</a>' in footer
    assert '<a class="tel" href="tel:+992372210000">+992 37 221 00 00</a>' in footer
    assert '<a class="tel" href="tel:+992372210001">+992 37 221 00 01</a>' in footer


@pytest.mark.django_db
def test_contact_page_phones_are_tel_links_and_numbers_do_not_wrap(client, mission):
    html = client.get("/en/contact/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert '<dt>Hotline</dt><dd><a class="tel" href="tel:+992001000000">' in main
    assert '<a class="tel" href="tel:+992372210001">+992 37 221 00 01</a>' in main
    assert '<span class="tel">+992 37 221 00 02</span>' in main  # the fax: no link
    with open(_stylesheet(), encoding="utf-8") as css:
        assert ".tel { white-space: nowrap; }" in css.read()


def _stylesheet():
    from django.contrib.staticfiles import finders

    return finders.find("css/portal.css")


def test_demo_hotline_is_set_and_clearly_fictional():
    from tools.demo.data import content

    assert tel_digits(content("site")["mission"]["hotline"]).startswith(
        "+99200"
    )  # no such area code
