"""The demo's content, as plain data: written for the demo, fictional but plausible.

The loader (portal/demo/loader.py) turns it into pages and snippets; nothing here
touches the database.
"""
