from django import template

from ..forms import SubscribeForm

register = template.Library()


@register.simple_tag
def subscribe_form():
    """A fresh subscribe form, for the include on newsletter and home pages."""
    return SubscribeForm()
