"""pith.clean and Cleaner.clean on the golden fixtures, HTML pages, options and errors."""

import gzip
import json
import pickle
import shlex
from pathlib import Path

import pytest

import pith

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted(p for p in (ROOT / "fixtures").iterdir() if p.is_dir())


def fixture_options(case: Path) -> dict:
    """A fixture's `args` file as Cleaner options (output-format flags do not apply)."""
    args = shlex.split((case / "args").read_text()) if (case / "args").exists() else []
    options, i = {}, 0
    while i < len(args):
        flag = args[i]
        if flag in ("--format", "-f"):
            options["with_markdown"] = args[i + 1] == "markdown"
            i += 2
        elif flag in ("--no-removed", "--no-stats"):  # members of the output, left out below
            i += 1
        elif flag in ("--nfkc", "--ascii-punct"):
            options[flag[2:].replace("-", "_")] = True
            i += 1
        elif flag in ("--keep", "--drop", "--disable", "--only", "--rules"):
            value = str(ROOT / args[i + 1]) if flag == "--rules" else args[i + 1]
            options.setdefault(flag[2:], []).extend(value.split(",") if flag != "--rules" else [value])
            i += 2
        else:
            raise AssertionError(f"{case.name}: flag {flag} has no Python option in this test")
    return options


def pretty(result: dict) -> str:
    """The result as `pith --format json` prints it, for the fixtures' JSON snippets."""
    return json.dumps(result, indent=2, ensure_ascii=False)


def test_seed_is_cleaned_exactly():
    seed = ROOT / "fixtures" / "seed-drone-strikes"
    result = pith.clean((seed / "input.txt").read_text(encoding="utf-8"))
    assert result["text"] + "\n" == (seed / "expected.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", FIXTURES, ids=[c.name for c in FIXTURES])
def test_golden_fixture(case: Path):
    source = next(case.glob("input.*"))
    result = pith.clean(source.read_bytes(), **fixture_options(case))
    args = shlex.split((case / "args").read_text()) if (case / "args").exists() else []
    output_format = args[args.index("--format") + 1] if "--format" in args else "text"
    for member in ("removed", "stats"):
        if f"--no-{member}" in args:
            result.pop(member)
    if output_format == "json":
        output = pretty(result)
    elif output_format == "jsonl":
        output = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    elif output_format == "markdown":
        output = result["markdown"]
    else:
        output = result["text"]
    if (case / "expected.txt").exists():
        assert output + "\n" == (case / "expected.txt").read_text(encoding="utf-8")
    for name, present in (("must-contain.txt", True), ("must-not-contain.txt", False)):
        if (case / name).exists():
            for snippet in filter(None, (case / name).read_text(encoding="utf-8").splitlines()):
                assert (snippet in output) == present, f"{name}: {snippet!r}"


def test_result_has_the_json_fields():
    page = (ROOT / "fixtures" / "html-news-metadata" / "input.html").read_bytes()
    result = pith.clean(page)
    assert list(result) == ["source", "title", "author", "date", "site_name", "url", "language",
                            "language_score", "declared_language", "description", "hostname", "image",
                            "tags", "categories", "text", "removed", "stats"]
    assert result["title"] == "Harbour bridge reopens after two-year repair"
    assert result["language"] == "en-GB"
    assert result["source"] is None
    assert set(result["stats"]) == {"chars_in", "chars_out", "removed"}
    for removal in result["removed"]:
        assert set(removal) == {"filter", "text", "reason", "line", "offset"}
    assert result["stats"]["chars_out"] == len(result["text"])


@pytest.mark.parametrize("content", [
    "Der Rat tagte am Dienstag.\nAnzeige\nEr beschloss den Haushalt.",
    "El consejo se reunió el martes.\nPublicidad\nAprobó el presupuesto.",
])
def test_str_bytes_and_compressed_bytes_agree(content):
    as_str = pith.clean(content)
    assert "Anzeige" not in as_str["text"] and "Publicidad" not in as_str["text"]
    assert pith.clean(content.encode()) == as_str
    assert pith.clean(gzip.compress(content.encode())) == as_str


