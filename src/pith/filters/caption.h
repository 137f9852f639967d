// caption: a photo's caption left without its credit: the short line right above a photo credit
// ("Cyclists on Mill Road during the morning rush." over "Photo: Tom Ashby/Courier"), and a
// caption that points into its picture ("Jane Roe (left) with ...", "Im Bild: ...").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class CaptionFilter : public Filter {
 public:
  explicit CaptionFilter(const Config& config) : m_keep_captions(config.keep_captions) {}
  void apply(Document& doc, std::string_view name) const override;

 private:
  /// --keep captions: a page's caption blocks stay.
  bool m_keep_captions;
};

}  // namespace pith
