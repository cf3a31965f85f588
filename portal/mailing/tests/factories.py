import factory

from portal.mailing.models import PRIVACY_POLICY_VERSION, Subscriber


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed English subscriber unless told otherwise."""

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    language = "en"
    status = Subscriber.Status.CONFIRMED
    consent_source = "/en/newsletters/"
    consent_policy_version = PRIVACY_POLICY_VERSION
    consent_at = factory.Faker("past_datetime", tzinfo=factory.Faker("pytimezone"))
    confirmed_at = factory.SelfAttribute("consent_at")

    class Meta:
        model = Subscriber
