// social-embed: residue of embedded posts (tweet text, "— Name (@handle) date", Instagram and Getty embeds).
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class SocialEmbedFilter : public LineFilter {
 public:
  explicit SocialEmbedFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
};

}  // namespace pith
