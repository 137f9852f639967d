// The pipeline's rows of block-local filters (run one block at a time) mark what the same
// filters mark run one after another over the whole document.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "pith/config.h"
#include "pith/filters/filter.h"
#include "pith/pipeline.h"
#include "pith/text/text_parser.h"
#include "unit/test_support.h"

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// `doc` after every default filter, each over the whole document in registry order, with the
/// spans a filter marked cut before the next one runs: the order the pipeline's rows replace.
void run_stage_after_stage(pith::Document& doc, const pith::Config& config) {
  for (const pith::FilterEntry& entry : pith::filter_registry()) {
    if (!pith::stage_enabled(config, std::string(entry.name), entry.on_by_default)) continue;
    entry.make(config)->apply(doc, entry.name);
    for (pith::Block& block : doc.blocks)
      if (!block.removed_spans.empty()) pith::cut_removed_spans(block);
  }
}

/// Checks that the pipeline's run over `rows` marked what run_stage_after_stage() marks over
/// `reference` (the same parsed text); the names of the filters that removed lines go to `seen`.
void check_same_marks(const pith::Pipeline& pipeline, const pith::Config& config, pith::Document& rows,
                      pith::Document& reference, std::set<std::string>& seen) {
  pipeline.run_stages(rows);
  reference.meta = rows.meta;  // the language run_stages identified, which the filters read
  run_stage_after_stage(reference, config);
  REQUIRE(rows.blocks.size() == reference.blocks.size());
  for (std::size_t i = 0; i < rows.blocks.size(); ++i) {
    INFO(rows.source << " line " << rows.blocks[i].line << ": " << reference.blocks[i].text);
    CHECK(rows.blocks[i].removed_by == reference.blocks[i].removed_by);
    CHECK(rows.blocks[i].reason == reference.blocks[i].reason);
    REQUIRE(rows.blocks[i].removed_spans.size() == reference.blocks[i].removed_spans.size());
    for (std::size_t s = 0; s < rows.blocks[i].removed_spans.size(); ++s) {
      CHECK(rows.blocks[i].removed_spans[s].removed_by == reference.blocks[i].removed_spans[s].removed_by);
      CHECK(rows.blocks[i].removed_spans[s].offset == reference.blocks[i].removed_spans[s].offset);
    }
    if (!rows.blocks[i].kept()) seen.insert(rows.blocks[i].removed_by);
  }
}

}  // namespace

TEST_CASE("rows of block-local filters mark as the filters do one after another", "[pipeline]") {
  pith::Config config;
  std::string err;
  auto pipeline = pith::Pipeline::create(config, &err);
  REQUIRE(pipeline);
  std::set<std::string> seen;
  std::size_t inputs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(PITH_SOURCE_DIR) / "fixtures")) {
    std::filesystem::path input = entry.path() / "input.txt";
    if (!std::filesystem::exists(input)) continue;
    ++inputs;
    std::string text = read_file(input);
    pith::Document rows, reference;
    rows.source = input.string();
    pith::parse_text(text, rows);
    pith::parse_text(text, reference);
    check_same_marks(*pipeline, config, rows, reference, seen);
  }
  CHECK(inputs >= 10);
  // The fixtures reach into the rows: lines removed by filters that run in them.
  for (const char* name : {"social-embed", "disclaimer", "credit", "copyright"}) {
    INFO(name);
    CHECK(seen.count(name) == 1);
  }
}

TEST_CASE("in a row, a line two filters would take goes to the earlier one", "[pipeline]") {
  // Both credit and copyright remove the credit line; a credit closes the long line as a span.
  const std::vector<std::string> lines = {
      "Council approves budget",
      "The council met on Monday to discuss the budget for next year and the new school.",
      "Photo: \xC2\xA9 2024 Reuters. All rights reserved.",
      "The mayor said the plan would be voted on next month after a public hearing, and that the "
      "school would open in the autumn if the vote passed. Featured image via Flickr/Jane Roe",
      "Image copyright Getty Images. All rights reserved.",
      "Residents can read the full plan at the town hall, the council said in a statement.",
  };
  pith::Config config;
  std::string err;
  auto pipeline = pith::Pipeline::create(config, &err);
  REQUIRE(pipeline);
  pith::Document rows = pith::test::document_of(lines), reference = pith::test::document_of(lines);
  std::set<std::string> seen;
  check_same_marks(*pipeline, config, rows, reference, seen);
  CHECK(rows.blocks[2].removed_by == "credit");
}
