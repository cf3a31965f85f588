"""An index in the order search candidates are taken (newest first, undated last),
per language."""

from django.db import migrations

from portal.core.migration_helpers import ordered_index


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0002_fulltext")]

    operations = [
        ordered_index(
            "sitesearch_newest_first",
            "sitesearch_searchentry",
            {
                "postgresql": "language, date DESC NULLS LAST, id DESC",
                "sqlite": "language, date DESC, id DESC",
            },
        )
    ]
