"""pith: clean article text out of scraped news pages and text dumps, from Python.

The same library as the ``pith`` command, so results are identical to its JSON output::

    import pith
    result = pith.clean(html_or_text)          # a dict: text, title, author, date, ...
    cleaner = pith.Cleaner(disable=["share"])  # options checked and stages built once
    for result in cleaner.clean_many(pages, jobs=8):   # pith's threads, input order
        ...

Results are dicts with the fields of ``pith --format json``: ``source``, ``title``, ``author``,
``date``, ``site_name``, ``url``, ``language``, ``description`` (``None`` when the input does not
give them), ``text`` (the kept lines joined by ``"\\n"``), ``removed`` (one dict per removal:
``filter``, ``text``, ``reason``, ``line``, ``offset``) and ``stats`` (``chars_in``, ``chars_out``
in Unicode code points, and ``removed``: blocks removed per filter).

Errors: bad options raise ``ValueError`` naming the option (``TypeError`` for a value of the wrong
type or an unknown keyword). A document that cannot be cleaned (binary data, corrupt gzip or
zstd, over ``max_bytes``) raises :class:`pith.Error` from :func:`clean` and
:meth:`Cleaner.clean`; :meth:`Cleaner.clean_many` never raises for a document: it yields
``{"error": reason}`` in that document's place, as the command line writes an error record
for a failed batch record, so the output has exactly one result per input.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Optional, Union

from pith import _pith

__all__ = ["Cleaner", "Error", "clean"]

#: Raised by :func:`clean` and :meth:`Cleaner.clean` for a document that cannot be cleaned.
Error = _pith.Error

Content = Union[str, bytes]
Names = Union[str, Iterable[str]]


def _names(option: str, value: Names) -> list[str]:
    """A list option as the command line takes it: comma-separated text, or an iterable of names."""
    if isinstance(value, str):
        return [name for name in value.split(",") if name]
    if isinstance(value, bytes):
        raise TypeError(f"{option}: expected a str or an iterable of str, not bytes")
    names = list(value)
    for name in names:
        if not isinstance(name, str):
            raise TypeError(f"{option}: expected names as str, got {type(name).__name__}")
    return names


def _size(value: Union[int, str]) -> str:
    """max_bytes as the command line takes it: bytes as an int, or text such as "64M"."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"max_bytes: expected an int or a str such as '64M', got {type(value).__name__}")
    if isinstance(value, int) and value <= 0:
        raise ValueError(f"max_bytes: {value} is not a size (it must be over 0)")
    return str(value)


def _flag(option: str, value: bool) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{option}: expected True or False, got {type(value).__name__}")
    return value


