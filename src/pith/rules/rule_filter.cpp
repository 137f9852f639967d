// RuleFilter: one RE2::Set pass names every rule that matches a block; the first in file order
// within its length limit names the block in the reason.
#include "pith/rules/rule_filter.h"

#include <algorithm>

#include "pith/input/utf8.h"

namespace pith {

std::unique_ptr<RuleFilter> RuleFilter::create(std::vector<Rule> rules, std::string* err) {
  std::unique_ptr<RuleFilter> filter(new RuleFilter);
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(std::min(k_rule_max_mem * static_cast<std::int64_t>(rules.size() + 1), k_rule_set_max_mem));
  filter->m_set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  bool all_capped = true;
  for (const Rule& rule : rules) {
    std::string reason;
    if (filter->m_set->Add(rule.set_pattern, &reason) < 0) {
      *err = rule.label + ": " + reason;
      return nullptr;
    }
    all_capped = all_capped && rule.max_length > 0;
    filter->m_length_cap = std::max(filter->m_length_cap, rule.max_length);
  }
  if (!all_capped) filter->m_length_cap = 0;
  if (!filter->m_set->Compile()) {
    *err = "its " + std::to_string(rules.size()) + " patterns and phrases do not fit RE2's memory budget (" +
           std::to_string(k_rule_set_max_mem >> 20) + " MiB for a filter)";
    return nullptr;
  }
  filter->m_rules = std::move(rules);
  return filter;
}

std::optional<std::string> RuleFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  std::optional<std::size_t> length;  // counted once, only when a rule has a limit
  if (m_length_cap) {
    length = utf8::count_code_points(text);
    if (*length > m_length_cap) return std::nullopt;
  }
  thread_local std::vector<int> hits;
  hits.clear();
  RE2::Set::ErrorInfo info{};
  if (!m_set->Match(text, &hits, &info)) {
    if (info.kind == RE2::Set::kOutOfMemory) return judge_each(text);
    return std::nullopt;
  }
  std::sort(hits.begin(), hits.end());
  for (int hit : hits) {
    const Rule& rule = m_rules[static_cast<std::size_t>(hit)];
    if (rule.max_length) {
      if (!length) length = utf8::count_code_points(text);
      if (*length > rule.max_length) continue;
    }
    return rule.label;
  }
  return std::nullopt;
}

std::optional<std::string> RuleFilter::judge_each(const std::string& text) const {
  std::optional<std::size_t> length;
  for (const Rule& rule : m_rules) {
    if (rule.max_length) {
      if (!length) length = utf8::count_code_points(text);
      if (*length > rule.max_length) continue;
    }
    if (RE2::PartialMatch(text, *rule.regex)) return rule.label;
  }
  return std::nullopt;
}

}  // namespace pith
