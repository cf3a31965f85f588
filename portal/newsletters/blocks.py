"""StreamField blocks of a newsletter issue: extra sections such as Project Briefs."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock


class SectionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("title"), required=False, help_text=_("Leave empty to use the linked page's title.")
    )
    summary = blocks.TextBlock(label=_("summary"), required=False)
    page = blocks.PageChooserBlock(label=_("page on this site"), required=False)
    document = DocumentChooserBlock(
        label=_("document"), required=False, help_text=_("For example a project brief (PDF).")
    )

    class Meta:
        icon = "doc-full"
        label = _("entry")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("title") and not value.get("page"):
            raise StructBlockValidationError(
                block_errors={"title": ValidationError(_("Give a title or choose a page."))}
            )
        return value


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), help_text=_("For example: Project Briefs."))
    items = blocks.ListBlock(SectionItemBlock(), label=_("entries"))

    class Meta:
        icon = "list-ul"
        label = _("section")
