"""Admin panels shared by the page types."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import Panel

# Hook name: functions (page, request) -> (heading, HTML) or None. Lets an app above
# the page's own (mailing, say) offer an action on the page's edit form without the
# page type importing it.
PAGE_ACTIONS_HOOK = "portal_page_actions"


class PageActionsPanel(Panel):
    """A box at the top of a page's edit form with what other apps offer for it, in
    plain sight rather than in the header's "…" menu (e.g. "Send by e-mail")."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Actions"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "core/admin/page_actions_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            page = self.instance
            self.actions = []
            if getattr(page, "pk", None):  # an action needs a page that exists
                for action in hooks.get_hooks(PAGE_ACTIONS_HOOK):
                    offered = action(page, self.request)
                    if offered:
                        self.actions.append(offered)
            if len(self.actions) == 1:
                self.heading = self.actions[0][0]

        def is_shown(self):
            return bool(self.actions)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["actions"] = self.actions
            return context
