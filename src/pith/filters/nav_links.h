// nav-links: lines that are only a site's navigation links ("Skip to main content", "Back to
// top", "Privacy Policy | Terms of Use", "Impressum", "Aller au contenu").
#pragma once

#include <optional>
#include <string>

#include "pith/filters/filter.h"

namespace pith {

/// Removes a line made of nothing but navigation labels (skip links, menu toggles, "back to top",
/// the legal and about links of a footer), one or several, separated by spaces, bars, dots or
/// bullets, in any of the six languages. A label inside a sentence, or a line with any other
/// word, stays: "Search continues for the missing climber" is a headline.
/// Above the article's first paragraph and below its last, a run of three or more lines that
/// are each one menu item ("Politik", "Wirtschaft", "Sport") goes too.
class NavLinksFilter : public Filter {
 public:
  explicit NavLinksFilter(const Config&) {}
  void apply(Document& doc, std::string_view name) const override;
  /// The reason block `index` of `doc` is a line of navigation links, or nullopt.
  std::optional<std::string> judge(const Document& doc, std::size_t index) const;
};

}  // namespace pith
