// disclaimer: "views expressed are the author's" notes, syndication notices, affiliate and
// responsible-gambling notices, and notes that the content is not medical, financial or legal advice.
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class DisclaimerFilter : public LineFilter {
 public:
  explicit DisclaimerFilter(const Config&) {}
  /// The reason block `index` of `doc` is a disclaimer of one of the kinds above, or nothing.
  /// Each kind is a short line (at most 600 bytes, fewer words per kind) that speaks for the
  /// site or the piece; a line that reports someone else's notice stays.
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
