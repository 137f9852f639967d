// The filter a rules file defines: all its patterns and phrases matched in one pass of an
// RE2::Set, each with its own length limit, over kept blocks.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "pith/filters/filter.h"

namespace pith {

/// Memory one pattern may take in RE2 (its program and its cached DFA states), where RE2's own
/// default is 8 MiB: 2,000 patterns must not be allowed 16 GB between them. Real patterns need
/// a few KiB; one that needs more is refused at load (see pattern_probe.h).
inline constexpr std::int64_t k_rule_max_mem = std::int64_t{1} << 20;

/// Memory a filter's one-pass set may take whatever its number of rules: its program grows with
/// them (a few KiB each), its DFA cache is bounded here.
inline constexpr std::int64_t k_rule_set_max_mem = std::int64_t{64} << 20;

/// One pattern or phrase of a rules file, compiled.
struct Rule {
  /// The rule alone: checked at load, and the fallback when the filter's one pass cannot run.
  std::unique_ptr<RE2> regex;
  /// The same rule as RE2::Set syntax: a phrase quoted, "(?i)" in front when case is ignored.
  std::string set_pattern;
  /// Longest block (in code points) the rule may remove; 0 for no limit.
  std::size_t max_length = 0;
  /// What --explain says: where the rule was written and what it is.
  std::string label;
};

class RuleFilter : public LineFilter {
 public:
  /// A filter over `rules`, compiled into one RE2::Set; null with `err` when the set does not
  /// fit its memory budget (k_rule_max_mem a rule, k_rule_set_max_mem in all).
  static std::unique_ptr<RuleFilter> create(std::vector<Rule> rules, std::string* err);

  /// The first rule, in file order, that matches the block within its length limit.
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;

 private:
  RuleFilter() = default;
  /// Rule by rule, as a fallback for a block on which the set's DFA ran out of memory.
  std::optional<std::string> judge_each(const std::string& text) const;

  std::vector<Rule> m_rules;
  std::unique_ptr<RE2::Set> m_set;
  /// When every rule has a length limit, the largest: longer blocks need no matching at all.
  std::size_t m_length_cap = 0;
};

}  // namespace pith
