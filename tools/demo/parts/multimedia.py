"""The demo's videos and photo galleries, in English, Russian and Tajik."""

from portal.multimedia.models import GalleryImage, GalleryPage, VideoPage

from ..data import content, resolve_date


def load_videos(demo):
    index = demo.sections["videos"]["en"]
    for data in content("multimedia")["videos"]:
        page = VideoPage.objects.child_of(index).filter(slug=data["slug"]).first()
        created = page is None
        if created:
            page = demo.add_page(
                index,
                VideoPage(
                    title=data["title"]["en"],
                    slug=data["slug"],
                    date=resolve_date(data["date"], demo.today),
                    video_url=data["url"],
                    poster_image=demo.images[data["poster"]],
                    summary=data["summary"]["en"],
                    transcript=data["transcript"]["en"],
                ),
                {"thematic_areas": demo.snippets(demo.themes, data["themes"])},
            )
        demo.count("videos", created)
        for code in ("ru", "tg"):
            fields = {name: data[name][code] for name in ("title", "summary", "transcript")}
            m2m = {"thematic_areas": demo.snippets(demo.themes, data["themes"], code)}
            _copy, created = demo.translate_page(page, code, fields, m2m)
            demo.count(f"video translations ({code})", created)


def load_galleries(demo):
    index = demo.sections["galleries"]["en"]
    for data in content("multimedia")["galleries"]:
        page = GalleryPage.objects.child_of(index).filter(slug=data["slug"]).first()
        created = page is None
        if created:
            page = GalleryPage(
                title=data["title"]["en"],
                slug=data["slug"],
                date=resolve_date(data["date"], demo.today),
                date_precision=data.get("precision", "day"),
                intro=data["intro"]["en"],
            )
            texts = _image_texts(demo, data, "en")
            page.images = [
                GalleryImage(
                    image=demo.images[image["image"]],
                    sort_order=n,
                    locale=demo.locales["en"],
                    **texts[n],
                )
                for n, image in enumerate(data["images"])
            ]
            page = demo.add_page(index, page)
        demo.count("photo galleries", created)
        for code in ("ru", "tg"):
            fields = {"title": data["title"][code], "intro": data["intro"][code]}
            children = {"images": _image_texts(demo, data, code)}
            _copy, created = demo.translate_page(page, code, fields, children=children)
            demo.count(f"photo gallery translations ({code})", created)


def _image_texts(demo, data, code) -> list:
    return [
        {
            "alt_text": image["alt"][code],
            "caption": image["caption"][code],
            "credit": demo.image_credit[code],
        }
        for image in data["images"]
    ]
