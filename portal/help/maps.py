"""A map of a region's services drawn on the server as SVG: the outlines of
Tajikistan's regions, the chosen one highlighted (Natural Earth, public domain, shipped
in data/ with its source), and numbered markers that match the numbered list. No tiles,
no script, no request to another host. District outlines are not drawn yet.
"""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

DATA = Path(__file__).resolve().parent / "data"
REGIONS = DATA / "tajikistan-regions.geojson"
WIDTH = 400
PADDING = 0.5  # degrees around the markers
MIN_SPAN = 1.5  # degrees: a single marker still shows its surroundings


@dataclass(frozen=True)
class Marker:
    number: int
    lon: float
    lat: float
    label: str


@cache
def region_outlines() -> dict[str, list[list[tuple[float, float]]]]:
    """Each region's rings (outer and holes), by the slugs of choices.AREAS."""
    collection = json.loads(REGIONS.read_text(encoding="utf-8"))
    return {
        feature["properties"]["slug"]: [
            [tuple(point) for point in ring]
            for polygon in feature["geometry"]["coordinates"]
            for ring in polygon
        ]
        for feature in collection["features"]
    }


def markers_for(services) -> list[Marker]:
    """One marker per service with a map point, numbered by its place in the list."""
    return [
        Marker(number, float(s.longitude), float(s.latitude), s.title)
        for number, s in enumerate(services, start=1)
        if s.latitude is not None and s.longitude is not None
    ]


def _bounds(markers, region_rings=()):
    """The markers' box, widened to the whole chosen region when it is known."""
    region_points = [point for ring in region_rings for point in ring]
    lons = [m.lon for m in markers] + [lon for lon, _lat in region_points]
    lats = [m.lat for m in markers] + [lat for _lon, lat in region_points]
    west, east = min(lons) - PADDING, max(lons) + PADDING
    south, north = min(lats) - PADDING, max(lats) + PADDING
    if east - west < MIN_SPAN:
        middle = (east + west) / 2
        west, east = middle - MIN_SPAN / 2, middle + MIN_SPAN / 2
    if north - south < MIN_SPAN:
        middle = (north + south) / 2
        south, north = middle - MIN_SPAN / 2, middle + MIN_SPAN / 2
    return west, east, south, north


def region_map(services, title: str, region: str = "") -> str:
    """The SVG, or "" when no service in the list has a map point; `region` (a slug)
    is highlighted."""
    markers = markers_for(services)
    if not markers:
        return ""
    outlines = region_outlines()
    west, east, south, north = _bounds(markers, outlines.get(region, ()))
    squeeze = math.cos(math.radians((north + south) / 2))
    scale = WIDTH / ((east - west) * squeeze)
    height = round((north - south) * scale)

    def xy(lon, lat):
        return (lon - west) * squeeze * scale, (north - lat) * scale

    paths = []
    # The chosen region last, so that its thicker outline is drawn on top.
    for slug in sorted(outlines, key=lambda slug: slug == region):
        css = "region region--current" if slug == region else "region"
        for ring in outlines[slug]:
            points = " ".join("{:.1f},{:.1f}".format(*xy(lon, lat)) for lon, lat in ring)
            paths.append(
                format_html('<polygon class="{}" data-region="{}" points="{}"/>', css, slug, points)
            )

    def pin(marker):
        x, y = (f"{value:.1f}" for value in xy(marker.lon, marker.lat))
        return (marker.number, marker.label, x, y, x, y, marker.number)

    pins = format_html_join(
        "",
        '<g class="marker"><title>{}. {}</title><circle cx="{}" cy="{}" r="11"/>'
        '<text x="{}" y="{}">{}</text></g>',
        (pin(marker) for marker in markers),
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="help-map-title"><title id="help-map-title">{}</title>{}{}</svg>',
        WIDTH,
        height,
        _("Map: %(title)s") % {"title": title},
        mark_safe("".join(paths)),  # each built with format_html above
        pins,
    )
