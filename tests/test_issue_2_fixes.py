"""Issue 2 follow-ups: --actor resolves through the actors table, quotes full-text search,
read commands refuse a missing database, re-read containers clear their stale failures."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from storyline import Storyline, cli
from storyline.errors import Code, StorylineError
from storyline.records import (
    Actor,
    ActorRef,
    Article,
    ArticleRecord,
    Cue,
    Event,
    Failure,
    Mention,
    Origin,
    Quote,
    article_id_for,
)
from storyline.store import Store
from storyline.store.queries import Filters, query
from storyline.store.schema import MIGRATIONS

pytestmark = pytest.mark.issue(2)

SHOIGU = Actor(id="a1b2c3d4e5f60718", name="Sergei Shoigu", aliases=["Shoigu"], country="RUS",
               sector="MIL")
SHOIGU_JR = Actor(id="ffff0000ffff0000", name="Ivan Shoigu", country="RUS")


def _ref(text: str, actor: Actor | None = None, country: str | None = None) -> ActorRef:
    return ActorRef(text, actor_id=actor and actor.id, name=actor and actor.name,
                    country=country or (actor and actor.country))


def _article(text: str, *events: tuple[ActorRef, ActorRef | None],
             speakers: tuple[ActorRef, ...] = ()) -> ArticleRecord:
    """An article with one event per (source, target) pair and one quote per speaker."""
    aid = article_id_for(text)
    rec = ArticleRecord(Article(id=aid, text=text, published="2023-04-16"),
                        origins=[Origin(f"{aid}.txt", "test")])
    for n, (src, tgt) in enumerate(events):
        rec.events.append(Event(id=f"e{n}{aid}", article_id=aid, sentence=text,
                                span=(0, len(text)), code="042", root_code="04", source=src,
                                target=tgt, date="2023-04-16"))
    for n, sp in enumerate(speakers):
        rec.quotes.append(Quote(id=f"q{n}{aid}", article_id=aid, span=(0, 10), text=text[:40],
                                kind="indirect", speaker=sp, cue=Cue("said", "say", (11, 15)),
                                date="2023-04-17"))
        rec.mentions.append(Mention(id=f"m{n}{aid}", article_id=aid, span=(0, 5), text=sp.text,
                                    kind="PERSON", entity="x", actor_id=sp.actor_id,
                                    name=sp.name))
    return rec


@pytest.fixture
def actors_store(store: Store) -> Store:
    """Events and quotes of Sergei Shoigu named three ways, one of another Shoigu, one with
    no actor id at all, and a Chinese visit."""
    rec = _article("Shoigu met the Chinese minister in Moscow on Sunday for long talks.",
                   (_ref("Shoigu", SHOIGU), _ref("Li Shangfu", country="CHN")),
                   speakers=(_ref("Shoigu", SHOIGU),))
    rec.actors = [SHOIGU]
    store.save_record(rec)
    rec = _article("Sergei Shoigu hosted a delegation and then visited a factory in the Urals.",
                   (_ref("Sergei Shoigu", SHOIGU), None),
                   speakers=(_ref("the defence minister", SHOIGU),))
    store.save_record(rec)
    rec = _article("Ivan Shoigu, no relation, opened a bakery; Beijing sent a trade delegation.",
                   (_ref("Ivan Shoigu", SHOIGU_JR), None),
                   (_ref("Beijing", country="CHN"), _ref("Minsk", country="BLR")))
    rec.actors = [SHOIGU_JR]
    store.save_record(rec)
    rec = _article("An unresolved sergei shoigu turned up in this text, speaking at length.",
                   (_ref("sergei shoigu"), None), speakers=(_ref("Shoigu"),))
    store.save_record(rec)
    return store


def _sources(store: Store, **filters: object) -> list[str]:
    return sorted(e["source"]["text"] for e in query(store, "events", Filters(**filters)))


def test_issue_2_actor_filter_resolves_names_aliases_and_ids(actors_store: Store) -> None:
    expected = ["Sergei Shoigu", "Shoigu", "sergei shoigu"]
    for name in ("Shoigu", "Sergei Shoigu", "SERGEI SHOIGU", SHOIGU.id, SHOIGU.id[:8]):
        assert _sources(actors_store, actor=name) == expected, name
    # the other Shoigu is found by his own name and id, never by the alias of the first
    assert _sources(actors_store, actor="Ivan Shoigu") == ["Ivan Shoigu"]
    assert _sources(actors_store, actor=SHOIGU_JR.id) == ["Ivan Shoigu"]


def test_issue_2_actor_filter_keeps_country_codes_and_whole_word_names(
    actors_store: Store,
) -> None:
    assert _sources(actors_store, actor="CHN") == ["Beijing", "Shoigu"]
    assert _sources(actors_store, actor="chn") == ["Beijing", "Shoigu"]
    # a partial name finds the actor whose name holds it as a word, not inside other words
    assert _sources(actors_store, actor="Ivan") == ["Ivan Shoigu"]
    assert _sources(actors_store, actor="Shoi") == []
    assert _sources(actors_store, actor="Minsk") == ["Beijing"]  # an unresolved target name


def test_issue_2_speaker_and_articles_resolve_too(actors_store: Store) -> None:
    speakers = sorted(q["speaker"]["text"] for q in query(
        actors_store, "quotes", Filters(speaker="Sergei Shoigu")))
    assert speakers == ["Shoigu", "Shoigu", "the defence minister"]
    assert len(query(actors_store, "quotes", Filters(actor=SHOIGU.id))) == 3
    titles = query(actors_store, "articles", Filters(actor="Shoigu"))
    assert len(titles) == 3  # the two resolved articles and the unresolved "Shoigu" mention
    found = query(actors_store, "actors", Filters(actor="shoigu"))
    assert [a["name"] for a in found] == ["Sergei Shoigu"]
    assert [a["name"] for a in query(actors_store, "actors", Filters(actor="Shoigu Ivan"))] == []


def test_issue_2_timeline_finds_an_actor_by_alias(db_path: Path, actors_store: Store) -> None:
    with Storyline(db_path) as sl:
        by_alias = sl.timeline("Shoigu")
        assert by_alias == sl.timeline("Sergei Shoigu")
        assert {i["type"] for i in by_alias} == {"event", "quote"} and len(by_alias) == 6


# -- quotes full-text search --------------------------------------------------------------------


def _quote_record(text: str, speaker: str, cue: str, lemma: str, via: str | None = None
                  ) -> ArticleRecord:
    aid = article_id_for(text + speaker)
    rec = ArticleRecord(Article(id=aid, text=text), origins=[Origin(aid, "test")])
    rec.quotes.append(Quote(id="q" + aid, article_id=aid, span=(0, len(text)), text=text,
                            kind="direct", speaker=ActorRef(speaker, name=speaker),
                            cue=Cue(cue, lemma, (0, 1)), via=via))
    return rec


def _quote_texts(store: Store, search: str) -> list[str]:
    return sorted(q["text"] for q in query(store, "quotes", Filters(search=search)))


def test_issue_2_quote_search_is_full_text(store: Store) -> None:
    store.save_record(_quote_record("The ceasefire will hold until spring.", "Ana Lopez",
                                    "warned", "warn", via="Reuters"))
    store.save_record(_quote_record("Grain exports resumed at 10:30 (local time).", "Tom Berg",
                                    "said", "say"))
    assert _quote_texts(store, "ceasefire") == ["The ceasefire will hold until spring."]
    assert _quote_texts(store, "ceasefire spring") == ["The ceasefire will hold until spring."]
    assert _quote_texts(store, "Lopez") == ["The ceasefire will hold until spring."]
    assert _quote_texts(store, "warn") == ["The ceasefire will hold until spring."]  # cue lemma
    assert _quote_texts(store, "Reuters") == ["The ceasefire will hold until spring."]
    assert _quote_texts(store, "export*") == ["Grain exports resumed at 10:30 (local time)."]
    # words, not substrings of the JSON: "speaker" is a JSON key, "ire" is inside "ceasefire"
    assert _quote_texts(store, "speaker") == [] and _quote_texts(store, "ire") == []
    for odd in ('10:30', "(local", 'time)"', "NOT", "spring AND"):  # never an FTS5 error
        query(store, "quotes", Filters(search=odd))
    assert _quote_texts(store, "10:30") == ["Grain exports resumed at 10:30 (local time)."]


def test_issue_2_quote_index_survives_replaced_rows(store: Store) -> None:
    rec = _quote_record("We will rebuild the bridge by May.", "Mayor Ruiz", "promised", "promise")
    twin = rec.quotes[0]
    rec.quotes.append(Quote(**{**twin.__dict__, "text": "We will rebuild the dam by June."}))
    assert store.save_record(rec)  # a repeated quote id replaces the row; the index follows
    assert _quote_texts(store, "dam") == ["We will rebuild the dam by June."]
    assert _quote_texts(store, "bridge") == []
    rows = store.conn.execute("SELECT (SELECT count(*) FROM quotes_fts),"
                              " (SELECT count(*) FROM quotes)").fetchone()
    assert rows[0] == rows[1] == 1  # no stale index row left by the replaced quote
    store.conn.execute("DELETE FROM articles")
    assert _quote_texts(store, "dam") == []


def test_issue_2_quotes_index_is_backfilled_by_the_migration(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    for script in MIGRATIONS[:2]:  # a database written before the quotes index existed
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO articles (id, text, ingested_at, data) VALUES ('a', 'x', 't', '{}')")
    data = {"text": "Sanctions are working, she said.", "speaker": {"text": "Kaja Kallas"},
            "cue": {"text": "said", "lemma": "say"}}
    conn.execute('INSERT INTO quotes (id, article_id, start, "end", data) VALUES (?,?,?,?,?)',
                 ("q1", "a", 0, 5, json.dumps(data)))
    conn.commit()
    conn.close()
    with Store(db_path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert _quote_texts(store, "sanctions") == [data["text"]]
        assert _quote_texts(store, "Kallas") == [data["text"]]


# -- read commands never create a database ------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["articles"], ["events", "--actor", "X"], ["quotes"], ["actors"], ["failures"], ["checks"],
     ["timeline", "Shoigu"], ["export", "articles"]],
)
def test_issue_2_read_commands_refuse_a_missing_database(
    tmp_path: Path, args: list[str], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    typo = tmp_path / "sub" / "storyine.db"
    monkeypatch.setattr(sys, "argv", ["storyline", *args, "--db", str(typo)])
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 2
    assert f"error: E503 no-database: no Storyline database at {typo}" in capsys.readouterr().err
    assert not typo.exists() and not typo.parent.exists()


def test_issue_2_read_command_on_a_non_database_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 100, encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["storyline", "articles", "--db", str(notes)])
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 2 and "E504 bad-database" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "not a database\n" * 100


def test_issue_2_library_reads_refuse_but_ingest_creates(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    with Storyline(db) as sl:
        for call in (sl.articles, sl.events, sl.quotes, sl.failures):
            with pytest.raises(StorylineError) as err:
                call()
            assert err.value.code is Code.NO_DATABASE
        assert not db.exists()
        sl.ingest([str(tmp_path / "missing.txt")])  # a failure row is still a database
        assert db.exists() and [f["code"] for f in sl.failures()] == ["E107"]
    with Storyline(db) as again:
        assert again.articles() == []


# -- containers that failed whole are cleared when re-read successfully -------------------------

STORY = (
    "The harbour authority reopened the northern quay on Monday after repairs, officials said,"
    " and the first container ships were expected to berth there later in the week."
)


def _feed(items: str) -> str:
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>'
            f"{items}</channel></rss>")


def _item(n: int) -> str:
    return (f"<item><title>Story {n}</title><link>http://example.org/{n}</link>"
            f"<description><![CDATA[<p>{n}. {STORY * 4}</p>]]></description></item>")


def _failures(sl: Storyline) -> list[tuple[str, str]]:
    return sorted((Path(f["input"]).name, f["code"]) for f in sl.failures())


def test_issue_2_fixed_feed_clears_its_container_failure(tmp_path: Path) -> None:
    feed = tmp_path / "news.rss"
    feed.write_text(_feed("<item><title>broken"), encoding="utf-8")
    with Storyline(tmp_path / "c.db") as sl:
        sl.ingest([str(feed)])
        assert ("news.rss", "E201") in _failures(sl)
        feed.write_text(_feed(_item(1)), encoding="utf-8")
        report = sl.ingest([str(feed)])
        assert report.failed == 0 and report.new == 1
        assert _failures(sl) == []
        again = sl.ingest([str(feed)])  # idempotent: nothing new, nothing failed
        assert (again.new, again.failed, _failures(sl)) == (0, 0, [])


def test_issue_2_reread_feed_keeps_current_failures_and_drops_gone_ones(tmp_path: Path) -> None:
    feed = tmp_path / "news.rss"
    teaser = "<item><title>Teaser</title><description>Short.</description></item>"
    feed.write_text(_feed(_item(1) + teaser), encoding="utf-8")
    with Storyline(tmp_path / "c.db") as sl:
        sl.ingest([str(feed)])
        assert [code for _, code in _failures(sl)] == ["E204"]
        sl.ingest([str(feed)])  # still broken: still recorded, once
        rows = sl.failures()
        assert len(rows) == 1 and rows[0]["attempts"] == 2
        feed.write_text(_feed(_item(1)), encoding="utf-8")  # the teaser entry is gone
        sl.ingest([str(feed)])
        assert _failures(sl) == []


def test_issue_2_fixed_warc_clears_its_truncation_failure(tmp_path: Path) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = BytesIO()
    writer = WARCWriter(buf, gzip=True)
    body = f"<html><body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record("http://example.org/quay", "response",
                                       payload=BytesIO(body.encode()), http_headers=headers)
    writer.write_record(record)
    whole = buf.getvalue()
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(whole[: len(whole) - 20])
    with Storyline(tmp_path / "w.db") as sl:
        sl.ingest([str(archive)])
        assert ("crawl.warc.gz", "E202") in _failures(sl)
        archive.write_bytes(whole)
        report = sl.ingest([str(archive)])
        assert report.failed == 0 and _failures(sl) == []


def test_issue_2_failure_rows_are_kept_for_other_sources(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    feed = tmp_path / "news.rss"
    feed.write_text(_feed(_item(2)), encoding="utf-8")
    with Storyline(tmp_path / "k.db") as sl:
        sl.ingest([str(tmp_path / "empty.txt")])
        sl.ingest([str(feed)])
        assert _failures(sl) == [("empty.txt", "E101")]


def test_issue_2_clearing_a_source_touches_only_its_own_rows(store: Store) -> None:
    url = "https://example.org/feed"
    rows = [
        Failure(url, "fetch", "E301", "timed out"),  # the URL itself, an earlier run
        Failure(url + "#entry-1", "read", "E204", "teaser"),  # one of its entries, gone now
        Failure(url + "#entry-2", "read", "E204", "teaser"),  # reported again in this read
        Failure(url + "#entry-3", "extract", "E401", "bug"),  # not a reading problem
        Failure(url + "2", "fetch", "E302", "404"),  # another URL sharing the prefix
    ]
    for row in rows:
        store.record_failure(row)
    assert store.clear_read_failures(url, keep=[url + "#entry-2"]) == 2
    left = sorted(r["input"] for r in store.rows("SELECT input FROM failures"))
    assert left == [url + "#entry-2", url + "#entry-3", url + "2"]


def test_issue_2_folder_that_now_exists_clears_its_old_failure(tmp_path: Path) -> None:
    folder = tmp_path / "later"
    with Storyline(tmp_path / "c.db") as sl:
        sl.ingest([str(folder)])
        assert [code for _, code in _failures(sl)] == ["E107"]
        folder.mkdir()
        (folder / "a.txt").write_text(STORY * 3, encoding="utf-8")
        report = sl.ingest([str(folder)])
        assert (report.new, report.failed) == (1, 0)
        assert _failures(sl) == []


def test_issue_2_folder_read_keeps_its_entries_failures(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    with Storyline(tmp_path / "c.db") as sl:
        sl.ingest([str(folder)])
        sl.ingest([str(folder)])  # the folder is read through again; its bad entry stays
        assert [name for name, _ in _failures(sl)] == ["empty.txt"]
