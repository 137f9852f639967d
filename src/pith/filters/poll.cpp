// poll: what a reader-poll widget leaves in the text: its result line ("72% of readers think
// this story is Fact"), often with the number lost, and its buttons ("Vote now", "View
// results"), in six languages.
#include "pith/filters/poll.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A widget's line is a sentence or two; longer is prose.
constexpr std::size_t k_max_bytes = 200;
constexpr std::size_t k_max_words = 30;
/// Buttons are a few words.
constexpr std::size_t k_max_button_bytes = 40;

/// Who the result line counts, right after its percentage.
constexpr std::string_view k_groups[] = {
    "of readers", "of visitors", "of users", "of respondents", "of voters", "of you", "of people",
    "de los lectores", "de los usuarios", "de los encuestados", "de los votantes",
    "der leser", "der nutzer", "der befragten", "der teilnehmer",
    "des lecteurs", "des internautes", "des votants", "des répondants",
    "dos leitores", "dos usuários", "dos internautas", "dos votantes",
    "dei lettori", "degli utenti", "dei votanti", "degli intervistati",
};

/// How the widget points at the piece itself, or asks for a vote: a survey reported in prose
/// ("62% of readers think the mayor should resign, a poll found") does neither.
constexpr std::string_view k_widget_words[] = {
    "this story", "this article", "this post", "this video", "add your two cents", "vote now", "cast your vote",
    "have your say", "what do you think", "vote below", "click to vote", "take our poll",
    "esta noticia", "este artículo", "vota ahora", "qué opinas", "qué piensas", "diese meldung", "diesen artikel",
    "diese geschichte", "jetzt abstimmen", "stimmen sie ab", "was meinen sie", "cet article", "cette information",
    "votez", "qu'en pensez-vous", "esta notícia", "este artigo", "vote agora", "o que você acha",
    "questa notizia", "questo articolo", "vota ora", "cosa ne pensi",
};

/// A poll widget's buttons and labels, as whole lines (compared with shape::key()).
constexpr shape::Phrases k_buttons{{
    "vote now", "cast your vote", "view results", "see results", "show results", "add your two cents",
    "take our poll", "reader poll", "quick poll", "vota ahora", "ver resultados", "jetzt abstimmen",
    "ergebnis anzeigen", "ergebnisse anzeigen", "voir les résultats", "votez maintenant", "vote agora",
    "ver resultado", "vota ora", "vedi i risultati", "mostra i risultati",
}};

/// The bytes of a result line's opening percentage: "72%", "72 %", "72.5%", or a bare "%"
/// whose number the widget's script never filled in; 0 when the line does not open so.
std::size_t percentage_at(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size() && ((text[at] >= '0' && text[at] <= '9') || text[at] == '.' || text[at] == ',')) ++at;
  if (at < text.size() && text[at] == ' ') ++at;
  if (at < text.size() && text[at] == '%') return at + 1;
  return 0;
}

}  // namespace

std::optional<std::string> PollFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.size() > k_max_bytes || text.empty()) return std::nullopt;
  if (text.size() <= k_max_button_bytes && !shape::opening_in(text, k_buttons).empty() &&
      shape::is_one_of(shape::scratch_key(text), k_buttons))
    return "a poll's button";
  std::size_t percent = percentage_at(text);
  if (percent == 0) return std::nullopt;
  std::string_view rest = shape::trim(text.substr(percent));
  if (shape::word_prefix_in(rest, k_groups).empty()) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  // No number: the widget's result, never filled in. A number: it must speak of the piece or ask for a vote.
  if (percent == 1 || shape::key_contains_any(key, k_widget_words)) return "a reader poll's result";
  return std::nullopt;
}

}  // namespace pith
