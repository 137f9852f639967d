// The command line's helpers for people: nearest options, input hints, grouped diagnostics,
// plurals, pipeline order, sites of URLs, separators, and when a progress line may be drawn.
#include <catch2/catch.hpp>

#include "cli/diagnostics.h"
#include "cli/hints.h"
#include "cli/options.h"
#include "cli/report.h"
#include "unit/cli_args.h"
#include "unit/test_support.h"

TEST_CASE("an unknown option gets the nearest known one, when one is near", "[cli][hints]") {
  const std::vector<std::string> known = {"--format",    "--input-format", "--explain", "--field",  "--fields",
                                          "--recursive", "--output-dir",   "--quiet",   "--report", "--separator",
                                          "--no-removed", "--min-chars"};
  struct Case {
    const char* typed;
    const char* nearest;
  };
  const Case cases[] = {
      {"--formt", "--format"},        {"--fromat", "--format"},      {"-format", "--format"},
      {"--form=json", "--format"},    {"--explian", "--explain"},    {"--recursiv", "--recursive"},
      {"--outputdir", "--output-dir"}, {"--output_dir", "--output-dir"}, {"--seperator", "--separator"},
      {"--min-char", "--min-chars"},  {"--reprot", "--report"},      {"--quite", "--quiet"},
      // Nothing near: no guess.
      {"--verbose", ""},              {"--xyz", ""},                 {"--colour-scheme", ""},
      {"-x", ""},
  };
  for (const Case& c : cases) {
    INFO(c.typed);
    CHECK(cli::nearest_option(c.typed, known) == c.nearest);
  }
  CHECK(cli::edit_distance("format", "format") == 0);
  CHECK(cli::edit_distance("fromat", "format") == 1);  // a swap of neighbours is one slip
  CHECK(cli::edit_distance("", "abc") == 3);
  CHECK(cli::edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("a stage name --disable or --only got wrong gets the nearest stage, when one is near", "[cli][hints]") {
  struct Case {
    std::vector<std::string> args;
    const char* hint;  ///< "" when no guess is right
  };
  const Case cases[] = {
      {{"--disable", "shares"}, "did you mean share?"},
      {{"--disable", "ads"}, "did you mean ad?"},
      {{"--only", "cookies"}, "did you mean cookie?"},
      {{"--disable", "share,copyrigth"}, "did you mean copyright?"},
      {{"--disable", "sentiment-analysis"}, ""},
  };
  for (const Case& c : cases) {
    INFO(c.args[1]);
    pith::test::RunResult result = pith::test::run_pith(c.args, "The council met on Tuesday.\n");
    CHECK(result.status == 2);
    CHECK(result.err.find("unknown filter or normaliser") != std::string::npos);
    if (*c.hint) CHECK(result.err.find(c.hint) != std::string::npos);
    else CHECK(result.err.find("did you mean") == std::string::npos);
  }
}

TEST_CASE("inputs that cannot be read get a hint when their shape says why", "[cli][hints]") {
  CHECK(cli::input_hint("pages/", "is a directory").find("use -r") != std::string::npos);
  for (const char* url : {"https://example.com/story", "http://news.example.org/a?b=1", "ftp://x.example/f.html"}) {
    INFO(url);
    std::string hint = cli::input_hint(url, "No such file or directory");
    CHECK(hint.find("curl") != std::string::npos);
    CHECK(hint.find(url) != std::string::npos);
  }
  // Near misses: a file named like a site, and other errors, get none.
  CHECK(cli::input_hint("example.com.html", "No such file or directory").empty());
  CHECK(cli::input_hint("story.txt", "Permission denied").empty());
  CHECK(cli::input_hint("http-notes.txt", "No such file or directory").empty());
}

TEST_CASE("diagnostics group messages by kind: a few shown, the rest counted", "[cli][diagnostics]") {
  CHECK(cli::message_kind("no field 'body' (its fields: id, html)") == "no field 'body'");
  CHECK(cli::message_kind("line is over --max-bytes (4096 bytes)") == "line is over --max-bytes");
  CHECK(cli::message_kind("input is 123456 bytes, over --max-bytes (65536)") == "input is N bytes, over --max-bytes");
  CHECK(cli::message_kind("invalid JSON: unclosed string") == "invalid JSON: unclosed string");

  cli::Diagnostics diagnostics;
  std::string printed;
  for (int i = 1; i <= 5000; ++i)
    printed += diagnostics.add("dump.jsonl:" + std::to_string(i), "no field 'body' (its fields: id, text, url)");
  printed += diagnostics.add("dump.jsonl:5001", "invalid JSON: unclosed string");
  printed += diagnostics.add("dump.jsonl:5002", "not a JSON object");
  std::size_t lines = std::count(printed.begin(), printed.end(), '\n');
  CHECK(lines == cli::Diagnostics::k_shown_per_kind + 1 + 2);  // three, "more are counted", two others
  CHECK(printed.find("pith: dump.jsonl:1: no field 'body' (its fields: id, text, url)\n") == 0);
  CHECK(printed.find("dump.jsonl:4:") == std::string::npos);
  CHECK(printed.find("pith: dump.jsonl:5001: invalid JSON") != std::string::npos);
  std::string tail = diagnostics.unshown();
  CHECK(tail == "pith: ... and 4997 more like this: no field 'body' (5000 in all)\n");
  REQUIRE(diagnostics.kinds().size() == 3);
  CHECK(diagnostics.kinds()[0].count == 5000);
  CHECK(diagnostics.kinds()[0].first == "dump.jsonl:1: no field 'body' (its fields: id, text, url)");
}

TEST_CASE("counts read as English: one record, two records", "[cli][summary]") {
  CHECK(cli::count_of(0, "record") == "0 records");
  CHECK(cli::count_of(1, "record") == "1 record");
  CHECK(cli::count_of(1, "error") == "1 error");
  CHECK(cli::count_of(2, "error") == "2 errors");

  cli::RunTotals totals;
  totals.records_in = 1;
  totals.records_out = 1;
  std::string one = cli::summary(totals, 1.0, {}, "");
  CHECK(one.find("pith: 1 record in: 1 out, 0 errors, 0 skipped\n") == 0);
  totals.records_in = 7;
  totals.records_out = 2;
  totals.empty = 1;
  totals.errors = 1;
  totals.skipped = 4;
  totals.skipped_short = 1;
  std::string many = cli::summary(totals, 1.0, {}, "the cleaned text went to \"text\"");
  CHECK(many.find("pith: 7 records in: 2 out (1 empty), 1 error, 4 skipped (3 not HTML responses, 1 under --min-chars)") ==
        0);
  CHECK(many.find("pith: 1 record came out empty") != std::string::npos);
  // Skips for --language are counted as such, never as short texts.
  totals.skipped = 3;
  totals.skipped_short = 0;
  totals.skipped_language = 3;
  CHECK(cli::summary(totals, 1.0, {}, "").find("3 skipped (not in a --language asked for)") != std::string::npos);
  totals.skipped = 5;
  totals.skipped_short = 1;
  totals.skipped_language = 2;
  CHECK(cli::summary(totals, 1.0, {}, "").find(
            "5 skipped (2 not HTML responses, 1 under --min-chars, 2 not in a --language asked for)") !=
        std::string::npos);
  CHECK(many.find("pith: the cleaned text went to \"text\"\n") != std::string::npos);
}

TEST_CASE("removals are listed in pipeline order, whatever order records showed them", "[cli][summary]") {
  std::vector<std::string> order = {"social-embed", "ad", "disclaimer", "loading", "share", "whitespace"};
  cli::RunTotals totals;
  totals.add_removed({{"share", 2}, {"loading", 1}});
  totals.add_removed({{"ad", 5}, {"share", 1}, {"my-rule", 4}});
  totals.add_removed({{"social-embed", 3}});
  auto ordered = cli::in_pipeline_order(totals.removed, order);
  std::vector<std::pair<std::string, std::size_t>> expected = {
      {"social-embed", 3}, {"ad", 5}, {"loading", 1}, {"share", 3}, {"my-rule", 4}};
  CHECK(ordered == expected);
  std::string text = cli::summary(totals, 1.0, order, "");
  CHECK(text.find("removed, in pipeline order: social-embed 3, ad 5, loading 1, share 3, my-rule 4\n") !=
        std::string::npos);
}

TEST_CASE("the site of a record is the host of its URL", "[cli][report]") {
  struct Case {
    const char* url;
    const char* site;
  };
  const Case cases[] = {
      {"https://www.Example.com/news/a.html", "example.com"},
      {"http://news.example.org:8080/x?y#z", "news.example.org"},
      {"https://user:pw@blog.example.net/p", "blog.example.net"},
      {"https://example.co.uk", "example.co.uk"},
      {"https://[2001:db8::1]:443/a", "[2001:db8::1]"},
      {"HTTPS://WWW.EL-PAIS.EXAMPLE/", "el-pais.example"},
      {"", ""},
      {"not a url", ""},
      {"/relative/path.html", ""},
  };
  for (const Case& c : cases) {
    INFO(c.url);
    CHECK(cli::url_site(c.url) == c.site);
  }
}

TEST_CASE("separators take escapes for the bytes people cannot type (--separator)", "[cli][options]") {
  std::string bytes;
  REQUIRE(cli::unescape_separator("\\f", &bytes));
  CHECK(bytes == "\f");
  REQUIRE(cli::unescape_separator("--- \\t end \\\\ \\n", &bytes));
  CHECK(bytes == "--- \t end \\ \n");
  REQUIRE(cli::unescape_separator("", &bytes));
  CHECK(bytes.empty());
  CHECK_FALSE(cli::unescape_separator("\\x0c", &bytes));
  CHECK_FALSE(cli::unescape_separator("trailing \\", &bytes));
}

TEST_CASE("a progress line is drawn only where it cannot run into the output", "[cli][progress]") {
  CHECK(cli::progress_allowed(true, false, true));    // output to a file or pipe
  CHECK(cli::progress_allowed(true, true, false));    // --output-dir: the terminal is free
  CHECK_FALSE(cli::progress_allowed(true, true, true));  // text and progress on one terminal
  CHECK_FALSE(cli::progress_allowed(false, false, true));  // stderr is not a terminal
}

TEST_CASE("removal reasons are spelled out only when the run writes them", "[cli][hints]") {
  struct Row {
    std::vector<std::string> args;
    bool shown;
  };
  for (const Row& row : std::vector<Row>{{{"-f", "text"}, false},
                                         {{"-f", "markdown"}, false},
                                         {{"-f", "text", "--explain"}, true},
                                         {{"-f", "text", "--report", "r.html"}, true},
                                         {{"-f", "json"}, true},
                                         {{"-f", "jsonl", "--fields", "text,removed"}, true},
                                         {{"-f", "jsonl", "--fields", "text,title"}, false},
                                         {{"-f", "json", "--no-removed"}, false},
                                         {{}, true}}) {  // the format left open: a batch writes JSON Lines
    cli::RawOptions raw;
    std::vector<std::string> args = row.args;
    args.push_back("input.txt");
    test::parse_cli(args, raw);
    pith::Config config;
    std::string err;
    INFO(args.size());
    REQUIRE(cli::to_config(raw, &config, &err));
    CHECK(config.removal_reasons == row.shown);
  }
}
