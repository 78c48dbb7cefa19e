"""Readers: turn files, folders, URLs, feeds, WARC and JSONL into clean ArticleDrafts."""

from storyline.ingest.draft import ArticleDraft, finalize
from storyline.ingest.readers import read_item
from storyline.ingest.sources import FolderRead, Item, iter_items

__all__ = ["ArticleDraft", "FolderRead", "Item", "finalize", "iter_items", "read_item"]
