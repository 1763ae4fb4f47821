"""Demo staff accounts, so a newcomer can try the admin, two-factor sign-in included."""

import io
import secrets
from base64 import b32encode

import segno
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from directory.models import Membership, MembershipRole, Organisation

BACKUP_CODES = 5


class Command(BaseCommand):
    help = (
        "Create (or reset) a demo superuser and a demo editor for one demo organisation, "
        "with new passwords and two-factor devices, and print how to sign in."
    )

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        organisation = Organisation.objects.filter(is_demo=True).order_by("pk").first()
        if organisation is None:
            raise CommandError("Load the demo data first: python manage.py load_demo")
        self.stdout.write("Demo staff accounts (demo data only; never use these on a real site).")
        self.account("demo-admin", superuser=True)
        editor = self.account("demo-editor", superuser=False)
        Membership.objects.update_or_create(
            user=editor, organisation=organisation, defaults={"role": MembershipRole.EDITOR}
        )
        self.stdout.write(f"demo-editor may edit only: {organisation.name}\n")

    def account(self, username: str, *, superuser: bool):
        password = secrets.token_urlsafe(15)
        user, _created = get_user_model().objects.update_or_create(
            username=username,
            defaults={"is_staff": True, "is_superuser": superuser, "is_active": True},
        )
        user.set_password(password)
        user.save()
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        totp = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
        backup = StaticDevice.objects.create(user=user, name="Backup codes", confirmed=True)
        codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
        for code in codes:
            backup.token_set.create(token=code)

        self.stdout.write(f"\n{username}  password: {password}")
        self.stdout.write(f"  Add this to an authenticator app (secret {self.base32(totp)}):")
        picture = io.StringIO()
        segno.make(totp.config_url, error="l").terminal(out=picture, compact=True)
        self.stdout.write(picture.getvalue(), ending="")
        self.stdout.write(f"  or sign in with a one-time backup code: {', '.join(codes)}")
        return user

    @staticmethod
    def base32(device: TOTPDevice) -> str:
        return b32encode(device.bin_key).decode()
