// The shape of another story's headline in a list of links: short, opening like a headline,
// ending on no sentence's stop. Shared by related (lists under a header) and trailing-headlines
// (lists with no header after the article).
#pragma once

#include <cstddef>
#include <string_view>

#include "pith/base/line_shape.h"

namespace pith {

/// A headline in a list: at most this many words and bytes.
inline constexpr std::size_t k_max_list_headline_words = 20;
inline constexpr std::size_t k_max_list_headline_bytes = 200;
/// A story's headline has at least this many words; an article's crosshead ("What happens
/// next", "Die Folgen") is shorter.
inline constexpr std::size_t k_min_story_headline_words = 6;

/// True when `text` opens like a headline: an ASCII capital, a digit, a quote, Spanish's
/// opening '¿' or '¡', a byte that opens any other non-ASCII character (a capital such as "É",
/// but also a bullet or an emoji), or a quote in guillemets that words follow ("« Nous ne
/// survivrons pas » : le cri d'alarme des festivals"); a line that is a quote alone
/// ("«Du, Oliver! Weisst du, wo ...?»") is a line of dialogue.
inline bool opens_like_headline(std::string_view text) {
  text = shape::trim(text);
  if (text.empty()) return false;
  auto c = static_cast<unsigned char>(text[0]);
  if (c == 0xC2 && text.size() > 1) {
    auto next = static_cast<unsigned char>(text[1]);
    if (next == 0xA1 || next == 0xBF) return true;  // U+00A1 '¡', U+00BF '¿'
    if (next != 0xAB) return false;                 // U+00AB '«'
    std::size_t closing = text.find("\xC2\xBB");  // U+00BB '»'
    return closing != std::string_view::npos && closing + 2 < text.size();
  }
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c >= 0xC3;
}

/// A line of a list of other stories: at most k_max_list_headline_words words and
/// k_max_list_headline_bytes bytes, opening like a headline, ending without a sentence's stop
/// (a headline may end in '?', '!' or a quote).
inline bool is_list_headline(std::string_view text) {
  text = shape::trim(text);
  if (text.empty() || text.size() > k_max_list_headline_bytes || !opens_like_headline(text)) return false;
  char last = text.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  return shape::word_count(text) <= k_max_list_headline_words;
}

/// A listed story's headline where only its neighbours tell a list from an article: a list
/// headline (is_list_headline()) of a story's length (k_min_story_headline_words or more).
inline bool is_story_headline(std::string_view text) {
  return is_list_headline(text) && shape::word_count(text) >= k_min_story_headline_words;
}

}  // namespace pith
