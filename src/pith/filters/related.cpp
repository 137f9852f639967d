// related: links to other stories ("Read more: ...", "Lee también: ...") and click-through calls.
#include "pith/filters/related.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A label and one headline; a longer line is an article paragraph.
constexpr std::size_t k_max_bytes = 300;
/// Headlines run to a couple of dozen words at most.
constexpr std::size_t k_max_headline_words = 28;

/// Labels that introduce a link to another story; a separator (":", a dash, "»", "|") or the
/// end of the line must follow, so "Read more about the ruling in ..." stays.
constexpr std::string_view k_labels[] = {
    "read more", "read also", "also read", "related", "related story", "related stories",
    "related article", "related articles", "related content", "related coverage", "see also", "see more",
    "more",
    "more on this story", "more on this", "recommended", "recommended reading", "you may also like",
    "you might also like", "don't miss", "further reading", "most read", "trending", "keep reading",
    "más información", "lee también", "lea también", "lee más", "te puede interesar", "le puede interesar",
    "noticias relacionadas", "relacionado", "relacionadas", "mira también", "más noticias",
    "mehr zum thema", "lesen sie auch", "lesen sie mehr", "auch interessant", "das könnte sie interessieren",
    "weitere artikel", "mehr dazu", "passend zum thema",
    "à lire aussi", "a lire aussi", "lire aussi", "à lire également", "lire également", "voir aussi",
    "sur le même sujet", "à voir aussi", "articles liés",
    "leia também", "leia mais", "veja também", "saiba mais", "notícias relacionadas", "relacionadas",
    "leggi anche", "leggi pure", "potrebbe interessarti", "articoli correlati", "vedi anche",
    "approfondisci", "ti potrebbe interessare",
};

/// Calls to click through to another page: "Click here to ...", "... by clicking here".
constexpr std::string_view k_click_openings[] = {
    "click here", "tap here", "haz clic aquí", "haga clic aquí", "pincha aquí", "hier klicken",
    "klicken sie hier", "cliquez ici", "clique aqui", "clicca qui",
};
constexpr std::string_view k_click_endings[] = {
    "click here", "clicking here", "haz clic aquí", "haga clic aquí", "haciendo clic aquí", "hier klicken",
    "cliquez ici", "clique aqui",
    "clicca qui",
};
/// A click-through call is one short line.
constexpr std::size_t k_max_click_bytes = 150;
constexpr std::size_t k_max_click_words = 16;

/// Length of a separator after a label at the start of `rest`, or 0 (then there is none).
std::size_t separator_at(std::string_view rest) {
  std::size_t skipped = 0;
  while (skipped < rest.size() && rest[skipped] == ' ') ++skipped;
  rest.remove_prefix(skipped);
  if (rest.starts_with(':') || rest.starts_with('|') || rest.starts_with('>')) return skipped + 1;
  if (rest.starts_with("\xC2\xBB")) return skipped + 2;  // »
  if (std::size_t dash = shape::dash_at(rest); dash && skipped > 0) return skipped + dash;
  if (rest.starts_with("\xE2\x86\x92")) return skipped + 3;  // →
  return 0;
}

/// True when `key` is a label alone, or a label, a separator and one headline.
bool is_related_link(std::string_view key) {
  // "[Related: headline]": the brackets are the link's decoration.
  if (key.starts_with('[') && key.ends_with(']')) key = key.substr(1, key.size() - 2);
  for (std::string_view label : k_labels) {
    if (!shape::starts_with_word_ci(key, label)) continue;
    std::string_view rest = key.substr(label.size());
    if (shape::trim(rest).empty()) return true;
    std::size_t separator = separator_at(rest);
    if (separator == 0) continue;
    std::string_view headline = shape::trim(rest.substr(separator));
    if (!headline.empty() && shape::word_count(headline) <= k_max_headline_words) return true;
  }
  return false;
}

bool is_click_through(std::string_view text) {
  bool opens = !shape::opening_in(text, k_click_openings).empty();
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_click_words) return false;
  if (opens) return true;
  for (std::string_view ending : k_click_endings)
    if (key.ends_with(ending) && (key.size() == ending.size() || key[key.size() - ending.size() - 1] == ' '))
      return true;
  return false;
}

}  // namespace

std::optional<std::string> RelatedFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  if (text.size() <= k_max_click_bytes && is_click_through(text)) return "a click-through call";
  std::string_view opening = text.starts_with('[') ? std::string_view(text).substr(1) : std::string_view(text);
  if (shape::opening_in(opening, k_labels).empty()) return std::nullopt;
  if (is_related_link(shape::scratch_key(text))) return "a link to another story";
  return std::nullopt;
}

}  // namespace pith
