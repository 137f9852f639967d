// social-embed: residue of embedded posts (tweet text, "— Name (@handle) date", Instagram and Getty embeds).
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class SocialEmbedFilter : public LineFilter {
 public:
  explicit SocialEmbedFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  /// judge() reads the next kept block too, as the attribution below a post's text.
  Reach reach() const override { return Reach::own_and_later; }
  /// Posts glued inside an article line: their text, link and signature, as spans.
  void mark_spans(Document& doc, std::size_t index, std::string_view name) const override;
};

}  // namespace pith
