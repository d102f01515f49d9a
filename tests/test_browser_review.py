"""A real browser codes a passage: headless Chromium clicks a suggestion's Yes button."""

from __future__ import annotations

import os
import shutil
import time

import pytest
from sqlalchemy import select

from pipeline.models import Coder, Coding

pytestmark = pytest.mark.browser


def _wait_for_coding(db, timeout=15.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        with db.session() as s:
            rows = s.execute(select(Coding.segment_id, Coding.code_key, Coding.decision, Coder.name)
                             .join(Coder, Coding.coder_id == Coder.id)).all()
        if rows:
            return rows
        time.sleep(0.2)
    return []


def test_browser_confirm_suggestion_is_saved(ui_project, ui_server, chromium_browser, tmp_path, repo_root):
    page = chromium_browser.new_page(viewport={"width": 1366, "height": 1200})
    page.goto(ui_server, wait_until="domcontentloaded")
    page.get_by_text("Welcome to needsmap").wait_for(timeout=30_000)
    page.get_by_label("Your name (as your team knows you)").fill("ana")
    page.get_by_role("button", name="Start coding").click()
    page.get_by_text("You are coding as").wait_for(timeout=15_000)
    page.get_by_role("link", name="Review").first.click()
    page.get_by_text("Suggested codes").wait_for(timeout=15_000)
    # the queue starts with the first participant passage in transcript order (site nanaimo)
    page.get_by_text("A safer supply you can count on").first.wait_for(timeout=15_000)
    page.locator(".st-key-review_confirm-safe_supply button").click()
    rows = _wait_for_coding(ui_project["db"])
    assert rows == [(ui_project["segments"]["supply"], "safe_supply", "confirmed", "ana")]
    page.get_by_text("Your answer:").first.wait_for(timeout=15_000)
    shot = tmp_path / "review.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    if os.environ.get("NEEDSMAP_SCREENSHOTS") == "1":
        target = repo_root / "docs" / "images" / "review.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, target)
