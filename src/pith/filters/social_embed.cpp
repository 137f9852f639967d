// social-embed: what is left of an embedded post once its script is gone — the post's text
// ending in its image link, the "— Name (@handle) date" attribution, Instagram/Getty/YouTube labels.
#include "pith/filters/social_embed.h"

#include <algorithm>
#include <array>

#include "pith/base/line_shape.h"
#include "pith/input/utf8.h"

namespace pith {

namespace {

/// Posts are capped at 280 characters; 320 leaves room for the trailing link.
constexpr std::size_t k_max_post_chars = 320;
/// An attribution is a name, a handle and a date; anything longer is prose.
constexpr std::size_t k_max_attribution_bytes = 200;
/// Display names run to a few words; more than this before the handle is a sentence.
constexpr std::size_t k_max_name_words = 8;

/// Links an embedded post's text ends with when the embed script never ran.
constexpr std::string_view k_post_link_prefixes[] = {
    "pic.twitter.com/", "https://t.co/", "http://t.co/", "pic.x.com/", "https://pic.x.com/",
};

/// Month names (and English abbreviations) in English, Spanish, German, French, Portuguese
/// and Italian, lower case; the attribution's date uses the site's language.
constexpr std::string_view k_months[] = {
    // English
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
    // Spanish
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
    "octubre", "noviembre", "diciembre",
    // German (the rest are spelled as in English)
    "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
    // French
    "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre",
    // Portuguese
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro",
    "dezembro",
    // Italian
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
};

/// How an Instagram embed opens; a page may give the whole embed, caption and all, as one block.
constexpr std::string_view k_instagram_labels[] = {
    "view this post on instagram", "ver esta publicación en instagram", "ver esta publicación de instagram",
    "diesen beitrag auf instagram ansehen", "voir cette publication sur instagram",
    "ver esta publicação no instagram", "ver essa foto no instagram", "ver essa publicação no instagram",
    "visualizza questo post su instagram",
};

/// Whole lines an embed leaves behind (compared with shape::key()).
constexpr std::string_view k_embed_labels[] = {
    "view on instagram", "beitrag auf instagram ansehen", "embed from getty images", "watch on youtube", "view on youtube",
    "ver en youtube", "auf youtube ansehen", "regarder sur youtube", "assistir no youtube",
    "guarda su youtube", "watch on tiktok", "view on threads", "view on x",
};

/// How an Instagram embed's own attribution starts; a name and "(@handle)" follow.
constexpr std::string_view k_shared_by[] = {
    "a post shared by", "una publicación compartida por", "una publicación compartida de",
    "ein beitrag geteilt von", "une publication partagée par", "uma publicação compartilhada por",
    "un post condiviso da",
};

bool is_month(std::string_view word) {
  for (std::string_view month : k_months)
    if (word.size() == month.size() && shape::starts_with_ci(word, month)) return true;
  return false;
}

bool is_day(std::string_view word) {
  if (word.empty() || word.size() > 2) return false;
  int day = 0;
  for (char c : word) {
    if (c < '0' || c > '9') return false;
    day = day * 10 + (c - '0');
  }
  return day >= 1 && day <= 31;
}

bool is_year(std::string_view word) { return word.size() == 4 && shape::has_year(word); }

/// The next word of `text` with trailing ",." dropped; advances `text` past it.
std::string_view next_word(std::string_view& text) {
  text = shape::trim(text);
  std::size_t end = text.find(' ');
  std::string_view word = text.substr(0, end);
  text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
  while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
  return word;
}

/// True when `text` is a date alone: "February 18, 2025", "18 Feb 2025", "18. Februar 2025",
/// "18 de febrero de 2025".
bool is_date(std::string_view text) {
  std::array<std::string_view, 3> words;
  std::size_t count = 0;
  while (!shape::trim(text).empty()) {
    std::string_view word = next_word(text);
    if (word == "de" || word == "del" || word.empty()) continue;
    if (count == words.size()) return false;
    words[count++] = word;
  }
  if (count != 3 || !is_year(words[2])) return false;
  return (is_month(words[0]) && is_day(words[1])) || (is_day(words[0]) && is_month(words[1]));
}

bool is_handle_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

/// "Name (@handle) Month D, YYYY" or "@handle March 3, 2024": at most a short name, a handle,
/// then nothing but a date. Without the dash that opens an attribution only the "(@handle)"
/// form is distinctive enough (`need_parens`).
bool is_signed_date(std::string_view text, bool need_parens) {
  std::size_t at = text.find('@');
  if (at == std::string_view::npos) return false;
  std::string_view name = shape::trim(text.substr(0, at));
  bool parens = name.ends_with('(');
  if (parens) name.remove_suffix(1);
  if (need_parens && (!parens || name.empty())) return false;
  if (shape::word_count(name) > k_max_name_words) return false;
  std::size_t end = at + 1;
  while (end < text.size() && is_handle_byte(text[end])) ++end;
  if (end == at + 1) return false;
  std::string_view rest = text.substr(end);
  if (parens) {
    if (!rest.starts_with(')')) return false;
    rest.remove_prefix(1);
  }
  return is_date(rest);
}

/// "— Name (@handle) Month D, YYYY", "- @handle March 3, 2024", or a dump's "Name (@handle) date"
/// that lost its dash.
bool is_post_attribution(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > k_max_attribution_bytes) return false;
  std::size_t dash = shape::dash_at(text);
  return dash ? is_signed_date(text.substr(dash), false) : is_signed_date(text, true);
}

/// A whole embed in one block, as a page's blockquote gives it: a post's text, then " — Name
/// (@handle) date".
bool is_post_with_attribution(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > 4 * k_max_post_chars + k_max_attribution_bytes || text.find('@') == std::string_view::npos)
    return false;
  std::size_t from = text.size() > k_max_attribution_bytes ? text.size() - k_max_attribution_bytes : 1;
  for (std::size_t pos = std::max<std::size_t>(from, 1); pos < text.size(); ++pos) {
    if ((text[pos - 1] != ' ' && text[pos - 1] != '\n') || shape::dash_at(text.substr(pos)) == 0) continue;
    if (!is_post_attribution(text.substr(pos))) continue;
    std::string_view post = shape::trim(text.substr(0, pos));
    return !post.empty() && utf8::count_code_points(post) <= k_max_post_chars;
  }
  return false;
}

