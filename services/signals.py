"""Keep every service's stored firewall status right when a record it depends on changes.

These live here rather than in the directory models' save() because the directory app must
not know about services (imports flow services → directory, never back).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from directory.models import Organisation, Site
from services.models import Service


@receiver(post_save, sender=Organisation)
def organisation_saved(sender, instance: Organisation, raw: bool = False, **kwargs) -> None:
    if not raw:
        instance.services.all().refresh_derived()


@receiver(post_save, sender=Site)
def site_saved(sender, instance: Site, raw: bool = False, **kwargs) -> None:
    if not raw:
        instance.services.all().refresh_derived()


@receiver(post_delete, sender=Site)
def site_deleted(sender, instance: Site, **kwargs) -> None:
    # The link rows are gone by now; a service's sites belong to its own organisation.
    Service.objects.filter(organisation_id=instance.organisation_id).refresh_derived()


@receiver(m2m_changed, sender=Service.sites.through)
def service_sites_changed(sender, instance, action: str, reverse: bool, **kwargs) -> None:
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if reverse:
        # Changed from the site's side: after a clear the site no longer knows its services.
        Service.objects.filter(organisation_id=instance.organisation_id).refresh_derived()
    else:
        Service.objects.filter(pk=instance.pk).refresh_derived()
