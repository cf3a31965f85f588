"""Locale look-ups remembered for the length of a request.

Wagtail looks the active Locale up by language code for almost every translatable
object a page renders (`Locale.get_active()`, `.localized` on snippets): one query
each time, six to eight per page. Within one request the answer cannot change, so it
is kept until the request ends. Outside requests (commands, tasks) nothing is kept.
"""

import threading

from django.core.signals import request_finished, request_started
from wagtail.models.i18n import LocaleManager

_state = threading.local()
_original_get_for_language = LocaleManager.get_for_language


def _get_for_language(self, language_code):
    remembered = getattr(_state, "locales", None)
    if remembered is None:
        return _original_get_for_language(self, language_code)
    if language_code not in remembered:
        remembered[language_code] = _original_get_for_language(self, language_code)
    return remembered[language_code]


def _start(**kwargs):
    _state.locales = {}


def _finish(**kwargs):
    _state.locales = None


def install():
    LocaleManager.get_for_language = _get_for_language
    request_started.connect(_start, dispatch_uid="portal-locales-start")
    request_finished.connect(_finish, dispatch_uid="portal-locales-finish")
