// nav-links: lines that are only a site's navigation links ("Skip to main content", "Back to
// top", "Privacy Policy | Terms of Use", "Impressum", "Aller au contenu").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

/// Removes a line made of nothing but navigation labels (skip links, menu toggles, "back to top",
/// the legal and about links of a footer), one or several, separated by spaces, bars, dots or
/// bullets, in any of the six languages. A label inside a sentence, or a line with any other
/// word, stays: "Search continues for the missing climber" is a headline.
class NavLinksFilter : public LineFilter {
 public:
  explicit NavLinksFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
