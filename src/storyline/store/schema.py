"""SQLite schema as an ordered list of migrations; the database records how far it has gone."""

from __future__ import annotations

# The user-facing tables (queries, exports, counts), in the order people look for them.
TABLES = (
    "articles",
    "events",
    "quotes",
    "actors",
    "mentions",
    "timexes",
    "checks",
    "failures",
    "origins",
)


def _quote_fts_row(row: str) -> str:
    """SELECT of a quote's indexed columns (content; speaker and outlet; cue and lemma) from
    the quotes row ``row`` ("new." in a trigger, "" over the table)."""

    def joined(*paths: str) -> str:
        return " || ' ' || ".join(
            f"coalesce(json_extract({row}data, '$.{p}'), '')" if p != "via"
            else f"coalesce({row}via, '')" for p in paths
        )

    text = joined("text")
    speaker = joined("speaker.name", "speaker.text", "speaker.description", "via")
    cue = joined("cue.text", "cue.lemma")
    return f"SELECT {row}rowid, {text}, {speaker}, {cue}"


MIGRATIONS: list[str] = [
    # 1: articles, origins, failures, full-text index
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT, path TEXT, outlet TEXT, title TEXT, author TEXT,
        published TEXT, published_source TEXT, language TEXT,
        text TEXT NOT NULL, ingested_at TEXT NOT NULL, data TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_url ON articles(url);
    CREATE TABLE origins (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source TEXT NOT NULL, reader TEXT NOT NULL, url TEXT, seen_at TEXT NOT NULL,
        PRIMARY KEY (article_id, source)
    );
    CREATE INDEX origins_source ON origins(source);
    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        input TEXT NOT NULL, stage TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,
        first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 1,
        UNIQUE (input, code)
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
    # 2: extracted records; `data` holds the full JSON record, columns are for filtering
    """
    CREATE TABLE mentions (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT,
        entity TEXT, actor_id TEXT, name TEXT, country TEXT, sector TEXT, data TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_actor ON mentions(actor_id);
    CREATE TABLE actors (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT, sector TEXT, role TEXT,
        valid_from TEXT, valid_until TEXT, source TEXT, data TEXT NOT NULL
    );
    CREATE INDEX actors_name ON actors(name);
    CREATE TABLE actor_aliases (
        alias TEXT NOT NULL, actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        PRIMARY KEY (alias, actor_id)
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, code TEXT NOT NULL, root_code TEXT,
        plover TEXT, date TEXT, source_name TEXT, source_country TEXT, source_actor TEXT,
        target_name TEXT, target_country TEXT, target_actor TEXT, data TEXT NOT NULL
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_code ON events(code);
    CREATE INDEX events_date ON events(date);
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT, speaker_name TEXT,
        speaker_actor TEXT, via TEXT, date TEXT, data TEXT NOT NULL
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE TABLE timexes (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT, value TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX timexes_article ON timexes(article_id);
    CREATE TABLE checks (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, message TEXT NOT NULL, data TEXT NOT NULL
    );
    CREATE INDEX checks_article ON checks(article_id);
    """,
    # 3: full-text index over quotes (content, speaker, cue), back-filled from existing rows.
    # Quotes are written with INSERT OR REPLACE; its implicit delete fires quotes_ad only with
    # recursive_triggers on (Store sets it), so the insert trigger also drops any index row left
    # under the same rowid by a connection without it.
    f"""
    CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, cue);
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        DELETE FROM quotes_fts WHERE rowid = new.rowid;
        INSERT INTO quotes_fts(rowid, text, speaker, cue) {_quote_fts_row("new.")};
    END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        DELETE FROM quotes_fts WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER quotes_au AFTER UPDATE ON quotes BEGIN
        DELETE FROM quotes_fts WHERE rowid = old.rowid;
        INSERT INTO quotes_fts(rowid, text, speaker, cue) {_quote_fts_row("new.")};
    END;
    INSERT INTO quotes_fts(rowid, text, speaker, cue) {_quote_fts_row("")} FROM quotes;
    """,
    # 4: what each article's extraction said of each actor it coded, so an actors row is the
    # fold of its articles' statements and a re-extraction can take one article's back.
    # Back-filled with the merged row for every article that refers to the actor (what each
    # article said alone is not known any more); a full reextract replaces those.
    """
    CREATE TABLE article_actors (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (article_id, actor_id)
    );
    CREATE INDEX article_actors_actor ON article_actors(actor_id);
    INSERT OR IGNORE INTO article_actors (article_id, actor_id, data)
        SELECT refs.article_id, a.id, a.data FROM (
            SELECT article_id, actor_id AS id FROM mentions WHERE actor_id IS NOT NULL
            UNION SELECT article_id, source_actor FROM events WHERE source_actor IS NOT NULL
            UNION SELECT article_id, target_actor FROM events WHERE target_actor IS NOT NULL
            UNION SELECT article_id, speaker_actor FROM quotes WHERE speaker_actor IS NOT NULL
        ) AS refs JOIN actors AS a ON a.id = refs.id;
    """,
]
