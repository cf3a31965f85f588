"""The database-specific half of the search: full-text structures and queries.

SQLite: an FTS5 table over SearchEntry's stem columns (external content), kept in sync by
triggers, ranked with bm25. The stems are computed in Python (text.py) because FTS5
has no stemmer for Russian.

PostgreSQL: a `search_vector` tsvector column on the entry table, computed at index time
with the entry's own configuration (english, russian, simple for Tajik), GIN-indexed,
queried with websearch_to_tsquery (to_tsquery with prefixes for Tajik, see text.py) and
ranked with ts_rank_cd.

Django does not know about these objects. SQLite rebuilds a table when a migration alters
it, which drops the triggers, so `portal rebuild_search_index` installs them again
(install() is idempotent and makes FTS5 re-read its content table).
"""

from django.db import connection as default_connection
from django.db.models import BooleanField, FloatField
from django.db.models.expressions import RawSQL

from . import text

TABLE = "sitesearch_searchentry"
FTS = "sitesearch_fts"
# bm25 column weights: a word in the title counts more than one in the text.
TITLE_WEIGHT, BODY_WEIGHT = 5.0, 1.0

SQLITE_INSTALL = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(
        title_stems, body_stems, content='{TABLE}', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0')""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS}_ai AFTER INSERT ON {TABLE} BEGIN
        INSERT INTO {FTS}(rowid, title_stems, body_stems)
        VALUES (new.id, new.title_stems, new.body_stems); END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS}_ad AFTER DELETE ON {TABLE} BEGIN
        INSERT INTO {FTS}({FTS}, rowid, title_stems, body_stems)
        VALUES ('delete', old.id, old.title_stems, old.body_stems); END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS}_au AFTER UPDATE ON {TABLE} BEGIN
        INSERT INTO {FTS}({FTS}, rowid, title_stems, body_stems)
        VALUES ('delete', old.id, old.title_stems, old.body_stems);
        INSERT INTO {FTS}(rowid, title_stems, body_stems)
        VALUES (new.id, new.title_stems, new.body_stems); END""",
    f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')",
]
SQLITE_UNINSTALL = [f"DROP TRIGGER IF EXISTS {FTS}_{suffix}" for suffix in ("ai", "ad", "au")] + [
    f"DROP TABLE IF EXISTS {FTS}"
]

POSTGRES_INSTALL = [
    f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS search_vector tsvector",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_vector ON {TABLE} USING GIN (search_vector)",
]
POSTGRES_UNINSTALL = [
    f"DROP INDEX IF EXISTS {TABLE}_vector",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector",
]


def _run(connection, statements):
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _postgres_installed(connection) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_indexes WHERE tablename = %s AND indexname = %s",
            [TABLE, f"{TABLE}_vector"],
        )
        return cursor.fetchone()[0] == 1


def install(connection=default_connection):
    if connection.vendor == "sqlite":
        _run(connection, SQLITE_INSTALL)
    elif connection.vendor == "postgresql" and not _postgres_installed(connection):
        # Checked first: ALTER TABLE fails inside a transaction that has just deleted rows.
        _run(connection, POSTGRES_INSTALL)


def uninstall(connection=default_connection):
    if connection.vendor == "sqlite":
        _run(connection, SQLITE_UNINSTALL)
    elif connection.vendor == "postgresql":
        _run(connection, POSTGRES_UNINSTALL)


def after_save(entry, connection=default_connection):
    """Bring the full-text side up to date for one entry (SQLite triggers do it alone)."""
    after_bulk_save([entry], connection)


def after_bulk_save(entries, connection=default_connection):
    """The same for many entries at once (bulk loads), in one round of statements."""
    if connection.vendor != "postgresql" or not entries:
        return
    rows = []
    for entry in entries:
        config = text.pg_config(entry.language)
        rows.append(
            [
                config,
                text.normalise(entry.title, entry.language),
                config,
                text.normalise(entry.body, entry.language),
                entry.pk,
            ]
        )
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {TABLE} SET search_vector ="
            " setweight(to_tsvector(%s::regconfig, %s), 'A')"
            " || setweight(to_tsvector(%s::regconfig, %s), 'B') WHERE id = %s",
            rows,
        )


def _fts5_match(stems, language):
    # Stems are letters and digits only, so quoting them is enough; terms are ANDed.
    return " ".join(
        f'"{stem}"*' if text.is_prefix_term(stem, language) else f'"{stem}"' for stem in stems
    )


def _pg_tsquery(query, stems, language):
    """SQL and parameters of the tsquery for `query`."""
    config = text.pg_config(language)
    if language in text.PREFIX_LANGUAGES:
        # Terms are letters and digits only, so they are safe in to_tsquery syntax.
        terms = " & ".join(
            f"{stem}:*" if text.is_prefix_term(stem, language) else stem for stem in stems
        )
        return "to_tsquery(%s::regconfig, %s)", (config, terms)
    normalised = text.normalise(text.clean_query(query), language)
    return "websearch_to_tsquery(%s::regconfig, %s)", (config, normalised)


def match_and_rank(query: str, language: str, connection=default_connection):
    """(condition, rank) expressions for SearchEntry, or None when nothing is searchable.

    Higher rank is better on every backend.
    """
    stems = text.query_stems(query, language)
    if not stems:
        return None
    if connection.vendor == "postgresql":
        tsquery, params = _pg_tsquery(query, stems, language)
        return (
            RawSQL(f"{TABLE}.search_vector @@ {tsquery}", params, output_field=BooleanField()),
            RawSQL(
                f"ts_rank_cd({TABLE}.search_vector, {tsquery})", params, output_field=FloatField()
            ),
        )
    if connection.vendor == "sqlite":
        match = _fts5_match(stems, language)
        return (
            RawSQL(
                f"{TABLE}.id IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s)",
                (match,),
                output_field=BooleanField(),
            ),
            # bm25 is lower for better matches; negate it so higher is better everywhere.
            RawSQL(
                f"(SELECT -bm25({FTS}, {TITLE_WEIGHT}, {BODY_WEIGHT}) FROM {FTS}"
                f" WHERE {FTS} MATCH %s AND rowid = {TABLE}.id)",
                (match,),
                output_field=FloatField(),
            ),
        )
    raise NotImplementedError(f"Site search does not support the {connection.vendor} database.")
