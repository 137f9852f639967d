// The normalisers in registry order: each sees what the one before it produced.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

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
