"""The article-body video block: the providers of video pages only, and the same
click-to-load poster (no iframe, no request to the provider before the reader asks)."""

from unittest.mock import patch

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from hypothesis import example, given, settings
from hypothesis import strategies as st
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Page

from portal.core.blocks import VideoBlock
from portal.core.videos import VIDEO_PROVIDER_HOSTS
from portal.multimedia.models import VideoPage
from portal.news.tests.factories import ArticlePageFactory

YOUTUBE = "https://www.youtube.com/watch?v=abc123XYZ"


def cleaned(url: str):
    block = VideoBlock()
    return block.clean(block.to_python({"video": url, "poster": None, "caption": "Safe migration"}))


@pytest.mark.parametrize(
    "url",
    [
        "https://www.dailymotion.com/video/x7tgad0",
        "https://evilyoutube.com/watch?v=abc123XYZ",  # a host that only ends like one
        "https://youtube.com.example.org/watch?v=abc123XYZ",
        "javascript:alert(1)//youtube.com",
    ],
)
def test_the_block_refuses_other_providers(url):
    with pytest.raises(StructBlockValidationError) as refused:
        cleaned(url)
    assert "video" in refused.value.block_errors


@pytest.mark.parametrize(
    "url", [YOUTUBE, "https://youtu.be/abc123XYZ", "https://vimeo.com/76979871"]
)
def test_the_block_accepts_youtube_and_vimeo(url):
    assert cleaned(url)["video"] == url


hosts = st.from_regex(r"[a-z0-9-]{1,12}(\.[a-z]{2,6}){1,2}", fullmatch=True)


@pytest.mark.django_db  # a page's constructor reads its content type
@settings(max_examples=50)
@given(host=hosts)
@example(host="youtube.com")
@example(host="m.youtube.com")
@example(host="player.vimeo.com")
@example(host="evilyoutube.com")
@example(host="vimeo.com.example.org")
def test_the_block_and_video_pages_accept_the_same_hosts(host):
    url = f"https://{host}/watch?v=abc123XYZ"
    try:
        cleaned(url)
        block_accepts = True
    except StructBlockValidationError:
        block_accepts = False
    page = VideoPage(title="Video", summary="A video.", video_url=url)
    try:
        with patch.object(Page, "clean", lambda self: None):  # Wagtail's own: the database
            page.clean()
        page_accepts = True
    except ValidationError as error:
        page_accepts = "video_url" not in error.message_dict
    assert block_accepts == page_accepts == (host in VIDEO_PROVIDER_HOSTS)


@pytest.mark.django_db
def test_an_article_shows_a_poster_that_loads_the_player_on_request(
    client, news_index, monkeypatch
):
    def no_oembed(*args, **kwargs):
        raise AssertionError("the provider was asked before the reader pressed play")

    monkeypatch.setattr("wagtail.embeds.embeds.get_embed", no_oembed)
    article = ArticlePageFactory(parent=news_index, slug="with-video")
    article.body = [("video", {"video": YOUTUBE, "poster": None, "caption": "Safe migration"})]
    article.save_revision().publish()
    html = client.get("/en/news/with-video/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    poster = soup.select_one("figure.video a.video__poster")
    assert poster["href"] == YOUTUBE
    assert poster["data-embed"].startswith("https://www.youtube-nocookie.com/embed/abc123XYZ")
    assert "<iframe" not in html
    assert soup.select_one('script[src*="video-player"]') is not None
    assert "only when you press play" in soup.select_one("figure.video figcaption").text
