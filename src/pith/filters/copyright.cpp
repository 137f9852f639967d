// copyright: copyright and rights-reserved notices of wires and sites.
#include "pith/filters/copyright.h"

#include "pith/filters/line_shape.h"

namespace pith {

namespace {

/// Agency notices run to three or four sentences; longer is an article paragraph.
constexpr std::size_t k_max_bytes = 600;
constexpr std::size_t k_max_words = 80;
/// "All rights reserved" with a name before it is a short line.
constexpr std::size_t k_max_reserved_words = 25;

/// How a notice opens; a year or a rights phrase must follow, so "Copyright law ..." stays.
constexpr std::string_view k_openings[] = {
    "(c)", "copyright", "derechos reservados", "urheberrecht",
};

/// Rights phrases; any one makes a short line a notice.
constexpr std::string_view k_rights_phrases[] = {
    "all rights reserved", "may not be published, broadcast, rewritten or redistributed",
    "may not be reproduced", "without permission is prohibited", "todos los derechos reservados",
    "prohibida su reproducción", "alle rechte vorbehalten", "tous droits réservés",
    "toute reproduction interdite", "todos os direitos reservados", "proibida a reprodução",
    "tutti i diritti riservati", "riproduzione riservata",
};

bool opens_as_notice(std::string_view key) {
  // "©" needs no word boundary after it: "©2024" is a notice too.
  return key.starts_with("\xC2\xA9") || !shape::word_prefix_in(key, k_openings).empty();
}

}  // namespace

std::optional<std::string> CopyrightFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes) return std::nullopt;
  std::string key = shape::key(text);
  std::size_t words = shape::word_count(key);
  if (words > k_max_words) return std::nullopt;
  bool rights = shape::contains_any_ci(key, k_rights_phrases);
  if (opens_as_notice(key) && (rights || shape::has_year(key))) return "a copyright notice";
  if (rights && words <= k_max_reserved_words) return "a rights-reserved notice";
  return std::nullopt;
}

}  // namespace pith
