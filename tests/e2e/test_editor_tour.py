"""The editors' whole tour, as `make demo` runs the portal: `portal runserver` and
`portal worker` in their own processes on one SQLite file, driven by Chromium.

An editor uploads an image and writes an article with it, submits it for moderation;
a moderator approves it; the chief editor translates it into Russian with
wagtail-localize's screens and publishes the translation, schedules another article
a few seconds ahead (the worker's scheduler publishes it, nobody else), sends a
newsletter test and then the issue to subscribers (the worker delivers them into
files). Afterwards the Russian and Tajik places, organizations and thematic areas
are exactly as they were.
"""

import datetime
import email
import email.policy
import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
import zoneinfo
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from PIL import Image
from playwright.sync_api import expect

from portal.worker.tests.processes import PORTAL, run_shell
from tools.ports import free_port

from .test_editor import _log_in

pytestmark = pytest.mark.browser

PASSWORD = "tour-password-1"
SUBSCRIBER = "reader@example.org"
CHIEF = "chief@example.org"
ARTICLE = "Mobile clinic reaches Rasht Valley villages"
ARTICLE_RU = "Мобильная клиника добралась до сёл Раштской долины"
SCHEDULED = "Roundtable on safe migration opens in Khujand"
IMAGE_TITLE = "Mobile clinic van"

# Users, a confirmed Russian subscriber, and what the tour needs to know: the news
# section, an issue with a Russian version, and a theme and a partner that already
# exist in Russian and Tajik (their translations must survive the article's).
SETUP = f"""
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale
from portal.mailing.models import PRIVACY_POLICY_VERSION, Subscriber
from portal.news.models import NewsIndexPage
from portal.newsletters.models import NewsletterIssuePage
from portal.taxonomy.models import Organization, ThematicArea

User = get_user_model()
User.objects.create_superuser("chief", "{CHIEF}", "{PASSWORD}")
for name, group in (("editor", "Editors"), ("moderator", "Moderators")):
    user = User.objects.create_user(name, name + "@example.org", "{PASSWORD}")
    user.groups.add(Group.objects.get(name=group))
Subscriber.objects.create(
    email="{SUBSCRIBER}", language="ru", status=Subscriber.Status.CONFIRMED,
    consent_policy_version=PRIVACY_POLICY_VERSION,
)
ru, tg = Locale.objects.get(language_code="ru"), Locale.objects.get(language_code="tg")

def in_every_language(model):
    for item in model.objects.filter(locale__language_code="en").order_by("name"):
        if item.has_translation(ru) and item.has_translation(tg):
            return item.name

issue = next(
    issue for issue in NewsletterIssuePage.objects.live().filter(locale__language_code="en")
    if issue.get_translation_or_none(ru) is not None
)
print(json.dumps({{
    "news": NewsIndexPage.objects.get(locale__language_code="en").pk,
    "issue": issue.pk,
    "issue_title": issue.title,
    "issue_title_ru": issue.get_translation(ru).title,
    "theme": in_every_language(ThematicArea),
    "partner": in_every_language(Organization),
}}))
"""

# Every field of every Russian and Tajik place, organization and thematic area.
SNAPSHOT = """
import json
from portal.taxonomy.models import Organization, Place, ThematicArea
print(json.dumps({
    model.__name__: list(
        model.objects.exclude(locale__language_code="en").order_by("pk").values()
    )
    for model in (Place, Organization, ThematicArea)
}, default=str, sort_keys=True))
"""


@dataclass
class Portal:
    url: str
    environment: dict
    mail_dir: Path
    logs: dict
    facts: dict | None = None  # what SETUP printed

    def shell(self, code: str):
        """The JSON the code prints last, run by `portal shell` on the tour's database."""
        return json.loads(run_shell(code, self.environment).strip().splitlines()[-1])

    def log_tails(self) -> str:
        return "\n".join(
            f"--- {name}:\n" + "\n".join(path.read_text(errors="replace").splitlines()[-30:])
            for name, path in self.logs.items()
        )


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0  # not listening yet


def _poll(check, what: str, portal: Portal | None = None, seconds: float = 60):
    """`check()`'s first true value, asked every quarter second for at most `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.25)  # the interval between two polls, not a wait for something
    raise AssertionError(
        f"{what}: not after {seconds} s\n" + (portal.log_tails() if portal else "")
    )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def portal(tmp_path):
    """A migrated SQLite database with the demo content, served by `portal runserver`,
    with `portal worker` beside it, as `make demo` runs them."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    mail_dir = tmp_path / "mail"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "true",  # runserver serves the admin's static files, as in `make demo`
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        # Mails are written to files, one per connection (django-environ: an absolute
        # path after "filemail://").
        "EMAIL_URL": f"filemail:///{mail_dir}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
        "SITE_URL": url,
    }
    for command in (["migrate", "-v0"], ["load_demo", "-v0"]):
        subprocess.run([PORTAL, *command], env=environment, check=True, capture_output=True)
    logs = {"runserver": tmp_path / "runserver.log", "worker": tmp_path / "worker.log"}
    processes = []
    try:
        for name, command in (
            ("runserver", ["runserver", "--noreload", f"127.0.0.1:{port}"]),
            # Scheduled publishing every second instead of every minute, tasks polled
            # often: the same worker, only quicker for the test.
            (
                "worker",
                ["worker", "--no-reload", "--no-startup-delay", "--interval", "0.2"]
                + ["--schedule-interval", "1"],
            ),
        ):
            with logs[name].open("w") as log:
                processes.append(
                    subprocess.Popen(
                        [PORTAL, *command], env=environment, stdout=log, stderr=subprocess.STDOUT
                    )
                )
        site = Portal(url, environment, mail_dir, logs)
        site.facts = site.shell(SETUP)
        _poll(lambda: _status(f"{url}/en/") == 200, "the server answering", site)
        yield site
    finally:
        for process in processes:
            _stop(process)


