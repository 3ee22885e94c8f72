"""Security headers on every response, and ``HEAD`` answered wherever ``GET`` is.

The headers hold even in single-learner mode: nothing but the app's own files runs in its
pages (no inline script, no other origin), no other site can frame a page (clickjacking a
"Save to workspace" click), browsers never guess a content type, and the learner's local
addresses are never sent to the sites that resources link to. (``same-origin``, not
``no-referrer``: with the latter a browser sends ``Origin: null`` on the app's own form
posts, which the cross-site guard refuses.)
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CONTENT_SECURITY_POLICY", "SecureResponses"]

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        # Inline styles only: CodeMirror and Swagger UI set style attributes.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)

_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecureResponses:
    """Adds the security headers to every HTTP response (errors and refusals included) and
    answers ``HEAD`` as ``GET`` without the body (same status, headers and length).

    One layer for both: it runs on every request, so it costs one wrapper, not two. The app
    itself never sets these headers, so they are appended without a lookup.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                headers.extend(_HEADERS)
                message["headers"] = headers
            elif head:
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        if head:
            scope = {**scope, "method": "GET"}
        await self.app(scope, receive, send_secured)
