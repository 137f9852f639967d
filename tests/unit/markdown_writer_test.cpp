// Markdown output: each kind of block in its Markdown form, plain text escaped so it stays
// plain, removed blocks and cut spans never shown.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pith/document.h"
#include "pith/html/html_parser.h"
#include "pith/output/writers.h"

namespace {

pith::Block block(pith::BlockKind kind, std::string text, pith::BlockStructure structure = {}) {
  pith::Block b;
  b.kind = kind;
  b.text = std::move(text);
  b.structure = structure;
  return b;
}

pith::BlockStructure heading(int level) {
  pith::BlockStructure s;
  s.heading_level = level;
  return s;
}

pith::BlockStructure item(int group, int depth = 1, bool ordered = false) {
  pith::BlockStructure s;
  s.group = group;
  s.list_depth = depth;
  s.ordered = ordered;
  return s;
}

pith::BlockStructure row(int group, bool header = false) {
  pith::BlockStructure s;
  s.group = group;
  s.header_row = header;
  return s;
}

std::string markdown_of(std::vector<pith::Block> blocks) {
  pith::Document doc;
  doc.blocks = std::move(blocks);
  std::string out;
  pith::write_markdown(doc, out);
  return out;
}

using K = pith::BlockKind;

}  // namespace

TEST_CASE("each kind of block has its Markdown form", "[markdown]") {
  struct Case {
    const char* what;
    std::vector<pith::Block> blocks;
    const char* markdown;
  };
  const Case cases[] = {
      {"paragraphs", {block(K::paragraph, "One."), block(K::paragraph, "Two.")}, "One.\n\nTwo.\n"},
      {"headings by level",
       {block(K::heading, "Top", heading(1)), block(K::heading, "Part", heading(2)),
        block(K::heading, "Deep", heading(6)), block(K::heading, "Unknown level")},
       "# Top\n\n## Part\n\n###### Deep\n\n## Unknown level\n"},
      {"a heading's line break", {block(K::heading, "Two\nlines", heading(3))}, "### Two lines\n"},
      {"a list", {block(K::list_item, "a", item(7)), block(K::list_item, "b", item(7))}, "- a\n- b\n"},
      {"an ordered list, numbered",
       {block(K::list_item, "first", item(3, 1, true)), block(K::list_item, "second", item(3, 1, true))},
       "1. first\n2. second\n"},
      {"a nested list",
       {block(K::list_item, "outer", item(1)), block(K::list_item, "inner", item(2, 2, true)),
        block(K::list_item, "inner too", item(2, 2, true)), block(K::list_item, "outer again", item(1))},
       "- outer\n    1. inner\n    2. inner too\n- outer again\n"},
      {"a list item over two lines", {block(K::list_item, "one\ntwo", item(1))}, "- one\n  two\n"},
      {"a list between paragraphs",
       {block(K::paragraph, "Before."), block(K::list_item, "x", item(4)), block(K::paragraph, "After.")},
       "Before.\n\n- x\n\nAfter.\n"},
      {"a table with its header row",
       {block(K::table_row, "Bird | Hole", row(9, true)), block(K::table_row, "Blue tit | 25 mm", row(9)),
        block(K::table_row, "House sparrow | 32 mm", row(9))},
       "| Bird | Hole |\n| --- | --- |\n| Blue tit | 25 mm |\n| House sparrow | 32 mm |\n"},
      {"a table without one: the first row heads it, short rows are padded",
       {block(K::table_row, "Rosa Ortega | Civic Alliance | 48,212", row(2)),
        block(K::table_row, "Ben Adler | 31,007", row(2))},
       "| Rosa Ortega | Civic Alliance | 48,212 |\n| --- | --- | --- |\n| Ben Adler | 31,007 |  |\n"},
      {"two tables apart",
       {block(K::table_row, "a | b", row(1)), block(K::table_row, "c | d", row(5))},
       "| a | b |\n| --- | --- |\n\n| c | d |\n| --- | --- |\n"},
      {"a pipe and a line break inside a cell", {block(K::table_row, "x|y | two\nlines", row(1))},
       "| x\\|y | two lines |\n| --- | --- |\n"},
      {"quotes", {block(K::quote, "One."), block(K::quote, "Two.")}, "> One.\n>\n> Two.\n"},
      {"a quote over two lines", {block(K::quote, "one\ntwo")}, "> one\n> two\n"},
      {"preformatted text", {block(K::preformatted, "int x = 1;\n  return x;")}, "```\nint x = 1;\n  return x;\n```\n"},
      {"preformatted text holding a fence", {block(K::preformatted, "```\ncode\n```")}, "````\n```\ncode\n```\n````\n"},
      {"a caption is a paragraph", {block(K::caption, "The bridge at dawn.")}, "The bridge at dawn.\n"},
      {"nothing", {}, ""},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(markdown_of(c.blocks) == c.markdown);
  }
}

