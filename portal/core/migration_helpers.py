"""Operations that migrations of several apps share."""

from django.db import migrations


def ordered_index(name: str, table: str, columns: dict[str, str]):
    """An index whose column order Django cannot declare portably (NULLS LAST):
    `columns` gives the column list per database vendor; other vendors get none."""

    def create(apps, schema_editor):
        columns_here = columns.get(schema_editor.connection.vendor)
        if columns_here:
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns_here})")

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor in columns:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")

    return migrations.RunPython(create, drop)
