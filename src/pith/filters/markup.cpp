// markup: HTML comments and CDATA markers printed as text, one line or a few, and the
// placeholders a text browser prints for buttons, images and empty inserts, and UI icons' alt texts.
#include "pith/filters/markup.h"

#include <array>
#include <span>

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A comment left in a page runs to a few lines; an "opener" with more after it and no close
/// is prose that happens to start with "<!".
constexpr std::size_t k_max_comment_lines = 5;

/// The dashes a dump may print in a comment's "--": hyphens, or the en or em dash a
/// typographic filter made of them.
std::size_t comment_dashes_at(std::string_view text) {
  if (text.starts_with("--")) return 2;
  if (text.starts_with("\xE2\x80\x93") || text.starts_with("\xE2\x80\x94")) return 3;  // – —
  return 0;
}

/// True when `text` opens with "<!--", also spaced ("< !--") or with a dash for the hyphens.
bool opens_comment(std::string_view text) {
  if (!text.starts_with('<')) return false;
  text.remove_prefix(1);
  while (text.starts_with(' ')) text.remove_prefix(1);
  return text.starts_with('!') && comment_dashes_at(text.substr(1)) != 0;
}

/// True when `text` ends with "-->" (or "–>", "—>").
bool closes_comment(std::string_view text) {
  if (!text.ends_with('>')) return false;
  text.remove_suffix(1);
  return text.ends_with("--") || text.ends_with("\xE2\x80\x93") || text.ends_with("\xE2\x80\x94");
}

/// A line that is nothing but a close: "-->", "–>", "—>".
bool is_comment_close(std::string_view text) {
  return text == "-->" || text == "\xE2\x80\x93>" || text == "\xE2\x80\x94>";
}

/// "//<![CDATA[", "<![CDATA[", "//]]>", "]]>": the markers around a script's text.
bool is_cdata_marker(std::string_view text) {
  if (text.starts_with("//")) text = shape::trim(text.substr(2));
  if (text.starts_with("/*")) text = shape::trim(text.substr(2));
  if (text.ends_with("*/")) text = shape::trim(text.substr(0, text.size() - 2));
  return text == "<![CDATA[" || text == "]]>";
}

/// Placeholders a text browser (lynx, w3m) prints where an element has no text of its own.
/// "(BUTTON) Close": a form button and its label.
bool opens_button(std::string_view text) { return text.starts_with("(BUTTON)"); }

/// "[ ]", "[X]", "( )": a checkbox or a radio button without its label. A labelled one stays:
/// recipe sites print their ingredient lists as checkboxes ("[ ] 2 cups flour"). A chosen radio
/// button, "(*)", is no control here: articles in Spanish, Portuguese, Italian and French open
/// footnotes with it ("(*) Nombres cambiados").
bool is_form_control(std::string_view token) {
  return token == "[ ]" || token == "[X]" || token == "[x]" || token == "( )";
}

/// True when `text` is nothing but unlabelled checkboxes or radio buttons ("[ ]", "( ) ( )").
bool is_form_control_row(std::string_view text) {
  if (!text.starts_with('[') && !text.starts_with('(')) return false;
  // The controls hold a space, so the row is read three bytes at a time.
  std::size_t controls = 0;
  for (std::size_t at = 0; at < text.size();) {
    if (text[at] == ' ') {
      ++at;
      continue;
    }
    if (at + 3 > text.size() || !is_form_control(text.substr(at, 3))) return false;
    ++controls;
    at += 3;
  }
  return controls > 0;
}

/// "[INS: :INS]", "[DEL: :DEL]": an insertion or deletion element with nothing in it.
bool is_empty_edit(std::string_view text) {
  for (auto [open, close] : {std::pair{"[INS:", ":INS]"}, std::pair{"[DEL:", ":DEL]"}}) {
    if (text.size() >= 10 && text.starts_with(open) && text.ends_with(close) &&
        shape::trim(text.substr(5, text.size() - 10)).empty())
      return true;
  }
  return false;
}

