// RuleFilter: the first rule that matches a block names it in the reason.
#include "pith/rules/rule_filter.h"

#include "pith/input/utf8.h"

namespace pith {

std::optional<std::string> RuleFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  std::optional<std::size_t> length;  // counted once, only when a rule has a limit
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
