// credit: photo and video credits ("Photo: Name/Getty Images", "(AP Photo/...)", "Watch: ...").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class CreditFilter : public LineFilter {
 public:
  explicit CreditFilter(const Config& config) : m_keep_captions(config.keep_captions) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
  /// A credit closing a longer line ("... on Monday. Featured image via Flickr/Jane Roe"), as a span.
  void mark_spans(Document& doc, std::size_t index, std::string_view name) const override;

 private:
  /// --keep captions: a page's caption ending in its credit loses the credit, not the caption.
  bool m_keep_captions;
};

}  // namespace pith
