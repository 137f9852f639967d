// Text output: one kept block a line, written whole (write_text) or a block at a time
// (write_text_block, as a large text's stream writes it in pieces), with the same bytes.
#include <catch2/catch.hpp>

#include <string>

#include "pith/document.h"
#include "pith/output/writers.h"

namespace {

pith::Block block(std::string text, pith::BlockKind kind = pith::BlockKind::paragraph) {
  pith::Block b;
  b.kind = kind;
  b.text = std::move(text);
  return b;
}

}  // namespace

TEST_CASE("text output block by block: kept lines only, preformatted lines kept as laid out", "[text_writer]") {
  pith::Document doc;
  doc.blocks.push_back(block("Council approves the budget"));
  doc.blocks.push_back(block("Advertisement"));
  pith::mark_removed(doc.blocks.back(), "ad", "an advertisement label");
  doc.blocks.push_back(block(""));
  doc.blocks.push_back(block("  int x = 1;   \n\n   \nreturn x;", pith::BlockKind::preformatted));
  doc.blocks.push_back(block("The vote was 7 to 2."));

  std::string pieces;
  for (const pith::Block& b : doc.blocks) {
    std::string one;
    pith::write_text_block(b, one);
    // A removed or empty block writes nothing; a kept one ends in its line break.
    CHECK((b.kept() && !b.text.empty()) == !one.empty());
    if (!one.empty()) CHECK(one.back() == '\n');
    pieces += one;
  }
  CHECK(pieces == "Council approves the budget\n  int x = 1;\nreturn x;\nThe vote was 7 to 2.\n");

  std::string whole;
  pith::write_text(doc, whole);
  CHECK(whole == pieces);
  CHECK(pith::kept_text(doc) == pieces.substr(0, pieces.size() - 1));
}
