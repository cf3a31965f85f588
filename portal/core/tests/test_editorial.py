import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page, WorkflowPage

from portal.core.editorial import EDITORS, MODERATORS, TRANSLATORS, setup_editorial
from portal.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def _member(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return django_user_model.objects.get(pk=user.pk)  # fresh: no cached permissions


def _page_codenames(group_name):
    return set(
        GroupPagePermission.objects.filter(group__name=group_name).values_list(
            "permission__codename", flat=True
        )
    )


def test_groups_have_the_expected_permissions():
    setup_editorial()
    assert _page_codenames(EDITORS) == {"add_page", "change_page", "lock_page"}
    assert _page_codenames(MODERATORS) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    assert _page_codenames(TRANSLATORS) == {"change_page"}
    root = Page.get_first_root_node()
    assert (
        not GroupPagePermission.objects.exclude(page=root)
        .filter(group__name__in=[EDITORS, MODERATORS, TRANSLATORS])
        .exists()
    )

    def perms(name):
        return {
            f"{p.content_type.app_label}.{p.codename}"
            for p in Group.objects.get(name=name).permissions.all()
        }

    assert "wagtailadmin.access_admin" in perms(EDITORS)
    assert {"taxonomy.add_place", "taxonomy.change_place", "figures.change_keyfigure"} <= perms(
        EDITORS
    )
    assert "taxonomy.delete_place" not in perms(EDITORS)
    assert "taxonomy.delete_place" in perms(MODERATORS)
    assert "wagtail_localize.submit_translation" in perms(TRANSLATORS)
    assert "taxonomy.add_place" not in perms(TRANSLATORS)
    collection_perms = set(
        Group.objects.get(name=EDITORS).collection_permissions.values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_image", "choose_image", "add_document", "choose_document"} <= collection_perms
    assert "delete_image" not in collection_perms


def test_moderation_workflow_is_on_the_whole_tree():
    setup_editorial()
    assignment = WorkflowPage.objects.get(page=Page.get_first_root_node())
    tasks = [t.specific for t in assignment.workflow.tasks]
    assert [t.name for t in tasks] == ["Moderators approval"]
    assert [g.name for g in tasks[0].groups.all()] == [MODERATORS]


def test_editor_submits_moderator_publishes(news_index, django_user_model):
    setup_editorial()
    editor = _member(django_user_model, EDITORS, "editor")
    moderator = _member(django_user_model, MODERATORS, "moderator")
    article = ArticlePageFactory(parent=news_index, title="Draft", live=False)

    editor_perms = article.permissions_for_user(editor)
    assert editor_perms.can_edit()
    assert not editor_perms.can_publish()
    assert editor_perms.can_submit_for_moderation()

    article.title = "Draft, edited"
    article.save_revision(user=editor)
    workflow = article.get_workflow()
    assert workflow.name == "Moderators approval"
    state = workflow.start(article, editor)
    assert state.status == "in_progress"
    task = state.current_task_state.task.specific
    # Only Moderators may act on the task; the Editor waits.
    assert "approve" in [name for name, *_rest in task.get_actions(article, moderator)]
    assert task.get_actions(article, editor) == []
    assert article.permissions_for_user(moderator).can_publish()

    # The moderator approves: the only task, so the page is published.
    state.current_task_state.task.specific.on_action(state.current_task_state, moderator, "approve")
    article.refresh_from_db()
    assert article.live


def test_setup_is_idempotent():
    setup_editorial()
    counts = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        WorkflowPage.objects.count(),
    )
    assert setup_editorial() == 0
    assert (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        WorkflowPage.objects.count(),
    ) == counts


def test_setup_takes_back_a_permission_added_by_hand():
    setup_editorial()
    editors = Group.objects.get(name=EDITORS)
    GroupPagePermission.objects.create(
        group=editors, page=Page.get_first_root_node(), permission_type="publish"
    )
    assert setup_editorial() == 1
    assert "publish_page" not in _page_codenames(EDITORS)
