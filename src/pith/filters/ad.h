// ad: advertisement labels and advertise-with-us prompts ("Advertisement", "Anzeige", "Publicidad"),
// and shops' buttons and deal boxes ("View Deal", "$89.90 at MegaStore — See deal").
#pragma once

#include <optional>
#include <string>

#include "pith/filters/filter.h"

namespace pith {

/// Judges each line alone, then takes the promoted headlines listed under a sponsored label.
class AdFilter : public Filter {
 public:
  explicit AdFilter(const Config&) {}
  void apply(Document& doc, std::string_view name) const override;
  /// The reason block `index` of `doc` is an ad's line, or nullopt.
  std::optional<std::string> judge(const Document& doc, std::size_t index) const;
};

}  // namespace pith
