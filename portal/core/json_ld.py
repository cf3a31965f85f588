"""schema.org data as a <script type="application/ld+json"> element.

Django's `json_script` escapes the same way but always writes `type="application/json"`,
which search engines do not read as structured data; hence this one function.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data) -> str:
    escaped = json.dumps(data, ensure_ascii=False).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(escaped))
