from types import SimpleNamespace

import pytest
from wagtail.models import Locale

from portal.events.tests.factories import EventPageFactory
from portal.figures.models import KeyFigure
from portal.multimedia.tests.factories import GalleryImageFactory, GalleryPageFactory
from portal.newsletters.tests.factories import NewsletterIssuePageFactory, NewsletterTocEntryFactory
from portal.projects.tests.factories import ProjectPageFactory

ENGLISH_PARAGRAPH = "The project provides legal aid to returning migrants."


def _paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


@pytest.fixture
def planted(site_tree):
    """Russian and Tajik content with English left in it, next to clean content."""
    sections = site_tree.sections
    ru, tg = (Locale.objects.get(language_code=code) for code in ("ru", "tg"))
    tg_project = ProjectPageFactory(
        parent=sections["projects"]["tg"],
        locale=tg,
        title="Кӯмаки ҳуқуқӣ ба муҳоҷирон",
        summary="Лоиҳаи EU4Migration бо дастгирии IOM ва UNICEF дар Dushanbe Plaza.",
        body=_paragraphs("Лоиҳа ба муҳоҷирони баргашта кӯмак мерасонад.", ENGLISH_PARAGRAPH),
    )
    ProjectPageFactory(
        parent=sections["projects"]["en"],
        title="Legal aid for migrants",
        summary="Legal aid for returning migrants.",
        body=_paragraphs(ENGLISH_PARAGRAPH),
    )
    ru_event = EventPageFactory(
        parent=sections["events"]["ru"],
        locale=ru,
        title="Круглый стол в Худжанде",
        summary="Работодатели и НПО обсудят навыки мигрантов (COVID-19, ВИЧ/СПИД).",
        venue="Regional Administration, conference hall",
    )
    figure = KeyFigure.objects.create(
        locale=ru,
        value="86",
        label="пострадавших от торговли людьми получили помощь",
        year=2025,
        source_name="Mission case management data",
    )
    issue = NewsletterIssuePageFactory(
        parent=sections["newsletters"]["ru"], locale=ru, title="Сегодня — октябрь 2026"
    )
    NewsletterTocEntryFactory(
        page=issue,
        title="Talk show on national radio discusses fair recruitment",
        summary="Слушатели звонили с вопросами о предложениях работы.",
        sort_order=0,
    )
    gallery = GalleryPageFactory(
        parent=sections["galleries"]["ru"],
        locale=ru,
        title="Открытие центра в Кулябе",
        intro="Фотографии дня открытия.",
    )
    GalleryImageFactory(
        page=gallery, locale=ru, alt_text="Посетители у входа", caption="", credit="Mission photo"
    )
    return SimpleNamespace(tg_project=tg_project, ru_event=ru_event, figure=figure, issue=issue)
