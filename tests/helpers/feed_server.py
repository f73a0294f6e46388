"""Provides a feed server on 127.0.0.1 for the subscription tests, and the feeds it serves.

:class:`FeedServer` runs a threading HTTP server on a free loopback port,
records every request (path and headers) and answers each path from
:data:`ROUTES`: RSS and Atom feeds with an ETag (304 when it matches), a 500,
a slow body, a redirect loop, an HTML page, a 50 MiB body, a gzip feed, a
feed declaring an external entity, a redirect to ``file://``.
:func:`loopback_only` makes any connection elsewhere fail in the test.
"""

from __future__ import annotations

import gzip
import hashlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة الاختبار</title><language>ar</language>
<item><title>توكاييف يزور بكين</title><link>https://news.test/a/1</link>
<author>سارة</author><pubDate>Mon, 05 Jun 2023 10:00:00 GMT</pubDate>
<description>زار الرئيس الكازاخستاني قاسم جومارت توكاييف بكين يوم الاثنين.</description></item>
<item><title>افتتاح خط سكة حديد</title><link>https://news.test/a/2</link>
<pubDate>Tue, 06 Jun 2023 08:30:00 GMT</pubDate>
<description>افتتح خط جديد بين كازاخستان والصين.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test Wire</title>
<id>urn:test:wire</id><updated>2023-06-07T09:00:00Z</updated>
<entry><title>Tokayev meets Xi in Astana</title><id>urn:test:1</id>
<link href="https://wire.test/1"/><updated>2023-06-07T09:00:00Z</updated>
<author><name>Jane Roe</name></author>
<summary>Kazakhstan's President Tokayev met China's Xi Jinping in Astana.</summary></entry>
</feed>
"""

HTML = """<!DOCTYPE html><html><head><title>News</title>
<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head>
<body><p>This is a page, not a feed.</p></body></html>
"""

#: A feed whose doctype declares an external entity on the same server: a parser that
#: fetched it would request /secret, and the body would read SECRET.
XXE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [<!ENTITY ext SYSTEM "{base}/secret">]>
<rss version="2.0"><channel><title>Entities</title>
<item><title>Entity test</title><link>https://xxe.test/1</link>
<description>Before &ext; end of the text.</description></item>
</channel></rss>
"""

#: The same with two entities and a long prolog (the sniffer must see past both).
XXE_TWO = XXE.replace(
    '<!DOCTYPE rss [<!ENTITY ext SYSTEM "{base}/secret">]>',
    '<!-- ' + "x" * 9000 + ' -->\n<!DOCTYPE rss [<!ENTITY ext SYSTEM "{base}/secret">'
    '<!ENTITY two SYSTEM "{base}/secret">]>')

#: A feed naming an external DTD on the same server (which would define &secret;).
REMOTE_DTD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss SYSTEM "{base}/remote.dtd">
<rss version="2.0"><channel><title>Remote DTD</title>
<item><title>DTD test</title><link>https://dtd.test/1</link>
<description>Before &secret; end of the text.</description></item>
</channel></rss>
"""

ETAG = '"v1"'
#: What httpx (and curl) read a proxy from: removed so that nothing leaves the machine.
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                   "all_proxy")
BIG_BYTES = 50 * 1024 * 1024

Handler = Callable[["_Handler"], None]


def _send(handler: _Handler, status: int, body: bytes, content_type: str,
          headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


def _feed(text: str, content_type: str) -> Handler:
    def serve(handler: _Handler) -> None:
        if handler.headers.get("If-None-Match") == ETAG:
            handler.send_response(304)
            handler.send_header("ETag", ETAG)
            handler.end_headers()
            return
        _send(handler, 200, text.encode("utf-8"), content_type,
              {"ETag": ETAG, "Last-Modified": "Tue, 06 Jun 2023 08:30:00 GMT"})
    return serve


def _odd_etag(handler: _Handler) -> None:
    """A feed whose ETag holds a control character and whose Last-Modified is 4 KiB long."""
    _send(handler, 200, ATOM.encode("utf-8"), "application/atom+xml",
          {"ETag": '"a\x01b"', "Last-Modified": "x" * 4096})


def _error(handler: _Handler) -> None:
    _send(handler, 500, b"boom", "text/plain")


def _slow(handler: _Handler) -> None:
    """Headers at once, then a byte every 0.2 s for up to 20 s: only a total deadline stops it."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.end_headers()
    handler.wfile.write(b'<?xml version="1.0"?>\n<rss version="2.0"><channel>')
    end = time.monotonic() + 20
    while time.monotonic() < end and not handler.server_stopping():
        handler.wfile.write(b" ")
        handler.wfile.flush()
        time.sleep(0.2)


