"""Order notifications by several channels that share a base class."""


class Notifier:
    """Formats, sends and remembers messages for one recipient."""

    def __init__(self, recipient: str) -> None:
        raise NotImplementedError("Notifier.__init__")

    def format(self, message: str) -> str:
        """``'To <recipient>: <message>'``."""
        raise NotImplementedError("Notifier.format")

    def send(self, message: str) -> str:
        """Format ``message`` with ``self.format``, remember it in ``sent`` and return it."""
        raise NotImplementedError("Notifier.send")


class EmailNotifier(Notifier):
    """A notifier whose messages start with ``[<subject>] ``."""

    def __init__(self, recipient: str, subject: str = "Update") -> None:
        raise NotImplementedError("EmailNotifier.__init__")

    def format(self, message: str) -> str:
        raise NotImplementedError("EmailNotifier.format")


class SmsNotifier(Notifier):
    """A notifier whose messages are cut to ``max_length`` characters."""

    max_length = 40

    def format(self, message: str) -> str:
        raise NotImplementedError("SmsNotifier.format")


def notify_all(notifiers: list[Notifier], message: str) -> list[str]:
    """Send ``message`` through every notifier, in order; the texts they sent."""
    raise NotImplementedError("notify_all")
