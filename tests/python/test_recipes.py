"""The README's Python recipes, run as written: pandas, Dask (a LocalCluster of two worker
processes) and pith as a co-process. Each must give the CLI's output on the same records."""

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def recipe(name: str) -> str:
    """The code block after `<!-- recipe: name -->` in README.md."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- recipe: {re.escape(name)} -->\n```python\n(.*?)```", readme, re.S)
    assert match, f"README.md has no recipe {name}"
    return match.group(1)


@pytest.fixture
def dumps(tmp_path, monkeypatch):
    """Two JSON Lines files of records (id, url, html) made from the fixtures' pages and dumps."""
    inputs = sorted(p for p in ROOT.glob("fixtures/*/input.*") if not p.name.endswith(".gz"))
    records = [{"id": f"doc-{i}", "url": f"https://news.example/{i}",
                "html": path.read_bytes().decode("utf-8", errors="replace")} for i, path in enumerate(inputs)]
    (tmp_path / "dumps").mkdir()
    half = len(records) // 2
    for part, chunk in enumerate((records[:half], records[half:])):
        with open(tmp_path / "dumps" / f"part-{part}.jsonl", "w", encoding="utf-8") as out:
            out.writelines(json.dumps(r) + "\n" for r in chunk)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def cli_records(run_cli, *flags) -> dict:
    """The CLI's records for the dumps, by id."""
    done = run_cli(["-i", "jsonl", "--field", "html", "-q", *flags, "dumps/part-0.jsonl", "dumps/part-1.jsonl"])
    return {r["id"]: r for r in map(json.loads, done.stdout.decode().splitlines())}


def read_lines(pattern: str) -> list:
    return [json.loads(line) for path in sorted(Path().glob(pattern)) for line in path.read_text().splitlines()]


def test_pandas_recipe(dumps, run_cli):
    scope = {}
    exec(recipe("pandas"), scope)
    expected = cli_records(run_cli)
    frame = scope["df"]
    assert len(frame) > 5
    for record_id, text in zip(frame["id"], frame["text"]):
        assert text == expected[record_id]["text"]


def test_dask_recipes_on_a_local_cluster(dumps, run_cli):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster, \
            distributed.Client(cluster) as client:
        scope = {}
        exec(recipe("dask-bag"), scope)
        exec(recipe("dask-dataframe"), scope)
        on_workers = client.run(lambda: "pith._pith" in sys.modules)
    assert len(on_workers) == 2 and any(on_workers.values()), on_workers

    expected = cli_records(run_cli, "--disable", "share")
    bag = read_lines("clean/*.jsonl")
    assert sorted(r["id"] for r in bag) == sorted(expected)
    for record in bag:
        assert record.pop("source") is None
        assert record == expected[record["id"]]

    frame = read_lines("clean-df/*.jsonl")
    assert sorted(r["id"] for r in frame) == sorted(expected)
    for record in frame:
        assert record["error"] is None
        assert (record["title"], record["text"]) == (expected[record["id"]]["title"], expected[record["id"]]["text"])


def test_co_process_recipe(dumps, run_cli, pith_binary):
    """Run in a child with a deadline: a co-process that does not answer would hang this test."""
    script = recipe("co-process") + textwrap.dedent("""
        import sys
        for line in open("dumps/part-0.jsonl"):
            print(json.dumps(clean_record(json.loads(line))))
        pith_process.stdin.close()
        sys.exit(pith_process.wait())
    """)
    env = dict(os.environ, PATH=str(Path(pith_binary).parent) + os.pathsep + os.environ["PATH"])
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120, env=env, text=True)
    assert done.returncode == 0, done.stderr
    expected = run_cli(["-i", "jsonl", "--field", "html", "-q", "dumps/part-0.jsonl"]).stdout.decode().splitlines()
    assert [json.loads(line) for line in done.stdout.splitlines()] == [json.loads(line) for line in expected]
