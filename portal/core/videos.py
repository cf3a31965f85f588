"""Videos from a provider (YouTube, Vimeo): which providers the site embeds, and their
privacy-enhanced player, built from the address without asking the provider.

One list for video pages (`VideoPage.clean`) and article-body video blocks
(`blocks.VideoBlock`); both show a poster that links to the video and load the
player only when the reader presses play (static/js/video-player.js), so no request
goes to the provider before that. The Content-Security-Policy's frame-src names the
same two players (PORTAL_CSP).
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

YOUTUBE_HOSTS = frozenset({"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"})
VIMEO_HOSTS = frozenset({"vimeo.com", "www.vimeo.com", "player.vimeo.com"})
VIDEO_PROVIDER_HOSTS = YOUTUBE_HOSTS | VIMEO_HOSTS
PROVIDER_REFUSED = _("Only YouTube and Vimeo addresses can be embedded.")

_YOUTUBE_ID = re.compile(r"^[\w-]{6,20}$")


@dataclass(frozen=True)
class ProviderPlayer:
    provider: str  # "YouTube" or "Vimeo", shown to readers
    embed_url: str  # the player, framed only after the reader presses play


def is_provider_address(url: str) -> bool:
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and (parts.hostname or "") in VIDEO_PROVIDER_HOSTS


def validate_provider_address(url: str):
    """ValidationError unless `url` is a YouTube or Vimeo address."""
    if not is_provider_address(url):
        raise ValidationError(PROVIDER_REFUSED, code="video_provider")


def provider_player(url: str) -> ProviderPlayer | None:
    """The privacy-enhanced player of a YouTube or Vimeo address, built from the
    video's id; None when the address is not a provider's or names no video."""
    if not is_provider_address(url):
        return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    segments = [s for s in parts.path.split("/") if s]
    if host in YOUTUBE_HOSTS:
        if host == "youtu.be":
            video_id = segments[0] if segments else ""
        elif segments[:1] in (["embed"], ["shorts"], ["live"], ["v"]) and len(segments) > 1:
            video_id = segments[1]
        else:
            video_id = parse_qs(parts.query).get("v", [""])[0]
        if _YOUTUBE_ID.match(video_id):
            return ProviderPlayer(
                "YouTube", f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
            )
        return None
    numbers = [s for s in segments if s.isdigit()]
    if numbers:
        return ProviderPlayer(
            "Vimeo", f"https://player.vimeo.com/video/{numbers[0]}?autoplay=1&dnt=1"
        )
    return None
