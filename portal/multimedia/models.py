"""Multimedia: the video library and photo galleries."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager, PageQuerySet, TranslatableMixin
from wagtail.search import index

from portal.core.models import BasePage, PartialDateMixin, SectionIndexPage, page_of
from portal.core.sections import Section
from portal.core.videos import (
    PROVIDER_REFUSED,
    ProviderPlayer,
    is_provider_address,
    provider_player,
)

VIDEOS_PER_PAGE = 12
GALLERIES_PER_PAGE = 12

# Formats every current browser plays in <video> without plug-ins.
VIDEO_FILE_EXTENSIONS = {"mp4", "webm", "ogv"}


class DatedPageQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by(models.F("date").desc(nulls_last=True), "-first_published_at", "-pk")


class VideoPageQuerySet(DatedPageQuerySet):
    def for_listing(self):
        return self.select_related("poster_image", "listing_image", "locale").prefetch_related(
            "poster_image__renditions", "listing_image__renditions"
        )


class GalleryPageQuerySet(DatedPageQuerySet):
    def for_listing(self):
        # The cover is the first image; fetch every gallery's images in one query.
        return self.select_related("listing_image", "locale").prefetch_related(
            models.Prefetch(
                "images",
                queryset=GalleryImage.objects.select_related("image").order_by("sort_order"),
            ),
            "listing_image__renditions",
        )


class VideoPage(PartialDateMixin, BasePage):
    video_url = models.URLField(
        _("video address"),
        blank=True,
        help_text=_("A YouTube or Vimeo address. Leave empty when you upload a video file."),
    )
    video_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An MP4 or WebM file. Leave empty when you give a video address."),
    )
    poster_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown before the video plays and in the video library. Required for YouTube "
            "and Vimeo videos: their player is loaded only when the reader presses play."
        ),
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences about the video."))
    transcript = RichTextField(
        _("transcript"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Everything said and shown, for readers who cannot watch or hear the video."),
    )
    thematic_areas = ParentalManyToManyField(
        "taxonomy.ThematicArea", blank=True, related_name="videos", verbose_name=_("thematic areas")
    )

    objects = PageManager.from_queryset(VideoPageQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")], heading=_("Date")),
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("video_file"), FieldPanel("poster_image")],
            heading=_("Video: give an address or upload a file"),
        ),
        FieldPanel("summary"),
        FieldPanel("transcript"),
        FieldPanel("thematic_areas"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("transcript"),
        index.FilterField("date"),
    ]

    parent_page_types = ["multimedia.VideoIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    def clean(self):
        super().clean()
        if bool(self.video_url) == bool(self.video_file_id):
            message = _("Give either a video address or a video file, not both.")
            if not self.video_url:
                message = _("Give a video address or choose a video file.")
            raise ValidationError({"video_url": message, "video_file": message})
        if self.video_url and not is_provider_address(self.video_url):
            raise ValidationError({"video_url": PROVIDER_REFUSED})
        if (
            self.video_file_id
            and self.video_file.file_extension.lower() not in VIDEO_FILE_EXTENSIONS
        ):
            raise ValidationError(
                {
                    "video_file": _(
                        "Upload the video as MP4 or WebM so that every browser can play it."
                    )
                }
            )

    def publication_errors(self) -> dict:
        if self.video_url and not self.poster_image_id:
            return {
                "poster_image": _(
                    "Choose a poster image: readers see it until they press play, and no "
                    "request goes to the video's provider before that."
                )
            }
        return {}

    def get_summary(self) -> str:
        return self.listing_summary or self.summary

    def get_share_image(self):
        return self.listing_image or self.poster_image

    @property
    def provider_player(self) -> ProviderPlayer | None:
        return provider_player(self.video_url)


class VideoIndexPage(SectionIndexPage):
    section = Section("videos", _("Videos"), 50)
    subpage_types = ["multimedia.VideoPage"]
    query_params = ("page",)

    class Meta:
        verbose_name = _("video library")

    def videos(self):
        return VideoPage.objects.live().public().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = page_of(request, self.videos().for_listing().newest_first(), VIDEOS_PER_PAGE)
        context.update(page_obj=page_obj, videos=page_obj.object_list, base_query="?")
        return context


class GalleryPage(PartialDateMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    objects = PageManager.from_queryset(GalleryPageQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")], heading=_("Date")),
        FieldPanel("intro"),
        InlinePanel("images", label=_("Images"), min_num=1),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.FilterField("date"),
    ]

    parent_page_types = ["multimedia.GalleryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("photo gallery")
        verbose_name_plural = _("photo galleries")

    def get_summary(self) -> str:
        return self.listing_summary or self.intro

    @property
    def cover(self):
        """The first image; uses prefetched images when the listing fetched them."""
        images = list(self.images.all())
        return images[0] if images else None

    def get_share_image(self):
        if self.listing_image:
            return self.listing_image
        cover = self.cover
        return cover.image if cover else None


class GalleryImage(TranslatableMixin, Orderable):
    """One photo of a gallery. Translatable so that alt text and captions are
    translated along with the page."""

    page = ParentalKey(GalleryPage, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=255,
        help_text=_("Describe the image for readers who cannot see it. Required."),
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    panels = [
        FieldPanel("image"),
        FieldPanel("alt_text"),
        FieldPanel("caption"),
        FieldPanel("credit"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")


class GalleryIndexPage(SectionIndexPage):
    section = Section("galleries", _("Photo galleries"), 60)
    subpage_types = ["multimedia.GalleryPage"]
    query_params = ("page",)

    class Meta:
        verbose_name = _("photo gallery index")

    def galleries(self):
        return GalleryPage.objects.live().public().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = page_of(
            request, self.galleries().for_listing().newest_first(), GALLERIES_PER_PAGE
        )
        context.update(page_obj=page_obj, galleries=page_obj.object_list, base_query="?")
        return context
