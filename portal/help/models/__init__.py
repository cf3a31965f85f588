from .fields import ChoiceListField
from .guides import GuidePage, QuestionBlock
from .hotlines import Country, Hotline
from .index import HelpIndexPage
from .reports import NumberReport, Problem, ReportForm, ReportStatus
from .services import STALE_AFTER, ServiceChannel, ServiceHours, ServicePage

__all__ = [
    "STALE_AFTER",
    "ChoiceListField",
    "Country",
    "GuidePage",
    "HelpIndexPage",
    "Hotline",
    "NumberReport",
    "Problem",
    "QuestionBlock",
    "ReportForm",
    "ReportStatus",
    "ServiceChannel",
    "ServiceHours",
    "ServicePage",
]
