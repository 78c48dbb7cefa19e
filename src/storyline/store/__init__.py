"""SQLite storage: schema, migrations, per-article transactional writes and queries."""

from storyline.store.db import Store

__all__ = ["Store"]
