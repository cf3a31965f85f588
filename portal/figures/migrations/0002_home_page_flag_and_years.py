"""Key figures get a "show on the home page" flag, and every figure a year.

The year becomes required (0003). Figures saved without one get it, in this order:
from a translation of the same figure that has one; from the demo content when the
label is one of the demo's (frozen below, as it was when the year became required);
from a year named in the source (name or address); from a year named in the label;
else the current year, for an editor to check.
"""

import datetime
import re

from django.db import migrations, models

YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")

# The demo's figures (tools/demo/content/figures.yaml): label -> year.
DEMO_YEARS = {
    "of gross domestic product came from personal remittances": 2024,
    "migrants and family members advised by Migrant Resource Centres": 2025,
    "survivors of trafficking received shelter, medical and legal help": 2025,
    "border crossing points refurbished and equipped since 2019": 2025,
    "citizens left the country for work abroad (preliminary)": 2024,
    "валового внутреннего продукта составили денежные переводы": 2024,
    "мигрантов и членов их семей получили консультации в ресурсных центрах": 2025,
    "пострадавших от торговли людьми получили приют, медицинскую и юридическую помощь": 2025,
    "пунктов пропуска через границу отремонтированы и оснащены с 2019 года": 2025,
    "граждан выехали на работу за рубеж (предварительные данные)": 2024,
    "маҷмӯи маҳсулоти дохилиро интиқоли пули шахсӣ ташкил дод": 2024,
    "муҳоҷирон ва аъзои оилаашон дар марказҳои захиравӣ машварат гирифтанд": 2025,
    "ҷабрдидагони савдои одамон паноҳгоҳ, кӯмаки тиббӣ ва ҳуқуқӣ гирифтанд": 2025,
    "гузаргоҳҳои сарҳадӣ аз соли 2019 таъмир ва муҷаҳҳаз карда шуданд": 2025,
    "шаҳрвандон барои кор ба хориҷа рафтанд (маълумоти пешакӣ)": 2024,
}


def _named_year(*texts):
    for text in texts:
        years = [int(y) for y in YEAR.findall(text or "")]
        if years:
            return max(years)
    return None


def year_for(figure, known_by_key):
    return (
        known_by_key.get(figure.translation_key)
        or DEMO_YEARS.get(figure.label.strip())
        or _named_year(figure.source_name, figure.source_url)
        or _named_year(figure.label)
        or datetime.date.today().year
    )


def fill_missing_years(apps, schema_editor):
    KeyFigure = apps.get_model("figures", "KeyFigure")
    missing = list(KeyFigure.objects.filter(year__isnull=True))
    if not missing:
        return
    known_by_key = dict(
        KeyFigure.objects.exclude(year__isnull=True)
        .order_by("pk")
        .values_list("translation_key", "year")
    )
    for figure in missing:
        figure.year = year_for(figure, known_by_key)
        known_by_key.setdefault(figure.translation_key, figure.year)
        KeyFigure.objects.filter(pk=figure.pk).update(year=figure.year)


class Migration(migrations.Migration):
    dependencies = [("figures", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="keyfigure",
            name="on_home_page",
            field=models.BooleanField(default=False, verbose_name="show on the home page"),
        ),
        migrations.AddField(
            model_name="keyfigure",
            name="home_order",
            field=models.PositiveSmallIntegerField(
                default=0, verbose_name="order on the home page"
            ),
        ),
        migrations.RunPython(fill_missing_years, migrations.RunPython.noop),
    ]
