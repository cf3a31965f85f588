"""The demo's articles in English, their Russian and Tajik translations, and the
links from articles to the projects they report on."""

from portal.news.models import ArticlePage

from ..data import article_translations, content, resolve_date


def load_articles(demo) -> dict:
    """slug -> the English article; translations created where the content has them."""
    index = demo.sections["news"]["en"]
    english = content("articles")
    articles = {}
    for data in english:
        page = ArticlePage.objects.child_of(index).filter(slug=data["slug"]).first()
        created = page is None
        if created:
            page = demo.add_page(index, _article(demo, data), _article_m2m(demo, data, "en"))
        articles[data["slug"]] = page
        demo.count("articles", created)

    by_slug = {data["slug"]: data for data in english}
    for code in ("ru", "tg"):
        for slug, data in article_translations(code).items():
            original, source = articles[slug], by_slug[slug]
            fields = {
                "title": data["title"],
                "lead": data["lead"],
                "body": demo.body(data["body"], code),
                "dateline_place": demo.localized(demo.places.get(source["place"]), code),
                "hero_alt_text": data.get("hero_alt", original.hero_alt_text),
                "hero_caption": data.get("hero_caption", original.hero_caption),
                "hero_credit": demo.image_credit[code] if original.hero_credit else "",
                "search_description": data["lead"][:250],
                "how_to_apply": data.get("how_to_apply", original.how_to_apply),
            }
            _page, created = demo.translate_page(
                original, code, fields, _article_m2m(demo, source, code)
            )
            demo.count(f"article translations ({code})", created)
    return articles


def _article(demo, data) -> ArticlePage:
    hero = data.get("hero")
    image_key = hero["image"] if hero else None
    return ArticlePage(
        title=data["title"],
        slug=data["slug"],
        kind=data["kind"],
        dateline_place=demo.places.get(data["place"]),
        date=resolve_date(data["date"], demo.today),
        date_precision=data.get("precision", "day"),
        date_end=resolve_date(data.get("date_end"), demo.today),
        lead=data["lead"],
        body=demo.body(data["body"]),
        hero_image=demo.images[image_key] if image_key else None,
        hero_alt_text=content("site")["images"][image_key]["alt"] if image_key else "",
        hero_caption=hero["caption"] if hero else "",
        hero_credit=demo.image_credit["en"] if hero else "",
        privacy_marker=data.get("privacy", ""),
        call_opens_on=resolve_date(data.get("call_opens_on"), demo.today),
        call_closes_on=resolve_date(data.get("call_closes_on"), demo.today),
        how_to_apply=data.get("how_to_apply", ""),
        search_description=data["lead"][:250],
    )


def _article_m2m(demo, data, code) -> dict:
    return {
        "thematic_areas": demo.snippets(demo.themes, data["themes"], code),
        "organizations": demo.snippets(demo.organizations, data["partners"], code),
        "places": demo.snippets(demo.places, data["places"], code),
    }


def link_project_news(demo):
    """Articles that report on a project point at it in every language (the
    project's page lists them): "project" in the articles' content."""
    for data in content("articles"):
        project = demo.projects.get(data.get("project"))
        if project is None:
            continue
        key = demo.articles[data["slug"]].translation_key
        for article in ArticlePage.objects.filter(translation_key=key):
            target = demo.localized(project, article.locale.language_code)
            if article.related_project_id != target.pk:
                article.related_project = target
                article.save_revision().publish()
                demo.updated("articles linked to their project")