/// An image placeholder: "[IMG]", "[image]", "[INLINE]", or the image's file name in
/// brackets ("[logo-compact.svg]", "[blank_1x1.gif]").
bool is_image_placeholder(std::string_view token) {
  if (token.size() < 3 || !token.starts_with('[') || !token.ends_with(']')) return false;
  std::string_view inner = token.substr(1, token.size() - 2);
  if (inner == "IMG" || inner == "image" || inner == "INLINE" || inner == "Image") return true;
  if (inner.find_first_of(" []") != std::string_view::npos) return false;
  for (std::string_view extension : {".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp"})
    if (shape::ends_with_ci(inner, extension)) return true;
  return false;
}

/// An ad slot's label before its empty insertion ("Anzeige[INS: :INS]", "- Advertisement -
/// [INS: :INS]"): the label is a few words.
constexpr std::size_t k_max_slot_label_words = 3;

/// True when `text` closes on an empty insertion (is_empty_edit()) after a label of a few words.
bool is_labelled_empty_edit(std::string_view text) {
  if (!text.ends_with(":INS]")) return false;
  std::size_t open = text.rfind("[INS:");
  if (open == std::string_view::npos || open == 0 || !is_empty_edit(text.substr(open))) return false;
  std::string_view label = shape::trim(text.substr(0, open));
  return !label.empty() && shape::word_count(label) <= k_max_slot_label_words;
}

/// True when `token` is an image's file name or address, no brackets ("gabya_vogelhaus.jpg",
/// "i.redd.it/whs5mnaxwft31.jpg"): a text browser prints an image's title or alt text so when
/// the page gave it the file's name.
bool is_image_file_name(std::string_view token) {
  if (token.size() < 5 || token.find_first_of("[]()") != std::string_view::npos) return false;
  for (std::string_view extension : {".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp"})
    if (token.size() > extension.size() && shape::ends_with_ci(token, extension)) return true;
  return false;
}

/// True when every space-separated token of `text` passes `is_token` (and there is one).
template <class Test>
bool all_tokens(std::string_view text, Test is_token) {
  std::size_t tokens = 0;
  return shape::each_word(text, [&](std::string_view token) {
    ++tokens;
    return is_token(token);
  }) && tokens > 0;
}

/// "#alternate alternate": the alternate-version links of a page's head, as lynx lists them.
bool is_alternate_row(std::string_view text) {
  return text.starts_with("#alternate") &&
         all_tokens(text, [](std::string_view token) { return token == "#alternate" || token == "alternate"; });
}

/// The word an icon's alt text ends in: "icon" and its Spanish, French, Italian and Portuguese
/// forms (German alt texts say "Icon" too).
constexpr std::string_view k_icon_words[] = {"icon", "icono", "icône", "icona", "ícone"};

/// Words that name what a page's UI icon shows, as its alt text says before "icon" ("arrow
/// icon", "search icon", "Facebook Icon"): a line ending in one of them then "icon" is no phrase
/// of prose ("a fashion icon" stays).
constexpr std::string_view k_icon_pictures[] = {
    "arrow", "caret",   "chevron",  "close",     "menu",      "hamburger", "search",   "email",  "e-mail",
    "mail",  "rss",     "print",    "share",     "play",      "pause",     "user",     "account", "home",
    "plus",  "minus",   "expand",   "collapse",  "external",  "link",      "phone",    "comment", "comments",
    "bookmark", "download", "facebook", "twitter", "instagram", "linkedin", "youtube", "pinterest",
    "whatsapp", "xing", "tiktok",  "reddit",    "telegram",  "flipboard", "x",
};

/// Most words of a row of icon alt texts: more is a sentence or a menu.
constexpr std::size_t k_max_icon_row_words = 12;
/// Most words one icon's alt text gives before its icon word ("Follow Us arrow").
constexpr std::size_t k_max_icon_label_words = 4;

