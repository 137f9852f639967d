// share: lines that are only share buttons ("Share this:", "Facebook", "WhatsApp", "Print").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class ShareFilter : public LineFilter {
 public:
  explicit ShareFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  /// A share plugin's "- See more at: URL#sthash..." glued to the end of a paragraph, as a span.
  void mark_spans(Document& doc, std::size_t index, std::string_view name) const override;
};

}  // namespace pith
