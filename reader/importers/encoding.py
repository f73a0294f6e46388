"""Provides decode_bytes(): bytes to text by BOM, strict UTF-8, or proven Windows-1256.

The order is fixed so that nothing is guessed silently:

1. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), strictly.
2. Known binary signatures and NUL bytes mean "binary file".
3. Strict UTF-8.  A file that is almost all valid UTF-8 with a few broken
   sequences is reported as damaged UTF-8 rather than decoded as anything else.
4. Windows-1256, but only when the result is provably Arabic: enough Arabic
   letters, no word mixing Arabic letters with the Latin letters and symbols
   that cp1256 also maps (which is what UTF-8 or ISO-8859-6 bytes read as
   cp1256 look like).
5. An encoding the file declares itself (``<meta charset>``, ``<?xml
   encoding?>``), for HTML and XML only, when it decodes strictly.
6. Otherwise ImportProblem, naming what charset-normalizer thinks it might be.
"""

from __future__ import annotations

import codecs
import re

from reader.importers.base import ImportProblem

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"ID3", "MP3 audio"),
)

#: Characters examined for the Windows-1256 proof and the damaged-UTF-8 test.
_SAMPLE_BYTES = 4 * 1024 * 1024

_ARABIC_LETTER = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]")
_ARABIC_WORD = re.compile("[\u0600-\u06ff]+")
# Non-ASCII characters a real Windows-1256 Arabic text is made of: the Arabic
# block, the marks cp1256 has for it, and typographic punctuation.
_EXPECTED = re.compile(
    "[\u0600-\u06ff\u200c-\u200f\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d"
    "\u2026\u2022\u00b0\u00d7\u00f7\u20ac]"
)
_NON_ASCII = re.compile("[^\x00-\x7f]")
# cp1256 keeps some French letters; they are fine inside Latin words.
_LATIN_WORD = re.compile(
    "[A-Za-z\u00e0\u00e2\u00e7\u00e8\u00e9\u00ea\u00eb\u00ee\u00ef\u00f4\u00f9\u00fb\u00fc\u0152\u0153]+"
)
# A word that glues an Arabic letter to a Latin letter or a symbol without a
# space: the signature of UTF-8 or ISO-8859-6 bytes read as cp1256.
_MIXED = re.compile(
    "[\u0621-\u064a][\u00a2-\u00bf\u00e0-\u00fc\u0152\u0153\u0192\u02c6\u201a\u201e\u2020\u2021\u2030\u2039\u203a\u2122]"
    "|[\u00a2-\u00bf\u00e0-\u00fc\u0152\u0153\u0192\u02c6\u201a\u201e\u2020\u2021\u2030\u2039\u203a\u2122][\u0621-\u064a]"
)
_BAD_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")

_DECLARED = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?\s*|<\?xml[^>]{0,200}?encoding\s*=\s*["'])([A-Za-z0-9._:-]{1,40})""",
    re.IGNORECASE,
)

UNKNOWN_ENCODING = "cannot tell the text encoding (not UTF-8, UTF-16 or Windows-1256)"
BINARY = "binary file, not an article"


def _bom(head: bytes) -> tuple[bytes, str] | None:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return bom, name
    return None


def bom_encoding(head: bytes) -> str | None:
    """Return the encoding a byte-order mark announces, or None when there is none."""
    found = _bom(head)
    return found[1] if found else None


def binary_kind(head: bytes) -> str | None:
    """Return a description of a known binary format from its first bytes, or None."""
    for magic, kind in _SIGNATURES:
        if head.startswith(magic):
            return kind
    return None


def check_not_binary(data: bytes) -> None:
    """Raise ImportProblem when ``data`` is a binary file rather than text.

    Args:
        data: The start of a file (or the whole of it).

    Raises:
        ImportProblem: A known binary signature, or a NUL byte without a UTF-16/32 BOM.
    """
    if bom_encoding(data) is not None and not data.startswith(codecs.BOM_UTF8):
        return
    kind = binary_kind(data)
    if kind == "Windows executable" and b"\x00" not in data[:1024]:
        kind = None  # "MZ" also starts ordinary words; only trust it with NULs nearby.
    if kind is not None:
        raise ImportProblem(f"binary file ({kind}), not an article")
    if b"\x00" in data:
        raise ImportProblem(BINARY)


def declared_encoding(head: bytes) -> str | None:
    """Return the charset an HTML or XML head declares, when Python knows it."""
    match = _DECLARED.search(head[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _damaged_utf8(data: bytes) -> str | None:
    """Explain a file that is UTF-8 with a few broken sequences, else None."""
    sample = data[:_SAMPLE_BYTES]
    text = sample.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if broken == 0:
        return None
    good = len(_NON_ASCII.findall(text)) - broken
    if good < 10 * broken:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = exc.start
        if where >= len(data) - 3:
            return f"invalid UTF-8 at the very end (byte {where}): the file looks truncated"
        return f"invalid UTF-8 at byte {where}: the file looks damaged"
    return None


def looks_like_cp1256_arabic(text: str) -> bool:
    """Return True when ``text`` (decoded as cp1256) is plainly Arabic, not mojibake.

    Args:
        text: A sample decoded with Windows-1256.
    """
    letters = len(_ARABIC_LETTER.findall(text))
    if letters < 8:
        return False
    if len(_BAD_CONTROLS.findall(text)) > max(1, len(text) // 1000):
        return False
    words = len(_ARABIC_WORD.findall(text))
    if len(_MIXED.findall(text)) > words // 100:
        return False
    non_ascii = _NON_ASCII.findall(text)
    expected = len(_EXPECTED.findall(text))
    latin_extra = sum(1 for word in _LATIN_WORD.findall(text) for ch in word if ord(ch) > 0x7F)
    unexpected = len(non_ascii) - expected - latin_extra
    return unexpected <= max(1, len(non_ascii) // 100)


def _hint(data: bytes) -> str:
    """What charset-normalizer thinks a refused file is, as a suffix for the message."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
    except Exception:  # noqa: BLE001 - only a hint; never let it turn into a failure
        return ""
    if best is None:
        return ""
    return f"; it may be {best.encoding}"


def decode_bytes(data: bytes, *, markup: bool = False) -> str:
    """Decode a whole file, or raise ImportProblem saying why it cannot be decoded.

    Args:
        data: The file's bytes.
        markup: The file is HTML or XML, so an encoding it declares may be used
            (after strict UTF-8 and the Windows-1256 proof).

    Returns:
        The text, without a byte-order mark.

    Raises:
        ImportProblem: Binary data, a BOM whose encoding does not decode, damaged
            UTF-8, or an encoding that cannot be told.
    """
    found = _bom(data)
    if found is not None:
        mark, bom = found
        body = data[len(mark) :]
        try:
            text = body.decode(bom)
        except UnicodeDecodeError as exc:
            label = bom.upper().replace("-LE", " LE").replace("-BE", " BE")
            raise ImportProblem(
                f"invalid {label} text at byte {exc.start + len(data) - len(body)} "
                "(after its byte-order mark)"
            ) from None
        if bom == "utf-8" and "\x00" in text:
            raise ImportProblem(BINARY)
        return text
    check_not_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        raise ImportProblem(damaged)
    sample = data[:_SAMPLE_BYTES].decode("cp1256")
    if looks_like_cp1256_arabic(sample):
        return data.decode("cp1256")
    if markup:
        declared = declared_encoding(data)
        if declared is not None and declared not in ("utf-8", "cp1256"):
            try:
                return data.decode(declared)
            except (UnicodeDecodeError, LookupError):
                pass
    raise ImportProblem(UNKNOWN_ENCODING + _hint(data))
