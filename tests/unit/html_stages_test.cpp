// Extraction shows its work: every block of the page is in the document, the dropped ones
// marked by the extraction stage that dropped them, with a reason and the line they start on.
#include <catch2/catch.hpp>

#include <string>

#include "pith/html/extraction_stages.h"
#include "pith/html/html_parser.h"
#include "pith/output/writers.h"

namespace {

pith::Document extract(const std::string& page, const pith::Config& config = {}) {
  pith::Document doc;
  std::string err;
  REQUIRE(pith::parse_html(page, config, doc, &err));
  return doc;
}

const pith::Block* find_block(const pith::Document& doc, const std::string& text) {
  for (const pith::Block& block : doc.blocks)
    if (block.text.find(text) != std::string::npos) return &block;
  return nullptr;
}

// One line of markup a line of the page, so each block's line is known. A script and a
// comment of several lines sit before the article: the prescan drops their bodies, and the
// lines reported must still be those of the page as given.
const std::string k_page =
    "<!doctype html><html><head><title>Harbour bridge reopens after two years</title></head><body>\n"  // 1
    "<nav><a href=/>Home</a> <a href=/news>News</a></nav>\n"                                             // 2
    "<script>\nvar a = 1;\nvar b = 2;\n</script><!-- a\ncomment -->\n"                                    // 3-7
    "<div class=\"share-bar\"><a href=#>Share on Mastodon</a></div>\n"                                    // 8
    "<div hidden><p>A teaser the page never shows.</p></div>\n"                                          // 9
    "<div class=\"promo-box\"><p>Our shop has calendars of the old harbour for sale.</p></div>\n"        // 10
    "<article class=\"story\">\n"                                                                        // 11
    "<h1>Harbour bridge reopens after two years</h1>\n"                                                  // 12
    "<p>The harbour bridge reopened on Tuesday, two years after corrosion forced the council to shut "
    "it, and the first buses crossed at noon.</p>\n"                                                     // 13
    "<p>Engineers replaced the bearings and most of the deck plates, at a cost of four million pounds, "
    "the council said.</p>\n"                                                                            // 14
    "<p><a href=/a>Ferry timetable</a> <a href=/b>Bus routes</a> <a href=/c>Parking</a></p>\n"           // 15
    "<p>Shopkeepers on the quay said trade had fallen by a third while the bridge was closed, and hope "
    "it returns.</p>\n"                                                                                  // 16
    "<figure><figcaption>The bridge at dawn.</figcaption></figure>\n"                                    // 17
    "</article>\n"                                                                                       // 18
    "<div id=\"comments\"><p>Great news for the quay, says a reader who crosses it every day.</p></div>\n"  // 19
    "<div class=\"weather\">Sunny, 21 degrees</div>\n"                                                   // 20
    "<footer><p>Contact the newsroom</p></footer>\n"                                                     // 21
    "</body></html>\n";

}  // namespace

TEST_CASE("every dropped block of a page is reported with its stage, a reason and its line", "[html][stages]") {
  namespace stage = pith::html::stage;
  struct Case {
    const char* text;
    std::string_view stage;  // empty: kept
    int line;
  };
  const Case cases[] = {
      {"Home News", stage::k_navigation, 2},
      {"Share on Mastodon", stage::k_boilerplate_class, 8},
      {"A teaser the page never shows.", stage::k_hidden, 9},
      {"Our shop has calendars", stage::k_boilerplate_class, 10},
      {"Harbour bridge reopens after two years", stage::k_headline, 12},
      {"The harbour bridge reopened on Tuesday", "", 13},
      {"Engineers replaced the bearings", "", 14},
      {"Ferry timetable Bus routes Parking", stage::k_link_dense, 15},
      {"Shopkeepers on the quay", "", 16},
      {"The bridge at dawn.", stage::k_caption, 17},
      {"Great news for the quay", stage::k_comment, 19},
      {"Sunny, 21 degrees", stage::k_outside_main_content, 20},
      {"Contact the newsroom", stage::k_page_region, 21},
  };
  pith::Document doc = extract(k_page);
  for (const Case& c : cases) {
    INFO(c.text);
    const pith::Block* block = find_block(doc, c.text);
    REQUIRE(block != nullptr);
    CHECK(block->removed_by == c.stage);
    CHECK(block->line == c.line);
    if (!c.stage.empty()) CHECK_FALSE(block->reason.empty());
  }
}

