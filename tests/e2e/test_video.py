"""A video page asks nothing of YouTube or Vimeo until the reader presses play."""

import re
from urllib.parse import urlsplit

from playwright.sync_api import expect

LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def _record_foreign_requests(page):
    """Requests to any host but the test server, recorded and not let out."""
    foreign = []

    def handle(route):
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    page.route("**/*", handle)
    return foreign


def test_video_player_is_loaded_only_on_click(page, page_without_js, demo_site):
    from portal.multimedia.models import VideoPage

    video = (
        VideoPage.objects.live()
        .filter(locale__language_code="en", video_url__contains="youtube.com")
        .first()
    )
    url = f"{demo_site.url}{video.url}"

    foreign = _record_foreign_requests(page)
    page.goto(url, wait_until="networkidle")
    poster = page.locator("figure.video a.video__poster")
    expect(poster.locator("img")).to_be_visible()
    assert page.locator("iframe").count() == 0
    assert foreign == []

    with page.expect_request(re.compile(r"^https://www\.youtube-nocookie\.com/embed/")):
        poster.click()
    frame = page.locator("figure.video iframe")
    expect(frame).to_have_attribute(
        "src", re.compile(r"^https://www\.youtube-nocookie\.com/embed/[\w-]+\?autoplay=1$")
    )
    expect(frame).to_have_attribute("title", video.title)
    assert all("youtube-nocookie.com" in request for request in foreign)

    # Without JavaScript the poster is a link to the video on YouTube.
    foreign_without_js = _record_foreign_requests(page_without_js)
    page_without_js.goto(url, wait_until="networkidle")
    link = page_without_js.locator("figure.video a.video__poster")
    expect(link).to_have_attribute("href", video.video_url)
    assert foreign_without_js == []
