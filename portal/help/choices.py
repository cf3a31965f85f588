"""The help directory's fixed vocabularies: where (regions of Tajikistan and the
countries where migrants work), what for (needs), for whom (audiences).

Fixed in code rather than edited as snippets: readers' filter links (`?need=legal-aid`)
and the CSV columns use these slugs in every language, and each has a translated label.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Area:
    slug: str
    label: str | Promise
    country: str  # ISO 3166-1 alpha-2
    time_zone: str  # the usual zone of services there (a service may say otherwise)
    abroad: bool = False


AREAS = (
    Area("dushanbe", _("Dushanbe"), "TJ", "Asia/Dushanbe"),
    Area("sughd", _("Sughd"), "TJ", "Asia/Dushanbe"),
    Area("khatlon", _("Khatlon"), "TJ", "Asia/Dushanbe"),
    Area("gbao", _("Gorno-Badakhshan (GBAO)"), "TJ", "Asia/Dushanbe"),
    Area("drs", _("Districts of Republican Subordination"), "TJ", "Asia/Dushanbe"),
    Area("russia", _("Russia"), "RU", "Europe/Moscow", abroad=True),
    Area("kazakhstan", _("Kazakhstan"), "KZ", "Asia/Almaty", abroad=True),
    Area("turkiye", _("Türkiye"), "TR", "Europe/Istanbul", abroad=True),
)
AREAS_BY_SLUG = {area.slug: area for area in AREAS}
AREA_CHOICES = [(area.slug, area.label) for area in AREAS]

# Zones editors may choose for a service's opening hours.
TIME_ZONE_CHOICES = [
    ("Asia/Dushanbe", _("Tajikistan (Dushanbe)")),
    ("Europe/Moscow", _("Moscow")),
    ("Asia/Yekaterinburg", _("Yekaterinburg")),
    ("Asia/Novosibirsk", _("Novosibirsk")),
    ("Asia/Almaty", _("Kazakhstan (Almaty)")),
    ("Europe/Istanbul", _("Türkiye (Istanbul)")),
]


class Need(models.TextChoices):
    LEGAL_AID = "legal-aid", _("Legal aid")
    HEALTH_HIV = "health-hiv", _("Health: HIV")
    HEALTH_TB = "health-tb", _("Health: tuberculosis")
    HEALTH_GENERAL = "health-general", _("Health: general")
    TRAFFICKING = "counter-trafficking", _("Counter-trafficking and victims' assistance")
    EMPLOYMENT = "employment", _("Employment and pre-departure")
    DOCUMENTS = "documents", _("Documents and consular help")
    PSYCHOSOCIAL = "psychosocial", _("Psychosocial support")
    SHELTER = "shelter", _("Shelter")
    RETURN = "return", _("Return and reintegration")
    MONEY = "money", _("Money and remittances")


class Audience(models.TextChoices):
    BEFORE_DEPARTURE = "before-departure", _("Before departure")
    ABROAD = "abroad", _("Migrants abroad")
    RETURNEES = "returnees", _("Returnees")
    FAMILIES = "families", _("Families at home")
    TRAFFICKING_VICTIMS = "trafficking-victims", _("Victims of trafficking")
    WOMEN = "women", _("Women")
    CHILDREN = "children", _("Children")


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")
    CLOSED = "closed", _("Closed")


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone")
    WHATSAPP = "whatsapp", "WhatsApp"
    TELEGRAM = "telegram", "Telegram"
    VIBER = "viber", "Viber"
    IMO = "imo", "IMO"
    SIGNAL = "signal", "Signal"
    WEBSITE = "website", _("Website")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")
