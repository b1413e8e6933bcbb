"""Tests `profile-wizard serve` over HTTP: its link, the token every request needs, where it
listens, and that the served app starts (the browser itself: test_serve_browser.py)."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

import aiohttp
import pyte
import pytest
from serving import EXE, serving


def status(url: str, cookie: str | None = None) -> tuple[int, str, dict[str, str]]:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), dict(exc.headers)


def listening(port: int) -> list[str]:
    """The local addresses (hex, as the kernel lists them) listening on `port`."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for row in Path(table).read_text().splitlines()[1:]:
            local, state = row.split()[1], row.split()[3]
            if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                found.append(local.rsplit(":", 1)[0])
    return found


def test_the_link_opens_the_page_and_nothing_opens_without_its_token() -> None:
    with serving() as s:
        assert s.link.startswith("http://127.0.0.1:") and len(s.token) >= 40
        code, page, headers = status(s.link)
        assert code == 200 and 'id="terminal"' in page
        cookie = headers["Set-Cookie"]
        assert f"={s.token}" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert "https://" not in page and "http://" not in page.split("-->", 1)[1]
        jar = cookie.split(";", 1)[0]
        for path in ("", "static/js/textual.js", "ws", "download/x", "nowhere"):
            code, body, _ = status(s.base + path)
            assert code == 403 and "Refused" in body, path
            assert status(f"{s.base}{path}?token=wrong{s.token[5:]}")[0] == 403
            assert status(s.base + path, cookie=f"{jar.split('=')[0]}=nope")[0] == 403
        assert status(s.base + "static/js/textual.js", cookie=jar)[0] == 200
        assert status(s.base + "download/x", cookie=jar)[0] == 404  # let in; no such download


def test_it_listens_on_127_0_0_1_only() -> None:
    with serving() as s:
        assert listening(s.port) == ["0100007F"]
        others = {a[4][0] for a in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
        for address in others - {"127.0.0.1"}:
            with pytest.raises(OSError), socket.create_connection((address, s.port), timeout=2):
                pass


async def test_the_websocket_needs_the_token_and_runs_the_app() -> None:
    with serving() as s:
        # unsafe: a jar that keeps cookies of an IP address, as a browser does
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await http.ws_connect(s.base + "ws")
            assert refused.value.status == 403
            foreign = {"Origin": "http://evil.example", "Cookie": f"profile_wizard_{s.port}="
                       f"{s.token}"}
            with pytest.raises(aiohttp.WSServerHandshakeError):
                await http.ws_connect(s.base + "ws", headers=foreign)
            async with http.get(s.link) as page:
                assert page.status == 200  # the session cookie is kept by the client
            async with http.ws_connect(s.base + "ws?width=100&height=30") as ws:
                screen = b""
                while b"Start a new profile" not in screen:
                    message = await ws.receive(timeout=30)
                    assert message.type == aiohttp.WSMsgType.BINARY, message
                    screen += message.data
                await ws.send_json(["stdin", "\x11"])  # Ctrl+Q: the app quits
                message = await ws.receive(timeout=30)
                while message.type == aiohttp.WSMsgType.BINARY:
                    message = await ws.receive(timeout=30)
                assert message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)


def test_a_port_in_use_is_one_line(tmp_path: Path) -> None:
    import subprocess

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([str(EXE), "serve", "--port", str(port)], capture_output=True,
                              text=True, timeout=30, check=False)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("profile-wizard: error: cannot listen on 127.0.0.1:")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


async def test_ctrl_c_ends_open_sessions_and_keeps_what_was_typed() -> None:
    import subprocess

    with serving() as s:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            async with http.get(s.link) as page:
                assert page.status == 200
            ws = await http.ws_connect(s.base + "ws?width=100&height=30")
            shown = await screen_shows(ws, "Start a new profile")
            await ws.send_json(["stdin", "\r"])  # the button has the focus: a new profile
            await screen_shows(ws, "My name is", shown)
            await ws.send_json(["stdin", "Ada Quist"])  # no example reads so
            await screen_shows(ws, "Hi, I'm Ada", shown)  # the preview has it
            # the block ends with the session open: serving() sends Ctrl+C to the group and
            # fails on a process left behind or a traceback
    listed = subprocess.run([str(EXE), "profiles", "list"], capture_output=True, text=True,
                            timeout=30, check=False)
    assert "Ada Quist" in listed.stdout, listed


async def screen_shows(ws: aiohttp.ClientWebSocketResponse, needle: str,
                       screen: pyte.Screen | None = None, timeout: float = 30) -> pyte.Screen:
    """Read the app's output until its screen (kept by a terminal emulator) shows `needle`."""
    screen = screen or pyte.Screen(100, 30)
    stream = pyte.ByteStream(screen)
    deadline = time.monotonic() + timeout
    while needle not in "\n".join(screen.display):
        left = deadline - time.monotonic()
        assert left > 0, f"never shown: {needle!r}\n" + "\n".join(screen.display)
        message = await ws.receive(timeout=left)
        assert message.type == aiohttp.WSMsgType.BINARY, message
        stream.feed(message.data)
    return screen
