// The document model: spans cut from kept blocks, and what is counted as removed.
#include <catch2/catch.hpp>

#include "pith/document.h"
#include "pith/output/writers.h"

namespace {

struct SpanCase {
  const char* text;
  std::size_t begin, end;
  const char* kept;
  const char* removed;
};

}  // namespace

TEST_CASE("cutting a span keeps one space where two words would glue", "[document]") {
  const SpanCase cases[] = {
      // A tweet glued between a colon and the next sentence: the space comes back.
      {"Read it below:Tweet text here pic.twitter.com/AbC123Someone needs to act.", 14, 52,
       "Read it below: Someone needs to act.", "Tweet text here pic.twitter.com/AbC123"},
      // A span between spaces leaves one space, not two.
      {"First part. REMOVE ME Second part.", 12, 22, "First part. Second part.", "REMOVE ME "},
      // A span before a full stop needs no space.
      {"The fire spread quickly (Photo: Jane Roe).", 23, 41, "The fire spread quickly.",
       " (Photo: Jane Roe)"},
      // A span at the end leaves no trailing white space.
      {"The mayor spoke on Monday. Featured image via Getty", 26, 51, "The mayor spoke on Monday.",
       " Featured image via Getty"},
      // A span at the start leaves no leading white space.
      {"Advertisement The council met.", 0, 13, "The council met.", "Advertisement"},
  };
  for (const SpanCase& c : cases) {
    pith::Block block;
    block.text = c.text;
    pith::mark_span_removed(block, c.begin, c.end, "test", "why");
    CHECK(block.text == c.text);  // marking changes nothing
    pith::cut_removed_spans(block);
    CHECK(block.text == c.kept);
    REQUIRE(block.removed_spans.size() == 1);
    CHECK(block.removed_spans[0].text == c.removed);
    CHECK(block.removed_spans[0].offset == c.begin);
    CHECK(block.kept());
  }
}

TEST_CASE("two spans marked by one filter are cut against the text it judged", "[document]") {
  pith::Block block;
  block.text = "aaa XX bbb YY ccc";
  pith::mark_span_removed(block, 11, 14, "f");  // "YY " marked first
  pith::mark_span_removed(block, 4, 7, "f");    // "XX "
  pith::mark_span_removed(block, 5, 9, "f");    // overlaps "XX ": ignored
  pith::mark_span_removed(block, 9, 40, "f");   // past the end: ignored
  pith::mark_span_removed(block, 3, 3, "f");    // empty: ignored
  pith::cut_removed_spans(block);
  CHECK(block.text == "aaa bbb ccc");
  REQUIRE(block.removed_spans.size() == 2);
  CHECK(block.removed_spans[0].text == "YY ");
  CHECK(block.removed_spans[1].text == "XX ");
  // A second cut has nothing pending and changes nothing.
  pith::cut_removed_spans(block);
  CHECK(block.text == "aaa bbb ccc");
}

TEST_CASE("spans count as removals and show in JSON and --explain", "[document]") {
  pith::Document doc;
  doc.blocks.resize(2);
  doc.blocks[0].text = "Kept words, then residue";
  doc.blocks[0].line = 1;
  doc.blocks[1].text = "A removed line";
  doc.blocks[1].line = 2;
  pith::mark_span_removed(doc.blocks[0], 17, 24, "credit", "credit tail");
  pith::cut_removed_spans(doc.blocks[0]);
  pith::mark_removed(doc.blocks[1], "ad", "label");
  // A removed block takes no spans.
  pith::mark_span_removed(doc.blocks[1], 0, 1, "credit");
  CHECK(doc.blocks[1].removed_spans.empty());

  auto counts = pith::removed_per_filter(doc);
  REQUIRE(counts.size() == 2);
  CHECK(counts[0] == std::pair<std::string, std::size_t>{"credit", 1});
  CHECK(counts[1] == std::pair<std::string, std::size_t>{"ad", 1});

  std::string json;
  pith::write_json_line(doc, json);
  CHECK(json.find(R"({"filter":"credit","text":"residue","reason":"credit tail","line":1,"offset":17})") !=
        std::string::npos);
  CHECK(json.find(R"({"filter":"ad","text":"A removed line","reason":"label","line":2,"offset":null})") !=
        std::string::npos);
  CHECK(json.find(R"("text":"Kept words, then")") != std::string::npos);

  std::string explain;
  pith::write_explain(doc, false, explain);
  // A removed block names its line (when known) before the reason.
  CHECK(explain == "  Kept words, then\n    - [credit] residue  # credit tail\n- [ad] A removed line  # line 2: label\n");
}

TEST_CASE("explain marks every line of a block of several lines, and keeps each reason on one line",
          "[document]") {
  pith::Document doc;
  doc.blocks.resize(3);
  doc.blocks[0].text = "GD Star Rating\nloading...";
  doc.blocks[1].text = "Home\r\nNews\rSport";
  doc.blocks[1].line = 7;
  pith::mark_removed(doc.blocks[1], "navigation", "<div class=\"nav\rmenu\">\tnames page furniture");
  doc.blocks[2].text = "One line";
  std::string explain;
  pith::write_explain(doc, false, explain);
  CHECK(explain ==
        "  GD Star Rating\n  loading...\n"
        "- [navigation] Home\n-   News\n-   Sport  # line 7: <div class=\"nav menu\"> names page furniture\n"
        "  One line\n");
  // Near-miss: a block of one line is listed as before.
  pith::Document one;
  one.blocks.resize(1);
  one.blocks[0].text = "A kept line";
  std::string out;
  pith::write_explain(one, false, out);
  CHECK(out == "  A kept line\n");
}
