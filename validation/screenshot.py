"""The README's picture of `tongzhou-data explore`: the page of the installed package in headless Chromium
(Debian's, at /usr/bin/chromium), a target clicked, written as a PNG.

    python validation/screenshot.py [docs/explorer.png]

Chinese text needs a CJK font on the machine (Debian: apt-get install fonts-noto-cjk), or it shows as boxes.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")


def screenshot(out: Path, target_id: str = "q00602") -> Path:
    """Open the explorer page, click target `target_id` with its quote in view, and save the viewport."""
    from playwright.sync_api import sync_playwright

    from tongzhou_data.publish.explorer import write

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        page_file = write(Path(folder) / "report.html")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.goto(page_file.as_uri())
        page.wait_for_selector("body[data-ready='1']")
        mark = page.locator(f"mark[data-type=target][data-id={target_id}]")
        mark.evaluate("element => element.scrollIntoView({block: 'center'})")
        mark.click()
        page.screenshot(path=str(out))
        browser.close()
    return out


if __name__ == "__main__":
    print(f"wrote {screenshot(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / 'docs' / 'explorer.png')}")
