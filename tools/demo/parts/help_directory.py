"""The help directory: places and providers it needs, 42 services, hotlines and six
guides, each in English, Russian and Tajik (content/help.yaml, help_guides.yaml)."""

import datetime
from decimal import Decimal

from django.utils.html import escape

from portal.help.hours import parse_hours
from portal.help.models import GuidePage, Hotline, ServiceChannel, ServiceHours, ServicePage
from portal.taxonomy.gazetteer import gazetteer
from portal.taxonomy.models import Organization, Place

from ..data import LANGUAGES, content

# Who "checked" the demo services: a fictional person, synchronized to every language.
DEMO_CHECKER = "Farrukh Nazarov"

CHANNELS = ("phone", "whatsapp", "telegram", "viber", "imo", "signal", "website")
AREA_ZONES = {"russia": "Europe/Moscow", "kazakhstan": "Asia/Almaty", "turkiye": "Europe/Istanbul"}


def load_help(demo):
    data = content("help")
    index = demo.sections["help"]
    for code in LANGUAGES:
        page = demo.fresh(index[code])
        if page.intro != data["intro"][code]:
            page.intro = data["intro"][code]
            page.save_revision().publish()
            demo.updated("section introductions")
    places = _places(demo, data)
    providers = _providers(demo, data)
    services = {}
    for item in data["services"]:
        services[item["slug"]] = _service(demo, data, item, places, providers)
    _hotlines(demo)
    _guides(demo, services)


def _places(demo, data) -> dict:
    extra = {place["slug"]: place for place in data["extra_places"]}
    places = {}
    for slug in sorted({item["place"] for item in data["services"]}):
        if slug in extra:
            names, region = extra[slug]["name"], extra[slug].get("region")
        else:
            entry = gazetteer().place(slug)
            names, region = {code: entry.name(code) for code in LANGUAGES}, entry.region
        places[slug] = demo.translated_snippet(
            Place,
            slug,
            names,
            per_language={
                code: {"region": gazetteer().region_name(region, code) if region else ""}
                for code in LANGUAGES
            },
        )
    return places


def _providers(demo, data) -> dict:
    own = {item["slug"]: item for item in data["providers"]}
    providers = {}
    for slug in sorted({item["provider"] for item in data["services"]}):
        if slug in own:
            names, kind = own[slug]["name"], own[slug]["type"]
        else:
            entry = gazetteer().organization(slug)
            names, kind = {code: entry.name(code) for code in LANGUAGES}, entry.type
        providers[slug] = demo.translated_snippet(
            Organization, slug, names, {"organization_type": kind}
        )
    return providers


def _text(item, kind, field, code):
    return (item.get(field) or kind[field])[code]


def _name(item, kind, place, code) -> str:
    if "name" in item:
        return item["name"][code]
    return f"{kind['name'][code]}, {place.name}"


def _service(demo, data, item, places, providers) -> ServicePage:
    index = demo.sections["help"]["en"]
    kind = data["kinds"][item["kind"]]
    page = ServicePage.objects.child_of(index).filter(slug=item["slug"]).first()
    created = page is None
    if created:
        checked = item.get("checked")
        page = ServicePage(
            title=_name(item, kind, places[item["place"]], "en"),
            slug=item["slug"],
            summary=kind["summary"]["en"],
            needs=kind["needs"],
            audiences=kind["audiences"],
            area=item["area"],
            place=places[item["place"]],
            provider=providers[item["provider"]],
            address=item["address"]["en"],
            latitude=_coordinate(item.get("lat")),
            longitude=_coordinate(item.get("lon")),
            time_zone=item.get("zone") or AREA_ZONES.get(item["area"], "Asia/Dushanbe"),
            languages="Tajik, Russian" if item["area"] in AREA_ZONES else "Tajik, Russian, Uzbek",
            status=item.get("status", "active"),
            checked_on=None if checked is None else demo.today + datetime.timedelta(days=checked),
            checked_by="" if checked is None else DEMO_CHECKER,
        )
        page.hours = [
            ServiceHours(weekday=i.weekday, opens=i.opens, closes=i.closes, sort_order=n)
            for n, i in enumerate(parse_hours(item["hours"]))
        ]
        page.channels = [
            ServiceChannel(kind=channel, value=item[channel], sort_order=n)
            for n, channel in enumerate(c for c in CHANNELS if item.get(c))
        ]
        demo.add_page(index, page)
    demo.count("help services", created)
    for code in ("ru", "tg"):
        place = demo.localized(places[item["place"]], code)
        fields = {
            "title": _name(item, kind, place, code),
            "summary": kind["summary"][code],
            "address": item["address"][code],
            "place": place,
            "provider": demo.localized(providers[item["provider"]], code),
            "languages": {"ru": "таджикский, русский", "tg": "тоҷикӣ, русӣ"}[code],
        }
        _copy, created = demo.translate_page(page, code, fields)
        demo.count(f"help service translations ({code})", created)
    return page


def _coordinate(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _hotlines(demo):
    for order, item in enumerate(content("help_guides")["hotlines"]):
        original = Hotline.objects.filter(locale=demo.locales["en"], number=item["number"]).first()
        for code in LANGUAGES:
            locale = demo.locales[code]
            hotline = Hotline.objects.filter(locale=locale, number=item["number"]).first()
            created = hotline is None
            if created:
                hotline = (
                    original.copy_for_translation(locale)
                    if original
                    else Hotline(locale=locale, number=item["number"])
                )
            changed = demo.update(
                hotline,
                name=item["name"][code],
                purpose=item["purpose"][code],
                hours=item["hours"][code],
                languages=item["languages"][code],
                free=item["free"],
                country=item["country"],
                sort_order=order,
            )
            if changed or created:
                hotline.save()
            if code == "en":
                original = hotline
            demo.count("hotlines", created)


def _guides(demo, services):
    index = demo.sections["help"]["en"]
    for item in content("help_guides")["guides"]:
        page = GuidePage.objects.child_of(index).filter(slug=item["slug"]).first()
        created = page is None
        linked = [services[slug] for slug in item["services"]]
        if created:
            page = GuidePage(
                title=item["title"]["en"],
                slug=item["slug"],
                intro=item["intro"]["en"],
                last_reviewed=demo.today + datetime.timedelta(days=item["reviewed"]),
                body=_questions(item, "en"),
            )
            demo.add_page(index, page, {"services": linked})
        demo.count("help guides", created)
        for code in ("ru", "tg"):
            fields = {
                "title": item["title"][code],
                "intro": item["intro"][code],
                "body": _questions(item, code),
            }
            m2m = {"services": [demo.localized(service, code) for service in linked]}
            _copy, created = demo.translate_page(page, code, fields, m2m)
            demo.count(f"help guide translations ({code})", created)


def _questions(item, code) -> list[dict]:
    return [
        {
            "type": "question",
            "value": {"question": qa["q"][code], "answer": f"<p>{escape(qa['a'][code])}</p>"},
        }
        for qa in item["questions"]
    ]
