"""Full-text structures Django's schema does not describe: FTS5 on SQLite, a tsvector
column and GIN index on PostgreSQL (see portal/sitesearch/fulltext.py)."""

from django.db import migrations


def install(apps, schema_editor):
    from portal.sitesearch import fulltext

    fulltext.install(schema_editor.connection)


def uninstall(apps, schema_editor):
    from portal.sitesearch import fulltext

    fulltext.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0001_initial")]

    operations = [migrations.RunPython(install, uninstall, elidable=False)]
