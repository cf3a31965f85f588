"""The three saved pages of the old site: items, dates, places, tables of contents,
chrome, and the nothing-lost account of every line."""

import html

import pytest

from portal.legacy.datelines import parse_dateline
from portal.legacy.extract import extract
from portal.legacy.text import html_lines, load_lines

SAMPLES = ["home-2020.txt", "newsletter-2013.txt", "newsletter-archive.txt"]


def _page(samples, name):
    return extract(load_lines(samples / name), name)


def _by_title(records):
    return {r.get("title"): r for r in records if r.get("title")}


def test_home_page(samples):
    page = _page(samples, "home-2020.txt")
    records = page.records()
    assert page.shape == "home" and page.locale == "en"
    articles = [r for r in records if r["kind"] not in ("contact", "figure", "newsletter_issue")]
    assert [r["title"][:30] for r in articles] == [
        "Key migration data 2019 for So",
        "IOM Joins Call to Action on So",
        "“Clear and Present Crisis” in ",
        "AFEW International, AFEW Kyrgy",
        "Attention Filmmakers: The Glob",
        "The Rights and Health of Refug",
        "COVID-19 does not discriminate",
        "Awaken, the morning Nowruz bre",
    ]
    assert not any(r["title_derived"] for r in articles)
    # No dates on the home page's teasers, and none invented.
    assert all(r["date"] is None and r["date_precision"] is None for r in articles)
    by_title = _by_title(records)
    remittances = by_title[
        "IOM Joins Call to Action on Socioeconomic Impacts of COVID-19 on Remittances"
    ]
    assert remittances["kind"] == "news" and remittances["place"] == "Geneva"
    assert remittances["lead"].startswith("As the world faces")  # dateline taken out of the lead
    assert len(remittances["body"]) == 1 and remittances["source"]["lines"] == [12, 16]
    crisis = articles[2]
    # Nur-Sultan is Astana again (2022): the gazetteer gives the name of today.
    assert crisis["place"] == "Moscow" and crisis["places"] == ["Moscow", "Astana"]
    call = articles[4]
    assert call["kind"] == "call"
    assert (call["call_opens"], call["call_closes"]) == ("2020-04-06", "2020-06-21")
    joint = articles[5]
    assert joint["kind"] == "press_release"
    assert joint["body"][0] == "OHCHR, IOM, UNHCR and WHO - Joint Press Release"
    assert {"UN Human Rights Office", "UN Refugee Agency", "World Health Organization"} <= set(
        joint["organizations"]
    )
    assert articles[6]["kind"] == "statement"
    assert "AFEW Kyrgyzstan" in articles[3]["organizations"]
    contact = [r for r in records if r["kind"] == "contact"]
    assert contact == [
        {
            "kind": "contact",
            "name": "International Organization for Migration - Mission in Tajikistan",
            "address": "734013, 22A Azizbekov Street, 2nd Driveway, Dushanbe, Republic of Tajikistan",
            "phones": "(+992 48) 701 0202, 701 0303, 701 0222",
            "fax": "(+992 37) 251 0062",
            "source": {"file": "home-2020.txt", "lines": [62, 66]},
        }
    ]
    chrome = {d.line.no: d.role for d in page.dispositions if d.status == "chrome"}
    assert chrome[1] == chrome[3] == chrome[4] == "masthead"
    assert [n for n, role in chrome.items() if role == "read-more link"] == [
        10,
        18,
        26,
        32,
        38,
        48,
        54,
        60,
    ]
    assert chrome[67] == "e-mail protection notice"


def test_newsletter_issue(samples):
    page = _page(samples, "newsletter-2013.txt")
    records = page.records()
    assert page.shape == "newsletter_issue"
    issue = records[0]
    assert issue["kind"] == "newsletter_issue" and issue["title"] == "IOM Tajikistan Newsletter"
    assert issue["series"] == "Newsletter"
    stories = records[1:]
    assert issue["toc"] == [s["title"] for s in stories]
    assert len(stories) == 10
    assert issue["toc"][0] == "NGOs Learn New Ways To Stop Trafficking In Persons"
    assert (
        issue["toc"][-1]
        == "Meeting with Head of Border Guard Service of the National Security Committee of Tajikistan"
    )
    ngos, call, tursunzoda = stories[0], stories[1], stories[2]
    assert (ngos["place"], ngos["date"], ngos["date_end"], ngos["date_precision"]) == (
        "Bishkek",
        "2013-09-02",
        "2013-09-03",
        "day",
    )
    assert ngos["lead"].startswith("Approximately 50 NGOs")
    assert (
        call["kind"] == "call"
        and call["title"] == "Call for Entries"
        and call["call_closes"] is None
    )
    assert (tursunzoda["place"], tursunzoda["date"], tursunzoda["date_precision"]) == (
        "Tursunzoda",
        "2013-08-15",
        "day",
    )
    assert "Gender and Development" in tursunzoda["organizations"]
    by_title = _by_title(stories)
    volunteer = by_title["How I Became a Volunteer"]
    assert volunteer["kind"] == "story" and volunteer["privacy_marker"] == "name_changed"
    assert (
        volunteer["lead"]
        == "My experience demonstrates that simple rules can protect us from STIs and HIV!"
    )
    assert "Khorog" in volunteer["places"]
    sogd = stories[6]
    assert (sogd["date"], sogd["date_end"], sogd["date_precision"]) == (
        "2013-06-19",
        "2013-06-21",
        "day",
    )
    assert {"Sughd region", "Khujand", "Asht"} <= set(sogd["places"])
    tb = by_title["Tuberculosis Among Migrants: Results of Pilot Project"]
    assert (tb["date"], tb["date_precision"]) == ("2013-05", "month")
    assert {"Kulob", "Bokhtar"} <= set(tb["places"])  # Qurghon Teppa is today's Bokhtar
    # A quotation that starts with a date is not a dateline.
    assert by_title["Mobile Consultations and Testing for HIV in Action"]["date"] is None
    assert by_title["IOM Conducts Labour Migration Trainings"]["date"] is None


