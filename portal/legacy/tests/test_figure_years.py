"""Figures on old pages often have no year; the portal requires one. The importer
dates such a figure by its page: the year in the file name, else the newest year the
page names outside its figures (not "member since 1994"), else this year, with a note."""

import pytest
from django.utils import timezone

from portal.figures.models import KeyFigure
from portal.legacy.extract import extract
from portal.legacy.importer import Importer
from portal.legacy.text import load_lines

pytestmark = pytest.mark.django_db

ARCHIVE = """Mission Tajikistan Today

Tajikistan has been a Member State since 1994.

  • 14 active projects in 6 thematic areas
  • More than 40 staff members in 4 offices



  • Teachers in Kulob Add Safe Migration to the School Timetable
  • Radio Series on Safe Migration Goes on Air in Four Regions in Spring {story_year}
  • Project Briefs

Read in ENG
"""


def _import(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    outcome = Importer().import_page(extract(load_lines(path), name, "en"))
    years = dict(KeyFigure.objects.values_list("label", "year"))
    return years, outcome.notes


def test_undated_figure_takes_the_newest_year_the_page_names(site_tree, tmp_path):
    years, notes = _import(tmp_path, "archive.txt", ARCHIVE.format(story_year=2016))
    assert years["staff members in 4 offices"] == 2016
    assert years["active projects in 6 thematic areas"] == 2016
    assert notes == []


def test_the_year_in_the_file_name_comes_first(site_tree, tmp_path):
    years, _notes = _import(tmp_path, "archive-2014.txt", ARCHIVE.format(story_year=2016))
    assert years["staff members in 4 offices"] == 2014


def test_a_page_without_any_year_gives_this_year_and_says_so(site_tree, tmp_path):
    text = ARCHIVE.format(story_year="").replace("since 1994", "since long ago")
    years, notes = _import(tmp_path, "archive.txt", text)
    this_year = timezone.localdate().year
    assert years["staff members in 4 offices"] == this_year
    assert any("staff members in 4 offices" in note and "check it" in note for note in notes)
