import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.embeds.finders import get_finders
from wagtail.test.utils.form_data import querydict_from_html

from portal.multimedia.models import (
    GALLERIES_PER_PAGE,
    VIDEOS_PER_PAGE,
    VideoPage,
    provider_player,
)
from portal.multimedia.tests.factories import (
    GalleryImageFactory,
    GalleryPageFactory,
    VideoDocumentFactory,
    VideoPageFactory,
)

pytestmark = pytest.mark.django_db

YOUTUBE_IFRAME = (
    '<iframe width="200" height="113" src="https://www.youtube.com/embed/abc123?feature=oembed" '
    'title="Safe migration explained" frameborder="0" allowfullscreen></iframe>'
)


class FakeYouTubeFinder:
    """Answers like YouTube's oEmbed endpoint, without the network."""

    calls = []

    def accept(self, url):
        return "youtube.com" in url

    def find_embed(self, url, max_width=None, max_height=None):
        self.calls.append(url)
        return {
            "title": "Safe migration explained",
            "type": "video",
            "html": YOUTUBE_IFRAME,
            "width": 200,
            "height": 113,
        }


@pytest.fixture
def fake_embeds(settings):
    settings.WAGTAILEMBEDS_FINDERS = [
        {"class": "portal.multimedia.tests.test_multimedia.FakeYouTubeFinder"}
    ]
    get_finders.cache_clear()
    FakeYouTubeFinder.calls = []
    yield FakeYouTubeFinder
    get_finders.cache_clear()


@pytest.fixture
def video_index(site_tree):
    return site_tree.sections["videos"]["en"]


@pytest.fixture
def gallery_index(site_tree):
    return site_tree.sections["galleries"]["en"]


def test_provider_video_shows_a_poster_linking_to_the_provider_and_asks_it_nothing(
    client, video_index, taxonomy, fake_embeds
):
    video = VideoPageFactory(
        parent=video_index,
        title="Safe migration explained",
        slug="safe-migration",
        summary="A two-minute guide.",
        video_url="https://www.youtube.com/watch?v=abc123",
        poster_image=wagtail_factories.ImageFactory(file__width=1280, file__height=720),
        transcript="<p>Before you travel, register with the consulate.</p>",
    )
    video.thematic_areas.add(taxonomy.labour)
    video.save()
    response = client.get("/en/videos/safe-migration/")
    assert response.status_code == 200
    html = response.content.decode()
    assert fake_embeds.calls == []  # not even the server asks the provider
    soup = BeautifulSoup(html, "html.parser")
    poster = soup.select_one("figure.video a.video__poster")
    # Without JavaScript: a link to the video on YouTube, over a local poster image.
    assert poster["href"] == "https://www.youtube.com/watch?v=abc123"
    image = poster.select_one("img")
    assert image["src"].startswith("/") and ".webp" in image["src"]
    assert all(src.startswith("/") for src in [i["src"] for i in soup.select("img")])
    # With JavaScript, video-player.js frames the privacy-enhanced player on click.
    assert poster["data-embed"] == "https://www.youtube-nocookie.com/embed/abc123?autoplay=1"
    assert soup.select_one('script[src$="js/video-player.js"]') is not None
    assert "<iframe" not in html
    assert "<details" in html and "<summary>Transcript</summary>" in html
    assert "register with the consulate" in html
    assert "Labour migration" in html
    assert 'style="' not in html  # the Content-Security-Policy forbids inline styles


@pytest.mark.parametrize(
    ("url", "provider", "embed"),
    [
        ("https://youtu.be/abc123XYZ_-", "YouTube", "www.youtube-nocookie.com/embed/abc123XYZ_-"),
        ("https://m.youtube.com/watch?v=abc123&t=10", "YouTube", "nocookie.com/embed/abc123?"),
        ("https://www.youtube.com/shorts/abc123", "YouTube", "nocookie.com/embed/abc123?"),
        ("https://vimeo.com/76979871", "Vimeo", "player.vimeo.com/video/76979871?"),
        ("https://player.vimeo.com/video/76979871", "Vimeo", "player.vimeo.com/video/76979871?"),
    ],
)
def test_provider_player_is_built_from_the_address(url, provider, embed):
    player = provider_player(url)
    assert player.provider == provider and embed in player.embed_url


