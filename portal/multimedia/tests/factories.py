import datetime

import factory
import wagtail_factories

from portal.multimedia.models import (
    GalleryImage,
    GalleryPage,
    VideoPage,
)


class VideoPageFactory(wagtail_factories.PageFactory):
    """Build with `parent=video_index`; a YouTube video unless `video_file` is given."""

    title = factory.Sequence(lambda n: f"Video {n}")
    slug = factory.Sequence(lambda n: f"video-{n}")
    summary = factory.Sequence(lambda n: f"Summary of video {n}.")
    date = factory.Sequence(lambda n: datetime.date(2021, 1, 1) + datetime.timedelta(days=n))
    video_url = factory.Sequence(lambda n: f"https://www.youtube.com/watch?v=demo{n:07d}")
    live = True

    class Meta:
        model = VideoPage


class VideoDocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Video file {n}")
    file = factory.django.FileField(filename="clip.mp4", data=b"\x00\x00\x00\x18ftypmp42")


class GalleryPageFactory(wagtail_factories.PageFactory):
    """Build with `parent=gallery_index`; add photos with GalleryImageFactory(page=...)."""

    title = factory.Sequence(lambda n: f"Gallery {n}")
    slug = factory.Sequence(lambda n: f"gallery-{n}")
    intro = factory.Sequence(lambda n: f"Photos from event {n}.")
    date = factory.Sequence(lambda n: datetime.date(2021, 1, 1) + datetime.timedelta(days=n))
    live = True

    class Meta:
        model = GalleryPage


class GalleryImageFactory(factory.django.DjangoModelFactory):
    page = None
    # Wider than the largest rendition, so that srcset offers every width.
    image = factory.SubFactory(wagtail_factories.ImageFactory, file__width=1200, file__height=800)
    alt_text = factory.Sequence(lambda n: f"Photo {n} of the event")
    caption = factory.Sequence(lambda n: f"Caption {n}")
    credit = "Mission photo"

    class Meta:
        model = GalleryImage
