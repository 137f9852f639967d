// ad-blocker: a site's notice about the reader's ad blocker and its plea that it lives on its ads.
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class AdBlockerFilter : public LineFilter {
 public:
  explicit AdBlockerFilter(const Config&) {}
  /// The reason block `index` of `doc` is a notice about the reader's ad blocker ("We noticed
  /// you're using an ad blocker", "Vous utilisez un bloqueur de publicité") or the site's plea
  /// that it lives on its ads ("Our website relies on advertising", "Diese Seite finanziert
  /// sich durch Werbung"), or nothing. Either is a short line (at most 400 bytes, 45 words)
  /// addressed to the reader or said by the site of itself; reported speech stays.
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
