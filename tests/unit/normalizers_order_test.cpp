// The normalisers in registry order: each sees what the one before it produced.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "pith/input/utf8.h"
#include "pith/pipeline.h"
#include "unit/normalize_support.h"

namespace {

std::string cleaned(const std::string& line) {
  std::string err;
  auto pipeline = pith::Pipeline::create(pith::Config{}, &err);
  REQUIRE(pipeline);
  pith::Document doc;
  pith::Block block;
  block.text = line;
  doc.blocks.push_back(block);
  pipeline->run_stages(doc);
  return doc.blocks[0].text;
}

}  // namespace

TEST_CASE("normalisers run in an order where each sees the last one's output", "[normalize]") {
  const pith::test::Case cases[] = {
      {"two&nbsp;&nbsp;spaces from references", "two spaces from references"},  // entities, then whitespace
      {"zero&#8203;width reference", "zerowidth reference"},                      // entities, then invisible
      {"cafe&#769; composed", "caf\u00E9 composed"},                              // entities, then unicode
      {"los a\u00F1os,\u200Bseg\u00FAn", "los a\u00F1os, seg\u00FAn"},            // invisible, then spacing
      {"  cartels,whose  capabilities ", "cartels, whose capabilities"},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(cleaned(c.in) == c.out);
  }
}

TEST_CASE("every normaliser keeps odd input valid UTF-8", "[normalize]") {
  const char* odd[] = {
      "",
      " ",
      "\n\n\n",
      ",",
      ";;;",
      "&",
      "&#",
      "&#x;",
      "\u0301",                                // a combining mark alone
      "\U0001F600,\U0001F600;\U0001F600",      // four-byte characters around marks
      "\u00E9,\u00E9\u00E9,\u00E9",            // two-byte letters around a comma
      "\u200B\u200B\u200B",
      "\u2028\u2029\u0085",
      "\uFFFD\uFFFD replacement characters",
      "\xF4\x8F\xBF\xBF last code point",
      "a\u0300\u0301\u0302\u0303\u0304\u0305,b",  // stacked marks
      "\u05D0,\u05D1 \u202E\u0627,\u0628",        // right-to-left letters and an override
  };
  pith::Config nfkc;
  nfkc.unicode_form = pith::UnicodeForm::nfkc;
  for (const pith::NormalizerEntry& entry : pith::normalizer_registry())
    for (const pith::Config& config : {pith::Config{}, nfkc})
      for (const char* text : odd) {
        INFO(entry.name << ": " << text);
        std::string out = text;
        entry.make(config)->apply(out);
        CHECK(pith::utf8::is_valid(out));
      }
}
