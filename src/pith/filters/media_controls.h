// media-controls: the controls of a page's picture gallery and audio player printed as lines
// ("1 of 12", "Next image", "Open gallery", "Listen to this article", "Artikel anhören").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class MediaControlsFilter : public LineFilter {
 public:
  explicit MediaControlsFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
