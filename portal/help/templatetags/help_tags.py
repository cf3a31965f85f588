from zoneinfo import ZoneInfo

from django import template

from portal.core.json_ld import json_ld_script

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
    return json_ld_script(guide.json_ld(context["request"]))
