"""Issue 2: every setting is documented, readable from the environment; registries are complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import settings
from storyline.errors import Code
from storyline.nlp.extract import DEFAULT_PIPELINE, build_pipeline
from storyline.registry import readers

pytestmark = pytest.mark.issue(2)
DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_issue_2_every_setting_has_help_and_is_documented() -> None:
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    for s in settings.SETTINGS:
        assert s.help.strip(), s.name
        assert f"`{s.env}`" in text, f"{s.env} missing from docs/settings.md"


def test_issue_2_settings_come_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_MAX_BYTES", "1234")
    monkeypatch.setenv("STORYLINE_FETCH_TIMEOUT", "2.5")
    assert settings.get("max_bytes") == 1234
    assert settings.get("fetch_timeout") == 2.5


def test_issue_2_error_codes_are_unique() -> None:
    ids = [c.id for c in Code]
    assert len(ids) == len(set(ids))


def test_issue_2_registries_name_every_stage() -> None:
    import storyline.ingest.readers  # noqa: F401 - registers the readers

    assert {"storyline.readers.text.v1", "storyline.readers.html.v1", "storyline.readers.feed.v1",
            "storyline.readers.warc.v1", "storyline.readers.jsonl.v1"} <= set(readers.names())
    names = [ex.name for ex in build_pipeline()]
    assert names == list(DEFAULT_PIPELINE)


def test_issue_2_pipeline_order_is_checked() -> None:
    with pytest.raises(ValueError, match="requires"):
        build_pipeline(["storyline.timex.attach.v1", "storyline.timex.v1"])


def test_issue_2_every_error_code_is_documented() -> None:
    text = (DOCS / "errors.md").read_text(encoding="utf-8")
    for code in Code:
        assert f"`{code.id}`" in text and f"`{code.slug}`" in text, code


def test_issue_2_bad_setting_values_are_clear_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.errors import StorylineError

    monkeypatch.setenv("STORYLINE_BATCH_SIZE", "abc")
    with pytest.raises(StorylineError, match="STORYLINE_BATCH_SIZE='abc' is not int"):
        settings.get("batch_size")
    monkeypatch.setenv("STORYLINE_BATCH_SIZE", "0")
    with pytest.raises(StorylineError, match="must be positive"):
        settings.get("batch_size")