/// Whether `word` opens with a capital letter: an ASCII one, or a multi-byte character, which
/// in a label is most often a capital ("Élections", "Über uns").
bool opens_capitalised(std::string_view word) {
  auto first = static_cast<unsigned char>(word[0]);
  return (first >= 'A' && first <= 'Z') || first >= 0xC0;
}

/// Whether `label` (the words of one alt text before its icon word) reads as one: a few words,
/// those before the last capitalised, the last naming a picture or capitalised.
bool is_icon_label(std::span<const std::string_view> label) {
  if (label.empty() || label.size() > k_max_icon_label_words) return false;
  for (std::size_t i = 0; i + 1 < label.size(); ++i)
    if (!opens_capitalised(label[i])) return false;
  return opens_capitalised(label.back()) || shape::is_one_of_ci(label.back(), k_icon_pictures);
}

/// A line that is only icons' alt texts, which a dump keeps where the page showed pictures:
/// "Sections arrow icon", "+ email icon", "* Trending Latest Sections search icon menu icon",
/// "Facebook Icon Twitter Icon LinkedIn Icon". See is_icon_label() for one alt text. A line
/// with one icon must name its picture before the icon word, so a heading such as "A fashion
/// icon" or "Pop Icon" stays; no word may close a sentence or a clause, so an instruction such
/// as "Pulsa el botón refresh icon." stays, and "Click the search icon" has a small word inside.
bool is_icon_alt_row(std::string_view text) {
  // The last word, found by a walk back over its bytes: most lines end in no icon word.
  std::size_t last_word = text.size();
  while (last_word > 0 && text[last_word - 1] != ' ') --last_word;
  if (!shape::is_one_of_ci(text.substr(last_word), k_icon_words)) return false;
  // A list's mark before the first alt text.
  if (text.size() > 2 && (text[0] == '*' || text[0] == '+' || text[0] == '-') && text[1] == ' ') text.remove_prefix(2);
  std::array<std::string_view, k_max_icon_label_words> label;
  std::size_t label_words = 0, words = 0, icons = 0;
  bool single_names_picture = false;
  bool alt_texts_only = shape::each_word(text, [&](std::string_view word) {
    if (++words > k_max_icon_row_words) return false;
    char last = word.back();
    if (last == '.' || last == ',' || last == ':' || last == ';' || last == '!' || last == '?') return false;
    if (shape::is_one_of_ci(word, k_icon_words)) {
      if (!is_icon_label(std::span<const std::string_view>(label.data(), label_words))) return false;
      single_names_picture = shape::is_one_of_ci(label[label_words - 1], k_icon_pictures);
      ++icons;
      label_words = 0;
      return true;
    }
    if (label_words == k_max_icon_label_words) return false;
    label[label_words++] = word;
    return true;
  });
  if (!alt_texts_only) return false;
  // Words after the last icon word would be a label without its icon.
  return label_words == 0 && (icons >= 2 || (icons == 1 && single_names_picture));
}

/// Link types of a page's head (HTML's `rel` values) as lynx opens its row of them: "#alternate
/// KATAPULT-Magazin", "#publisher", "#next alternate".
constexpr std::string_view k_head_link_types[] = {"#alternate", "#publisher", "#next", "#prev",  "#search",
                                                  "#start",     "#index",     "#top",  "#contents"};

/// Words that name a feed in a head link's title ("TechCrunch » Feed", "#RSS", "Kommentar-Feed",
/// "Flux des commentaires"), matched as whole words, case-insensitively, after any '#'.
constexpr std::string_view k_feed_words[] = {"feed", "rss", "rss2", "atom", "flux", "newsfeed", "rss-feed",
                                             "kommentar-feed"};

/// The longest head-link row judged: lynx prints every <link> title of the head on it, some
/// pages list dozens of feeds.
constexpr std::size_t k_max_head_link_row_bytes = 2000;

