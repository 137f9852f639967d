// Markdown from the command line: --format markdown for documents and record streams, the
// "markdown" member of JSON with --with-markdown, and .md files under --output-dir.
#include <catch2/catch.hpp>
#include <simdjson.h>

#include <filesystem>
#include <string>

#include "unit/batch_test_data.h"
#include "unit/test_support.h"

using pith::test::run_pith;

namespace {

const std::string k_page =
    "<!doctype html><html><head><title>Ferry timetable changes</title></head><body><article>"
    "<h1>Ferry timetable changes</h1>"
    "<p>The island ferry will run two extra sailings a day from June, the operator said on Monday.</p>"
    "<h2>New times</h2><ul><li>07:15 from the harbour</li><li>19:40 from the mainland</li></ul>"
    "<div class=\"ad\">Advertisement</div>"
    "</article></body></html>";

const std::string k_markdown =
    "The island ferry will run two extra sailings a day from June, the operator said on Monday.\n\n"
    "## New times\n\n"
    "- 07:15 from the harbour\n- 19:40 from the mainland\n";

}  // namespace

TEST_CASE("Markdown output writes a page's structure", "[cli][markdown]") {
  auto result = run_pith({"--format", "markdown", "-i", "html"}, k_page);
  REQUIRE(result.status == 0);
  CHECK(result.out == k_markdown);
  CHECK(result.out.find("Advertisement") == std::string::npos);
}

TEST_CASE("Markdown output writes text input as paragraphs", "[cli][markdown]") {
  auto result = run_pith({"--format", "markdown"},
                         "Harbour plan approved\nThe authority approved the plan on Monday.\n- a dash line\n");
  REQUIRE(result.status == 0);
  CHECK(result.out ==
        "Harbour plan approved\n\nThe authority approved the plan on Monday.\n\n\\- a dash line\n");
}

TEST_CASE("JSON gains a markdown member with --with-markdown, and only when asked", "[cli][markdown][json]") {
  for (const char* format : {"json", "jsonl"}) {
    INFO(format);
    auto with = run_pith({"--format", format, "--with-markdown", "-i", "html"}, k_page);
    REQUIRE(with.status == 0);
    simdjson::dom::parser parser;
    simdjson::dom::element doc = parser.parse(with.out);
    CHECK(std::string(std::string_view(doc["markdown"])) + "\n" == k_markdown);
    CHECK(std::string_view(doc["text"]).find("## ") == std::string_view::npos);

    auto without = run_pith({"--format", format, "-i", "html"}, k_page);
    simdjson::dom::element plain = parser.parse(without.out);
    CHECK(plain["markdown"].error() == simdjson::NO_SUCH_FIELD);
  }
}

TEST_CASE("records in Markdown are told apart by a rule, and JSON records carry the member", "[cli][markdown][batch]") {
  const std::string records =
      "{\"id\":\"a\",\"text\":\"<p>The first page of the batch, a paragraph long enough to keep.</p>\"}\n"
      "{\"id\":\"b\",\"text\":\"Second record, plain text.\"}\n";
  auto markdown = run_pith({"-i", "jsonl", "--format", "markdown", "-q"}, records);
  REQUIRE(markdown.status == 0);
  CHECK(markdown.out ==
        "The first page of the batch, a paragraph long enough to keep.\n\n---\n\n"
        "Second record, plain text.\n\n---\n\n");

  auto json = run_pith({"-i", "jsonl", "--with-markdown", "-q"}, records);
  REQUIRE(json.status == 0);
  CHECK(json.out.find("\"markdown\":\"Second record, plain text.\"") != std::string::npos);
}

TEST_CASE("several documents in Markdown are told apart by a rule, as records are", "[cli][markdown][batch]") {
  pith::test::TempDir dir;
  std::string a = dir.write("a.txt", "The council met on Tuesday and approved the budget.\n");
  std::string b = dir.write("b.html", "<html><body><article><p>The ferry resumed its crossings today.</p>"
                                      "<p>Passengers queued from dawn.</p></article></body></html>");
  std::string c = dir.write("c.txt", "Der Stadtrat tagte am Montag.\n");
  auto result = run_pith({"--format", "markdown", "-q", a, b, c});
  REQUIRE(result.status == 0);
  CHECK(result.out ==
        "The council met on Tuesday and approved the budget.\n\n---\n\n"
        "The ferry resumed its crossings today.\n\nPassengers queued from dawn.\n\n---\n\n"
        "Der Stadtrat tagte am Montag.\n\n---\n\n");
  // One document alone has no rule after it.
  CHECK(run_pith({"--format", "markdown", "-q", a}).out == "The council met on Tuesday and approved the budget.\n");
}

TEST_CASE("output directories get .md files for Markdown (--output-dir)", "[cli][markdown][batch]") {
  pith::test::TempDir dir;
  std::string input = dir.write("pages/ferry.html", k_page);
  auto result = run_pith({"--format", "markdown", "--output-dir", dir.path("out"), "-q", input});
  REQUIRE(result.status == 0);
  CHECK(std::filesystem::exists(dir.path("out/ferry.md")));
  CHECK(pith::test::read_file(dir.path("out/ferry.md")) == k_markdown);
}

TEST_CASE("an unknown output format is a usage error", "[cli][markdown]") {
  CHECK(run_pith({"--format", "md"}, "text\n").status == 2);
}

TEST_CASE("a <pre> keeps its indentation and inner blank lines, and paragraphs still fold white space",
          "[cli][markdown]") {
  const std::string lead =
      "<!doctype html><html><head><title>Notes</title></head><body><article><h1>Notes</h1>"
      "<p>The release notes below show how the new configuration is read, with an example for each case.</p>";
  const std::string tail =
      "<p>After   the example the   article goes on\n   with more prose about the release, in plain words.</p>"
      "</article></body></html>";
  struct Case {
    const char* pre;       // the <pre> as written
    const char* markdown;  // its fenced block's body
    const char* text;      // its lines in text output (indented, blank ones left out)
  };
  const Case cases[] = {
      {"class Ferry:\n    def sail(self):\n        return True\n\n    def dock(self):\n        pass",
       "class Ferry:\n    def sail(self):\n        return True\n\n    def dock(self):\n        pass",
       "class Ferry:\n    def sail(self):\n        return True\n    def dock(self):\n        pass\n"},
      {"if (ready) {\n\tsail();\n\t\tlog(\"out\");\n}", "if (ready) {\n\tsail();\n\t\tlog(\"out\");\n}",
       "if (ready) {\n\tsail();\n\t\tlog(\"out\");\n}\n"},
      {"  indented line1\n  indented line2\n\n\n  after  two   blank lines",
       "  indented line1\n  indented line2\n\n\n  after  two   blank lines",
       "  indented line1\n  indented line2\n  after  two   blank lines\n"},
  };
  const std::string paragraph = "After the example the article goes on with more prose about the release, in plain words.";
  for (const Case& c : cases) {
    INFO(c.pre);
    std::string page = lead + "<pre><code>" + c.pre + "</code></pre>" + tail;
    auto markdown = run_pith({"--format", "markdown", "-i", "html"}, page);
    REQUIRE(markdown.status == 0);
    CHECK(markdown.out.find("```\n" + std::string(c.markdown) + "\n```\n") != std::string::npos);
    CHECK(markdown.out.find("\n\n" + paragraph + "\n") != std::string::npos);
    auto text = run_pith({"-i", "html"}, page);
    REQUIRE(text.status == 0);
    CHECK(text.out.find(std::string(c.text) + paragraph + "\n") != std::string::npos);
    CHECK(text.out.find("\n\n") == std::string::npos);
  }
}
