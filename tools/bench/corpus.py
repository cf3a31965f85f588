"""A synthetic corpus for the benchmark: N articles in each language, plus projects
and newsletter issues, on top of the demo site (taxonomy, images, sections).

Wagtail creates a page with a tree insert, a revision and a publish (≈30 pages/s),
which would take hours for 100,000 articles in three languages. The benchmark only
needs what a published page looks like in the database, so pages are written in
bulk: the `wagtailcore_page` rows with their materialised paths, the model's own
rows, many-to-many links and search entries. Everything the site reads from a
published page is there; revisions and Wagtail's own search index are not.
Synthetic pages carry a `bench-` slug prefix so that they can be counted and extended.
"""

import datetime
import random
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from portal.caching import pagecache
from portal.home.tree import ensure_site_tree
from portal.news.models import ArticleKind, ArticlePage, NewsIndexPage, PrivacyMarker
from portal.newsletters.models import (
    NewsletterIndexPage,
    NewsletterIssuePage,
    NewsletterSeries,
    NewsletterTocEntry,
)
from portal.projects.models import ProjectIndexPage, ProjectPage, ProjectStatus
from portal.sitesearch import fulltext
from portal.sitesearch.indexing import entry_values
from portal.sitesearch.models import SearchEntry
from portal.taxonomy.models import Organization, Place, ThematicArea

SLUG_PREFIX = "bench-"
NAMESPACE = uuid.UUID("6f1d3c1e-9a43-4a4e-8d51-6b0c2f1e0b7a")
BATCH = 500
# One project and one newsletter issue for every this many articles (at least a few).
PROJECT_EVERY, ISSUE_EVERY = 500, 200
START = datetime.date(2026, 11, 1)

# Small vocabularies per language, inflected forms included, so that stemming and
# highlighting have real work to do.
_VOCABULARY = {
    "en": (
        "migration migrants migrant labour workers remittances returnees border "
        "communities training trainings trained youth women families health rights "
        "protection counter-trafficking survey surveys report data integration "
        "employment skills recruitment ministry partners government regional "
        "cooperation mobility climate resilience villages districts support "
        "assistance information centres consultations safe orderly regular"
    ),
    "ru": (
        "миграция мигранты мигрантов трудовые трудовых работники денежные переводы "
        "вернувшиеся граница сообщества тренинг тренинги обучение молодёжь женщины "
        "семьи здоровье права защита противодействие торговле исследование отчёт "
        "данные интеграция занятость навыки министерство партнёры правительство "
        "региональное сотрудничество мобильность климат устойчивость сёла районы "
        "поддержка помощь информация центры консультации безопасной упорядоченной"
    ),
    "tg": (
        "муҳоҷират муҳоҷирон муҳоҷирони меҳнатӣ коргарон интиқоли пул бозгаштагон "
        "сарҳад ҷамоатҳо омӯзиш омӯзишҳо ҷавонон занон оилаҳо саломатӣ ҳуқуқҳо "
        "ҳифз муқовимат савдо тадқиқот ҳисобот маълумот ҳамгироӣ шуғл малака "
        "вазорат шарикон ҳукумат ҳамкорӣ минтақавӣ ҳаракат иқлим устуворӣ деҳот "
        "ноҳияҳо дастгирӣ кӯмак иттилоот марказҳо машварат бехатар"
    ),
}
WORDS = {code: words.split() for code, words in _VOCABULARY.items()}
LISTED_KINDS = [
    ArticleKind.NEWS,
    ArticleKind.NEWS,
    ArticleKind.NEWS,
    ArticleKind.PRESS_RELEASE,
    ArticleKind.STORY,
    ArticleKind.EVENT_REPORT,
    ArticleKind.STATEMENT,
]


