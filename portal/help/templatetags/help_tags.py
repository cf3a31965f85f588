import json
from zoneinfo import ZoneInfo

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..sharing import short_text, sms_href

register = template.Library()


@register.simple_tag
def open_state(service, now):
    return service.open_state(now)


@register.filter
def local_now(now, zone_name):
    """`now` in the service's time zone (the time an "open now" was decided at)."""
    return now.astimezone(ZoneInfo(zone_name))


@register.simple_tag(takes_context=True)
def share_text(context, service):
    request = context.get("request")
    return short_text(service, service.get_full_url(request))


@register.filter
def sms_link(text):
    return sms_href(text)


@register.simple_tag(takes_context=True)
def faq_json_ld(context, guide):
    data = guide.json_ld(context["request"])
    escaped = json.dumps(data, ensure_ascii=False).translate(
        {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(escaped))
