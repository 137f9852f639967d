// poll: a reader poll's widget lines ("% of readers think this story is Fact. Add your two cents."),
// and a feedback widget's question ("Was this article helpful? Yes No").
#pragma once

#include <optional>
#include <string>

#include "pith/filters/filter.h"

namespace pith {

/// Judges each line alone (result lines, buttons, vote counts), then takes the question and
/// answer lines standing above a button or count.
class PollFilter : public Filter {
 public:
  explicit PollFilter(const Config&) {}
  void apply(Document& doc, std::string_view name) const override;
  /// The reason block `index` of `doc` is one of a poll widget's own lines, or nullopt.
  std::optional<std::string> judge(const Document& doc, std::size_t index) const;
};

}  // namespace pith
