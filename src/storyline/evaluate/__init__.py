"""Scorers for the public gold sets: one module per task, each with ``evaluate(gold, baseline)``."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

TASKS = ("extract", "events", "quotes", "time")


def run_eval(
    task: str, gold: Path, baseline: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    """Score Storyline on the gold set at ``gold``; figures named as in DESIGN.md."""
    if task not in TASKS:
        raise ValueError(f"unknown eval task {task!r}; known: {', '.join(TASKS)}")
    module = importlib.import_module(f"storyline.evaluate.{task}")
    result: dict[str, Any] = module.evaluate(gold, baseline=baseline, limit=limit)
    return result
