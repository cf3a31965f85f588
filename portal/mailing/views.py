"""Reader-facing pages: subscribe, confirm, unsubscribe, preferences, erase."""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from . import subscriptions
from .forms import PreferencesForm, SubscribeForm
from .models import StaleConfirmation, Subscriber

SUBSCRIBE_RATE = "5/h"
# What a browser says about where a form was sent from (Fetch Metadata): our own
# pages, or the reader typing/bookmarking the address.
ALLOWED_FETCH_SITES = {"same-origin", "none"}


def _message(request, title, message, status=200, **extra):
    return render(
        request,
        "mailing/message.html",
        {"title": title, "message": message, **extra},
        status=status,
    )


def personal(view):
    """For pages reached by a subscriber's link, which show their address: kept by no
    cache (browser, proxy, the page cache) and out of search engines."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = "no-store"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapped


def _origin(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "http://[": matches nothing
        return ""
    return f"{parts.scheme}://{parts.netloc}".lower()


def is_cross_site(request) -> bool:
    """Whether the browser says the form was sent from another site. Browsers send
    Sec-Fetch-Site and Origin with every POST; a client that sends neither (an old
    browser, a script) is left to the rate limit and the per-address cooldown."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site.strip().lower() not in ALLOWED_FETCH_SITES:
        return True
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    own = {_origin(request.build_absolute_uri("/")), *map(_origin, settings.CSRF_TRUSTED_ORIGINS)}
    # "null" (a sandboxed or opaque origin) and anything unreadable count as foreign.
    return _origin(origin.strip()) not in own - {""}


# No CSRF token: the form is embedded in cached pages, which must hold nobody's
# token. Instead: cross-site posts are refused by the browser's own headers, and a
# forged subscription gains nothing (double opt-in, honeypot, per-IP rate limit,
# one mail per address per cooldown).
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    if request.method != "POST":
        return render(request, "mailing/subscribe.html", {"form": SubscribeForm()})
    if is_cross_site(request):
        return _message(
            request,
            _("Please subscribe on our site"),
            _(
                "This subscription was sent from another website, so we did not accept "
                "it. If you want our newsletter, please use the form on our site."
            ),
            status=403,
            subscribe_again=True,
        )
    # Counted on every POST, bots included, so flooding the form is throttled.
    if is_ratelimited(
        request, group="mailing-subscribe", key="ip", rate=SUBSCRIBE_RATE, increment=True
    ):
        return render(
            request,
            "mailing/subscribe.html",
            {"form": SubscribeForm(request.POST), "rate_limited": True},
            status=429,
        )
    form = SubscribeForm(request.POST)
    if form.is_spam:
        # Bots are told it worked so they do not adapt; nothing is kept.
        return HttpResponseRedirect(reverse("mailing:subscribe_done"))
    if not form.is_valid():
        return render(request, "mailing/subscribe.html", {"form": form})
    data = form.cleaned_data
    # The form's own address, known to the server: not a field the client could fill.
    subscriptions.subscribe(data["email"], data["language"], data.get("topics", []), request.path)
    return HttpResponseRedirect(reverse("mailing:subscribe_done"))


def subscribe_done(request):
    # The same answer for new, pending and confirmed addresses: no enumeration.
    return _message(
        request,
        _("Check your inbox"),
        _(
            "If the address you entered can receive our newsletter, a message is on its "
            "way to it. To complete your subscription, follow the link in that message "
            "within 7 days."
        ),
    )


@personal
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, key):
    """GET shows a button; the POST confirms, so that mail scanners that open
    links do not subscribe anyone."""
    try:
        subscriber = Subscriber.from_confirmation_key(key)
    except signing.SignatureExpired:
        return _message(
            request,
            _("This link has expired"),
            _("Confirmation links are valid for 7 days. Please subscribe again."),
            status=400,
            subscribe_again=True,
        )
    except StaleConfirmation:
        return _message(
            request,
            _("This link no longer works"),
            _(
                "This address was unsubscribed after the link was sent, so the link "
                "cannot subscribe it again. If you want our newsletter again, please "
                "subscribe again."
            ),
            status=400,
            subscribe_again=True,
        )
    except (signing.BadSignature, Subscriber.DoesNotExist):
        return _message(
            request,
            _("This link is not valid"),
            _("Please check that you copied the whole link, or subscribe again."),
            status=400,
            subscribe_again=True,
        )
    if request.method == "POST":
        subscriber.confirm()
        return HttpResponseRedirect(
            reverse("mailing:preferences", args=[subscriber.token]) + "?confirmed=1"
        )
    return render(request, "mailing/confirm.html", {"subscriber": subscriber})


def _subscriber_or_none(token):
    return Subscriber.objects.filter(token=token).first()


def _invalid_link(request):
    return _message(
        request,
        _("This link is not valid"),
        _("The subscription it belonged to no longer exists or the link is incomplete."),
        status=404,
    )


@csrf_exempt  # RFC 8058 one-click: mail clients POST without a CSRF token; the token in the URL authorises
@personal
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    subscriber = _subscriber_or_none(token)
    if subscriber is None:
        return _invalid_link(request)
    if request.method == "POST":
        subscriber.unsubscribe()
        return _message(
            request,
            _("You are unsubscribed"),
            _("You will receive no more newsletters from us at this address."),
            preferences_url=reverse("mailing:preferences", args=[token]),
        )
    return render(request, "mailing/unsubscribe.html", {"subscriber": subscriber})


@personal
@require_http_methods(["GET", "HEAD", "POST"])
def preferences(request, token):
    subscriber = _subscriber_or_none(token)
    if subscriber is None:
        return _invalid_link(request)
    initial = {"language": subscriber.language, "topics": subscriber.topics}
    form = PreferencesForm(request.POST or None, initial=initial)
    saved = False
    if request.method == "POST" and form.is_valid():
        subscriber.language = form.cleaned_data["language"]
        subscriber.topics = form.cleaned_data.get("topics", [])
        subscriber.save(update_fields=["language", "topics"])
        saved = True
    return render(
        request,
        "mailing/preferences.html",
        {
            "subscriber": subscriber,
            "form": form,
            "saved": saved,
            "confirmed": request.GET.get("confirmed") == "1",
        },
    )


@personal
@require_http_methods(["GET", "HEAD", "POST"])
def erase(request, token):
    subscriber = _subscriber_or_none(token)
    if subscriber is None:
        return _invalid_link(request)
    if request.method == "POST":
        subscriber.erase()
        return _message(
            request,
            _("Your data has been deleted"),
            _("We no longer hold your e-mail address or your preferences."),
        )
    return render(request, "mailing/erase.html", {"subscriber": subscriber})
