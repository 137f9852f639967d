// entities: HTML character references left in text (&amp;, &#8217;, &#x2019;, &nbsp;) decoded.
#pragma once

#include <string>

#include "pith/normalize/normalizer.h"

namespace pith {

/// Decodes the complete HTML character references in `text` in place, one level only
/// (`&amp;amp;` becomes `&amp;`): named ones of HTML 4's set, decimal and hex ones (C1 numbers
/// read as Windows-1252). A '&' that starts no complete, known reference (AT&T, R&D;) stays.
void decode_html_entities(std::string& text);

/// Decodes one level only (`&amp;amp;` becomes `&amp;`) so that text about HTML survives, and
/// only complete references with their ';' and a known name, so prose like AT&T or R&D; stays.
class EntitiesNormalizer : public Normalizer {
 public:
  explicit EntitiesNormalizer(const Config&) {}
  void apply(std::string& text) const override;
  bool keeps_plain_text() const override { return true; }  // every reference opens with '&'
};

}  // namespace pith
