"""Sixth-session events rules: the Phoenix quad convention, commitments to uncoded acts,
cutting aid, failed agreements (sentences written for these tests)."""

from typing import Any

import pytest

from storyline.events import codebook

pytestmark = pytest.mark.issue(3)


def test_issue_3_phoenix_quad_makes_appeals_neutral_and_cuts_verbal_conflict() -> None:
    """ConfliBERT's 0-4 labels follow Phoenix: 01-02 neutral, 16 verbal conflict; the record's
    GDELT QuadClass keeps 16 as material conflict."""
    assert [codebook.phoenix_quad(c) for c in ("020", "010", "036", "073", "112", "1622", "190")
            ] == [0, 0, 1, 2, 3, 3, 4]
    assert codebook.quad_class("1622") == 4
    assert codebook.quad_class("020") == 1
