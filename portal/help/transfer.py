"""The directory as CSV or XLSX: one row per service and language (django-import-export).

Rows are found by language and slug: a known pair updates that service, a new one
creates it under the help directory of its language, published. Opening hours and
contact channels are columns of their own in a short text form ("Mon-Fri
09:00-18:00", "+992 00 000 0101, +992 00 000 0102"). Every row is checked before
anything is saved; a file with one bad row changes nothing (the import runs in one
transaction, rolled back on any error) and each bad row is reported with its errors.
"""

import tablib
from django.core.exceptions import ValidationError
from import_export import fields, resources, widgets
from wagtail.models import Locale

from portal.taxonomy.models import Organization, Place

from . import hours
from .choices import Audience, Channel, Need
from .models import HelpIndexPage, ServiceChannel, ServiceHours, ServicePage

FORMATS = ("csv", "xlsx")
CHANNEL_KINDS = [kind for kind, _label in Channel.choices]


class ChoiceListWidget(widgets.Widget):
    """ "legal-aid, health-tb" <-> ["legal-aid", "health-tb"], unknown slugs refused."""

    def __init__(self, choices):
        super().__init__()
        self.known = [value for value, _label in choices]

    def clean(self, value, row=None, **kwargs):
        items = [item.strip() for item in str(value or "").split(",") if item.strip()]
        unknown = [item for item in items if item not in self.known]
        if unknown:
            raise ValueError(
                f"Unknown value(s): {', '.join(unknown)}. Known: {', '.join(self.known)}"
            )
        return items

    def render(self, value, obj=None, **kwargs):
        return ", ".join(value or [])


class LocalizedSlugWidget(widgets.ForeignKeyWidget):
    """A translatable snippet named by its slug, in the row's language."""

    def get_queryset(self, value, row, *args, **kwargs):
        return self.model.objects.filter(locale__language_code=row.get("language"))

    def clean(self, value, row=None, **kwargs):
        if not value:
            return None
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist as error:
            raise ValueError(
                f"No {self.model._meta.verbose_name} {value!r} in language {row.get('language')!r}"
            ) from error


class HoursField(fields.Field):
    def __init__(self):
        super().__init__(attribute="hours", column_name="hours")

    def save(self, instance, row, is_m2m=False, **kwargs):
        intervals = hours.parse_hours(str(row.get("hours") or ""))  # ValueError: row error
        instance.hours = [
            ServiceHours(weekday=i.weekday, opens=i.opens, closes=i.closes, sort_order=n)
            for n, i in enumerate(intervals)
        ]

    def export(self, instance, **kwargs):
        return hours.format_hours(row.interval for row in instance.hours.all())


class ChannelsField(fields.Field):
    """One column per kind of channel; several values separated by commas."""

    def __init__(self, kind):
        self.kind = kind
        super().__init__(attribute=f"channel_{kind}", column_name=kind)

    def save(self, instance, row, is_m2m=False, **kwargs):
        values = [v.strip() for v in str(row.get(self.kind) or "").split(",") if v.strip()]
        kept = [c for c in instance.channels.all() if c.kind != self.kind]
        added = [ServiceChannel(kind=self.kind, value=value) for value in values]
        instance.channels = kept + added

    def export(self, instance, **kwargs):
        return ", ".join(c.value for c in instance.channels.all() if c.kind == self.kind)


