"""Who may do what in the admin: the Editors, Moderators, Translators and Newsletter
managers groups and the moderation workflow every page edit goes through.

The groups are defined here, in code, and `setup_editorial()` makes the database match:
running it again changes nothing, and a permission someone added by hand to one of these
groups is taken away again (the definition lives here, not in the admin).

A snippet holding personal data names the one group that may manage it
(`editorial_group = NEWSLETTER_MANAGERS` on the model): the other groups' snippet
permissions leave it out, and only that group (and superusers) sees it.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

from portal.core.tree import ensure_roots

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
NEWSLETTER_MANAGERS = "Newsletter managers"
WORKFLOW_NAME = "Moderators approval"
TASK_NAME = "Moderators approval"


@dataclass(frozen=True)
class GroupSpec:
    name: str
    page_permissions: tuple[str, ...]  # on the tree root: add, change, publish, lock, unlock
    collection_permissions: tuple[str, ...]  # "wagtailimages.add_image", on the root collection
    snippet_actions: tuple[str, ...]  # "add", "change", "delete" on the portal's snippets
    extra_permissions: tuple[str, ...] = field(default=())  # "app_label.codename"
    # On the snippets whose `editorial_group` is this group (personal data).
    own_snippet_actions: tuple[str, ...] = field(default=())


_IMAGES_AND_DOCS_USE = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
)

GROUPS = [
    # Editors write and submit; publishing is the Moderators' job (through the workflow).
    GroupSpec(
        EDITORS,
        page_permissions=("add", "change", "lock"),
        collection_permissions=_IMAGES_AND_DOCS_USE,
        snippet_actions=("add", "change"),
        extra_permissions=("wagtailadmin.access_admin",),
    ),
    GroupSpec(
        MODERATORS,
        page_permissions=("add", "change", "publish", "lock", "unlock"),
        collection_permissions=(
            *_IMAGES_AND_DOCS_USE,
            "wagtailimages.delete_image",
            "wagtaildocs.delete_document",
        ),
        snippet_actions=("add", "change", "delete"),
        extra_permissions=("wagtailadmin.access_admin",),
    ),
    # Translators edit the ru/tg copies (and the translated snippets) that
    # wagtail-localize creates; they neither create nor publish.
    GroupSpec(
        TRANSLATORS,
        page_permissions=("change",),
        collection_permissions=("wagtailimages.choose_image", "wagtaildocs.choose_document"),
        snippet_actions=("change",),
        extra_permissions=("wagtailadmin.access_admin", "wagtail_localize.submit_translation"),
    ),
    # Newsletter managers look after the subscribers (and nothing else): they see them,
    # correct their language and topics, and delete them on request. Nobody adds one in
    # the admin: subscribers come only through the double opt-in.
    GroupSpec(
        NEWSLETTER_MANAGERS,
        page_permissions=(),
        collection_permissions=(),
        snippet_actions=(),
        own_snippet_actions=("view", "change", "delete"),
        extra_permissions=("wagtailadmin.access_admin",),
    ),
]


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".", 1)
    permission = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    if permission is None and dotted == "wagtail_localize.submit_translation":
        # wagtail-localize creates this one in a data migration, not on post_migrate,
        # so a flushed database (transactional tests) lacks it; recreate it the same way.
        content_type, _ = ContentType.objects.get_or_create(
            app_label="wagtail_localize", model="translation"
        )
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": "Can submit translations"},
        )
    if permission is None:
        raise Permission.DoesNotExist(dotted)
    return permission


def portal_snippet_models():
    """The snippets the portal itself registers (taxonomy, key figures, subscribers...)."""
    return [model for model in get_snippet_models() if model.__module__.startswith("portal.")]


def _model_permissions(spec: GroupSpec) -> set[Permission]:
    perms = {_permission(dotted) for dotted in spec.extra_permissions}
    for model in portal_snippet_models():
        group = getattr(model, "editorial_group", None)
        if group is None:
            actions = spec.snippet_actions
        else:
            actions = spec.own_snippet_actions if group == spec.name else ()
        content_type = ContentType.objects.get_for_model(model)
        codenames = [f"{action}_{model._meta.model_name}" for action in actions]
        perms.update(Permission.objects.filter(content_type=content_type, codename__in=codenames))
    return perms


def _sync_object_permissions(current, target_field, target, wanted, create) -> int:
    """Make a group's page or collection permissions (`current`) exactly `wanted`, all
    on `target`: remove the others, add the missing ones. Returns the changes made."""
    changes = 0
    for granted in current:
        if getattr(granted, f"{target_field}_id") != target.pk or granted.permission not in wanted:
            granted.delete()
            changes += 1
    have = set(current.filter(**{target_field: target}).values_list("permission_id", flat=True))
    for perm in wanted:
        if perm.pk not in have:
            create(perm)
            changes += 1
    return changes


def _sync_page_permissions(group, root, spec) -> int:
    page_type = ContentType.objects.get_for_model(Page)
    wanted = set(
        Permission.objects.filter(
            content_type=page_type, codename__in=[f"{p}_page" for p in spec.page_permissions]
        )
    )
    return _sync_object_permissions(
        GroupPagePermission.objects.filter(group=group),
        "page",
        root,
        wanted,
        lambda perm: GroupPagePermission.objects.create(group=group, page=root, permission=perm),
    )


def _sync_collection_permissions(group, collection, spec) -> int:
    return _sync_object_permissions(
        GroupCollectionPermission.objects.filter(group=group),
        "collection",
        collection,
        {_permission(dotted) for dotted in spec.collection_permissions},
        lambda perm: GroupCollectionPermission.objects.create(
            group=group, collection=collection, permission=perm
        ),
    )


def _ensure_workflow(moderators, root) -> int:
    """Wagtail's default "Moderators approval" workflow, on the whole tree."""
    changes = 0
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        changes += 1
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
        changes += 1
    if list(task.groups.all()) != [moderators]:
        task.groups.set([moderators])
        changes += 1

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        changes += 1
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        changes += 1
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        changes += 1

    assigned = WorkflowPage.objects.filter(page=root).first()
    if assigned is None:
        WorkflowPage.objects.create(page=root, workflow=workflow)
        changes += 1
    elif assigned.workflow_id != workflow.pk:
        assigned.workflow = workflow
        assigned.save()
        changes += 1
    return changes


@transaction.atomic
def setup_editorial() -> int:
    """Create or correct the groups, their permissions and the moderation workflow.

    Returns the number of changes made (0 when everything was already in place).
    """
    root = ensure_roots()
    collection = Collection.get_first_root_node()
    changes = 0
    groups = {}
    for spec in GROUPS:
        group, created = Group.objects.get_or_create(name=spec.name)
        changes += created
        groups[spec.name] = group
        wanted = _model_permissions(spec)
        if set(group.permissions.all()) != wanted:
            group.permissions.set(wanted)
            changes += 1
        changes += _sync_page_permissions(group, root, spec)
        changes += _sync_collection_permissions(group, collection, spec)
    changes += _ensure_workflow(groups[MODERATORS], root)
    return changes