def _browser_as(chromium, portal, username):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(20000)
    _log_in(page, portal.url, username, PASSWORD)
    return page


def _footer_action(page, selector):
    """A button of the editor's footer, opening its "More actions" menu first."""
    button = page.locator(f"footer {selector}")
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    return button


def _upload_image(page, portal, path):
    page.goto(f"{portal.url}/admin/images/multiple/add/")
    page.locator("input[type=file]").set_input_files(path)
    uploaded = page.locator("#upload-list li.upload-success").first
    uploaded.get_by_label("Title").fill(IMAGE_TITLE)
    uploaded.get_by_label("Description").fill("A white van parked by a village clinic")
    uploaded.get_by_role("button", name="Update").click()
    expect(page.locator(".messages")).to_contain_text("Image updated")


def _choose(page, panel, link_name):
    """Pick an item from a chooser modal (snippet or image)."""
    page.locator(f"#panel-child-content-{panel}-content button.chooser__choose-button").click()
    page.locator(".modal-content").get_by_role("link", name=link_name).first.click()
    expect(page.locator(".modal-content")).to_be_hidden()


def _write_article(page, portal):
    page.goto(f"{portal.url}/admin/pages/add/news/articlepage/{portal.facts['news']}/")
    page.locator("#id_title").fill(ARTICLE)
    _choose(page, "dateline", "Dushanbe")
    page.locator("#id_date").fill("2026-11-20")
    page.locator("#id_lead").fill("A mobile clinic reached twelve villages of the Rasht Valley.")
    _choose(page, "hero_image", IMAGE_TITLE)
    page.locator("#id_hero_alt_text").fill("A white van parked by a village clinic")
    for name in ("Dushanbe", portal.facts["theme"], portal.facts["partner"]):
        page.locator("#panel-child-content-classification-content").get_by_label(
            name, exact=True
        ).check()
    _footer_action(page, "button[name=action-submit]").click()
    # "created and submitted" or, once autosave has created the page, "has been submitted".
    expect(page.locator(".messages")).to_contain_text("submitted for moderation")
    edit = page.locator(".messages a", has_text="Edit").first.get_attribute("href")
    return int(edit.rstrip("/").split("/")[-2])


def _approve(page, portal, article_id):
    page.goto(f"{portal.url}/admin/")
    expect(page.get_by_text("Awaiting your review")).to_be_visible()
    page.locator("a[href*='/edit/']", has_text=ARTICLE).first.click()
    expect(page).to_have_url(f"{portal.url}/admin/pages/{article_id}/edit/")
    _footer_action(page, "button[data-workflow-action-name=approve]").filter(
        has_text="Approve and Publish"
    ).click()
    expect(page.locator(".messages")).to_contain_text("has been updated")


def _schedule_article(page, portal):
    """Schedule a new article to go live 20 seconds from now; returns that time."""
    page.goto(f"{portal.url}/admin/pages/add/news/articlepage/{portal.facts['news']}/")
    page.locator("#id_title").fill(SCHEDULED)
    page.locator("#id_lead").fill("Officials and partners meet on safe migration.")
    # Wagtail 8: the Status side panel, "Set schedule", then "Schedule to publish".
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.locator("#schedule-publishing-dialog")
    field = dialog.locator("#id_go_live_at")
    go_live = datetime.datetime.now(zoneinfo.ZoneInfo(settings.TIME_ZONE)) + datetime.timedelta(
        seconds=20
    )
    value = go_live.strftime("%Y-%m-%d %H:%M:%S")
    field.evaluate("(input, value) => { input.value = value }", value)
    dialog.get_by_role("button", name="Save schedule").click()
    expect(dialog).to_be_hidden()
    # The date picker offers whole minutes and rounds the field down as the dialog
    # closes; the form takes seconds, so the go-live time is typed in again to the
    # second: the test then waits seconds, not up to a minute.
    field.evaluate("(input, value) => { input.value = value }", value)
    schedule = _footer_action(page, "button[name=action-publish]")
    expect(schedule).to_have_text("Schedule to publish")
    schedule.click()
    expect(page.locator(".messages")).to_contain_text("has been scheduled for publishing")
    return go_live


