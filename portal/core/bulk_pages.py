"""Creating many new pages at once: what Wagtail's `add_child`, `save_revision` and
`publish` write for each page, written for all of them in a few statements.

Wagtail creates a page with a tree insert, a revision and a publish, each a handful
of queries and signals (≈30 pages/s). `BulkPages` collects new pages (unsaved
instances of any page model, every field set but the tree ones) and `flush()` writes
them: tree positions computed once per parent with treebeard's path arithmetic, the
`wagtailcore_page` rows, each concrete model's own rows (Django's `bulk_create`
refuses multi-table models, so they are inserted table by table), many-to-many links
and inline children, one revision each, the log entry of a publish; then one
"content changed" event for the published pages, which the search index and the page
cache answer in bulk. `finish()` fills Wagtail's reference index for every page
created, once, and queues one background task for Wagtail's admin search index
(what Wagtail itself leaves to the worker after each save).

Only new pages: a page that exists already is saved the ordinary way by the caller.
"""

import uuid
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from django_tasks import task
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search import index as wagtail_search

from .content import PUBLISHED, ContentChange, announce

BATCH = 500
_TREE_FIELDS = ("path", "depth", "numchild", "url_path")  # set when written


class BulkPages:
    def __init__(self):
        self._pending: list[tuple[Page, Page, bool]] = []  # (page, parent, publish)
        self.created: list[Page] = []
        self.log_uuid = str(uuid.uuid4())  # one import, one action in the history

    def add(self, page: Page, parent: Page, publish: bool):
        """Check and queue a new page; `page.slug` is the slug wanted (made unique among
        its siblings when written, as Wagtail's `find_available_slug` would).

        It is checked now, as saving it would: a page to publish in full (its fields,
        the model's `clean`), a draft its title only. Foreign keys are not looked up
        again (the caller read those rows), and the page is not in the tree yet, so
        Wagtail leaves its slug to the writer, as for any page not yet added."""
        _hold_relations_in_memory(page)
        page.draft_title = page.title
        if publish:
            relations = [f.name for f in page._meta.concrete_fields if f.is_relation]
            page.clean_fields(exclude=[*relations, *_TREE_FIELDS])
            page.clean()
        else:
            page.title = page._meta.get_field("title").clean(page.title, page)
        self._pending.append((page, parent, publish))

    def discard(self):
        """Forget the queued pages (their transaction failed)."""
        self._pending = []

    def __len__(self):
        return len(self._pending)

    def flush(self) -> list[Page]:
        """Write the queued pages; they come back saved, with their pks."""
        pending, self._pending = self._pending, []
        if not pending:
            return []
        now = timezone.now()
        by_parent = defaultdict(list)
        for page, parent, publish in pending:
            by_parent[parent.pk].append((page, publish))
        pages = []
        for parent_pk, children in by_parent.items():
            pages += self._place(parent_pk, children, now)
        _insert_rows(pages)
        _insert_relations(pages)
        published = self._revisions(pages, now)
        if published:
            parents = tuple(by_parent)
            # The instances ride along (`details`), so that listeners need not read
            # thousands of pages back.
            announce(
                ContentChange(
                    PUBLISHED,
                    pages=tuple(p.pk for p in published),
                    parents=parents,
                    details={"instances": published},
                )
            )
        self.created += pages
        return pages

    def _place(self, parent_pk: int, children, now) -> list[Page]:
        """Tree fields, unique slugs and publication state of a parent's new children."""
        parent = Page.objects.get(pk=parent_pk)  # fresh path, numchild, url_path
        last = parent.get_last_child()
        step = int(last.path[-Page.steplen :], 36) if last else 0
        slugs = _available_slugs(parent, [page.slug for page, _publish in children])
        pages = []
        for offset, ((page, publish), slug) in enumerate(zip(children, slugs, strict=True), 1):
            page.slug = slug
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, step + offset)
            page.numchild = 0
            page.url_path = f"{parent.url_path}{slug}/"
            page.content_type = ContentType.objects.get_for_model(page)
            page.live = False
            page.has_unpublished_changes = False
            page._bulk_publish = publish
            page._cached_parent_obj = parent  # treebeard's cache: no query for it
            pages.append(page)
        Page.objects.filter(pk=parent_pk).update(numchild=F("numchild") + len(pages))
        return pages

    def _revisions(self, pages: list[Page], now) -> list[Page]:
        """One revision per page (the content as `save_revision` records it), the page
        pointing to it, published when asked; returns the published pages."""
        revisions = [
            Revision(
                content_type_id=page.content_type_id,
                base_content_type_id=_page_content_type().pk,
                object_id=str(page.pk),
                created_at=now,
                content=page.serializable_data(),
                object_str=str(page),
            )
            for page in pages
        ]
        Revision.objects.bulk_create(revisions, batch_size=BATCH)
        published = []
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision = revision
            page.latest_revision_created_at = now
            page.has_unpublished_changes = True
            if page._bulk_publish:
                page.live, page.has_unpublished_changes = True, False
                page.live_revision = revision
                page.first_published_at = page.last_published_at = now
                published.append(page)
        # One statement run for every page (bulk_update's CASE expressions cost more
        # to build than the update itself).
        columns = [
            "latest_revision",
            "latest_revision_created_at",
            "has_unpublished_changes",
            "live",
            "live_revision",
            "first_published_at",
            "last_published_at",
        ]
        fields = [Page._meta.get_field(name) for name in columns]
        assignments = ", ".join(f"{connection.ops.quote_name(f.column)} = %s" for f in fields)
        with connection.cursor() as cursor:
            cursor.executemany(
                f"UPDATE {connection.ops.quote_name(Page._meta.db_table)} SET {assignments}"
                " WHERE id = %s",
                [
                    [f.get_db_prep_save(getattr(page, f.attname), connection) for f in fields]
                    + [page.pk]
                    for page in pages
                ],
            )
        # The history Wagtail writes: "created" for each page, "published" for some.
        logged = [(page, "wagtail.create", None) for page in pages]
        logged += [(page, "wagtail.publish", page.live_revision) for page in published]
        PageLogEntry.objects.bulk_create(
            [
                PageLogEntry(
                    content_type_id=page.content_type_id,
                    label=page.get_admin_display_title(),
                    action=action,
                    timestamp=now,
                    data={},
                    uuid=self.log_uuid,
                    revision=revision,
                    content_changed=True,
                    page_id=page.pk,
                )
                for page, action, revision in logged
            ],
            batch_size=BATCH,
        )
        return published

    def finish(self) -> int:
        """Wagtail's reference index for every page created, once, and its admin search
        index through one background task; returns the number of pages."""
        pages, self.created = self.created, []
        if not pages:
            return 0
        _index_references(pages)
        ids = [page.pk for page in pages]
        for start in range(0, len(ids), BATCH * 4):
            index_for_admin_search.enqueue(ids[start : start + BATCH * 4])
        return len(pages)