def test_bytes_in_a_declared_charset_are_decoded():
    page = (ROOT / "fixtures" / "html-windows-1252" / "input.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        page.decode("utf-8")
    assert "\ufffd" not in pith.clean(page)["text"]


def test_url_and_input_format():
    html = "<p>Tips? Write to the desk. The council met on Tuesday and approved the budget.</p>"
    as_text = pith.clean(html, input_format="text")
    assert as_text["text"].startswith("<p>")
    as_html = pith.clean(html, input_format="html", url="https://news.example/a")
    assert as_html["text"].startswith("Tips?")
    assert as_html["url"] == "https://news.example/a"
    assert pith.clean(html)["url"] is None
    with pytest.raises(ValueError, match="input_format"):
        pith.clean(html, input_format="pdf")


@pytest.mark.parametrize("options,present,absent", [
    ({}, [], ["Share this:", "Advertisement"]),
    # The learned boilerplate stage would also take these lines: off, so each filter shows alone.
    ({"disable": ["share", "boilerplate"]}, ["Share this:"], ["Advertisement"]),
    ({"disable": "share,ad,boilerplate"}, ["Share this:", "Advertisement"], []),
    ({"only": ["ad"]}, ["Share this:"], ["Advertisement"]),
    ({"ascii_punct": True}, ['"quoted"'], ["\u201cquoted\u201d"]),
    ({"nfkc": True}, ["fi"], ["\ufb01"]),
])
def test_options_change_what_is_kept(options, present, absent):
    text = ("The mayor said the \u201cquoted\u201d plan was \ufb01nal.\nAdvertisement\n"
            "The council approved it on Tuesday.\nShare this:")
    result = pith.Cleaner(**options).clean(text)["text"]
    for snippet in present:
        assert snippet in result
    for snippet in absent:
        assert snippet not in result


def test_with_markdown_and_boilerplate_threshold():
    page = (ROOT / "fixtures" / "html-markdown-wahl" / "input.html").read_bytes()
    assert "markdown" not in pith.clean(page)
    assert pith.clean(page, with_markdown=True)["markdown"].startswith("Mit nur 1.205 Stimmen")
    # A line the model scores as likely boilerplate, but below 1.0: the threshold decides.
    text = ("The council approved the budget on Tuesday after a long debate.\n"
            "Home | News | Sport | Weather\nThe mayor said the plan would be ready by spring.")
    assert "Home | News" not in pith.clean(text, only="boilerplate", boilerplate_threshold=0.5)["text"]
    assert "Home | News" in pith.clean(text, only="boilerplate", boilerplate_threshold=1.0)["text"]
    with pytest.raises(ValueError, match="boilerplate_threshold"):
        pith.Cleaner(boilerplate_threshold=1.5)


@pytest.mark.parametrize("options,option", [
    ({"disable": ["no-such-stage"]}, "disable"),
    ({"only": "ad,no-such-stage"}, "only"),
    ({"keep": ["footers"]}, "keep"),
    ({"drop": "ads"}, "drop"),
    ({"max_bytes": "64X"}, "max_bytes"),
    ({"max_bytes": 0}, "max_bytes"),
    ({"rules": ["/no/such/rules.toml"]}, "rules"),
    ({"sites": ["/no/such/sites.tsv"]}, "sites"),
])
def test_bad_options_raise_value_error_naming_the_option(options, option):
    with pytest.raises(ValueError, match=rf"^{option}: "):
        pith.Cleaner(**options)
    with pytest.raises(ValueError, match=rf"^{option}: "):
        pith.clean("text", **options)


@pytest.mark.parametrize("options", [{"disable": 3}, {"nfkc": "yes"}, {"max_bytes": 1.5}, {"colour": True}])
def test_options_of_the_wrong_type_raise_type_error(options):
    with pytest.raises(TypeError):
        pith.Cleaner(**options)


def test_bad_rules_file_is_a_value_error(tmp_path):
    rules = tmp_path / "bad.toml"
    rules.write_text("[filters.ad]\npatterns = ['(unclosed']\n")
    with pytest.raises(ValueError, match="^rules: .*bad.toml"):
        pith.Cleaner(rules=[str(rules)])


def test_rules_file_adds_a_filter():
    case = ROOT / "fixtures" / "rules-example"
    cleaner = pith.Cleaner(rules=[str(case / "rules.toml")])
    assert any(stage["name"] == "newsletter-prompt" for stage in cleaner.stages())
    assert cleaner.clean((case / "input.txt").read_text())["text"] + "\n" == (case / "expected.txt").read_text()


def test_a_site_profile_removes_its_sites_lines_and_no_other_sites(tmp_path):
    profile = tmp_path / "sites.tsv"
    profile.write_text("site\tharbour.example\t40\n"
                       "line\tharbour.example\t31\tSupport the Harbour Times: become a member today.\n"
                       "template\tharbour.example\t40\tour harbour desk followed {...} all week\n")
    text = ("The council voted on Tuesday to rebuild the old sea wall before the winter storms arrive.\n"
            "Support the Harbour Times: become a member today.\n"
            "Engineers said the work would take most of the coming year and cost more than planned.\n"
            "Our Harbour desk followed Council votes to rebuild the sea wall all week.\n")
    cleaner = pith.Cleaner(sites=[str(profile)])
    result = cleaner.clean(text, url="https://www.harbour.example/news/1")
    assert "become a member" not in result["text"]
    assert "desk followed" not in result["text"]
    assert "sea wall before the winter" in result["text"] and "most of the coming year" in result["text"]
    assert {r["filter"] for r in result["removed"]} == {"site-repeat"}
    assert result["removed"][0]["reason"].startswith("in 31 of 40 records of harbour.example")
    # another site's page, or one with no URL, keeps the same lines
    for url in ("https://valley.example/news/1", None):
        assert "become a member" in cleaner.clean(text, url=url)["text"]
    # a Cleaner with profiles pickles by its options
    assert pickle.loads(pickle.dumps(cleaner)).clean(text, url="https://harbour.example/a")["text"] == result["text"]


def test_a_bad_site_profile_is_a_value_error(tmp_path):
    profile = tmp_path / "bad.tsv"
    profile.write_text("line\tharbour.example\tmany\tsubscribe\n")
    with pytest.raises(ValueError, match="^sites: .*bad.tsv"):
        pith.Cleaner(sites=str(profile))


@pytest.mark.parametrize("content,reason", [
    (b"\x00\x01\x02\x03binary\x00" * 64, "binary"),
    (gzip.compress(b"text")[:-6], ""),
    ("x" * 5000, "max-bytes"),
])
def test_a_document_that_cannot_be_cleaned_raises_pith_error(content, reason):
    with pytest.raises(pith.Error, match=reason):
        pith.Cleaner(max_bytes="4K").clean(content)


def test_wrong_content_type_is_a_type_error():
    with pytest.raises(TypeError):
        pith.clean(42)


def test_stages_list_every_stage_in_pipeline_order():
    stages = pith.Cleaner(disable="share").stages()
    names = [stage["name"] for stage in stages]
    assert names.index("social-embed") < names.index("share") < names.index("whitespace")
    assert {stage["kind"] for stage in stages} == {"filter", "normaliser"}
    assert not next(s for s in stages if s["name"] == "share")["enabled"]
    assert not next(s for s in stages if s["name"] == "ascii-punct")["enabled"]


def test_cleaner_pickles_by_its_options():
    cleaner = pith.Cleaner(disable=["share"], max_bytes=1 << 20)
    copy = pickle.loads(pickle.dumps(cleaner))
    text = "The council met.\nShare this:"
    assert copy.clean(text) == cleaner.clean(text)
    assert "Share this:" in copy.clean(text)["text"]
