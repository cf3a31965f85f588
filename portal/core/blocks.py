"""StreamField blocks shared by the portal's pages.

`article_body_blocks()` is the one place that decides what an article body may hold.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


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
    video = EmbedBlock(label=_("Video URL"), help_text=_("YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("Caption"), required=False)

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
