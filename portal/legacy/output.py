"""What `portal import_legacy` prints for a page: one JSON object per item (`jsonl`),
what became of each line (`report`), or a section of the HTML report (`html`)."""

import json

from . import report_html
from .items import Disposition, Page

JSONL, REPORT, HTML = "jsonl", "report", "html"
FORMATS = [JSONL, REPORT, HTML]


def render(page: Page, output_format: str | None) -> str:
    """The text printed for `page` in `output_format` (nothing without a format)."""
    if output_format == JSONL:
        lines = [_json(record) for record in page.records()]
    elif output_format == REPORT:
        lines = [_report_head(page), *(_report_line(page, d) for d in page.dispositions)]
    elif output_format == HTML:
        lines = [report_html.file_section(page)]
    else:
        lines = []
    return "".join(line + "\n" for line in lines)


def _json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, default=_json_default)


def _json_default(value):
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _report_head(page: Page) -> str:
    return f"== {page.file} ({page.shape}, {page.locale}, {len(page.items)} items)"


def _report_line(page: Page, disposition: Disposition) -> str:
    if disposition.status == "item":
        item = page.items[disposition.item]
        what = f"item {disposition.item + 1} {item.kind}: {disposition.role}"
    else:
        what = f"{disposition.status}: {disposition.role}"
    return f"{disposition.line.no:>6}  {what:<40}  {disposition.line.text[:70]}"
