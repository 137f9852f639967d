// share: lines made only of share buttons ("Share this:", "Facebook", "WhatsApp", "Print").
#include "pith/filters/share.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A row of buttons is a handful of words; longer lines are never split into words.
constexpr std::size_t k_max_bytes = 160;

/// Words that name a platform or a share action: a line needs at least one of these.
constexpr std::string_view k_button_words[] = {
    "share", "shares", "like", "facebook", "twitter", "whatsapp", "email", "e-mail", "mail", "print", "linkedin",
    "reddit", "pinterest", "telegram", "tweet", "messenger", "flipboard", "bluesky", "threads", "tumblr",
    "sms", "copy", "copied", "xing", "mastodon", "compartir", "comparte", "compartilhar", "compartilhe",
    "teilen", "partager", "partagez", "condividi", "imprimir", "drucken", "imprimer", "stampa", "enviar",
    "senden", "envoyer", "invia", "kopieren", "copier", "copiar", "copia",
};

/// Words that only join button words ("Share on X", "Copy link"); alone they are not a row.
constexpr std::string_view k_joining_words[] = {
    "this", "on", "via", "to", "x", "link", "article", "story", "page", "post", "the", "by", "url",
    "en", "por", "el", "este", "artículo", "enlace", "auf", "per", "diesen", "artikel", "sur", "par",
    "le", "cet", "lien", "no", "na", "este", "artigo", "su", "questo", "articolo", "il", "options", "it",
};

/// Characters that separate buttons in a row.
bool is_separator(char c) {
  return c == ' ' || c == '|' || c == ',' || c == '/' || c == ':' || c == '\t' || c == '\n' || c == '(' ||
         c == ')';
}

/// Lower-case ASCII copy of `word` into `buffer`, or empty when it does not fit.
std::string_view lower_word(std::string_view word, char* buffer, std::size_t capacity) {
  if (word.size() > capacity) return {};
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return {buffer, word.size()};
}

/// "·" and "•" separate buttons too; they are dropped like spaces.
bool is_dot_word(std::string_view word) { return word == "\xC2\xB7" || word == "\xE2\x80\xA2"; }

/// Buttons that read as a button only beside other buttons: "X" alone is a letter.
constexpr std::string_view k_ambiguous_buttons[] = {"x", "X"};

bool is_button_row(std::string_view text) {
  std::size_t buttons = 0;
  char buffer[32];
  std::size_t start = 0;
  while (start < text.size()) {
    while (start < text.size() && is_separator(text[start])) ++start;
    std::size_t end = start;
    while (end < text.size() && !is_separator(text[end])) ++end;
    if (end == start) break;
    std::string_view word = text.substr(start, end - start);
    while (!word.empty() && (word.back() == '.' || word.back() == '!')) word.remove_suffix(1);
    start = end;
    if (word.empty() || is_dot_word(word)) continue;
    std::string_view lower = lower_word(word, buffer, sizeof buffer);
    if (shape::is_one_of(lower, k_button_words)) ++buttons;
    else if (!shape::is_one_of(lower, k_joining_words)) return false;
  }
  return buttons > 0;
}

/// True when the block just before or after `index` is a row of buttons.
bool beside_button_row(const Document& doc, std::size_t index) {
  for (std::size_t other : {index - 1, index + 1}) {
    if (other >= doc.blocks.size()) continue;  // index - 1 wraps round at the first block
    std::string_view text = shape::trim(doc.blocks[other].text);
    if (text.size() <= k_max_bytes && is_button_row(text)) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> ShareFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.size() > k_max_bytes) return std::nullopt;
  if (is_button_row(text)) return "share buttons";
  if (shape::is_one_of(text, k_ambiguous_buttons) && beside_button_row(doc, index)) return "share buttons";
  return std::nullopt;
}

}  // namespace pith
