from django.utils import translation

from portal.core.models import MissionSettings


def test_name_and_address_follow_the_language_with_english_fallback():
    mission = MissionSettings(
        mission_name="Mission", mission_name_ru="Миссия", address="1 Main St", address_tg=""
    )
    with translation.override("ru"):
        assert mission.name == "Миссия"
        assert mission.postal_address == "1 Main St"
    with translation.override("tg"):
        assert mission.name == "Mission"
    with translation.override("en"):
        assert mission.name == "Mission"
