// markup: page code that a dump printed as text: HTML comments ("<!-- related articles -->") and
// CDATA markers, which a browser never shows.
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class MarkupFilter : public Filter {
 public:
  explicit MarkupFilter(const Config&) {}
  /// Marks a line that opens an HTML comment, the lines up to the one that closes it (a few
  /// at most), a line that is only a comment's close, and lines of CDATA markers alone.
  void apply(Document& doc, std::string_view name) const override;
};

}  // namespace pith