class ServiceResource(resources.ModelResource):
    language = fields.Field(attribute="locale__language_code", column_name="language")
    place = fields.Field(
        attribute="place", column_name="place", widget=LocalizedSlugWidget(Place, "slug")
    )
    provider = fields.Field(
        attribute="provider",
        column_name="provider",
        widget=LocalizedSlugWidget(Organization, "slug"),
    )
    needs = fields.Field(
        attribute="needs", column_name="needs", widget=ChoiceListWidget(Need.choices)
    )
    audiences = fields.Field(
        attribute="audiences", column_name="audiences", widget=ChoiceListWidget(Audience.choices)
    )
    hours = HoursField()

    class Meta:
        model = ServicePage
        fields = (
            "language", "slug", "title", "area", "place", "provider", "needs", "audiences",
            "summary", "address", "latitude", "longitude", "directions", "accessibility",
            "time_zone", "hours", "hours_note", "email", "languages", "free", "fees",
            "status", "checked_on", "checked_by",
        )  # fmt: skip
        export_order = (*fields[:16], *CHANNEL_KINDS, *fields[16:])
        import_id_fields = ("language", "slug")
        skip_unchanged = False
        clean_model_instances = True
        use_transactions = True

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        for kind in CHANNEL_KINDS:
            self.fields[kind] = ChannelsField(kind)

    def get_export_order(self):
        return self._meta.export_order

    def get_queryset(self):
        return (
            ServicePage.objects.select_related("locale", "place", "provider")
            .prefetch_related("hours", "channels")
            .order_by("locale__language_code", "area", "slug")
        )

    def before_import_row(self, row, **kwargs):
        # Spreadsheets give empty cells as None; the text columns want "".
        for key, value in row.items():
            if value is None:
                row[key] = ""
            elif isinstance(value, str):
                row[key] = value.strip()

    def get_instance(self, instance_loader, row):
        return ServicePage.objects.filter(
            locale__language_code=row.get("language"), slug=row.get("slug")
        ).first()

    def init_instance(self, row=None):
        locale = Locale.objects.filter(language_code=(row or {}).get("language")).first()
        if locale is None:
            raise ValidationError(
                {"language": f"Unknown language: {(row or {}).get('language')!r}"}
            )
        return ServicePage(locale=locale)

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        if field.column_name == "language":
            return  # read by get_instance and init_instance
        super().import_field(field, instance, row, is_m2m, **kwargs)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        # The fields are checked like a form's; the page's place in the tree (path,
        # depth, URL path) is Wagtail's to fill in, so only a taken slug is checked.
        errors = dict(import_validation_errors or {})
        tree_fields = ["path", "depth", "url_path", "draft_title", "translation_key", "locale"]
        try:
            instance.clean_fields(exclude=[*tree_fields, *errors])
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if instance.pk is None and instance.slug and "slug" not in errors:
            taken = ServicePage.objects.filter(locale=instance.locale, slug=instance.slug)
            if taken.exists():
                errors["slug"] = [f"Slug {instance.slug!r} is taken"]
        if errors:
            raise ValidationError(errors)

    def do_instance_save(self, instance, is_create):
        if is_create:
            parent = HelpIndexPage.objects.filter(locale=instance.locale).first()
            if parent is None:
                raise ValidationError({"language": "No help directory in this language"})
            parent.add_child(instance=instance)
        instance.save_revision().publish()


def read_dataset(upload, file_format: str) -> tablib.Dataset:
    """The uploaded file as rows; ValueError when it cannot be read as `file_format`."""
    if file_format not in FORMATS:
        raise ValueError(f"Unknown format: {file_format}")
    raw = upload.read()
    try:
        if file_format == "csv":
            return tablib.Dataset().load(raw.decode("utf-8-sig"), format="csv")
        return tablib.Dataset().load(raw, format="xlsx")
    except Exception as error:  # tablib raises whatever its parser raises
        raise ValueError(f"The file cannot be read as {file_format.upper()}") from error


def import_services(dataset, dry_run: bool):
    """Import (or only check, `dry_run`) the rows; the result lists every row's fate."""
    return ServiceResource().import_data(
        dataset,
        dry_run=dry_run,
        raise_errors=False,
        use_transactions=True,
        collect_failed_rows=True,
        rollback_on_validation_errors=True,
    )


def export_services(file_format: str) -> bytes | str:
    dataset = ServiceResource().export()
    return dataset.export(file_format)