/// True when `text`, the first line of a text dump, is the row in which lynx lists the links of
/// a page's head (`lynx -dump` prints each <link> element as '#' and its title): it opens with
/// '#' and a word, and names a head link type ("#alternate"), a feed ("» Feed", "RSS") or
/// "alternate"/"publisher" among its words. Measured on the whole-page dumps of the two HTML
/// benchmarks: 567 of 839 open with such a '#' row, and this test takes 496 of them; the rest
/// are a site's name alone ("#The Verge"), which a hashtag headline could be too. No article
/// dump of the 190 labelled records opens with '#'.
bool is_head_link_row(std::string_view text) {
  if (text.size() < 2 || text.size() > k_max_head_link_row_bytes || text[0] != '#' || text[1] == ' ' ||
      text[1] == '#')
    return false;
  bool first = true;
  return !shape::each_word(text, [&](std::string_view word) {
    bool opening = first;
    first = false;
    if (opening && shape::is_one_of_ci(word, k_head_link_types)) return false;  // found: stop
    if (word == "alternate" || word == "publisher" || word == "\xC2\xBB") return false;  // » joins feed titles
    if (word.starts_with('#')) word.remove_prefix(1);
    while (!word.empty() && (word.back() == ':' || word.back() == ']' || word.back() == ')')) word.remove_suffix(1);
    if (word.starts_with('[') || word.starts_with('(')) word.remove_prefix(1);
    return !shape::is_one_of_ci(word, k_feed_words);
  });
}

/// The reason a line is only a text browser's placeholders, or nullptr.
const char* placeholder_reason(std::string_view text) {
  if (opens_button(text)) return "a button, as a text browser prints it";
  if (is_form_control_row(text)) return "a checkbox or radio button, as a text browser prints it";
  if (is_empty_edit(text)) return "an empty insertion, as a text browser prints it";
  if (is_alternate_row(text)) return "a page's alternate links, as a text browser prints them";
  if (text.starts_with('[') && all_tokens(text, is_image_placeholder)) return "an image, as a text browser prints it";
  if (is_labelled_empty_edit(text)) return "an ad slot's label and its empty insertion, as a text browser prints them";
  // An image's file name ends on a letter of its extension: most lines end on a stop.
  if (!text.empty() && (text.back() | 0x20) >= 'f' && (text.back() | 0x20) <= 'p' && all_tokens(text, is_image_file_name))
    return "images' file names";
  if (is_icon_alt_row(text)) return "icons' alt text";
  return nullptr;
}

}  // namespace

void MarkupFilter::apply(Document& doc, std::string_view name) const {
  // Block 0 is a text dump's first line (in a window of a long file it is a line of context,
  // whose marks are not written).
  if (doc.kind == InputKind::text && !doc.blocks.empty() && doc.blocks[0].kept() &&
      is_head_link_row(shape::trim(doc.blocks[0].text)))
    mark_removed(doc.blocks[0], name, "the links of a page's head, as a text browser prints them");
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    prefetch_text(doc, i + k_prefetch_blocks);
    Block& block = doc.blocks[i];
    if (!block.kept()) continue;
    std::string_view text = shape::trim(block.text);
    if (is_cdata_marker(text)) {
      mark_removed(block, name, "a CDATA marker");
      continue;
    }
    if (is_comment_close(text)) {
      mark_removed(block, name, "the close of an HTML comment");
      continue;
    }
    if (const char* reason = placeholder_reason(text)) {
      mark_removed(block, name, reason);
      continue;
    }
    if (!opens_comment(text)) continue;
    // The comment runs to the line that closes it, which must come within a few lines.
    std::size_t end = i;
    while (end < doc.blocks.size() && end - i < k_max_comment_lines &&
           !closes_comment(shape::trim(doc.blocks[end].text)))
      ++end;
    bool closed = end < doc.blocks.size() && end - i < k_max_comment_lines;
    // An opener with no close: a comment whose close was lost is one line at the most.
    if (!closed) end = i;
    for (std::size_t j = i; j <= end; ++j)
      if (doc.blocks[j].kept()) mark_removed(doc.blocks[j], name, "an HTML comment");
    i = end;
  }
}

}  // namespace pith
