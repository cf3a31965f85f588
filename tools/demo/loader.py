"""Turns the demo content (portal/demo/content/) into pages, snippets and images.

Idempotent: every object is found by a stable key (slug, image title, the English
label of a key figure) and created only when missing. Existing pages are left alone,
so a second run creates no page, snippet, image or revision; small settings (home
introduction, mission settings, section introductions) are updated only when they
differ from the content here.
"""

import datetime
import io
from collections import Counter, defaultdict
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from portal.core.editorial import setup_editorial
from portal.home.tree import ensure_site_tree

from .content import articles as article_content
from .content import events as event_content
from .content import figures as figure_content
from .content import multimedia as multimedia_content
from .content import newsletters as newsletter_content
from .content import projects as project_content
from .content import sections as section_content
from .content import site as site_content
from .content import taxonomy as taxonomy_content
from .content.translations_ru import ARTICLES_RU
from .content.translations_tg import ARTICLES_TG
from .images import illustration_jpeg

IMAGE_CREDIT = {
    "en": "Demo illustration",
    "ru": "Демонстрационная иллюстрация",
    "tg": "Тасвири намоишӣ",
}
# The mission's archive (2012–2019) as the old website left it; brought in through
# the legacy importer, as an editor would with `portal import_legacy --publish`.
LEGACY_CORPUS = Path(__file__).resolve().parent / "legacy_corpus"
LEGACY_STATS = {"created": "created", "updated": "updated", "unchanged": "already there"}
ARTICLE_TRANSLATIONS = {"ru": ARTICLES_RU, "tg": ARTICLES_TG}


def fresh(page):
    """`page` as it is now in the database. Saving a page object fetched before
    children were added under it would write back a stale `numchild` and hide them."""
    return type(page).objects.get(pk=page.pk).specific


def resolve_date(value, today: datetime.date) -> datetime.date | None:
    """ISO date, or "+N" / "-N" days from `today`."""
    if not value:
        return None
    if value[0] in "+-":
        return today + datetime.timedelta(days=int(value))
    return datetime.date.fromisoformat(value)


def resolve_datetime(value, today: datetime.date) -> datetime.datetime:
    """ "YYYY-MM-DD HH:MM" or "+N HH:MM", in the mission's time zone."""
    day, time = value.split(" ")
    date = resolve_date(day, today)
    hour, minute = (int(part) for part in time.split(":"))
    return datetime.datetime(
        date.year, date.month, date.day, hour, minute, tzinfo=ZoneInfo(settings.TIME_ZONE)
    )


