"""GDELT-like flat rows for `storyline export events --format csv|parquet`.

Column names follow the GDELT 2.0 event table where one exists, so existing GDELT tooling
reads the file; our own provenance columns (id, article_id, sentence, spans) follow.
IsRootEvent is GDELT's: 1 for events told in the headline or lead paragraph; ``main`` marks
each sentence's head act.
"""

from __future__ import annotations

from typing import Any

from storyline.export.writers import flat_layouts


def _sqldate(value: str | None) -> str | None:
    """ISO date (or its year/month prefix) as GDELT's YYYYMMDD; partial dates pad with 00."""
    if not value:
        return None
    digits = value[:10].replace("-", "")
    return digits.ljust(8, "0") if digits.isdigit() else None


def _actor(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    actor = actor or {}
    return {
        f"{prefix}Name": actor.get("name") or actor.get("text"),
        f"{prefix}CountryCode": actor.get("country"),
        f"{prefix}Type1Code": actor.get("sector"),
    }


def gdelt_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a GDELT-like row plus our evidence columns."""
    code = event.get("code") or ""
    location = event.get("location") or {}
    date = event.get("date") or event.get("published")
    span = event.get("span") or [None, None]
    return {
        "GLOBALEVENTID": event.get("id"),
        "SQLDATE": _sqldate(date),
        "date": date,
        **_actor("Actor1", event.get("source")),
        **_actor("Actor2", event.get("target")),
        "IsRootEvent": int(bool(event.get("lead"))),
        "EventCode": code,
        "EventBaseCode": code[:3],
        "EventRootCode": event.get("root_code") or code[:2],
        "QuadClass": event.get("quad_class"),
        "GoldsteinScale": event.get("goldstein"),
        "ActionGeo_FullName": location.get("text"),
        "ActionGeo_CountryCode": location.get("country"),
        "SOURCEURL": event.get("source_url"),
        "id": event.get("id"),
        "article_id": event.get("article_id"),
        "plover": event.get("plover"),
        "mode": event.get("mode"),
        "main": bool(event.get("main")),
        "negated": event.get("negated"),
        "modality": event.get("modality"),
        "confidence": event.get("confidence"),
        "trigger": event.get("trigger"),
        "source_implied": bool((event.get("source") or {}).get("implied")),
        "target_implied": bool((event.get("target") or {}).get("implied")),
        "sentence": event.get("sentence"),
        "span_start": span[0],
        "span_end": span[1],
    }


flat_layouts.add("events", gdelt_row)
