"""``SmsNotifier.format`` compares with the number 40 instead of ``self.max_length``.

It works until someone changes the limit on the class or on one notifier. The visible
tests change it on one notifier.
"""


class Notifier:
    """Formats, sends and remembers messages for one recipient."""

    def __init__(self, recipient: str) -> None:
        self.recipient = recipient
        self.sent: list[str] = []

    def format(self, message: str) -> str:
        """``'To <recipient>: <message>'``."""
        return f"To {self.recipient}: {message}"

    def send(self, message: str) -> str:
        """Format ``message`` with ``self.format``, remember it in ``sent`` and return it."""
        text = self.format(message)
        self.sent.append(text)
        return text


class EmailNotifier(Notifier):
    """A notifier whose messages start with ``[<subject>] ``."""

    def __init__(self, recipient: str, subject: str = "Update") -> None:
        super().__init__(recipient)
        self.subject = subject

    def format(self, message: str) -> str:
        return f"[{self.subject}] {super().format(message)}"


class SmsNotifier(Notifier):
    """A notifier whose messages are cut to ``max_length`` characters."""

    max_length = 40

    def format(self, message: str) -> str:
        text = super().format(message)
        if len(text) > 40:
            return text[:39] + "…"
        return text


def notify_all(notifiers: list[Notifier], message: str) -> list[str]:
    """Send ``message`` through every notifier, in order; the texts they sent."""
    return [notifier.send(message) for notifier in notifiers]
