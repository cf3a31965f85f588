"""An index in the river's order (newest first, undated last). SQLite puts NULLs last
in a descending index by itself and refuses the NULLS LAST clause."""

from django.db import migrations

from portal.core.migration_helpers import ordered_index


class Migration(migrations.Migration):
    dependencies = [("news", "0002_initial")]

    operations = [
        ordered_index(
            "news_article_newest_first",
            "news_articlepage",
            {
                "postgresql": "date DESC NULLS LAST, page_ptr_id DESC",
                "sqlite": "date DESC, page_ptr_id DESC",
            },
        )
    ]