def _translate_to_russian(page, portal, article_id):
    page.goto(f"{portal.url}/admin/pages/{article_id}/edit/")
    translate = page.locator(f"a[href*='/admin/localize/submit/page/{article_id}/']").first
    if not translate.is_visible():
        page.locator("header [data-w-dropdown-target='toggle']").first.click()
    translate.click()
    page.get_by_label("Русский").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.locator(".messages")).to_contain_text("submitted for translation")
    # The translation editor: the title segment comes first.
    page.get_by_role("button", name="Translate", exact=True).first.click()
    page.locator("textarea").first.fill(ARTICLE_RU)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text(ARTICLE_RU, exact=True)).to_be_visible()
    page.get_by_role("button", name="Publish in Русский").click()
    expect(page.locator(".messages")).to_contain_text("Published")


def _send_newsletter(page, portal):
    issue = portal.facts["issue"]
    page.goto(f"{portal.url}/admin/pages/{issue}/edit/")
    page.locator(".mailing-send-panel a", has_text="Send by e-mail").click()
    expect(page).to_have_url(f"{portal.url}/admin/mailing/issue/{issue}/")
    page.get_by_label("Send the test to").fill(CHIEF)
    page.get_by_role("button", name="Send test").click()
    expect(page.locator(".messages")).to_contain_text(f"A test is on its way to {CHIEF}")
    page.get_by_role("link", name="Send to subscribers…").click()
    expect(page.locator("main")).to_contain_text("Russian: 1 subscriber")
    page.get_by_role("button", name="Yes, send to subscribers").click()
    expect(page.locator(".messages")).to_contain_text("Sending to 1 subscriber has started")


def _mails(mail_dir: Path) -> list:
    """The messages the file backend wrote (several per file, between dashed lines)."""
    messages = []
    for path in sorted(mail_dir.glob("*.log")) if mail_dir.exists() else []:
        for text in path.read_text().split("\n" + "-" * 79 + "\n"):
            if text.strip():
                messages.append(email.message_from_string(text, policy=email.policy.default))
    return messages


def _sent_to(portal, address):
    return [mail for mail in _mails(portal.mail_dir) if mail["To"] == address]


def test_editor_tour(chromium, portal, tmp_path):
    before = portal.shell(SNAPSHOT)
    image = tmp_path / "clinic.jpg"
    Image.new("RGB", (800, 500), (40, 110, 170)).save(image)

    # An editor uploads an image, writes an article with it and submits it.
    editor = _browser_as(chromium, portal, "editor")
    _upload_image(editor, portal, image)
    article_id = _write_article(editor, portal)
    article_url = f"{portal.url}/en/news/mobile-clinic-reaches-rasht-valley-villages/"
    assert _status(article_url) == 404  # a draft until approved

    # A moderator approves it: it is published, with its image.
    moderator = _browser_as(chromium, portal, "moderator")
    _approve(moderator, portal, article_id)
    reader = chromium.new_context(locale="en-US").new_page()
    reader.goto(article_url)
    expect(reader.get_by_role("heading", level=1)).to_have_text(ARTICLE)
    expect(reader.locator("main img[alt='A white van parked by a village clinic']")).to_be_visible()

    # The chief editor schedules an article a few seconds ahead (in a window of its
    # own: the status side panel it opens stays open in that window's later pages)...
    go_live = _schedule_article(_browser_as(chromium, portal, "chief"), portal)
    chief = _browser_as(chromium, portal, "chief")

    # ...translates the article into Russian and publishes the translation...
    _translate_to_russian(chief, portal, article_id)
    reader.goto(f"{portal.url}/ru/news/mobile-clinic-reaches-rasht-valley-villages/")
    expect(reader.get_by_role("heading", level=1)).to_have_text(ARTICLE_RU)
    expect(reader.locator(".dateline")).to_contain_text("Душанбе")

    # ...and sends a newsletter issue: a test to herself, then to the subscribers.
    _send_newsletter(chief, portal)

    # The worker publishes the scheduled article by itself once its time has come.
    scheduled_url = f"{portal.url}/en/news/roundtable-on-safe-migration-opens-in-khujand/"
    _poll(lambda: _status(scheduled_url) == 200, "the scheduled article live", portal, 90)
    assert datetime.datetime.now(datetime.UTC) >= go_live
    assert f'Scheduled publishing: published "{SCHEDULED}"' in portal.logs["worker"].read_text()

    # The worker delivered the test and the issue (in Russian, the subscriber's language).
    tests = _poll(
        lambda: [m for m in _sent_to(portal, CHIEF) if m["Subject"].startswith("[Test]")],
        "the test mail",
        portal,
    )
    assert portal.facts["issue_title"] in tests[0]["Subject"]
    issues = _poll(
        lambda: _sent_to(portal, SUBSCRIBER), "the issue mailed to the subscriber", portal
    )
    assert issues[0]["Subject"] == portal.facts["issue_title_ru"]
    assert "/ru/newsletter/unsubscribe/" in issues[0]["List-Unsubscribe"]

    # Nothing in Russian or Tajik was overwritten by the translation.
    assert portal.shell(SNAPSHOT) == before
