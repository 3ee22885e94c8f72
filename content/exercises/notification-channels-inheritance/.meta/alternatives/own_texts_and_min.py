"""The e-mail notifier writes its whole text itself instead of calling the parent's
``format``; the SMS cut is computed with ``min`` and one slice."""


class Notifier:
    def __init__(self, recipient: str) -> None:
        self.recipient = recipient
        self.sent: list[str] = []

    def format(self, message: str) -> str:
        return "To " + self.recipient + ": " + message

    def send(self, message: str) -> str:
        self.sent.append(self.format(message))
        return self.sent[-1]


class EmailNotifier(Notifier):
    def __init__(self, recipient: str, subject: str = "Update") -> None:
        self.subject = subject
        super().__init__(recipient)

    def format(self, message: str) -> str:
        return f"[{self.subject}] To {self.recipient}: {message}"


class SmsNotifier(Notifier):
    max_length = 40

    def format(self, message: str) -> str:
        text = super().format(message)
        too_long = len(text) > self.max_length
        keep = min(len(text), self.max_length - 1)
        return text[:keep] + "…" if too_long else text


def notify_all(notifiers: list[Notifier], message: str) -> list[str]:
    texts = []
    for notifier in notifiers:
        texts.append(notifier.send(message))
    return texts