def _threshold(option: str, value: float) -> float:
    """A probability option: a number in [0, 1]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{option}: expected a number in [0, 1], got {type(value).__name__}")
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{option}: {value} is not in [0, 1]")
    return float(value)


def _check_content(content: Any) -> None:
    if not isinstance(content, (str, bytes)):
        raise TypeError(f"content: expected str or bytes, got {type(content).__name__}")


class Cleaner:
    """Options checked and pith's stages built once, then used for any number of documents.

    The options are the command line's flags as keyword arguments:

    - ``disable``: stages to switch off; ``only``: run just these (names as in
      :meth:`stages`; a comma-separated str or an iterable of str).
    - ``keep`` / ``drop``: HTML parts to keep or drop besides paragraphs: ``tables``, ``lists``,
      ``captions``, ``comments``, ``links``.
    - ``rules``: paths of TOML rules files (RE2 patterns), read now; on a cluster they must exist
      on every worker.
    - ``nfkc``: NFKC instead of NFC; ``ascii_punct``: curly quotes, dashes, ellipses to ASCII.
    - ``max_bytes``: the largest document accepted, after decompression: bytes as an int, or a
      str such as ``"64M"`` (K, M, G are powers of 1024). Default 64 MiB.
    - ``with_markdown``: the result gains a ``markdown`` member (headings, lists, tables of an
      HTML page in Markdown), as ``--with-markdown`` does.
    - ``boilerplate_threshold``: the ``boilerplate`` stage removes lines it scores at least this
      likely to be boilerplate, a float in [0, 1]; default 0.98, as ``--boilerplate-threshold``.
    - ``boilerplate_page_threshold``: the same for a text document that looks like a whole page
      dumped as text (80+ lines, under 35% prose); default 0.4, as ``--boilerplate-page-threshold``.
    - ``sites``: paths of site profiles (``pith --learn-sites``), merged, read now, as ``--sites``:
      the ``site-repeat`` stage removes the lines they list for the site of a document's ``url``.
      On a cluster every worker must reach them.

    Raises ``ValueError`` naming the option for a bad value, an unknown stage name or a bad rules
    file. A Cleaner is safe to use from many threads at once, and it pickles (by its options), so
    Dask, Spark or multiprocessing can ship it to workers, where it is built again.
    """

    def __init__(
        self,
        *,
        disable: Names = (),
        only: Names = (),
        keep: Names = (),
        drop: Names = (),
        rules: Names = (),
        nfkc: bool = False,
        ascii_punct: bool = False,
        max_bytes: Union[int, str] = "64M",
        with_markdown: bool = False,
        boilerplate_threshold: float = 0.98,
        boilerplate_page_threshold: float = 0.4,
        sites: Names = (),
    ) -> None:
        self._options: dict[str, Any] = dict(
            disable=_names("disable", disable),
            only=_names("only", only),
            keep=_names("keep", keep),
            drop=_names("drop", drop),
            rules=_names("rules", rules),
            nfkc=_flag("nfkc", nfkc),
            ascii_punct=_flag("ascii_punct", ascii_punct),
            max_bytes=_size(max_bytes),
            with_markdown=_flag("with_markdown", with_markdown),
            boilerplate_threshold=_threshold("boilerplate_threshold", boilerplate_threshold),
            boilerplate_page_threshold=_threshold("boilerplate_page_threshold", boilerplate_page_threshold),
            sites=_names("sites", sites),
        )
        self._core = _pith.Cleaner(**self._options)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._options,))

    def __repr__(self) -> str:
        defaults = Cleaner.__init__.__kwdefaults__
        changed = {k: v for k, v in self._options.items() if v not in ([], False) and v != defaults.get(k)}
        return "pith.Cleaner(" + ", ".join(f"{k}={v!r}" for k, v in changed.items()) + ")"

    def clean(self, content: Content, *, url: Optional[str] = None, input_format: str = "auto") -> dict[str, Any]:
        """Cleans one document.

        ``content``: the page or text dump as ``str``, or as ``bytes`` as read from a file (gzip
        and zstd are decompressed, and the charset of HTML is detected, as the command line
        does). ``url``: the page's URL when known; it becomes the result's ``url``, ahead of the
        page's canonical URL, as a JSON Lines record's ``url`` does on the command line.
        ``input_format``: ``"auto"`` (HTML or text, sniffed), ``"html"`` or ``"text"``.

        Returns the result dict (see the module's docstring). Raises :class:`pith.Error` when the
        document cannot be cleaned, ``ValueError`` for a bad ``input_format``. Releases the GIL
        while it cleans.
        """
        _check_content(content)
        return json.loads(self._core.clean(content, url, input_format))

    def clean_many(
        self,
        items: Iterable[Union[Content, Mapping[str, Any]]],
        *,
        jobs: Optional[int] = None,
        input_format: str = "auto",
    ) -> Iterator[dict[str, Any]]:
        """Cleans many documents on pith's own threads, yielding results in input order.

        Each item is a document's ``content`` (str or bytes), or a mapping with the keyword
        arguments of :meth:`clean`: ``{"content": ..., "url": ..., "input_format": ...}``.
        ``input_format`` is the default for items that do not give one. ``jobs``: worker threads
        (default one per core).

        Streams: items are read as workers free up (from the call on, on one of pith's threads,
        holding the GIL; one item at a time) and results are yielded as soon as they are ready in
        order, so memory stays bounded (a few documents per thread) for an iterable of any length. The GIL is released while documents are cleaned. A document that cannot be
        cleaned, or an item that is not a document (``None``, a number, a mapping without
        ``content``), yields ``{"error": reason}`` in its place: one result per item. Only an
        exception raised by ``items`` itself is raised, after the results of the items before
        it. Stopping early (``break``, closing the generator) stops pith's threads.
        """
        if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or not 1 <= jobs <= 1024):
            raise ValueError(f"jobs: expected an int from 1 to 1024, got {jobs!r}")
        if input_format not in ("auto", "html", "text"):
            raise ValueError(f"input_format: {input_format!r} is not one of auto, html, text")
        malformed: dict[int, str] = {}
        return self._results(self._core.stream(_stream_items(items, input_format, malformed), jobs or 0), malformed)

    @staticmethod
    def _results(stream: Any, malformed: dict[int, str]) -> Iterator[dict[str, Any]]:
        try:
            for index, (output, error) in enumerate(stream):
                # An item that was not a document went through as an empty one: its error instead.
                if index in malformed:
                    yield {"error": malformed.pop(index)}
                else:
                    yield json.loads(output) if error is None else {"error": error}
        finally:
            stream.close()

    def stages(self) -> list[dict[str, Any]]:
        """Every filter and normaliser in pipeline order, as ``pith --list-filters`` shows them:
        dicts with ``name``, ``kind`` (``"filter"`` or ``"normaliser"``), ``enabled`` (under this
        Cleaner's options) and ``summary``."""
        return [
            {"name": name, "kind": kind, "enabled": enabled, "summary": summary}
            for name, kind, enabled, summary in self._core.stages()
        ]


def _item_error(item: Any) -> Optional[str]:
    """Why `item` is not a document clean_many can read, or None when it is one."""
    if isinstance(item, (str, bytes)):
        return None
    if not isinstance(item, Mapping):
        return f"expected str, bytes or a mapping per item, got {type(item).__name__}"
    unknown = set(item) - {"content", "url", "input_format"}
    if unknown or "content" not in item:
        return f"an item mapping needs 'content' (and may have 'url', 'input_format'), got keys {sorted(item)}"
    if not isinstance(item["content"], (str, bytes)):
        return f"content: expected str or bytes, got {type(item['content']).__name__}"
    if item.get("url") is not None and not isinstance(item["url"], str):
        return f"url: expected str or None, got {type(item['url']).__name__}"
    if item.get("input_format", "auto") not in ("auto", "html", "text"):
        return f"input_format: {item['input_format']!r} is not one of auto, html, text"
    return None


def _stream_items(items: Iterable[Union[Content, Mapping[str, Any]]], input_format: str,
                  malformed: dict[int, str]) -> Iterator[tuple]:
    """(content, url, input_format) for each item, as the compiled stream reads them. An item
    that is not a document goes through as an empty text, its reason noted in `malformed` under
    its index, so its result keeps its place."""
    for index, item in enumerate(items):
        error = _item_error(item)
        if error is not None:
            malformed[index] = error
            yield ("", None, "text")
        elif isinstance(item, Mapping):
            yield (item["content"], item.get("url"), item.get("input_format", input_format))
        else:
            yield (item, None, input_format)


def _rebuild(options: dict[str, Any]) -> Cleaner:
    return Cleaner(**options)


@functools.lru_cache(maxsize=8)
def _cached_cleaner(options: tuple) -> Cleaner:
    return Cleaner(**{key: list(value) if isinstance(value, tuple) else value for key, value in options})


def _cache_key(options: dict[str, Any]) -> Optional[tuple]:
    """Options as a hashable key, or None when some value cannot be one (a generator, say)."""
    key = []
    for name, value in sorted(options.items()):
        if isinstance(value, (list, tuple)):
            value = tuple(value)
        try:
            hash(value)
        except TypeError:
            return None
        key.append((name, value))
    return tuple(key)


def clean(content: Content, *, url: Optional[str] = None, input_format: str = "auto", **options: Any) -> dict[str, Any]:
    """Cleans one document: ``Cleaner(**options).clean(content, url=url, input_format=input_format)``.

    The Cleaner of the last few option sets is kept, so calling this in a loop builds pith's
    stages once. See :class:`Cleaner` for the options and :meth:`Cleaner.clean` for the rest.
    """
    key = _cache_key(options)
    cleaner = _cached_cleaner(key) if key is not None else Cleaner(**options)
    return cleaner.clean(content, url=url, input_format=input_format)
