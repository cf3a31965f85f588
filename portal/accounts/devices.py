"""The user's second factors, through django-otp: one authenticator (TOTP) and a set of
single-use backup codes (django-otp's static tokens)."""

import logging
from base64 import b32encode

import qrcode
import qrcode.image.svg
from django.db import transaction
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

logger = logging.getLogger("portal.accounts")

BACKUP_CODE_COUNT = 10
DEVICE_NAME = "Authenticator"
BACKUP_NAME = "Backup codes"


def pending_authenticator(user) -> TOTPDevice:
    """The authenticator being set up (unconfirmed until the user types a code from it)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def secret_for_people(device: TOTPDevice) -> str:
    """The secret as an app asks for it when typed in: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device: TOTPDevice, label: str) -> str:
    """The otpauth:// address as an inline SVG QR code (drawn here, no outside service)."""
    image = qrcode.make(
        device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=8
    )
    svg = image.to_string(encoding="unicode")
    # Named for screen readers; the secret is also printed beside it.
    return mark_safe(
        svg.replace("<svg ", format_html('<svg role="img" aria-label="{}" ', label), 1)
    )


@transaction.atomic
def confirm_authenticator(device: TOTPDevice) -> list[str]:
    """Make `device` the user's only authenticator and give them fresh backup codes."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    logger.info("Two-factor login set up for user %s", device.user.get_username())
    return new_backup_codes(device.user)


@transaction.atomic
def new_backup_codes(user) -> list[str]:
    """Replace the user's backup codes; the old ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    static = StaticDevice.objects.create(user=user, name=BACKUP_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
    return codes


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def verify_code(user, code: str):
    """The device that accepts `code` (each device is locked while it checks, so a code
    is used once), or None. Wrong codes slow the devices down (django-otp throttling)."""
    with transaction.atomic():
        for device in devices_for_user(user, for_verify=True):
            if device.verify_token(code):
                return device
    return None


def throttled(user) -> bool:
    """True while every device refuses to check codes after too many wrong ones."""
    devices = list(devices_for_user(user))
    return bool(devices) and all(not device.verify_is_allowed()[0] for device in devices)


def remove_second_factor(user) -> None:
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    logger.info("Two-factor login removed for user %s", user.get_username())
