"""The newsletter archive's order: issues grouped by series, then by year, and the
issues without a date in a group of their own after the dated ones."""

import datetime
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from portal.core.dates import DatePrecision, format_partial_date, iso_partial_date


@dataclass
class YearGroup:
    year: int | None
    issues: list = field(default_factory=list)


@dataclass
class SeriesGroup:
    series: Any  # a NewsletterSeries, or None
    years: list[YearGroup] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.series.name if self.series else ""


def _series_in_locale(issues, locale) -> dict:
    """translation key -> the issues' series, in `locale` where translated."""
    series = {i.series.translation_key: i.series for i in issues if i.series_id}
    if locale is not None and series:
        # The series model from the issues themselves: this module sits below the
        # models that use it (the newsletters index).
        model = type(next(iter(series.values())))
        series.update(
            (s.translation_key, s)
            for s in model.objects.filter(translation_key__in=series, locale=locale)
        )
    return series


def group_issues(issues, locale=None) -> list[SeriesGroup]:
    """Issues (already newest first) grouped by series, then by year; a series with
    a more recent issue comes first. Series names are shown in `locale` when translated."""
    issues = list(issues)
    localized = _series_in_locale(issues, locale)
    groups: OrderedDict = OrderedDict()
    for issue in issues:
        series = issue.series
        key = series.translation_key if series else None
        group = groups.get(key)
        if group is None:
            group = groups[key] = SeriesGroup(localized.get(key) if series else None)
        year = issue.date.year if issue.date else None
        if not group.years or group.years[-1].year != year:
            group.years.append(YearGroup(year))
        group.years[-1].issues.append(issue)
    return list(groups.values())


def undated_issues(issues, locale=None) -> list:
    """Issues without a date (the old site's archive listed them without one), for a
    group of their own after the dated ones.

    Each gets `series_name` (in `locale` when translated), `story_count` and
    `latest_story`: the date of the newest dated article in its table of contents,
    no more precise than a month, from which readers can tell roughly when it
    appeared; it is shown as such, never as the issue's date. Sorted by that date,
    newest first, then by title; one query for all the issues' stories.
    """
    issues = list(issues)
    if not issues:
        return []
    series = _series_in_locale(issues, locale)
    stories = {}
    toc_entry_model = issues[0].toc_entries.model
    for page_id, date, precision in toc_entry_model.objects.filter(
        page__in=[issue.pk for issue in issues]
    ).values_list("page_id", "article__date", "article__date_precision"):
        stories.setdefault(page_id, []).append((date, precision))
    for issue in issues:
        found = stories.get(issue.pk, [])
        dated = [(d, p) for d, p in found if d is not None]
        latest, precision = max(dated, key=lambda pair: pair[0]) if dated else (None, None)
        if precision != DatePrecision.YEAR:
            precision = DatePrecision.MONTH
        issue.story_count = len(found)
        issue.latest_story_date = latest
        issue.latest_story = format_partial_date(latest, precision)
        issue.latest_story_iso = iso_partial_date(latest, precision)
        issue.series_name = series.get(issue.series.translation_key).name if issue.series else ""
    issues.sort(key=lambda issue: issue.title.lower())
    issues.sort(key=lambda issue: issue.latest_story_date or datetime.date.min, reverse=True)
    return issues
