# Type stubs of pith._pith, the compiled half of the pith package (python/_pith.cpp). Use the
# pith package itself: it checks arguments and turns this module's JSON text into dicts.
from collections.abc import Iterator
from typing import Optional, Union

class Error(Exception):
    """A document that cannot be cleaned: binary data, corrupt gzip or zstd, over max_bytes."""

class Stream:
    """Results of Cleaner.stream, in input order, made on pith's threads."""

    def __iter__(self) -> Stream: ...
    def __next__(self) -> tuple[Optional[str], Optional[str]]:
        """(JSON object text, None) for a cleaned document, (None, reason) for one that failed.
        Raises StopIteration at the end, or what the items iterator raised, after the results
        of the items before it."""
    def close(self) -> None:
        """Stops reading items and joins pith's threads (waits for documents in flight)."""

class Cleaner:
    def __init__(
        self,
        disable: list[str],
        only: list[str],
        keep: list[str],
        drop: list[str],
        rules: list[str],
        nfkc: bool,
        ascii_punct: bool,
        max_bytes: str,
        with_markdown: bool,
        boilerplate_threshold: float,
    ) -> None:
        """Checks the options and builds the pipeline; ValueError naming a bad option."""
    def clean(self, content: Union[str, bytes], url: Optional[str], input_format: str) -> str:
        """One document's result as a JSON object followed by a newline; raises Error when the
        document cannot be cleaned. input_format is "auto", "html" or "text"."""
    def stream(self, items: Iterator[tuple[Union[str, bytes], Optional[str], str]], jobs: int) -> Stream:
        """Cleans (content, url, input_format) items on `jobs` threads (0: one per core)."""
    def stages(self) -> list[tuple[str, str, bool, str]]:
        """(name, "filter" or "normaliser", enabled, summary) for every stage in pipeline order."""
