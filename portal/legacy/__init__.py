"""The old site's saved pages, imported (`portal import_legacy`).

files → lines (`text`, `encoding`) → items (`extract`: `detect`, `segment`, `archive`,
`contact`, `figures`, `kinds`, with `datelines` and `names`) → the typed form
(`items`) → printed (`output`) or written to the portal (`importer`, `keys`,
`lookups`).
"""