/// A post's text as the embed leaves it: ending in the post's image or short link.
bool ends_with_post_link(std::string_view text) {
  text = shape::trim(text);
  std::size_t space = text.find_last_of(" \n");
  std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  for (std::string_view prefix : k_post_link_prefixes)
    if (last.starts_with(prefix) && last.size() > prefix.size()) return true;
  return false;
}

/// "A post shared by Name (@handle)" with at most a date after it.
bool is_shared_by_line(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > k_max_attribution_bytes) return false;
  if (shape::opening_in(text, k_shared_by).empty()) return false;
  return text.find("(@") != std::string_view::npos || text.find(" @") != std::string_view::npos;
}

/// An embed is at most a post's text and its attribution; a longer block is not one.
constexpr std::size_t k_max_embed_bytes = 4 * k_max_post_chars + 2 * k_max_attribution_bytes;

bool is_embed_label(std::string_view text) {
  if (text.size() <= k_max_embed_bytes && !shape::opening_in(text, k_instagram_labels).empty()) return true;
  if (text.size() > 64) return false;
  return shape::is_one_of(shape::scratch_key(text), k_embed_labels);
}

/// The next block still kept after `index`, or nullptr.
const Block* next_kept(const Document& doc, std::size_t index) {
  for (std::size_t i = index + 1; i < doc.blocks.size(); ++i)
    if (doc.blocks[i].kept()) return &doc.blocks[i];
  return nullptr;
}

/// A short line standing right above an attribution is the post's text.
bool is_post_text_before_attribution(const Document& doc, std::size_t index) {
  const std::string& text = doc.blocks[index].text;
  if (text.size() > 4 * k_max_post_chars) return false;
  const Block* next = next_kept(doc, index);
  if (!next || !(is_post_attribution(next->text) || is_shared_by_line(next->text))) return false;
  return utf8::count_code_points(text) <= k_max_post_chars;
}

}  // namespace

std::optional<std::string> SocialEmbedFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  if (is_post_attribution(text)) return "an embedded post's attribution";
  if (is_shared_by_line(text)) return "an embedded post's attribution";
  if (is_embed_label(text)) return "an embed's label";
  if (is_post_with_attribution(text)) return "an embedded post";
  // A longer block ending in a post's link is article text that swallowed the post: keep it.
  if (text.size() <= 4 * k_max_post_chars && ends_with_post_link(text) &&
      utf8::count_code_points(text) <= k_max_post_chars)
    return "an embedded post's text";
  if (is_post_text_before_attribution(doc, index)) return "an embedded post's text";
  return std::nullopt;
}

}  // namespace pith
