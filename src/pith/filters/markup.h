// markup: page code that a dump printed as text: HTML comments ("<!-- related articles -->") and
// CDATA markers, which a browser never shows, and a text browser's placeholders ("(BUTTON) Close",
// "[INS: :INS]", "[logo.svg]"), and the alt texts of a page's UI icons ("search icon menu icon").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class MarkupFilter : public Filter {
 public:
  explicit MarkupFilter(const Config&) {}
  /// Marks a line that opens an HTML comment, the lines up to the one that closes it (a few
  /// at most), a line that is only a comment's close, lines of CDATA markers alone, and lines
  /// that are only what lynx or w3m print for an element without text: a button with its label
  /// ("(BUTTON) Close"), checkboxes or radio buttons without labels ("[ ]", "( ) ( )"), an
  /// empty insertion ("[INS: :INS]"), image names in brackets
  /// ("[logo.svg] [banner.jpg]", "[IMG]"), alternate links ("#alternate"), and lines of
  /// nothing but UI icons' alt texts ("Sections arrow icon", "Facebook Icon Twitter Icon"); on
  /// a text dump's first line, the row of the page head's links that lynx prints there
  /// ("#alternate Site » Feed Site » Comments Feed").
  void apply(Document& doc, std::string_view name) const override;
};

}  // namespace pith