TEST_CASE("plain text that Markdown would read as markup is escaped", "[markdown]") {
  struct Case {
    const char* text;
    const char* markdown;
  };
  const Case cases[] = {
      {"# not a heading", "\\# not a heading\n"},
      {"#hashtag", "\\#hashtag\n"},
      {"- not a list", "\\- not a list\n"},
      {"+ not a list", "\\+ not a list\n"},
      {"* not a list", "\\* not a list\n"},
      {"---", "\\---\n"},
      {"1. not a list", "1\\. not a list\n"},
      {"2024) not a list", "2024\\) not a list\n"},
      {"> not a quote", "\\> not a quote\n"},
      {"<div> not HTML", "\\<div> not HTML\n"},
      {"| not a table |", "\\| not a table |\n"},
      {"```not a fence", "\\```not a fence\n"},
      {"line one\n# line two", "line one\n\\# line two\n"},
      {"    four spaces are no code block", "   four spaces are no code block\n"},
      // Near-misses that stay as they are.
      {"1984 was a year.", "1984 was a year.\n"},
      {"3.5 million people", "3.5 million people\n"},
      {"-5 degrees", "-5 degrees\n"},
      {"*emphasis* inside", "*emphasis* inside\n"},
      {"C# and F# are languages", "C# and F# are languages\n"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(markdown_of({block(K::paragraph, c.text)}) == c.markdown);
  }
}

TEST_CASE("removed blocks and cut spans never appear in Markdown", "[markdown]") {
  pith::Block removed = block(K::paragraph, "Advertisement");
  pith::mark_removed(removed, "ad", "an ad label");
  pith::Block kept = block(K::paragraph, "The council voted. pic.twitter.com/abc");
  pith::mark_span_removed(kept, 18, kept.text.size(), "social-embed");
  pith::cut_removed_spans(kept);
  pith::Block removed_row = block(K::table_row, "Sponsored | link", row(1));
  pith::mark_removed(removed_row, "ad");
  std::string markdown = markdown_of({removed, kept, block(K::table_row, "a | b", row(1)), removed_row});
  CHECK(markdown == "The council voted.\n\n| a | b |\n| --- | --- |\n");
  CHECK(markdown.find("Advertisement") == std::string::npos);
  CHECK(markdown.find("pic.twitter") == std::string::npos);
  CHECK(markdown.find("Sponsored") == std::string::npos);
}

TEST_CASE("kept_markdown is write_markdown without the final newline", "[markdown]") {
  pith::Document doc;
  doc.blocks = {block(K::heading, "Title", heading(2)), block(K::paragraph, "Body.")};
  CHECK(pith::kept_markdown(doc) == "## Title\n\nBody.");
  CHECK(pith::kept_markdown(pith::Document{}).empty());
}

TEST_CASE("pages give their blocks the structure Markdown shows", "[markdown][html]") {
  const std::string page =
      "<!doctype html><html><head><title>How to build a bird box</title></head><body><article>"
      "<h1>How to build a bird box</h1>"
      "<p>A bird box is a simple weekend project that gives garden birds a safe place to nest in spring.</p>"
      "<h2>What you need</h2>"
      "<ul><li>A plank of untreated wood</li><li>Nails<ul><li>30 mm ones</li></ul></li></ul>"
      "<h3>Steps</h3><ol><li>Cut the panels.</li><li>Drill the hole.</li></ol>"
      "<table><tr><th>Bird</th><th>Hole</th></tr><tr><td>Blue tit</td><td>25 mm</td></tr></table>"
      "<table><thead><tr><td>Year</td><td>Boxes</td></tr></thead><tr><td>2023</td><td>12</td></tr></table>"
      "</article></body></html>";
  pith::Document doc;
  std::string err;
  REQUIRE(pith::parse_html(page, pith::Config{}, doc, &err));
  std::string markdown = pith::kept_markdown(doc);
  CHECK(markdown ==
        "A bird box is a simple weekend project that gives garden birds a safe place to nest in spring.\n\n"
        "## What you need\n\n"
        "- A plank of untreated wood\n- Nails\n    - 30 mm ones\n\n"
        "### Steps\n\n"
        "1. Cut the panels.\n2. Drill the hole.\n\n"
        "| Bird | Hole |\n| --- | --- |\n| Blue tit | 25 mm |\n\n"
        "| Year | Boxes |\n| --- | --- |\n| 2023 | 12 |");
  for (const pith::Block& b : doc.blocks) {
    INFO(b.text);
    if (b.text == "Blue tit | 25 mm") CHECK_FALSE(b.structure.header_row);
    if (b.text == "Bird | Hole" || b.text == "Year | Boxes") CHECK(b.structure.header_row);
    if (b.text == "30 mm ones") CHECK(b.structure.list_depth == 2);
  }
}
