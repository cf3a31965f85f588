import factory
from wagtail.models import Locale

from portal.taxonomy.models import Organization, Place, ThematicArea


def default_locale():
    return Locale.objects.get_or_create(language_code="en")[0]


class TaxonomyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Entry {n}")
    slug = factory.Sequence(lambda n: f"entry-{n}")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        abstract = True


class ThematicAreaFactory(TaxonomyFactory):
    class Meta:
        model = ThematicArea


class PlaceFactory(TaxonomyFactory):
    class Meta:
        model = Place


class OrganizationFactory(TaxonomyFactory):
    class Meta:
        model = Organization
