// The filter a rules file defines: compiled patterns, each with its own limits, over kept blocks.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "pith/filters/filter.h"

namespace pith {

/// One pattern or phrase of a rules file, compiled.
struct Rule {
  std::unique_ptr<RE2> regex;
  /// Longest block (in code points) the rule may remove; 0 for no limit.
  std::size_t max_length = 0;
  /// What --explain says: where the rule was written and what it is.
  std::string label;
};

class RuleFilter : public LineFilter {
 public:
  explicit RuleFilter(std::vector<Rule> rules) : m_rules(std::move(rules)) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;

 private:
  std::vector<Rule> m_rules;
};

}  // namespace pith