def test_an_address_that_names_no_video_gets_a_plain_link(client, video_index):
    VideoPageFactory(parent=video_index, slug="channel", video_url="https://www.youtube.com/")
    html = client.get("/en/videos/channel/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    link = soup.select_one("a.video__poster")
    assert link["href"] == "https://www.youtube.com/" and not link.has_attr("data-embed")
    assert "<iframe" not in html


def test_a_provider_video_cannot_be_published_without_a_poster(admin_client, video_index):
    url = f"/admin/pages/add/multimedia/videopage/{video_index.pk}/"
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    data.update(
        {
            "title": "Before you go",
            "slug": "before-you-go",
            "summary": "Five checks.",
            "video_url": "https://vimeo.com/76979871",
            "action-publish": "1",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "poster_image" in response.context["form"].errors
    assert not VideoPage.objects.filter(slug="before-you-go").exists()


def test_uploaded_video_renders_html5_player_with_poster(client, video_index):
    document = VideoDocumentFactory()
    poster = wagtail_factories.ImageFactory()
    VideoPageFactory(
        parent=video_index, slug="uploaded", video_url="", video_file=document, poster_image=poster
    )
    html = client.get("/en/videos/uploaded/").content.decode()
    assert f'src="{document.url}"' in html
    assert "<video controls" in html
    assert 'poster="' in html and ".webp" in html
    assert "<iframe" not in html


@pytest.mark.parametrize(
    ("video_url", "with_file", "error_fields"),
    [
        ("", False, {"video_url", "video_file"}),  # neither
        ("https://www.youtube.com/watch?v=x", True, {"video_url", "video_file"}),  # both
        ("https://example.com/video", False, {"video_url"}),  # a host the CSP would block
    ],
)
def test_video_needs_exactly_one_allowed_source(video_url, with_file, error_fields):
    video = VideoPage(title="V", summary="s", video_url=video_url)
    if with_file:
        video.video_file = VideoDocumentFactory()
    with pytest.raises(ValidationError) as excinfo:
        video.clean()
    assert set(excinfo.value.message_dict) == error_fields


def test_video_source_validation_accepts_one_source():
    VideoPage(title="V", summary="s", video_url="https://vimeo.com/76979871").clean()
    VideoPage(title="V", summary="s", video_file=VideoDocumentFactory()).clean()
    not_a_video = wagtail_factories.DocumentFactory(file__filename="brief.pdf")
    with pytest.raises(ValidationError) as excinfo:
        VideoPage(title="V", summary="s", video_file=not_a_video).clean()
    assert "video_file" in excinfo.value.message_dict


def test_video_library_is_paginated_newest_first(client, video_index):
    count = VIDEOS_PER_PAGE + 2
    for n in range(count):
        VideoPageFactory(parent=video_index, title=f"Clip {n:02d}", date=f"2020-01-{n + 1:02d}")
    VideoPageFactory(parent=video_index, title="Unpublished clip", live=False)
    first = client.get("/en/videos/").content.decode()
    assert f"Clip {count - 1:02d}" in first and "Clip 00" not in first
    assert 'href="?page=2"' in first
    second = client.get("/en/videos/?page=2").content.decode()
    assert "Clip 00" in second and f"Clip {count - 1:02d}" not in second
    assert "Unpublished clip" not in first + second
    assert client.get("/en/videos/?page=abc").status_code == 200
    assert "Clip 00" in client.get("/en/videos/?page=99").content.decode()  # last page


def test_video_library_does_not_fetch_embeds(client, video_index, fake_embeds):
    VideoPageFactory(parent=video_index)
    assert client.get("/en/videos/").status_code == 200
    assert fake_embeds.calls == []


def test_gallery_renders_responsive_images_with_alt_text_in_order(client, gallery_index):
    gallery = GalleryPageFactory(
        parent=gallery_index, title="Roundtable in Khujand", slug="khujand-roundtable"
    )
    GalleryImageFactory(page=gallery, alt_text="Second photo", sort_order=2, credit="A. Karimov")
    GalleryImageFactory(
        page=gallery, alt_text="First photo", caption="Opening session", sort_order=1
    )
    response = client.get("/en/galleries/khujand-roundtable/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index('alt="First photo"') < html.index('alt="Second photo"')
    assert html.count("srcset=") == 2
    assert "320w" in html and "640w" in html and ".webp" in html
    assert 'width="' in html and 'height="' in html
    assert "Opening session" in html and "© A. Karimov" in html
    assert 'sizes="(max-width: 40rem) 100vw, 20rem"' in html


def test_gallery_image_requires_alt_text(gallery_index):
    gallery = GalleryPageFactory(parent=gallery_index)
    item = GalleryImageFactory.build(
        page=gallery, image=wagtail_factories.ImageFactory(), alt_text=""
    )
    with pytest.raises(ValidationError) as excinfo:
        item.full_clean(exclude=["page", "locale", "translation_key"])
    assert "alt_text" in excinfo.value.message_dict


def test_gallery_images_follow_the_page_into_translations(site_tree, gallery_index):
    gallery = GalleryPageFactory(parent=gallery_index, slug="floods")
    GalleryImageFactory(page=gallery, alt_text="Flooded road")
    russian = gallery.copy_for_translation(site_tree.homes["ru"].locale)
    images = list(russian.images.all())
    assert [image.alt_text for image in images] == ["Flooded road"]
    assert images[0].locale == site_tree.homes["ru"].locale


def test_gallery_index_lists_galleries_with_cover_and_count(
    client, gallery_index, django_assert_max_num_queries
):
    for n in range(GALLERIES_PER_PAGE + 1):
        gallery = GalleryPageFactory(
            parent=gallery_index, title=f"Album {n:02d}", date=f"2019-03-{n + 1:02d}"
        )
        GalleryImageFactory(page=gallery)
        GalleryImageFactory(page=gallery)
    response = client.get("/en/galleries/")
    html = response.content.decode()
    assert f"Album {GALLERIES_PER_PAGE:02d}" in html and "Album 00" not in html
    assert "2 photos" in html
    assert (
        html.count('alt=""') >= GALLERIES_PER_PAGE
    )  # covers are decorative; the title is the link
    assert "Album 00" in client.get("/en/galleries/?page=2").content.decode()
    # Images are prefetched: the listing's cost does not grow with galleries or photos.
    with django_assert_max_num_queries(25):
        client.get("/en/galleries/")


@pytest.mark.parametrize(
    ("model", "section"), [("videopage", "videos"), ("gallerypage", "galleries")]
)
def test_admin_add_forms_render(admin_client, site_tree, model, section):
    parent = site_tree.sections[section]["en"]
    response = admin_client.get(f"/admin/pages/add/multimedia/{model}/{parent.pk}/")
    assert response.status_code == 200
