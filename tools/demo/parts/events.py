"""The demo's events, in English, Russian and Tajik."""

from portal.events.models import EventPage

from ..data import content, resolve_datetime


def load_events(demo):
    index = demo.sections["events"]["en"]
    for data in content("events"):
        page = EventPage.objects.child_of(index).filter(slug=data["slug"]).first()
        created = page is None
        if created:
            page = demo.add_page(index, _event(demo, data), _event_m2m(demo, data, "en"))
        demo.count("events", created)
        for code in ("ru", "tg"):
            fields = {
                "title": data["title"][code],
                "summary": data["summary"][code],
                "venue": data.get("venue", {}).get(code, ""),
                "place": demo.localized(page.place, code),
            }
            _copy, created = demo.translate_page(page, code, fields, _event_m2m(demo, data, code))
            demo.count(f"event translations ({code})", created)


def _event(demo, data) -> EventPage:
    return EventPage(
        title=data["title"]["en"],
        slug=data["slug"],
        start=resolve_datetime(data["start"], demo.today),
        end=resolve_datetime(data["end"], demo.today) if data.get("end") else None,
        format=data["format"],
        place=demo.places.get(data["place"]) if data["place"] else None,
        venue=data.get("venue", {}).get("en", ""),
        link=data.get("link", ""),
        summary=data["summary"]["en"],
    )


def _event_m2m(demo, data, code) -> dict:
    return {
        "organizers": demo.snippets(demo.organizations, data["organizers"], code),
        "thematic_areas": demo.snippets(demo.themes, data["themes"], code),
    }