def _hold_relations_in_memory(page: Page):
    """Many-to-many fields and inline children as lists held by the instance, read
    while it has no pk: once it has one, modelcluster would ask the database for
    whatever was never assigned (a query per relation and page). What was assigned
    is held already; the rest of a new page is empty."""
    held = getattr(page, "_cluster_related_objects", {})
    names = [f.name for f in page._meta.get_fields() if isinstance(f, ParentalManyToManyField)]
    names += [relation.get_accessor_name() for relation in get_all_child_relations(page)]
    for name in names:
        if name not in held:
            setattr(page, name, [])


def _page_content_type():
    return ContentType.objects.get_for_model(Page)


def _available_slugs(parent: Page, wanted: list[str]) -> list[str]:
    """`find_available_slug` for many pages at once: "slug", then "slug-1", "slug-2"..."""
    children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
    taken = set(children.filter(slug__in=set(wanted)).values_list("slug", flat=True))
    crowded = {slug for slug in wanted if slug in taken or wanted.count(slug) > 1}
    for slug in crowded:  # rare: read every numbered sibling of these only
        taken |= set(children.filter(slug__startswith=slug).values_list("slug", flat=True))
    out = []
    for slug in wanted:
        candidate, number = slug, 1
        while candidate in taken:
            candidate = f"{slug}-{number}"
            number += 1
        taken.add(candidate)
        out.append(candidate)
    return out


_PAGE_FIELDS = [f for f in Page._meta.concrete_fields if not f.primary_key]


def _base_row(page: Page) -> Page:
    row = Page(**{field.attname: getattr(page, field.attname) for field in _PAGE_FIELDS})
    row.pk = page.pk
    return row


def _insert_rows(pages: list[Page]):
    rows = [_base_row(page) for page in pages]
    Page.objects.bulk_create(rows, batch_size=BATCH)
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.id = row.pk
        page._state.adding = False
    by_model = defaultdict(list)
    for page in pages:
        by_model[type(page)].append(page)
    for model, group in by_model.items():
        # Each concrete table below Page in turn, its own columns only.
        for table in [*reversed(model._meta.get_parent_list()), model]:
            if table is Page or not issubclass(table, Page):
                continue
            link = table._meta.pk
            for page in group:
                setattr(page, link.attname, page.pk)
            fields = table._meta.local_concrete_fields
            for start in range(0, len(group), BATCH):
                table._base_manager._insert(group[start : start + BATCH], fields=fields, raw=True)


def _insert_relations(pages: list[Page]):
    """Many-to-many links and inline children (a newsletter's table of contents),
    as they are held in memory by modelcluster."""
    through_rows = defaultdict(list)
    children = defaultdict(list)
    for page in pages:
        for field in page._meta.get_fields():
            if isinstance(field, ParentalManyToManyField):
                through = field.remote_field.through
                source = field.m2m_field_name() + "_id"
                target = field.m2m_reverse_field_name() + "_id"
                for related in getattr(page, field.name).all():
                    through_rows[through].append(through(**{source: page.pk, target: related.pk}))
        for relation in get_all_child_relations(page):
            for child in getattr(page, relation.get_accessor_name()).all():
                setattr(child, relation.field.attname, page.pk)
                children[relation.related_model].append(child)
    for model, rows in [*through_rows.items(), *children.items()]:
        model._base_manager.bulk_create(rows, batch_size=BATCH)


def _index_references(pages: list[Page]):
    """What `ReferenceIndex.create_or_update_for_object` records, for new pages (no
    earlier records to compare with), in one insert."""
    rows = []
    base = _page_content_type()
    for page in pages:
        for to_type, to_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(page)
        ):
            rows.append(
                ReferenceIndex(
                    content_type_id=page.content_type_id,
                    base_content_type=base,
                    object_id=page.pk,
                    to_content_type_id=to_type,
                    to_object_id=to_id,
                    model_path=model_path,
                    content_path=content_path,
                    content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
                )
            )
    options = {"ignore_conflicts": True} if connection.features.supports_ignore_conflicts else {}
    ReferenceIndex.objects.bulk_create(rows, batch_size=BATCH, **options)


@task()
def index_for_admin_search(page_ids: list[int]):
    """Wagtail's own search index (the admin's page search) for pages written in bulk."""
    for page in Page.objects.filter(pk__in=page_ids).specific().iterator(chunk_size=200):
        wagtail_search.insert_or_update_object(page)
