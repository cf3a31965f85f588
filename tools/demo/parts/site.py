"""Images, mission settings, the home pages and the section pages' introductions."""

import io

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Site

from portal.core.models import MissionSettings
from portal.home.models import HomePageFigure

from ..data import content
from ..images import illustration_jpeg


def load_images(demo) -> dict:
    """key -> image: the abstract illustrations, drawn once."""
    Image = get_image_model()
    images = {}
    for key, data in content("site")["images"].items():
        image = Image.objects.filter(title=data["title"]).first()
        created = image is None
        if created:
            jpeg = illustration_jpeg(tuple(data["palette"]), data["seed"], data["style"])
            image = Image(title=data["title"], file=ImageFile(io.BytesIO(jpeg), f"demo-{key}.jpg"))
            image.save()
        images[key] = image
        demo.count("images", created)
    return images


def load_settings(demo):
    mission = MissionSettings.for_site(Site.objects.get(is_default_site=True))
    if demo.update(mission, **content("site")["mission"]):
        mission.save()
        demo.updated("mission settings")


def load_home(demo):
    intros = content("site")["home_intro"]
    home_figures = content("figures")["home_figures"]
    for code, home in demo.homes.items():
        home = demo.fresh(home)
        changed = demo.update(home, intro=intros[code])
        if not home.featured_figures.exists():
            home.featured_figures = [
                HomePageFigure(figure=demo.localized(demo.figures[key], code), sort_order=n)
                for n, key in enumerate(home_figures)
            ]
            changed = True
        if changed:
            home.save_revision().publish()
            demo.updated("home pages")


def load_section_intros(demo):
    for slug, intros in content("site")["section_intros"].items():
        for code, page in demo.sections.get(slug, {}).items():
            page = demo.fresh(page)
            if hasattr(page, "intro") and demo.update(page, intro=intros[code]):
                page.save_revision().publish()
                demo.updated("section pages")
