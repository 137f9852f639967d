// bio: an author's standing bio and contact lines ("Jane Roe is a staff writer for ...",
// "She can be reached at ...", "About the author").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class BioFilter : public Filter {
 public:
  explicit BioFilter(const Config&) {}
  /// Marks bio lines: bio sentences and contact lines at the end of the document, "can be
  /// reached at" lines anywhere, "About the author" headers with the paragraphs under them,
  /// and the site's name (and tagline) among the last three lines ("Caroline's Breast Cancer
  /// Blog", "Freie Stimme – Das unabhängige Nachrichtenportal").
  void apply(Document& doc, std::string_view name) const override;
};

}  // namespace pith
