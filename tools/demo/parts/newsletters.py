"""The demo's newsletter series and issues, with their tables of contents and
"Project Briefs" sections, and their translations."""

from portal.newsletters.models import NewsletterIssuePage, NewsletterSeries, NewsletterTocEntry

from ..data import content, resolve_date


def load_newsletters(demo):
    data = content("newsletters")
    series = {
        slug: demo.translated_snippet(NewsletterSeries, slug, names)
        for slug, names in data["series"].items()
    }
    index = demo.sections["newsletters"]["en"]
    for issue in data["issues"]:
        page = NewsletterIssuePage.objects.child_of(index).filter(slug=issue["slug"]).first()
        created = page is None
        if created:
            page = NewsletterIssuePage(
                title=issue["title"],
                slug=issue["slug"],
                series=series[issue["series"]],
                number=issue["number"],
                date=resolve_date(issue["date"], demo.today),
                date_precision=issue["precision"],
                intro=issue["intro"],
                sections=_briefs(demo, issue, "en"),
            )
            page.toc_entries = [
                NewsletterTocEntry(article=demo.articles[item], sort_order=n)
                if isinstance(item, str)
                else NewsletterTocEntry(sort_order=n, **item["en"])
                for n, item in enumerate(issue["toc"])
            ]
            page = demo.add_page(index, page)
        demo.count("newsletter issues", created)
        for code in issue["translations"]:
            translated = data["issue_translations"][issue["slug"]][code]
            fields = {
                "title": translated["title"],
                "intro": translated["intro"],
                "series": demo.localized(series[issue["series"]], code),
                "sections": _briefs(demo, issue, code),
            }
            # Entries that link an article keep it; the others take this language's text.
            entries = [{} if isinstance(item, str) else dict(item[code]) for item in issue["toc"]]
            _copy, created = demo.translate_page(
                page, code, fields, children={"toc_entries": entries}
            )
            demo.count(f"newsletter translations ({code})", created)


def _briefs(demo, issue, code) -> list:
    items = [
        {"title": "", "summary": "", "page": demo.projects[slug].pk, "document": None}
        for slug in issue["briefs"]
    ]
    heading = content("newsletters")["section_heading"][code]
    return [{"type": "section", "value": {"heading": heading, "items": items}}]
