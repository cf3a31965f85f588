"""The newsletter archive page: a masthead, key figures, then one bulleted table of
contents per issue, each with its introduction above it and its language links below.
"""

from . import detect
from .builder import Builder
from .chrome import languages_of
from .detect import BLANK, BULLET, CHROME, HEADING
from .figures import figure, is_figure, member_since
from .items import ArchiveIssue, Article


def read_archive(builder: Builder):
    _ArchiveReader(builder).read()


class _ArchiveReader:
    def __init__(self, builder: Builder):
        self.builder = builder
        self.series = ""
        self.issues: list[ArchiveIssue] = []
        self.pending_intro: list[int] = []  # text lines waiting for the next issue
        self.figures_done = False  # figures come before the first table of contents

    def read(self):
        builder, i = self.builder, 0
        while i < len(builder.lines):
            if builder.cls(i) == BULLET:
                run, i = self._bullet_run(i)
                self._bullets(run)
                continue
            if builder.cls(i) == CHROME:
                self._chrome(i)
            elif builder.cls(i) != BLANK:
                self._text(i)
            i += 1
        self._trailing_text()
        for issue in self.issues:
            self._name(issue)

    def _bullet_run(self, i: int) -> tuple[list[int], int]:
        """The bullets of a list starting at `i`, and where the list ends. A list runs
        on over single blank lines; two blank lines end it."""
        builder, run = self.builder, []
        while i < len(builder.lines) and builder.cls(i) in (BULLET, BLANK):
            if builder.cls(i) == BLANK and (
                i + 1 >= len(builder.lines) or builder.cls(i + 1) == BLANK
            ):
                break
            if builder.cls(i) == BULLET:
                run.append(i)
            i += 1
        return run, i

    def _bullets(self, run: list[int]):
        """Figures at the head of the first list; then a list is an issue's contents."""
        builder = self.builder
        if not self.figures_done:
            while run and is_figure(self._bullet(run[0])):
                builder.own(builder.add(figure(self._bullet(run[0]))), run[0], "figure")
                run = run[1:]
            self.figures_done = True
            if not run:
                return
        issue = builder.add(ArchiveIssue())
        self.issues.append(issue)
        for j in run:
            text = self._bullet(j)
            if detect.is_section(text):
                issue.sections.append(text)
                builder.own(issue, j, "section")
            else:
                issue.titles.append(text)
                builder.own(issue, j, "table of contents")
        for j in self.pending_intro:
            builder.own(issue, j, "introduction")
        issue.intro = " ".join(builder.texts[j] for j in self.pending_intro)
        self.pending_intro = []

    def _bullet(self, i: int) -> str:
        return detect.strip_bullet(self.builder.texts[i])

    def _chrome(self, i: int):
        """Language links below an issue: its language versions; the issue spans them."""
        reason = self.builder.reason(i)
        if not reason.startswith("language link") or not self.issues:
            return
        issue = self.issues[-1]
        for code in languages_of(reason):
            if code not in issue.languages:
                issue.languages.append(code)
        issue.span = (issue.lines[0].no, self.builder.lines[i].no)

    def _text(self, i: int):
        builder = self.builder
        text = builder.texts[i]
        joined = member_since(text)
        if (
            not self.series
            and not self.issues
            and builder.cls(i) == HEADING
            and i == self._first_content()
        ):
            self.series = text
            builder.chrome[i] = "masthead"
        elif joined is not None:
            builder.own(builder.add(joined), i, "figure")
        elif not self.figures_done and is_figure(text):
            builder.own(builder.add(figure(text)), i, "figure")
        else:
            self.pending_intro.append(i)

    def _first_content(self) -> int:
        classes = self.builder.classes
        return next((i for i, (c, _r) in enumerate(classes) if c not in (BLANK, CHROME)), -1)

    def _trailing_text(self):
        """Text after the last issue stays with that issue (or is an article when the
        page lists no issue at all)."""
        builder, pending = self.builder, self.pending_intro
        if not pending:
            return
        if not self.issues:
            article = builder.add(Article())
            for j in pending:
                builder.own(article, j, "body")
                article.paragraphs.append(builder.texts[j])
            return
        issue = self.issues[-1]
        for j in pending:
            builder.own(issue, j, "introduction")
        issue.intro = (issue.intro + " " + " ".join(builder.texts[j] for j in pending)).strip()

    def _name(self, issue: ArchiveIssue):
        """ "IOM Tajikistan Today — <its first story>": the archive gives no titles."""
        issue.series = detect.series_name(self.series)
        first = issue.titles[0] if issue.titles else (issue.sections or [""])[0]
        issue.title = f"{self.series} — {first}" if self.series else first
        issue.title_derived = True
