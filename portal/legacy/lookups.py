"""The portal's records an import refers to: places, organizations, newsletter
series, the mission's settings. Entries the portal does not know yet are created for
editors to review, linked to the same entry in other languages when there is one."""

from django.utils.text import slugify
from wagtail.models import Site

from portal.core.models import MissionSettings
from portal.newsletters.models import NewsletterSeries
from portal.taxonomy.gazetteer import gazetteer
from portal.taxonomy.models import Organization, Place

from .names import Known


class Lookups:
    """Create one per run: places and organizations are cached."""

    def __init__(self):
        self._taxonomy: dict = {}

    def place(self, known: Known, locale) -> Place:
        return self._snippet(Place, known, locale)

    def organization(self, known: Known, locale) -> Organization:
        return self._snippet(Organization, known, locale)

    def _snippet(self, model, known: Known, locale):
        cache_key = (model.__name__, known.slug, locale.pk)
        if cache_key not in self._taxonomy:
            obj = model.objects.filter(locale=locale, slug=known.slug).first()
            if obj is None:
                name = known.name(locale.language_code)
                obj = model.objects.filter(locale=locale, name__iexact=name).first()
            self._taxonomy[cache_key] = obj or _new_snippet(model, known, locale)
        return self._taxonomy[cache_key]

    @staticmethod
    def series(name: str, locale) -> NewsletterSeries:
        slug = slugify(name)[:100] or "newsletter"
        series = NewsletterSeries.objects.filter(locale=locale, slug=slug).first()
        if series is None:
            sibling = NewsletterSeries.objects.filter(slug=slug).first()
            extra = {"translation_key": sibling.translation_key} if sibling else {}
            series = NewsletterSeries.objects.create(name=name, slug=slug, locale=locale, **extra)
        return series

    @staticmethod
    def mission() -> MissionSettings:
        return MissionSettings.for_site(Site.objects.get(is_default_site=True))


def _new_snippet(model, known: Known, locale):
    """A place or organization unknown to the portal."""
    sibling = model.objects.filter(slug=known.slug).first()
    fields = {
        "name": known.name(locale.language_code)[:200],
        "slug": known.slug[:200],
        "locale": locale,
    }
    if sibling is not None:
        fields["translation_key"] = sibling.translation_key
    if model is Place:
        fields["region"] = gazetteer().region_name(known.region, locale.language_code)
    else:
        fields["acronym"] = known.acronym
        fields["organization_type"] = known.kind
    return model.objects.create(**fields)
