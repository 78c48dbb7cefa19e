"""Expand what the user named (files, folders, URLs) into raw Items, or Failures."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from storyline import settings
from storyline.errors import Code, StorylineError
from storyline.records import Failure

SKIP_NAMES = ("readme", "license", "licence", "copying", "sources", "notice")


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


def failure(source: str, stage: str, exc: StorylineError) -> Failure:
    return Failure(input=source, stage=stage, code=exc.code.id, message=str(exc))


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def iter_items(inputs: Iterable[str], max_bytes: int | None = None) -> Iterator[Item | Failure]:
    """Yield an Item per file or URL (folders walked recursively), or a Failure for each bad one."""
    cap = max_bytes or int(settings.get("max_bytes"))
    for value in inputs:
        if is_url(value):
            from storyline.ingest.fetch import fetch_url

            try:
                yield fetch_url(value, max_bytes=cap)
            except StorylineError as exc:
                yield failure(value, "fetch", exc)
            continue
        yield from _iter_path(Path(os.path.abspath(value)), cap, set())


def _stat(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StorylineError(Code.SYMLINK_LOOP, detail=str(path)) from exc
        if exc.errno == errno.ENOENT:
            if path.is_symlink():
                raise StorylineError(Code.UNREADABLE, detail="broken symlink") from exc
            raise StorylineError(Code.NOT_FOUND) from exc
        raise StorylineError(Code.UNREADABLE, detail=exc.strerror or str(exc)) from exc


def _iter_path(path: Path, cap: int, seen: set[tuple[int, int]]) -> Iterator[Item | Failure]:
    try:
        st = _stat(path)
    except StorylineError as exc:
        yield failure(str(path), "read", exc)
        return
    if path.is_dir():
        key = (st.st_dev, st.st_ino)
        if key in seen:
            yield failure(
                str(path),
                "read",
                StorylineError(Code.SYMLINK_LOOP, detail=f"{path} revisits a folder"),
            )
            return
        seen.add(key)
        yield from _iter_dir(path, cap, seen)
        return
    try:
        yield read_file(path, cap, st.st_size)
    except StorylineError as exc:
        yield failure(str(path), "read", exc)


def _iter_dir(path: Path, cap: int, seen: set[tuple[int, int]]) -> Iterator[Item | Failure]:
    try:
        children = sorted(path.iterdir())
    except OSError as exc:
        yield failure(str(path), "read", StorylineError(Code.UNREADABLE, detail=exc.strerror))
        return
    for child in children:
        stem = child.name.split(".")[0].lower()
        if child.name.startswith(".") or stem in SKIP_NAMES:
            continue
        yield from _iter_path(child, cap, seen)


def read_file(path: Path, cap: int, size: int | None = None) -> Item:
    """Read one file's bytes, refusing it before reading if it is over the cap."""
    size = path.stat().st_size if size is None else size
    if size > cap:
        raise StorylineError(Code.TOO_LARGE, size=size, limit=cap)
    try:
        with path.open("rb") as fh:
            data = fh.read(cap + 1)
    except OSError as exc:
        raise StorylineError(Code.UNREADABLE, detail=exc.strerror or str(exc)) from exc
    if len(data) > cap:
        raise StorylineError(Code.TOO_LARGE, size=len(data), limit=cap)
    return Item(source=str(path), data=data, name=path.name, path=str(path))
