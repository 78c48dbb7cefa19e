"""Expand what the user named (files, folders, URLs) into raw Items, or Failures."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from storyline import settings
from storyline.errors import Code, StorylineError
from storyline.records import Failure

SKIP_NAMES = ("readme", "license", "licence", "copying", "sources", "notice")
# files a saved web page drags along, and SQLite databases (ours among them): skipped when
# walking a folder, read (and refused with a reason) only if named directly
ASSET_SUFFIXES = (
    ".css", ".js", ".mjs", ".map", ".json", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg",
    ".ico", ".woff", ".woff2", ".ttf", ".otf", ".eot",
    ".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite", ".sqlite3",
)  # fmt: skip


@dataclass
class Item:
    """Raw bytes of one input, with the name and location that tell how to read it."""

    source: str
    data: bytes
    name: str
    path: str | None = None
    url: str | None = None
    content_type: str | None = None
    charset: str | None = None


@dataclass(frozen=True)
class FolderRead:
    """A folder whose entries were listed: its own failures from earlier runs are stale."""

    source: str


def failure(source: str, stage: str, exc: StorylineError) -> Failure:
    """A Failure row for ``source`` carrying the error's catalogue code and message."""
    return Failure(input=source, stage=stage, code=exc.code.id, message=str(exc))


def is_url(value: str) -> bool:
    """True for http(s) URLs, which are downloaded rather than opened."""
    return value.lower().startswith(("http://", "https://"))


def file_url_path(url: str) -> Path:
    """The local path of a file: URL (also the 'file://tmp/x' form feedparser makes)."""
    parts = urlsplit(url)
    host = parts.netloc if parts.netloc not in ("", "localhost") else ""
    return Path(unquote(("/" + host if host else "") + parts.path))


def iter_items(
    inputs: Iterable[str], max_bytes: int | None = None
) -> Iterator[Item | Failure | FolderRead]:
    """Yield an Item per file or URL (folders walked recursively), a Failure for each bad one,
    and a FolderRead after each folder that could be listed."""
    cap = max_bytes or int(settings.get("max_bytes"))
    for value in inputs:
        if is_url(value):
            yield _fetch(value, cap)
            continue
        path = file_url_path(value) if value.lower().startswith("file:") else Path(value)
        yield from _iter_path(Path(os.path.abspath(path)), cap, frozenset(), top=True)


def _fetch(url: str, cap: int) -> Item | Failure:
    """Download one URL, or a Failure saying why not."""
    from storyline.ingest.fetch import fetch_url

    try:
        return fetch_url(url, max_bytes=cap)
    except StorylineError as exc:
        return failure(url, "fetch", exc)


def _stat(path: Path) -> os.stat_result:
    """stat() with the OS error turned into a catalogue error."""
    try:
        return path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StorylineError(Code.SYMLINK_LOOP, detail=f"{path} never resolves") from exc
        if exc.errno == errno.ENOENT:
            if path.is_symlink():
                raise StorylineError(Code.UNREADABLE, detail="broken symlink") from exc
            raise StorylineError(Code.NOT_FOUND) from exc
        raise StorylineError(Code.UNREADABLE, detail=exc.strerror or str(exc)) from exc


def _iter_path(
    path: Path, cap: int, ancestors: frozenset[tuple[int, int]], top: bool = False
) -> Iterator[Item | Failure | FolderRead]:
    """Items under ``path``; a folder that contains itself (via a symlink) is a loop."""
    try:
        st = _stat(path)
    except StorylineError as exc:
        yield failure(str(path), "read", exc)
        return
    if stat.S_ISDIR(st.st_mode):
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            loop = StorylineError(Code.SYMLINK_LOOP, detail=f"{path} leads back into a parent")
            yield failure(str(path), "read", loop)
            return
        yield from _iter_dir(path, cap, ancestors | {key})
        return
    if not top and path.name.lower().endswith(ASSET_SUFFIXES):
        return
    try:
        yield read_file(path, cap, st)
    except StorylineError as exc:
        yield failure(str(path), "read", exc)


def _iter_dir(
    path: Path, cap: int, ancestors: frozenset[tuple[int, int]]
) -> Iterator[Item | Failure | FolderRead]:
    """Items of a folder's entries in name order, skipping hidden and licence files."""
    try:
        children = sorted(path.iterdir())
    except OSError as exc:
        detail = exc.strerror or str(exc)
        yield failure(str(path), "read", StorylineError(Code.UNREADABLE, detail=detail))
        return
    for child in children:
        stem = child.name.split(".")[0].lower()
        if child.name.startswith(".") or stem in SKIP_NAMES:
            continue
        yield from _iter_path(child, cap, ancestors)
    yield FolderRead(str(path))


def read_file(path: Path, cap: int, st: os.stat_result | None = None) -> Item:
    """Read one regular file's bytes, refusing it before reading if it is over the cap."""
    st = st or _stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise StorylineError(Code.UNSUPPORTED, detail=f"{_kind(st.st_mode)}, not a regular file")
    if st.st_size > cap:
        raise StorylineError(Code.TOO_LARGE, size=st.st_size, limit=cap)
    try:
        with open(path, "rb") as fh:
            data = fh.read(cap + 1)
    except OSError as exc:
        raise StorylineError(Code.UNREADABLE, detail=exc.strerror or str(exc)) from exc
    if len(data) > cap:
        raise StorylineError(Code.TOO_LARGE, size=f"more than {cap}", limit=cap)
    return Item(source=str(path), data=data, name=path.name, path=str(path))


def _kind(mode: int) -> str:
    """A name for a non-regular file type."""
    kinds = ((stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket"))
    for test, name in kinds:
        if test(mode):
            return name
    return "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special file"