def test_newsletter_archive(samples):
    page = _page(samples, "newsletter-archive.txt")
    records = page.records()
    assert page.shape == "newsletter_archive"
    figures = [r for r in records if r["kind"] == "figure"]
    assert [(f["qualifier"], f["value"], f["label"]) for f in figures] == [
        ("since", "1994", "Tajikistan has been an IOM Member State since November 1994."),
        ("", "12", "active projects in 7 thematic service areas"),
        ("more than", "30", "staff members throughout the country"),
    ]
    issues = [r for r in records if r["kind"] == "newsletter_issue"]
    assert len(issues) == 6
    assert [len(i["toc"]) for i in issues] == [8, 8, 5, 11, 7, 8]
    assert [i["sections"] for i in issues] == [["Project Briefs"]] * 3 + [[]] + [
        ["Project Briefs"]
    ] + [[]]
    assert [i["languages"] for i in issues] == [
        ["en"],
        ["en", "ru"],
        ["en", "ru"],
        ["en"],
        ["en", "ru"],
        ["en", "ru"],
    ]
    assert (
        issues[0]["toc"][0]
        == "Rebuilding Lives: IOM and USAID Support Reintegration of Exploited Migrant Workers"
    )
    assert issues[3]["toc"][2] == "“I had lost hope for life.... Today, I have a goal.”"
    assert all(i["series"] == "Today" and i["title_derived"] for i in issues)
    assert [i["source"]["lines"] for i in issues][:2] == [[10, 20], [22, 33]]


@pytest.mark.parametrize("name", SAMPLES)
def test_nothing_lost(samples, name):
    page = _page(samples, name)
    assert len(page.dispositions) == len(page.lines)
    for disposition in page.dispositions:
        line = disposition.line
        if line.blank:
            assert (disposition.status, disposition.role) == ("skip", "blank line")
        elif disposition.status == "chrome":
            assert disposition.role in {
                "masthead",
                "read-more link",
                "e-mail protection notice",
            } or disposition.role.startswith("language link"), disposition
        else:
            assert disposition.status == "item", disposition
            # The line's text really is in that item.
            item = page.items[disposition.item]
            assert line in item.lines
    # Every item line is owned once, and every item has lines.
    owned = [id(line) for item in page.items for line in item.lines]
    assert len(owned) == len(set(owned))
    assert all(item.lines for item in page.items)
    # The text of every content line is in the records (a dateline that stood
    # apart went into the place and date fields).
    text = " ".join(str(v) for r in page.records() for v in r.values())
    for disposition in page.dispositions:
        if disposition.status == "item":
            content = " ".join(disposition.line.text.replace("•", "").split())
            if "dateline" in disposition.role:
                content = parse_dateline(content).rest
            elif disposition.role in ("contact phones", "contact fax"):
                content = content.split(":", 1)[1].strip()
            elif (
                disposition.role == "figure"
                and page.records()[disposition.item]["qualifier"] != "since"
            ):
                record = page.records()[disposition.item]
                assert (
                    content.replace(record["value"], "", 1)
                    .strip()
                    .lower()
                    .startswith(record["qualifier"])
                )
                content = record["label"]
            assert content in text, disposition.line


def _as_html(page) -> str:
    """The sample as a browser would have saved it: headings in <h2>, paragraphs in
    <p>, lists in <ul>, with navigation and a footer around it."""
    titles = {d.line.no for d in page.dispositions if d.role in ("title", "issue title")}
    parts = [
        '<!doctype html><html><head><title>x</title><style>p{}</style><script>var x = "Read More";</script></head><body>',
        '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header><main>',
    ]
    block, in_list = [], False

    def flush():
        if block:
            parts.append("<p>" + "<br>\n".join(block) + "</p>")
            block.clear()

    for line in page.lines:
        text = html.escape(line.text.strip())
        if not text:
            flush()
            if in_list:
                parts.append("</ul>")
                in_list = False
            continue
        if line.text.lstrip().startswith("•"):
            flush()
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{text.lstrip('• ')}</li>")
        elif line.no in titles:
            flush()
            parts.append(f"<h2>{text}</h2>")
        else:
            block.append(text)
    flush()
    if in_list:
        parts.append("</ul>")
    parts.append(
        "</main><footer><p>© 2020 Old site. All rights reserved.</p><ul><li>Sitemap</li></ul></footer></body></html>"
    )
    return "\n".join(parts)


@pytest.mark.parametrize("name", SAMPLES)
def test_html_gives_the_same_items(samples, name):
    text_page = _page(samples, name)
    html_page = extract(html_lines(_as_html(text_page)), name)

    def without_lines(records):
        return [{k: v for k, v in r.items() if k != "source"} for r in records]

    assert html_page.shape == text_page.shape
    assert without_lines(html_page.records()) == without_lines(text_page.records())
    assert not any(d.line.text.startswith(("Home", "©", "Sitemap")) for d in html_page.dispositions)