def _sentence(rng: random.Random, language: str, words: int) -> str:
    chosen = [rng.choice(WORDS[language]) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def _paragraph(rng, language, sentences=4):
    return " ".join(_sentence(rng, language, rng.randint(8, 16)) for _ in range(sentences))


@dataclass
class Vocabulary:
    """The demo's taxonomy and images, by locale, that synthetic pages point to."""

    themes: dict[int, list[int]]  # locale id -> pks, in the same order in every locale
    places: dict[int, list[int]]
    organizations: dict[int, list[int]]
    images: list[int]

    @classmethod
    def load(cls):
        def by_locale(model):
            result = {}
            for locale_id, pk in model.objects.order_by("slug").values_list("locale_id", "pk"):
                result.setdefault(locale_id, []).append(pk)
            return result

        images = list(get_image_model().objects.order_by("pk").values_list("pk", flat=True))
        vocabulary = cls(by_locale(ThematicArea), by_locale(Place), by_locale(Organization), images)
        if not (vocabulary.themes and vocabulary.places and images):
            raise RuntimeError("The synthetic corpus builds on the demo: run `portal load_demo`.")
        return vocabulary


def synthetic_count(model) -> int:
    """Synthetic pages of `model` per language (counted in the default language)."""
    return model.objects.filter(
        slug__startswith=SLUG_PREFIX, locale__language_code=settings.LANGUAGE_CODE
    ).count()


def count_articles() -> int:
    return synthetic_count(ArticlePage)


def _m2m_rows(model, field_name, links):
    """Rows of a ParentalManyToManyField's through table: links are (page_pk, target_pk)."""
    field = model._meta.get_field(field_name)
    through = field.remote_field.through
    source = field.m2m_field_name() + "_id"
    target = field.m2m_reverse_field_name() + "_id"
    return [through(**{source: a, target: b}) for a, b in links]


def bulk_insert_pages(parent: Page, pages: list[Page]) -> list[Page]:
    """Insert published pages of one specific model as the last children of `parent`.

    `pages` are unsaved instances of the specific model with every field set but
    the tree ones; they come back saved, with their pks.
    """
    if not pages:
        return []
    model = type(pages[0])
    parent = Page.objects.get(pk=parent.pk)  # fresh numchild and path
    last = parent.get_last_child()
    step = int(last.path[-Page.steplen :], 36) if last else 0
    content_type = ContentType.objects.get_for_model(model)
    page_fields = [f.attname for f in Page._meta.concrete_fields if not f.primary_key]
    base_rows = []
    for offset, page in enumerate(pages, start=1):
        page.path = Page._get_path(parent.path, parent.depth + 1, step + offset)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.last_published_at = page.first_published_at
        page.latest_revision_created_at = page.first_published_at
        base_rows.append(Page(**{name: getattr(page, name) for name in page_fields}))
    Page.objects.bulk_create(base_rows, batch_size=BATCH)
    own_fields = [f for f in model._meta.local_concrete_fields]
    for page, row in zip(pages, base_rows, strict=True):
        page.pk = page.page_ptr_id = row.pk
    for start in range(0, len(pages), BATCH):
        # The model's own table only: Django's bulk_create refuses multi-table models.
        model._base_manager._insert(pages[start : start + BATCH], fields=own_fields, raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def index_in_bulk(pages):
    """Search entries for freshly inserted pages, built by the site's own indexer
    (`indexing.entry_values`, what publishing a page writes), inserted in bulk."""
    entries = [SearchEntry(page_id=page.pk, **entry_values(page)) for page in pages]
    SearchEntry.objects.bulk_create(entries, batch_size=BATCH)
    fulltext.after_bulk_save(entries)


def _article(i: int, code: str, locale: Locale, vocab: Vocabulary) -> ArticlePage:
    rng = random.Random(f"{i}-{code}")
    shape = random.Random(i)  # shared by the translations: same kind, date, image
    kind = shape.choice(LISTED_KINDS)
    date = START - datetime.timedelta(days=i // 8)
    published = timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, i % 60)))
    paragraphs = [_paragraph(rng, code) for _ in range(5)]
    body = [
        {"type": "paragraph", "value": f"<p>{paragraph}</p>", "id": str(uuid.uuid4())}
        for paragraph in paragraphs
    ]
    body.insert(2, {"type": "heading", "value": _sentence(rng, code, 4), "id": str(uuid.uuid4())})
    places = vocab.places[locale.pk]
    image = vocab.images[shape.randrange(len(vocab.images))]
    title = _sentence(rng, code, rng.randint(5, 9)).rstrip(".")
    return ArticlePage(
        title=title,
        slug=f"{SLUG_PREFIX}{i}",
        locale=locale,
        translation_key=uuid.uuid5(NAMESPACE, f"article-{i}"),
        first_published_at=published,
        kind=kind,
        privacy_marker=PrivacyMarker.NAME_CHANGED if kind == ArticleKind.STORY else "",
        dateline_place_id=places[shape.randrange(len(places))],
        date=date,
        date_precision="day",
        lead=_sentence(rng, code, 20),
        body=body,
        hero_image_id=image,
        hero_alt_text=_sentence(rng, code, 6),
        search_description="",
    )


def _article_links(pages, locale, vocab: Vocabulary):
    themes, places = vocab.themes[locale.pk], vocab.places[locale.pk]
    organizations = vocab.organizations.get(locale.pk, [])
    theme_links, place_links, partner_links = [], [], []
    for page in pages:
        shape = random.Random(page.slug)
        theme_links += [(page.pk, pk) for pk in shape.sample(themes, k=min(2, len(themes)))]
        place_links.append((page.pk, shape.choice(places)))
        if organizations:
            partner_links.append((page.pk, shape.choice(organizations)))
    for field, links in (
        ("thematic_areas", theme_links),
        ("places", place_links),
        ("organizations", partner_links),
    ):
        rows = _m2m_rows(ArticlePage, field, links)
        type(rows[0])._default_manager.bulk_create(rows, batch_size=BATCH) if rows else None


def add_articles(start: int, stop: int, vocab: Vocabulary, progress=None):
    """Articles start..stop-1 in every language, in batches of one transaction each."""
    locales = {code: Locale.objects.get(language_code=code) for code, _ in settings.LANGUAGES}
    rivers = {code: NewsIndexPage.objects.get(locale=locale) for code, locale in locales.items()}
    for batch_start in range(start, stop, BATCH * 4):
        batch = range(batch_start, min(stop, batch_start + BATCH * 4))
        with transaction.atomic():
            for code, locale in locales.items():
                pages = [_article(i, code, locale, vocab) for i in batch]
                bulk_insert_pages(rivers[code], pages)
                _article_links(pages, locale, vocab)
                index_in_bulk(pages)
        if progress:
            progress(len(batch))


