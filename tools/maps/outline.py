"""Extract one country's outline from Natural Earth's TopoJSON (the npm package
world-atlas, countries-10m.json), simplify it and write it as GeoJSON.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m tools.maps.outline package/countries-10m.json 762 \\
        portal/help/data/tajikistan.geojson

Natural Earth data is in the public domain; world-atlas (ISC) only converts it.
The map now draws the regions instead (tools/maps/regions.py, which reuses the
TopoJSON decoding and simplification here).
"""

import json
import math
import sys

TOLERANCE = 0.01  # degrees, about a kilometre: plenty for a phone-sized map


def decode_arcs(topology) -> list[list[tuple[float, float]]]:
    """TopoJSON's quantized, delta-encoded arcs as longitude/latitude lists."""
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring(arcs, indexes) -> list[tuple[float, float]]:
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points, tolerance=TOLERANCE):
    """Douglas–Peucker."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    length = math.hypot(x2 - x1, y2 - y1)
    far, distance = 0, -1.0
    for i, (x, y) in enumerate(points[1:-1], start=1):
        if length == 0:  # a closed ring: the distance from its first point
            d = math.hypot(x - x1, y - y1)
        else:
            d = abs((y2 - y1) * x - (x2 - x1) * y + x2 * y1 - y2 * x1) / length
        if d > distance:
            far, distance = i, d
    if distance <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: far + 1], tolerance)[:-1] + simplify(points[far:], tolerance)


def outline(topology, country_id: str) -> dict:
    arcs = decode_arcs(topology)
    geometry = next(
        g for g in topology["objects"]["countries"]["geometries"] if g.get("id") == country_id
    )
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    coordinates = [
        [[[round(x, 4), round(y, 4)] for x, y in simplify(ring(arcs, r))] for r in polygon]
        for polygon in polygons
    ]
    return {
        "type": "Feature",
        "properties": {"name": geometry["properties"]["name"], "source": "Natural Earth 1:10m"},
        "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
    }


if __name__ == "__main__":
    source, country, target = sys.argv[1:4]
    with open(source, encoding="utf-8") as file:
        feature = outline(json.load(file), country)
    with open(target, "w", encoding="utf-8") as file:
        json.dump(feature, file, separators=(",", ":"))
