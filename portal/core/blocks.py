"""StreamField blocks shared by the portal's pages.

`article_body_blocks()` is the one place that decides what an article body may hold.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .videos import is_provider_address, provider_player, validate_provider_address


class HeadingBlock(blocks.CharBlock):
    class Meta:
        template = "blocks/heading.html"
        icon = "title"
        label = _("Heading")
        form_classname = "title"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=255,
        help_text=_("Describe the image for readers who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    credit = blocks.CharBlock(label=_("Credit"), required=False)

    class Meta:
        template = "blocks/captioned_image.html"
        icon = "image"
        label = _("Image")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        template = "blocks/quote.html"
        icon = "openquote"
        label = _("Quote")


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video, shown as on video pages: a poster that links to the
    video, and the provider's player only once the reader presses play (no oEmbed
    request, no iframe before that). Other providers are refused (core.videos)."""

    video = blocks.URLBlock(label=_("Video URL"), help_text=_("YouTube or Vimeo address."))
    poster = ImageChooserBlock(
        label=_("Poster image"),
        required=False,
        help_text=_(
            "Shown until the reader presses play: no request goes to the video's "
            "provider before that."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    def clean(self, value):
        value = super().clean(value)
        try:
            validate_provider_address(value["video"])
        except ValidationError as error:
            raise StructBlockValidationError(block_errors={"video": error}) from error
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # Content saved before providers were checked renders only if it passes now.
        context["allowed"] = is_provider_address(value["video"])
        context["player"] = provider_player(value["video"])
        return context

    class Meta:
        template = "blocks/video.html"
        icon = "media"
        label = _("Embedded video")


class KeyFigureBlock(blocks.StructBlock):
    figure = SnippetChooserBlock("figures.KeyFigure", label=_("Key figure"))

    class Meta:
        template = "blocks/key_figure.html"
        icon = "order"
        label = _("Key figure")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False)

    class Meta:
        template = "blocks/document_link.html"
        icon = "doc-full"
        label = _("Document link")


def article_body_blocks():
    return [
        (
            "paragraph",
            blocks.RichTextBlock(
                features=["bold", "italic", "link", "ol", "ul"],
                label=_("Paragraph"),
                template="blocks/paragraph.html",
            ),
        ),
        ("heading", HeadingBlock()),
        ("image", CaptionedImageBlock()),
        ("quote", QuoteBlock()),
        ("video", VideoBlock()),
        ("key_figure", KeyFigureBlock()),
        ("document", DocumentLinkBlock()),
    ]