def add_projects(start: int, stop: int, vocab: Vocabulary):
    """Synthetic projects start..stop-1 in every language."""
    statuses = [ProjectStatus.ACTIVE, ProjectStatus.ACTIVE, ProjectStatus.COMPLETED]
    with transaction.atomic():
        for locale in Locale.objects.all():
            code = locale.language_code
            pages = []
            for i in range(start, stop):
                rng, shape = random.Random(f"p{i}-{code}"), random.Random(f"p{i}")
                begins = START - datetime.timedelta(days=40 * i)
                pages.append(
                    ProjectPage(
                        title=_sentence(rng, code, 5).rstrip("."),
                        slug=f"{SLUG_PREFIX}project-{i}",
                        locale=locale,
                        translation_key=uuid.uuid5(NAMESPACE, f"project-{i}"),
                        first_published_at=timezone.make_aware(
                            datetime.datetime.combine(begins, datetime.time(9))
                        ),
                        status=shape.choice(statuses),
                        start_date=begins,
                        end_date=begins + datetime.timedelta(days=700),
                        thematic_area_id=shape.choice(vocab.themes[locale.pk]),
                        summary=_paragraph(rng, code, 2),
                        body=[{"type": "paragraph", "value": f"<p>{_paragraph(rng, code)}</p>"}],
                    )
                )
            parent = ProjectIndexPage.objects.get(locale=locale)
            bulk_insert_pages(parent, pages)
            rows = _m2m_rows(
                ProjectPage,
                "regions",
                [
                    (page.pk, random.Random(page.slug).choice(vocab.places[locale.pk]))
                    for page in pages
                ],
            )
            type(rows[0])._default_manager.bulk_create(rows)
            index_in_bulk(pages)


def add_issues(start: int, stop: int):
    """Synthetic newsletter issues start..stop-1 in every language, each listing five
    synthetic articles of its language in its table of contents."""
    series = NewsletterSeries.objects.order_by("pk").first()
    with transaction.atomic():
        for locale in Locale.objects.all():
            code = locale.language_code
            articles = list(
                ArticlePage.objects.filter(locale=locale, slug__startswith=SLUG_PREFIX)
                .order_by("pk")
                .values_list("pk", flat=True)[: stop * 5]
            )
            pages = []
            for i in range(start, stop):
                rng = random.Random(f"n{i}-{code}")
                date = START - datetime.timedelta(days=30 * i)
                pages.append(
                    NewsletterIssuePage(
                        title=f"{_sentence(rng, code, 3).rstrip('.')} {i + 1}",
                        slug=f"{SLUG_PREFIX}issue-{i}",
                        locale=locale,
                        translation_key=uuid.uuid5(NAMESPACE, f"issue-{i}"),
                        first_published_at=timezone.make_aware(
                            datetime.datetime.combine(date, datetime.time(9))
                        ),
                        series=series.get_translation_or_none(locale) if series else None,
                        number=i + 1,
                        date=date,
                        date_precision="month",
                        intro=_paragraph(rng, code, 2),
                        sections=[],
                    )
                )
            parent = NewsletterIndexPage.objects.get(locale=locale)
            bulk_insert_pages(parent, pages)
            entries = [
                NewsletterTocEntry(
                    page_id=page.pk,
                    article_id=articles[(i * 5 + k) % len(articles)] if articles else None,
                    title="" if articles else page.title,
                    sort_order=k,
                    locale=locale,
                    translation_key=uuid.uuid5(NAMESPACE, f"toc-{page.slug}-{k}"),
                )
                for i, page in enumerate(pages)
                for k in range(5)
            ]
            NewsletterTocEntry.objects.bulk_create(entries, batch_size=BATCH)
            index_in_bulk(pages)


def ensure_corpus(articles: int, progress=None) -> dict[str, int]:
    """Grow the synthetic corpus to `articles` articles per language (never shrinks)."""
    ensure_site_tree()
    vocab = Vocabulary.load()
    have = count_articles()
    if have < articles:
        add_articles(have, articles, vocab, progress)
    projects = max(3, articles // PROJECT_EVERY)
    have_projects = synthetic_count(ProjectPage)
    if have_projects < projects:
        add_projects(have_projects, projects, vocab)
    issues = max(3, articles // ISSUE_EVERY)
    have_issues = synthetic_count(NewsletterIssuePage)
    if have_issues < issues:
        add_issues(have_issues, issues)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    # Written in bulk, without Wagtail's publish signals: start a new cache generation
    # so that no cached page, facet list or count of the smaller corpus survives.
    pagecache.clear()
    return {
        "articles": count_articles(),
        "projects": projects,
        "issues": issues,
        "pages": Page.objects.live().count(),
    }
