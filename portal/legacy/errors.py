"""Errors of the legacy importer."""


class LegacyFileError(Exception):
    """A file that cannot be imported; the message is one line for the user."""
