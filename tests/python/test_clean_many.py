"""Cleaner.clean_many: input order, error records, streaming, early stops, and the GIL."""

import gzip
import itertools
import threading
import time

import pytest

import pith


def article(i: int) -> str:
    return f"Story {i}: the council met on Tuesday.\nAdvertisement\nIt approved budget number {i}."


@pytest.mark.parametrize("jobs", [1, 2, 4, 8])
def test_results_come_in_input_order(jobs):
    docs = [article(i) for i in range(300)]
    # Uneven work, so later documents often finish first.
    docs[3] = "<html><body>" + "<p>A long paragraph of the story. </p>" * 3000 + "</body></html>"
    results = list(pith.Cleaner().clean_many(docs, jobs=jobs))
    assert len(results) == len(docs)
    for i, result in enumerate(results):
        if i != 3:
            assert result["text"] == f"Story {i}: the council met on Tuesday.\nIt approved budget number {i}."


def test_results_equal_clean():
    cleaner = pith.Cleaner(disable=["share"])
    docs = [article(i) + "\nShare this:" for i in range(20)] + [gzip.compress(article(99).encode())]
    assert list(cleaner.clean_many(docs, jobs=3)) == [cleaner.clean(d) for d in docs]


def test_failed_documents_become_error_records_in_place():
    docs = [article(0), b"\x00\x01binary\x00" * 64, article(2), gzip.compress(b"cut")[:-5], article(4)]
    results = list(pith.Cleaner().clean_many(docs, jobs=2))
    assert [("error" in r) for r in results] == [False, True, False, True, False]
    assert "binary" in results[1]["error"]
    assert results[4]["text"].startswith("Story 4")


def test_items_may_be_mappings_with_url_and_input_format():
    html = "<p>The council met on Tuesday and approved the budget for the year.</p>"
    items = [
        {"content": html, "url": "https://news.example/1"},
        {"content": html, "input_format": "text"},
        html,
    ]
    results = list(pith.Cleaner().clean_many(items, input_format="html"))
    assert results[0]["url"] == "https://news.example/1"
    assert results[1]["text"].startswith("<p>")
    assert results[2]["text"].startswith("The council")


@pytest.mark.parametrize("jobs", [1, 3])
def test_an_item_that_is_not_a_document_is_an_error_result_in_its_place(jobs):
    bad = [None, 5, 2.5, ["a list"], {"html": "x"}, {"content": None}, {"content": "x", "url": 7},
           {"content": "x", "input_format": "pdf"}]
    items = []
    for i, item in enumerate(bad):
        items += [article(i), item]
    items.append(article(99))
    results = list(pith.Cleaner().clean_many(items, jobs=jobs))
    assert len(results) == len(items)
    for i, item in enumerate(bad):
        assert results[2 * i]["text"].startswith(f"Story {i}:")
        assert set(results[2 * i + 1]) == {"error"}, item
    assert "NoneType" in results[1]["error"]
    assert "int" in results[3]["error"]
    assert "'content'" in results[9]["error"]
    assert results[-1]["text"].startswith("Story 99:")


def test_clean_many_of_text_none_and_a_number_yields_three_results():
    results = list(pith.Cleaner().clean_many([article(1), None, 5]))
    assert len(results) == 3
    assert results[0]["text"].startswith("Story 1:")
    assert "error" in results[1] and "error" in results[2]


def test_an_exception_from_the_iterable_reaches_the_caller():
    def items():
        yield article(0)
        yield article(1)
        raise RuntimeError("source failed")

    results = pith.Cleaner().clean_many(items(), jobs=2)
    assert [next(results)["text"][:7], next(results)["text"][:7]] == ["Story 0", "Story 1"]
    with pytest.raises(RuntimeError, match="source failed"):
        next(results)


@pytest.mark.parametrize("jobs", [0, -1, 2000, 1.5, True])
def test_bad_jobs_is_a_value_error(jobs):
    with pytest.raises(ValueError, match="^jobs"):
        pith.Cleaner().clean_many([], jobs=jobs)


def test_empty_input_yields_nothing():
    assert list(pith.Cleaner().clean_many([], jobs=2)) == []


def test_streams_an_endless_iterable_and_stops_early():
    pulled = itertools.count()

    def endless():
        for i in pulled:
            yield article(i)

    results = pith.Cleaner().clean_many(endless(), jobs=2)
    for i, result in enumerate(results):
        assert result["text"].startswith(f"Story {i}:")
        if i == 500:
            break
    results.close()
    read = next(pulled)
    # Only a bounded window of documents is read ahead of what was taken.
    assert 501 <= read <= 501 + 200


def test_the_first_result_comes_before_the_iterable_ends():
    gate = threading.Event()

    def slow():
        yield article(0)
        gate.wait(10)
        yield article(1)

    results = pith.Cleaner().clean_many(slow(), jobs=2)
    started = time.monotonic()
    assert next(results)["text"].startswith("Story 0")
    assert time.monotonic() - started < 5
    gate.set()
    assert next(results)["text"].startswith("Story 1")


def test_other_python_threads_run_while_documents_are_cleaned():
    docs = ["<html><body>" + "<p>A long paragraph of the story, repeated. </p>" * 4000 + "</body></html>"] * 8
    ticks = 0
    stop = threading.Event()

    def ticker():
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            time.sleep(0.001)

    thread = threading.Thread(target=ticker)
    thread.start()
    try:
        list(pith.Cleaner().clean_many(docs, jobs=2))
        pith.Cleaner().clean(docs[0])
    finally:
        stop.set()
        thread.join()
    assert ticks > 5  # a held GIL would starve the ticker
