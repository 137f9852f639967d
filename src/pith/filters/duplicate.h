// duplicate: second copies inside one document (a paragraph printed twice, the headline again below the text).
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class DuplicateFilter : public Filter {
 public:
  explicit DuplicateFilter(const Config&) {}
  /// Marks every later copy of a paragraph, and a copy of the headline (the first kept line)
  /// that stands below article text; the first copy always stays.
  void apply(Document& doc, std::string_view name) const override;
};

}  // namespace pith
