import pytest
from notification_channels_inheritance import EmailNotifier, Notifier, SmsNotifier, notify_all

PHONE = "+33 6 12 34 56 78"


@pytest.mark.task(taskno=1)
def test_notifier_formats_sends_and_remembers() -> None:
    basic = Notifier("ana@example.com")
    assert basic.recipient == "ana@example.com", "the recipient is stored"
    assert basic.sent == [], "nothing sent yet"
    got = basic.send("Your order has shipped")
    assert got == "To ana@example.com: Your order has shipped", f"got {got!r}"
    assert basic.sent == [got], f"send remembers the text, sent is {basic.sent!r}"


@pytest.mark.task(taskno=1)
def test_notifiers_keep_their_own_lists() -> None:
    first, second = Notifier("a@example.com"), Notifier("b@example.com")
    first.send("hello")
    assert second.sent == [], f"the second notifier sent nothing, got {second.sent!r}"


@pytest.mark.task(taskno=2)
def test_email_notifier_is_a_notifier_with_a_subject() -> None:
    mail = EmailNotifier("ana@example.com", subject="Shipping")
    assert isinstance(mail, Notifier), "EmailNotifier must be a subclass of Notifier"
    assert (mail.recipient, mail.subject, mail.sent) == ("ana@example.com", "Shipping", []), (
        "the parent's __init__ sets recipient and sent; EmailNotifier adds subject"
    )
    assert "send" not in EmailNotifier.__dict__, "EmailNotifier uses the inherited send"


@pytest.mark.task(taskno=2)
def test_email_notifier_adds_the_subject_in_front() -> None:
    mail = EmailNotifier("ana@example.com", subject="Shipping")
    got = mail.send("Your order has shipped")
    assert got == "[Shipping] To ana@example.com: Your order has shipped", f"got {got!r}"
    assert mail.sent == [got], "the inherited send remembers the e-mail text"
    assert EmailNotifier("bo@example.com").format("Hi") == "[Update] To bo@example.com: Hi", (
        "the default subject is 'Update'"
    )


@pytest.mark.task(taskno=3)
def test_sms_cuts_long_texts_to_max_length() -> None:
    sms = SmsNotifier(PHONE)
    assert isinstance(sms, Notifier), "SmsNotifier must be a subclass of Notifier"
    got = sms.send("Your order has shipped")
    assert got == "To +33 6 12 34 56 78: Your order has sh…", f"got {got!r}"
    assert len(got) == 40, f"a cut text is exactly max_length long, got {len(got)}"
    assert sms.sent == [got], "the inherited send remembers the cut text"


@pytest.mark.task(taskno=3)
def test_sms_leaves_short_texts_alone() -> None:
    sms = SmsNotifier(PHONE)
    text = "x" * (40 - len(f"To {PHONE}: "))
    got = sms.format(text)
    assert got == f"To {PHONE}: {text}", f"exactly 40 characters is not too long, got {got!r}"
    assert sms.format("Hi") == f"To {PHONE}: Hi", "a short text is not cut"


@pytest.mark.task(taskno=3)
def test_sms_max_length_is_a_class_attribute() -> None:
    assert SmsNotifier.max_length == 40, "max_length = 40 is set on the class"
    sms = SmsNotifier("12")
    sms.max_length = 10
    assert sms.format("hello there") == "To 12: he…", "the limit is read from self.max_length"
    assert SmsNotifier("12").max_length == 40, "other notifiers keep the class's limit"


@pytest.mark.task(taskno=4)
def test_notify_all_uses_each_notifiers_format() -> None:
    notifiers = [Notifier("a@x.io"), EmailNotifier("b@x.io", "Order"), SmsNotifier("555")]
    got = notify_all(notifiers, "Shipped")
    assert got == ["To a@x.io: Shipped", "[Order] To b@x.io: Shipped", "To 555: Shipped"], (
        f"each notifier formats its own way, got {got}"
    )
    assert [n.sent for n in notifiers] == [[t] for t in got], "every notifier remembers"
    assert notify_all([], "Shipped") == [], "no notifiers, nothing sent"