TEST_CASE("every stage a page's blocks are marked with is in the table of extraction stages", "[html][stages]") {
  pith::Config config;
  config.keep_lists = false;
  pith::Document doc = extract(k_page + "<ul><li>A list item</li></ul>", config);
  for (const pith::Block& block : doc.blocks) {
    if (block.kept()) continue;
    INFO(block.removed_by);
    bool listed = false;
    for (const pith::html::ExtractionStage& stage : pith::html::extraction_stages())
      listed = listed || stage.name == block.removed_by;
    CHECK(listed);
  }
}

TEST_CASE("explain shows the whole page, the text writer only what is kept", "[html][stages]") {
  pith::Document doc = extract(k_page);
  std::string explain, text;
  pith::write_explain(doc, false, explain);
  pith::write_text(doc, text);
  CHECK(explain.find("- [navigation] Home News  # line 2: <nav> is navigation\n") != std::string::npos);
  CHECK(explain.find("- [boilerplate-class] Share on Mastodon  # line 8: <div class=\"share-bar\"> names page "
                     "furniture (\"share\")\n") != std::string::npos);
  CHECK(explain.find("  The harbour bridge reopened on Tuesday") != std::string::npos);
  CHECK(text.find("Home News") == std::string::npos);
  CHECK(text.find("The harbour bridge reopened on Tuesday") == 0);
}

TEST_CASE("kept comments and captions are no longer marked", "[html][stages]") {
  pith::Config config;
  config.keep_comments = true;
  config.keep_captions = true;
  pith::Document doc = extract(k_page, config);
  for (const char* text : {"Great news for the quay", "The bridge at dawn."}) {
    INFO(text);
    const pith::Block* block = find_block(doc, text);
    REQUIRE(block != nullptr);
    CHECK(block->kept());
  }
}

TEST_CASE("text inside <template> is listed as dropped, never lost from the explanation", "[html][stages]") {
  namespace stage = pith::html::stage;
  const std::string article =
      "<article><h1>Harbour bridge reopens after two years</h1><p>The harbour bridge reopened on Tuesday, two "
      "years after corrosion forced the council to shut it, and the first buses crossed at noon.</p><p>Engineers "
      "replaced the bearings and most of the deck plates, at a cost of four million pounds, the council "
      "said.</p></article>";
  auto page = [&](const std::string& body) {
    return "<!doctype html><html><head><title>Harbour bridge reopens after two years</title></head><body>" + body +
           "</body></html>";
  };
  struct Case {
    const char* what;
    std::string html;
    const char* text;
  };
  const Case cases[] = {
      {"a whole article in a template",
       page("<template><article><p>A second story the page renders with a script later on.</p></article></template>" +
            article),
       "A second story the page renders"},
      {"a template inside the article",
       page("<article><h1>Harbour bridge reopens after two years</h1><p>The harbour bridge reopened on Tuesday, two "
            "years after corrosion forced the council to shut it.</p><template><p>Card text for a related story "
            "shown by a script.</p></template><p>Engineers replaced the bearings and most of the deck plates, at a "
            "cost of four million pounds.</p></article>"),
       "Card text for a related story"},
      {"a template inside a template",
       page("<template><div><template><p>The innermost template text of all.</p></template></div></template>" +
            article),
       "The innermost template text"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    pith::Document doc = extract(c.html);
    const pith::Block* block = find_block(doc, c.text);
    REQUIRE(block != nullptr);
    CHECK(block->removed_by == stage::k_non_content);
    CHECK(block->reason.find("<template>") != std::string::npos);
    CHECK(find_block(doc, "The harbour bridge reopened")->kept());
  }
  // Near-miss: an element whose class is "template" is an ordinary element; its article stays.
  pith::Document doc = extract(page("<div class=\"template\">" + article + "</div>"));
  const pith::Block* block = find_block(doc, "Engineers replaced the bearings");
  REQUIRE(block != nullptr);
  CHECK(block->kept());
}
