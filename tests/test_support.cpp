// Test helpers built on the public registry, so they exercise what the pipeline runs.
#include "unit/test_support.h"

#include <stdexcept>

#include "pith/config.h"
#include "pith/filters/filter.h"

namespace pith::test {

Document document_of(const std::vector<std::string>& lines) {
  Document doc;
  int number = 0;
  for (const std::string& line : lines) {
    Block block;
    block.text = line;
    block.line = ++number;
    doc.blocks.push_back(std::move(block));
  }
  return doc;
}

std::vector<bool> removed_by_filter(std::string_view name, const std::vector<std::string>& lines) {
  const FilterEntry* entry = find_filter(name);
  if (!entry) throw std::invalid_argument("no filter named " + std::string(name));
  Document doc = document_of(lines);
  entry->make(Config{})->apply(doc, name);
  std::vector<bool> removed;
  for (const Block& block : doc.blocks) removed.push_back(!block.kept());
  return removed;
}

namespace {
/// `line` between two sentences of body text on either side.
std::vector<std::string> in_context(const std::string& line) {
  return {
      "The city council voted on Tuesday to approve a new budget for the coming fiscal year.",
      "Officials said the plan would add funding for schools, parks and road repairs.",
      line,
      "Several residents spoke against the measure during a public hearing that lasted four hours.",
      "The mayor is expected to sign the budget later this week, according to her office.",
  };
}
}  // namespace

bool filter_removes_in_context(std::string_view name, const std::string& line) {
  return removed_by_filter(name, in_context(line))[2];
}

std::string filter_leaves_in_context(std::string_view name, const std::string& line) {
  const FilterEntry* entry = find_filter(name);
  if (!entry) throw std::invalid_argument("no filter named " + std::string(name));
  Document doc = document_of(in_context(line));
  entry->make(Config{})->apply(doc, name);
  Block& block = doc.blocks[2];
  if (!block.kept()) return {};
  cut_removed_spans(block);
  return block.text;
}

}  // namespace pith::test
