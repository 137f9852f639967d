"""The module and the CLI are one library: the same page gives the same JSON from both."""

import json
from pathlib import Path

import pytest

import pith

ROOT = Path(__file__).resolve().parents[2]


def without_source(result: dict) -> dict:
    """`source` is the CLI's file name and None from the module; everything else must match."""
    return {key: value for key, value in result.items() if key != "source"}


def test_benchmark_pages_equal_the_cli_json(bench_pages, run_cli):
    cli = run_cli(["--format", "jsonl", "-q", *map(str, bench_pages)])
    cli_results = [json.loads(line) for line in cli.stdout.decode().splitlines()]
    assert [r["source"] for r in cli_results] == [str(p) for p in bench_pages]
    results = pith.Cleaner().clean_many((p.read_bytes() for p in bench_pages), jobs=2)
    for page, mine, theirs in zip(bench_pages, results, cli_results):
        assert without_source(mine) == without_source(theirs), page.name


def test_fixtures_equal_the_cli_json(run_cli):
    inputs = sorted(ROOT.glob("fixtures/*/input.*"))
    cli = run_cli(["--format", "jsonl", "-q", *map(str, inputs)])
    cli_results = [json.loads(line) for line in cli.stdout.decode().splitlines()]
    assert len(cli_results) == len(inputs)
    for path, theirs in zip(inputs, cli_results):
        assert without_source(pith.clean(path.read_bytes())) == without_source(theirs), path


def test_options_equal_the_cli_flags(run_cli):
    page = ROOT / "fixtures" / "html-keep-captions-comments" / "input.html"
    cli = run_cli(["--format", "jsonl", "--keep", "captions,comments", "--disable", "share", "--ascii-punct", str(page)])
    mine = pith.clean(page.read_bytes(), keep="captions,comments", disable=["share"], ascii_punct=True)
    assert without_source(mine) == without_source(json.loads(cli.stdout))


def test_whole_page_text_dumps_equal_the_cli_json(run_cli):
    """Whole-page dumps are judged at --boilerplate-page-threshold: its default must be the CLI's."""
    folder = ROOT.parent / "shared" / "bench" / "text-dumps" / "whole-page" / "scrapinghub"
    if not folder.is_dir():
        pytest.skip(f"whole-page text dumps not found at {folder}")
    dumps = sorted(folder.glob("*.txt.gz"))[:20]
    cli = run_cli(["--format", "jsonl", "-q", "--input-format", "text", *map(str, dumps)])
    cli_results = [json.loads(line) for line in cli.stdout.decode().splitlines()]
    assert len(cli_results) == len(dumps)
    for path, theirs in zip(dumps, cli_results):
        mine = pith.clean(path.read_bytes(), input_format="text")
        assert without_source(mine) == without_source(theirs), path.name
