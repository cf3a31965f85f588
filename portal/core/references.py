"""Which translatable snippets an object refers to, and in which language.

References are followed wherever a page keeps them: foreign keys, many-to-many fields,
StreamField blocks and the foreign keys of inline (child) objects. Pages keep their
references in their own language, so a Russian page lists the Russian thematic
areas, not the English ones (`localize_references`, called when a revision is saved).
`pages_referring_to` answers the opposite question: which pages show an object.
"""

from collections.abc import Iterator

from django.contrib.contenttypes.models import ContentType
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.fields import StreamField
from wagtail.models import Page, ReferenceIndex, TranslatableMixin


def _is_translatable_snippet(model) -> bool:
    return issubclass(model, TranslatableMixin) and not issubclass(model, Page)


def _referenced_by_fields(instance) -> Iterator[models.Model]:
    for field in instance._meta.get_fields():
        related = getattr(field, "related_model", None)
        if isinstance(field, StreamField):
            value = field.value_from_object(instance)
            for model, pk, _path, _content in field.extract_references(value or []):
                if _is_translatable_snippet(model):
                    obj = model.objects.filter(pk=pk).first()
                    if obj is not None:
                        yield obj
        elif related is None or not _is_translatable_snippet(related):
            continue
        elif isinstance(field, models.ForeignKey) and not isinstance(field, ParentalKey):
            obj = getattr(instance, field.name)
            if obj is not None:
                yield obj
        elif isinstance(field, models.ManyToManyField):
            yield from getattr(instance, field.name).all()


def translatable_references(instance) -> list[models.Model]:
    """The translatable snippets `instance` refers to, each once, in field order."""
    found = list(_referenced_by_fields(instance))
    if isinstance(instance, ClusterableModel):
        for relation in get_all_child_relations(instance):
            for child in getattr(instance, relation.get_accessor_name()).all():
                found.extend(_referenced_by_fields(child))
    unique = {}
    for obj in found:
        unique.setdefault((obj._meta.label_lower, obj.pk), obj)
    return list(unique.values())


def localize_references(instance) -> None:
    """Point `instance`'s foreign keys and many-to-many fields to translatable
    snippets at their version in the instance's own language, where there is one."""
    locale_id = instance.locale_id
    for field in instance._meta.get_fields():
        related = getattr(field, "related_model", None)
        if related is None or not _is_translatable_snippet(related):
            continue
        if isinstance(field, models.ForeignKey) and not isinstance(field, ParentalKey):
            current = getattr(instance, field.name)
            if current is not None and current.locale_id != locale_id:
                local = related.objects.filter(
                    translation_key=current.translation_key, locale_id=locale_id
                ).first()
                if local is not None:
                    setattr(instance, field.name, local)
        elif isinstance(field, ParentalManyToManyField):
            current = list(getattr(instance, field.name).all())
            foreign_keys = [obj.translation_key for obj in current if obj.locale_id != locale_id]
            if not foreign_keys:
                continue
            local = {
                obj.translation_key: obj
                for obj in related.objects.filter(
                    translation_key__in=foreign_keys, locale_id=locale_id
                )
            }
            setattr(instance, field.name, [local.get(obj.translation_key, obj) for obj in current])


def _pages_relating_by_fields(obj) -> set[int]:
    """Pages whose own foreign keys or many-to-many fields, or whose inline child
    objects' foreign keys, point at `obj` (hidden `related_name="+"` ones included)."""
    ids = set()
    for relation in obj._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and not relation.concrete and relation.is_relation):
            continue
        source = relation.related_model
        if not hasattr(relation, "field"):
            continue
        rows = source._base_manager.filter(**{relation.field.name: obj})
        if issubclass(source, Page):
            ids.update(rows.values_list("pk", flat=True))
            continue
        parent_link = next(
            (f for f in source._meta.get_fields() if isinstance(f, ParentalKey)), None
        )
        if parent_link is not None and issubclass(parent_link.related_model, Page):
            ids.update(rows.values_list(parent_link.attname, flat=True))
    return ids


def pages_referring_to(obj) -> set[int]:
    """Ids of the pages whose content refers to `obj` (a snippet, an image, a
    document): by field, through an inline object, or in a StreamField block (those
    come from Wagtail's reference index)."""
    ids = _pages_relating_by_fields(obj)
    page_type = ContentType.objects.get_for_model(Page)
    in_blocks = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type)
    ids.update(int(pk) for pk in in_blocks.values_list("object_id", flat=True))
    return ids
