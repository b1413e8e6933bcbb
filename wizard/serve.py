"""Provides `profile-wizard serve`: the wizard in a browser tab, through textual-serve.

Each browser tab gets its own app process (wizard.served). Only the link printed at start
opens it: it carries a token of 256 random bits, and the page it opens sets a cookie with the
same token for the page's own requests (its scripts, its websocket, its downloads). A request
with neither is refused with 403, whatever its path. The server listens on 127.0.0.1 unless
told otherwise; docs/serve.md says how to reach it from another machine safely.
"""

from __future__ import annotations

import asyncio
import hmac
import secrets
import shlex
import signal
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from textual_serve.server import Server

from wizard.core.words import interface_language, words

PAGE = Path(__file__).resolve().parent / "data" / "serve" / "index.html"
LOOPBACK = ("127.0.0.1", "::1", "localhost")


class TokenServer(Server):
    """textual-serve's server behind a token, with our own page (no request to another site)."""

    def __init__(self, host: str, port: int, token: str | None = None) -> None:
        command = f"{shlex.quote(sys.executable)} -m wizard.served"
        super().__init__(command, host=host, port=port, title="profile-wizard")
        self.token = token or secrets.token_urlsafe(32)
        self.cookie = f"profile_wizard_{port}"
        self.lang = interface_language()
        self.sessions: set[asyncio.Task[object]] = set()

    def allowed(self, request: web.Request) -> bool:
        """Whether the request carries the token, in its address or its cookie."""
        given = [request.query.get("token"), request.cookies.get(self.cookie)]
        return any(g is not None and hmac.compare_digest(g.encode(), self.token.encode())
                   for g in given)

    @web.middleware
    async def guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        say = words(self.lang)
        if not self.allowed(request):
            return web.Response(status=403, text=say("serve.refused") + "\n")
        origin = request.headers.get("Origin")
        if origin is not None and urlsplit(origin).netloc != request.host:
            # a page of another site that somehow holds the cookie may not drive the app
            return web.Response(status=403, text=say("serve.refused") + "\n")
        response: web.StreamResponse = await handler(request)
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self.guard])
        app.add_routes([
            web.get("/", self.page),
            web.get("/ws", self.session),
            web.get("/download/{key}", self.handle_download),
            web.static("/static", self.statics_path),
        ])
        app.on_shutdown.append(self.end_sessions)
        return app

    async def session(self, request: web.Request) -> web.StreamResponse:
        """One tab's app (textual-serve's websocket handler), known so that Ctrl+C ends it."""
        task = asyncio.current_task()
        assert task is not None
        self.sessions.add(task)
        try:
            return await self.handle_websocket(request)
        finally:
            self.sessions.discard(task)

    async def end_sessions(self, app: web.Application) -> None:
        """Ctrl+C: each tab's app is told to quit (it keeps what was typed), its page closed."""
        for task in list(self.sessions):
            task.cancel()
        if self.sessions:
            await asyncio.wait(list(self.sessions), timeout=10)

    async def page(self, request: web.Request) -> web.Response:
        """The page with the terminal; it sets the cookie that the page's requests carry."""
        from jinja2 import Environment

        say = words(self.lang)
        html = Environment(autoescape=True).from_string(PAGE.read_text(encoding="utf-8"))
        font_size = request.query.get("fontsize", "16")
        response = web.Response(content_type="text/html", text=html.render(
            lang=self.lang, title=say("serve.page_title"), starting=say("serve.starting"),
            ended=say("serve.ended"), restart=say("serve.restart"),
            font_size=int(font_size) if font_size.isdigit() and len(font_size) < 3 else 16))
        secure = request.secure or request.headers.get("X-Forwarded-Proto") == "https"
        response.set_cookie(self.cookie, self.token, httponly=True, samesite="Strict",
                            secure=secure, path="/")
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' "
            "'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:; "
            "frame-ancestors 'none'")
        return response


def url(host: str, port: int, token: str) -> str:
    """The link to open: the only way in."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/?token={token}"


async def _serve(server: TokenServer, announce: Any) -> None:
    # no access log: the first request's address carries the token
    runner = web.AppRunner(await server._make_app(), handle_signals=False, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, server.host, server.port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):  # before the link is out: Ctrl+C may follow
        loop.add_signal_handler(sig, stop.set)
    try:
        await site.start()
        announce(runner.addresses[0][1])
        await stop.wait()
    finally:
        # each tab's app is told to quit and keeps what was typed (wizard.tui.app.exit)
        await runner.cleanup()


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until Ctrl+C; the link is printed once the port is open."""
    import logging

    from wizard.cli_output import output

    logging.basicConfig(level=logging.WARNING, format="profile-wizard serve: %(message)s")
    say = words(interface_language())
    server = TokenServer(host, port)

    def announce(bound: int) -> None:
        server.cookie = f"profile_wizard_{bound}"
        output(say("serve.running", url=url(host, bound, server.token)))
        output(say("serve.keep_link"))
        if host not in LOOPBACK:
            output(say("serve.not_loopback", host=host))

    asyncio.run(_serve(server, announce))