class DemoLoader:
    def __init__(self, today: datetime.date | None = None):
        self.today = today or timezone.localdate()
        # what -> Counter of "created" / "already there" / "updated"
        self.stats: dict[str, Counter] = defaultdict(Counter)

    # -- helpers ---------------------------------------------------------------

    def count(self, what: str, created: bool):
        self.stats[what]["created" if created else "already there"] += 1

    def updated(self, what: str, n: int = 1):
        self.stats[what]["updated"] += n

    def _update(self, obj, **fields) -> bool:
        """Set `fields` on `obj`; True when something changed."""
        changed = False
        for name, value in fields.items():
            if getattr(obj, name) != value:
                setattr(obj, name, value)
                changed = True
        return changed

    def localized(self, obj, code):
        """`obj`'s translation in language `code` (the object itself if missing)."""
        if obj is None:
            return None
        return obj.get_translation_or_none(self.locales[code]) or obj

    def body(self, blocks, code="en"):
        """Raw StreamField data from the content's block tuples."""
        data = []
        for block in blocks:
            kind = block[0]
            if kind == "paragraph":
                value = f"<p>{escape(block[1])}</p>"
            elif kind == "heading":
                value = block[1]
            elif kind == "quote":
                value = {"quote": block[1], "attribution": block[2]}
            elif kind == "key_figure":
                value = {"figure": self.localized(self.figures[block[1]], code).pk}
            elif kind == "image":
                _kind, key, alt, caption = block
                value = {
                    "image": self.images[key].pk,
                    "alt_text": alt,
                    "caption": caption,
                    "credit": IMAGE_CREDIT[code],
                }
            else:
                raise ValueError(f"Unknown block type {kind!r}")
            data.append({"type": kind, "value": value})
        return data

    def snippets(self, mapping, keys, code="en"):
        return [self.localized(mapping[key], code) for key in keys]

    def add_page(self, parent, page, m2m=None):
        """Create `page` under `parent` and publish it (one revision)."""
        for name, values in (m2m or {}).items():
            getattr(page, name).set(values)
        page.locale = parent.locale
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def translate_page(self, page, code, fields, m2m=None, children=None):
        """Create and publish `page`'s translation in `code`, unless it exists.

        `children`: relation name -> one dict of fields per child object, in order
        (the copied children keep what is not given)."""
        locale = self.locales[code]
        existing = page.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific, False
        copy = page.copy_for_translation(locale).specific
        for name, value in fields.items():
            setattr(copy, name, value)
        for name, values in (m2m or {}).items():
            getattr(copy, name).set(values)
        for relation, values in (children or {}).items():
            items = list(getattr(copy, relation).all())
            for item, item_fields in zip(items, values, strict=True):
                self._update(item, **item_fields)
            setattr(copy, relation, items)
        copy.save_revision().publish()
        return copy, True

    # -- the parts -------------------------------------------------------------

    def load_images(self):
        Image = get_image_model()
        self.images = {}
        for key, (title, _alt, palette, seed, style) in site_content.IMAGES.items():
            image = Image.objects.filter(title=title).first()
            created = image is None
            if created:
                data = io.BytesIO(illustration_jpeg(palette, seed, style))
                image = Image(title=title, file=ImageFile(data, name=f"demo-{key}.jpg"))
                image.save()
            self.images[key] = image
            self.count("images", created)

    def load_taxonomy(self):
        from portal.taxonomy.models import Organization, Place, ThematicArea

        self.themes = {}
        for slug, (en, ru, tg, description) in taxonomy_content.THEMES.items():
            self.themes[slug] = self._translated_snippet(
                ThematicArea,
                slug,
                {"en": en, "ru": ru, "tg": tg},
                per_language={code: {"description": text} for code, text in description.items()},
            )
        self.places = {}
        for slug, (en, ru, tg, region) in taxonomy_content.PLACES.items():
            regions = taxonomy_content.REGIONS[region]
            self.places[slug] = self._translated_snippet(
                Place,
                slug,
                {"en": en, "ru": ru, "tg": tg},
                per_language={
                    code: {"region": regions[n]} for n, code in enumerate(("en", "ru", "tg"))
                },
            )
        self.organizations = {}
        for slug, (en, ru, tg, acronym, kind, website) in taxonomy_content.ORGANIZATIONS.items():
            self.organizations[slug] = self._translated_snippet(
                Organization,
                slug,
                {"en": en, "ru": ru, "tg": tg},
                {"acronym": acronym, "organization_type": kind, "website": website},
            )

    def _translated_snippet(self, model, slug, names, shared=None, per_language=None):
        """The English entry `slug` and its ru/tg copies, created or corrected."""
        label = model._meta.verbose_name_plural
        original = None
        for code in ("en", "ru", "tg"):
            fields = {"name": names[code], **(shared or {}), **(per_language or {}).get(code, {})}
            locale = self.locales[code]
            obj = model.objects.filter(locale=locale, slug=slug).first()
            if obj is None and original is not None:
                obj = original.get_translation_or_none(locale)
            created = obj is None
            if created:
                if original is None:
                    obj = model(locale=locale, slug=slug)
                else:
                    obj = original.copy_for_translation(locale)
            if self._update(obj, **fields) or created:
                obj.save()
                if not created:
                    self.updated(str(label))
            self.count(str(label), created)
            if code == "en":
                original = obj
        return original

    def load_figures(self):
        from portal.figures.models import KeyFigure

        self.figures = {}
        for key, data in figure_content.FIGURES.items():
            original = None
            for code in ("en", "ru", "tg"):
                locale = self.locales[code]
                fields = {
                    "value": data["value"],
                    "unit": data["unit"][code],
                    "label": data["label"][code],
                    "year": data["year"],
                    "source_name": data["source_name"][code],
                    "source_url": data["source_url"],
                }
                if original is None:
                    obj = KeyFigure.objects.filter(locale=locale, label=data["label"]["en"]).first()
                else:
                    obj = original.get_translation_or_none(locale)
                created = obj is None
                if created:
                    obj = (
                        KeyFigure(locale=locale)
                        if original is None
                        else original.copy_for_translation(locale)
                    )
                if self._update(obj, **fields) or created:
                    obj.save()
                self.count("key figures", created)
                if code == "en":
                    original = obj
            self.figures[key] = original

    def load_settings(self):
        from portal.core.models import MissionSettings

        site = Site.objects.get(is_default_site=True)
        mission = MissionSettings.for_site(site)
        if self._update(mission, **site_content.MISSION):
            mission.save()
            self.updated("mission settings")

    def load_home(self):
        from portal.home.models import HomePageFigure

        for code, home in self.homes.items():
            home = fresh(home)
            changed = self._update(home, intro=site_content.HOME_INTRO[code])
            if not home.featured_figures.exists():
                home.featured_figures = [
                    HomePageFigure(figure=self.localized(self.figures[key], code), sort_order=n)
                    for n, key in enumerate(figure_content.HOME_FIGURES)
                ]
                changed = True
            if changed:
                home.save_revision().publish()
                self.updated("home pages")

    def load_section_intros(self):
        for slug, intros in section_content.SECTION_INTROS.items():
            for code, page in self.sections.get(slug, {}).items():
                page = fresh(page)
                if hasattr(page, "intro") and self._update(page, intro=intros[code]):
                    page.save_revision().publish()
                    self.updated("section pages")

    def load_articles(self):
        from portal.news.models import ArticlePage

        index = self.sections["news"]["en"]
        self.articles = {}
        for data in article_content.ARTICLES:
            page = ArticlePage.objects.child_of(index).filter(slug=data["slug"]).first()
            created = page is None
            if created:
                page = self.add_page(index, self._article(data), self._article_m2m(data, "en"))
            self.articles[data["slug"]] = page
            self.count("articles", created)

        for code, translations in ARTICLE_TRANSLATIONS.items():
            for slug, data in translations.items():
                original = self.articles[slug]
                source = next(a for a in article_content.ARTICLES if a["slug"] == slug)
                fields = {
                    "title": data["title"],
                    "lead": data["lead"],
                    "body": self.body(data["body"], code),
                    "dateline_place": self.localized(self.places.get(source["place"]), code),
                    "hero_alt_text": data.get("hero_alt", original.hero_alt_text),
                    "hero_caption": data.get("hero_caption", original.hero_caption),
                    "hero_credit": IMAGE_CREDIT[code] if original.hero_credit else "",
                    "search_description": data["lead"][:250],
                    "how_to_apply": data.get("how_to_apply", original.how_to_apply),
                }
                _page, created = self.translate_page(
                    original, code, fields, self._article_m2m(source, code)
                )
                self.count(f"article translations ({code})", created)

    def _article(self, data):
        from portal.news.models import ArticlePage

        hero = data.get("hero")
        image_key = hero[0] if hero else None
        return ArticlePage(
            title=data["title"],
            slug=data["slug"],
            kind=data["kind"],
            dateline_place=self.places.get(data["place"]),
            date=resolve_date(data["date"], self.today),
            date_precision=data.get("precision", "day"),
            date_end=resolve_date(data.get("date_end"), self.today),
            lead=data["lead"],
            body=self.body(data["body"]),
            hero_image=self.images[image_key] if image_key else None,
            hero_alt_text=site_content.IMAGES[image_key][1] if image_key else "",
            hero_caption=hero[1] if hero else "",
            hero_credit=IMAGE_CREDIT["en"] if hero else "",
            privacy_marker=data.get("privacy", ""),
            call_opens_on=resolve_date(data.get("call_opens_on"), self.today),
            call_closes_on=resolve_date(data.get("call_closes_on"), self.today),
            how_to_apply=data.get("how_to_apply", ""),
            search_description=data["lead"][:250],
        )

    def _article_m2m(self, data, code):
        return {
            "thematic_areas": self.snippets(self.themes, data["themes"], code),
            "organizations": self.snippets(self.organizations, data["partners"], code),
            "places": self.snippets(self.places, data["places"], code),
        }

    def load_events(self):
        from portal.events.models import EventPage

        index = self.sections["events"]["en"]
        for data in event_content.EVENTS:
            page = EventPage.objects.child_of(index).filter(slug=data["slug"]).first()
            created = page is None
            if created:
                page = self.add_page(
                    index,
                    EventPage(
                        title=data["title"]["en"],
                        slug=data["slug"],
                        start=resolve_datetime(data["start"], self.today),
                        end=resolve_datetime(data["end"], self.today) if data.get("end") else None,
                        format=data["format"],
                        place=self.places.get(data["place"]) if data["place"] else None,
                        venue=data.get("venue", {}).get("en", ""),
                        link=data.get("link", ""),
                        summary=data["summary"]["en"],
                    ),
                    self._event_m2m(data, "en"),
                )
            self.count("events", created)
            for code in ("ru", "tg"):
                fields = {
                    "title": data["title"][code],
                    "summary": data["summary"][code],
                    "venue": data.get("venue", {}).get(code, ""),
                    "place": self.localized(page.place, code),
                }
                _copy, created = self.translate_page(
                    page, code, fields, self._event_m2m(data, code)
                )
                self.count(f"event translations ({code})", created)

    def _event_m2m(self, data, code):
        return {
            "organizers": self.snippets(self.organizations, data["organizers"], code),
            "thematic_areas": self.snippets(self.themes, data["themes"], code),
        }

    def load_projects(self):
        from portal.projects.models import ProjectPage

        index = self.sections["projects"]["en"]
        self.projects = {}
        for data in project_content.PROJECTS:
            page = ProjectPage.objects.child_of(index).filter(slug=data["slug"]).first()
            created = page is None
            if created:
                page = self.add_page(
                    index,
                    ProjectPage(
                        title=data["title"]["en"],
                        slug=data["slug"],
                        status=data["status"],
                        start_date=resolve_date(data["start_date"], self.today),
                        end_date=resolve_date(data["end_date"], self.today),
                        thematic_area=self.themes[data["thematic_area"]],
                        summary=data["summary"]["en"],
                        body=self.body(data["body"]["en"]),
                    ),
                    self._project_m2m(data, "en"),
                )
            self.projects[data["slug"]] = page
            self.count("projects", created)
            for code in ("ru", "tg"):
                fields = {
                    "title": data["title"][code],
                    "summary": data["summary"][code],
                    "thematic_area": self.localized(self.themes[data["thematic_area"]], code),
                    "body": self.body(data["body"][code], code),
                }
                _copy, created = self.translate_page(
                    page, code, fields, self._project_m2m(data, code)
                )
                self.count(f"project translations ({code})", created)
        self.link_project_news()

    def link_project_news(self):
        """Articles that report on a project point at it in every language (the
        project's page lists them): "project" in the articles' content."""
        from portal.news.models import ArticlePage

        for data in article_content.ARTICLES:
            project = self.projects.get(data.get("project"))
            if project is None:
                continue
            key = self.articles[data["slug"]].translation_key
            for article in ArticlePage.objects.filter(translation_key=key):
                target = self.localized(project, article.locale.language_code)
                if article.related_project_id != target.pk:
                    article.related_project = target
                    article.save_revision().publish()
                    self.updated("articles linked to their project")

    def _project_m2m(self, data, code):
        return {
            "donors": self.snippets(self.organizations, data["donors"], code),
            "partners": self.snippets(self.organizations, data["partners"], code),
            "regions": self.snippets(self.places, data["regions"], code),
        }

    def load_newsletters(self):
        from portal.newsletters.models import (
            NewsletterIssuePage,
            NewsletterSeries,
            NewsletterTocEntry,
        )

        series = {}
        for slug, names in newsletter_content.SERIES.items():
            series[slug] = self._translated_snippet(NewsletterSeries, slug, names)

        index = self.sections["newsletters"]["en"]
        for data in newsletter_content.ISSUES:
            page = NewsletterIssuePage.objects.child_of(index).filter(slug=data["slug"]).first()
            created = page is None
            if created:
                entries = []
                for n, item in enumerate(data["toc"]):
                    if isinstance(item, str):
                        entries.append(
                            NewsletterTocEntry(article=self.articles[item], sort_order=n)
                        )
                    else:
                        title, summary = item["en"]
                        entries.append(
                            NewsletterTocEntry(title=title, summary=summary, sort_order=n)
                        )
                page = NewsletterIssuePage(
                    title=data["title"],
                    slug=data["slug"],
                    series=series[data["series"]],
                    number=data["number"],
                    date=resolve_date(data["date"], self.today),
                    date_precision=data["precision"],
                    intro=data["intro"],
                    sections=self._briefs(data, "en"),
                )
                page.toc_entries = entries
                page = self.add_page(index, page)
            self.count("newsletter issues", created)
            for code in data["translations"]:
                title, intro = newsletter_content.ISSUE_TRANSLATIONS[data["slug"]][code]
                fields = {
                    "title": title,
                    "intro": intro,
                    "series": self.localized(series[data["series"]], code),
                    "sections": self._briefs(data, code),
                }
                entries = [
                    {}
                    if isinstance(item, str)
                    else dict(title=item[code][0], summary=item[code][1])
                    for item in data["toc"]
                ]
                _copy, created = self.translate_page(
                    page, code, fields, children={"toc_entries": entries}
                )
                self.count(f"newsletter translations ({code})", created)

    def _briefs(self, data, code):
        items = [
            {"title": "", "summary": "", "page": self.projects[slug].pk, "document": None}
            for slug in data["briefs"]
        ]
        heading = newsletter_content.SECTION_HEADING[code]
        return [{"type": "section", "value": {"heading": heading, "items": items}}]

    def load_multimedia(self):
        from portal.multimedia.models import GalleryImage, GalleryPage, VideoPage

        index = self.sections["videos"]["en"]
        for data in multimedia_content.VIDEOS:
            page = VideoPage.objects.child_of(index).filter(slug=data["slug"]).first()
            created = page is None
            if created:
                page = self.add_page(
                    index,
                    VideoPage(
                        title=data["title"]["en"],
                        slug=data["slug"],
                        date=resolve_date(data["date"], self.today),
                        video_url=data["url"],
                        poster_image=self.images[data["poster"]],
                        summary=data["summary"]["en"],
                        transcript=data["transcript"]["en"],
                    ),
                    {"thematic_areas": self.snippets(self.themes, data["themes"])},
                )
            self.count("videos", created)
            for code in ("ru", "tg"):
                fields = {name: data[name][code] for name in ("title", "summary", "transcript")}
                m2m = {"thematic_areas": self.snippets(self.themes, data["themes"], code)}
                _copy, created = self.translate_page(page, code, fields, m2m)
                self.count(f"video translations ({code})", created)

        index = self.sections["galleries"]["en"]
        for data in multimedia_content.GALLERIES:
            page = GalleryPage.objects.child_of(index).filter(slug=data["slug"]).first()
            created = page is None
            if created:
                page = GalleryPage(
                    title=data["title"]["en"],
                    slug=data["slug"],
                    date=resolve_date(data["date"], self.today),
                    date_precision=data.get("precision", "day"),
                    intro=data["intro"]["en"],
                )
                texts = self._gallery_images(data, "en")
                page.images = [
                    GalleryImage(
                        image=self.images[image["image"]],
                        sort_order=n,
                        locale=self.locales["en"],
                        **texts[n],
                    )
                    for n, image in enumerate(data["images"])
                ]
                page = self.add_page(index, page)
            self.count("photo galleries", created)
            for code in ("ru", "tg"):
                fields = {"title": data["title"][code], "intro": data["intro"][code]}
                children = {"images": self._gallery_images(data, code)}
                _copy, created = self.translate_page(page, code, fields, children=children)
                self.count(f"photo gallery translations ({code})", created)

    def _gallery_images(self, data, code):
        return [
            {
                "alt_text": image["alt"][code],
                "caption": image["caption"][code],
                "credit": IMAGE_CREDIT[code],
            }
            for image in data["images"]
        ]

    def load_legacy_archive(self):
        """Import the archive pages, published. The importer's source keys make a
        second run find every item unchanged."""
        from portal.legacy.extract import extract
        from portal.legacy.importer import Importer
        from portal.legacy.text import iter_files, load_lines

        importer = Importer(publish=True)
        for path, name in iter_files([LEGACY_CORPUS]):
            outcome = importer.import_page(extract(load_lines(path), name))
            for state, label in LEGACY_STATS.items():
                if getattr(outcome, state):
                    self.stats["archive items (legacy import)"][label] += getattr(outcome, state)
            if outcome.notes:  # the corpus is written to import cleanly
                raise RuntimeError(f"{name}: " + "; ".join(outcome.notes))

    # -- all together ----------------------------------------------------------

    # Sections whose models another app provides; loaded only once the app exists.
    OPTIONAL_PARTS = [
        ("events", "load_events"),
        ("projects", "load_projects"),
        ("newsletters", "load_newsletters"),
        ("videos", "load_multimedia"),
    ]

    @transaction.atomic
    def run(self) -> dict[str, Counter]:
        changes = setup_editorial()
        if changes:
            self.updated("editorial groups and workflow", changes)
        self.homes, self.sections = ensure_site_tree()
        self.locales = {
            code: Locale.objects.get(language_code=code) for code, _n in settings.LANGUAGES
        }
        self.load_images()
        self.load_taxonomy()
        self.load_figures()
        self.load_settings()
        self.load_home()
        self.load_section_intros()
        self.load_articles()
        for section, method in self.OPTIONAL_PARTS:
            if section in self.sections:
                if section == "newsletters" and "projects" not in self.sections:
                    continue
                getattr(self, method)()
            else:
                self.stats[section]["skipped: app not installed"] += 1
        # Last, so that the archive's newsletters join the series created above.
        if {"news", "newsletters"} <= set(self.sections):
            self.load_legacy_archive()
        return self.stats


def load_demo(today: datetime.date | None = None) -> dict[str, Counter]:
    return DemoLoader(today).run()
