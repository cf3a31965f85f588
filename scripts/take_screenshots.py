"""Screenshots of the main pages at phone and desktop widths, into docs/screenshots/.

Usage: start the demo (`make demo`), then, as a reader (not logged in),
    .venv/bin/python scripts/take_screenshots.py [BASE_URL]
"""

import shutil
import sys
from pathlib import Path
from urllib.request import urlopen

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
WIDTHS = {"phone": (360, 780), "desktop": (1366, 900)}
SEARCH = {"en": "migrants", "ru": "мигрантов", "tg": "муҳоҷирон"}


def first_link(page, selector):
    return page.locator(selector).first.get_attribute("href")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    urlopen(BASE + "/en/").read()  # fail early when the demo is not running
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
            ],
        )
        for language in ("en", "ru", "tg"):
            for name, (width, height) in WIDTHS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(f"{BASE}/{language}/news/")
                article = first_link(page, "article.teaser h2 a")
                page.goto(f"{BASE}/{language}/newsletters/")
                issue = first_link(page, "main a[href*='/newsletters/']")
                targets = {
                    "home": f"/{language}/",
                    "article": article,
                    "news": f"/{language}/news/",
                    "newsletter": issue,
                    "search": f"/{language}/search/?q={SEARCH[language]}",
                    "contact": f"/{language}/contact/",
                    "404": f"/{language}/no-such-page/",
                }
                for target, path in targets.items():
                    if not path:
                        continue
                    page.goto(BASE + path if path.startswith("/") else path)
                    if target == "news":  # the river with its filters open
                        page.evaluate(
                            "document.querySelectorAll('details.filter-panel')"
                            ".forEach(d => d.open = true)"
                        )
                    # Whole pages on the desktop; on phones what the first screen shows,
                    # except for the short contact and 404 pages, shown whole.
                    page.screenshot(
                        path=OUT / f"{target}-{language}-{name}.png",
                        full_page=name == "desktop" or target in ("contact", "404"),
                    )
                page.close()
        browser.close()
    print(f"Screenshots written to {OUT}")


if __name__ == "__main__":
    main()
