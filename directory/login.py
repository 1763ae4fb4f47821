"""Staff sign-in throttling that counts failures per username and keeps nothing else."""

from axes.handlers.database import AxesDatabaseHandler


def no_address(request) -> None:
    """Axes asks for the client's address: there is none to give."""
    return None


def forget_device(request) -> None:
    request.axes_ip_address = None
    request.axes_user_agent = ""
    request.axes_http_accept = ""
    request.axes_path_info = ""


class DevicelessHandler(AxesDatabaseHandler):
    """Axes' database handler, minus the browser, address and page it would record."""

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        if request is not None:
            forget_device(request)
        return super().user_login_failed(sender, credentials, request, **kwargs)

    def user_logged_in(self, sender, request, user, **kwargs):
        forget_device(request)
        return super().user_logged_in(sender, request, user, **kwargs)

    def user_logged_out(self, sender, request, user, **kwargs):
        forget_device(request)
        return super().user_logged_out(sender, request, user, **kwargs)