def _redirect(target: str) -> Handler:
    def serve(handler: _Handler) -> None:
        handler.send_response(302)
        handler.send_header("Location", target)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return serve


def _big(handler: _Handler) -> None:
    """50 MiB of a feed's first bytes and then spaces, streamed without a length."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.end_headers()
    chunk = b" " * (1024 * 1024)
    handler.wfile.write(b'<?xml version="1.0"?>\n<rss version="2.0">')
    for _ in range(BIG_BYTES // len(chunk)):
        handler.wfile.write(chunk)


def _big_announced(handler: _Handler) -> None:
    """A 50 MiB Content-Length announced; the body is never sent if the client is wise."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Content-Length", str(BIG_BYTES))
    handler.end_headers()
    handler.wfile.write(b'<?xml version="1.0"?>\n<rss version="2.0">')


def _gzip(handler: _Handler) -> None:
    if "gzip" not in handler.headers.get("Accept-Encoding", ""):
        _send(handler, 406, b"gzip only", "text/plain")
        return
    _send(handler, 200, gzip.compress(ATOM.encode("utf-8")), "application/atom+xml",
          {"Content-Encoding": "gzip"})


def _with_base(text: str) -> Handler:
    def serve(handler: _Handler) -> None:
        base = f"http://127.0.0.1:{handler.server.server_address[1]}"
        _send(handler, 200, text.replace("{base}", base).encode("utf-8"), "application/rss+xml")
    return serve


def _secret(handler: _Handler) -> None:
    _send(handler, 200, b"SECRET", "text/plain")


#: Path -> how it is answered.
ROUTES: dict[str, Handler] = {
    "/rss.xml": _feed(RSS, "application/rss+xml; charset=utf-8"),
    "/atom.xml": _feed(ATOM, "application/atom+xml"),
    "/odd-etag": _odd_etag,
    "/error": _error,
    "/slow": _slow,
    "/loop-a": _redirect("/loop-b"),
    "/loop-b": _redirect("/loop-a"),
    "/moved": _redirect("/rss.xml"),
    "/to-file": _redirect("file:///etc/passwd"),
    "/page.html": lambda h: _send(h, 200, HTML.encode(), "text/html; charset=utf-8"),
    "/big": _big,
    "/big-announced": _big_announced,
    "/gzip": _gzip,
    "/xxe.xml": _with_base(XXE),
    "/dtd.xml": _with_base(REMOTE_DTD),
    "/xxe-two.xml": _with_base(XXE_TWO),
    "/secret": _secret,
    "/remote.dtd": lambda h: _send(h, 200, b'<!ENTITY secret "SECRET">', "application/xml-dtd"),
}


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self.server.requests.append((self.path, dict(self.headers.items())))
        route = ROUTES.get(self.path.split("?", 1)[0])
        try:
            if route is None:
                _send(self, 404, b"not found", "text/plain")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the size limit, the deadline): as it should

    def server_stopping(self) -> bool:
        return self.server.stopping.is_set()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stopping = threading.Event()


class FeedServer:
    """The running server: its base URL and the requests it received."""

    def __init__(self, server: _Server) -> None:
        self._server = server
        self.base = f"http://127.0.0.1:{server.server_address[1]}"
        """``http://127.0.0.1:PORT``."""

    def url(self, path: str) -> str:
        """The full URL of a path on this server."""
        return self.base + path

    @property
    def requests(self) -> list[tuple[str, dict[str, str]]]:
        """(path, headers) of every request so far."""
        return list(self._server.requests)

    def paths(self) -> list[str]:
        """The paths requested so far, in order."""
        return [path for path, _ in self.requests]


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    """Serve :data:`ROUTES` on 127.0.0.1 for the duration of the block."""
    server = _Server()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield FeedServer(server)
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()


@contextmanager
def tls_feed_server(directory: Path) -> Iterator[FeedServer]:
    """:func:`feed_server` over TLS with a self-signed certificate made by ``openssl``."""
    import ssl
    import subprocess

    key, cert = directory / "key.pem", directory / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = _Server()
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        running = FeedServer(server)
        running.base = running.base.replace("http:", "https:")
        yield running
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()


@contextmanager
def loopback_only() -> Iterator[None]:
    """Make every name lookup other than 127.0.0.1 and localhost fail, as DNS would."""
    real = socket.getaddrinfo

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in ("127.0.0.1", "localhost", b"127.0.0.1", b"localhost"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    socket.getaddrinfo = guarded
    try:
        yield
    finally:
        socket.getaddrinfo = real


def tree_hashes(root: Path, *, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """SHA-256 of every file under ``root`` by relative path (names in ``skip`` left out)."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name not in skip
    }
