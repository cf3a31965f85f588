from django import template

from portal.multimedia.models import embed_html

register = template.Library()


@register.simple_tag
def video_embed(url):
    """A YouTube/Vimeo player the Content-Security-Policy allows (youtube-nocookie),
    or a link to the video when the provider cannot be reached."""
    return embed_html(url)
