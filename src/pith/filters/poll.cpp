// poll: what a reader-poll widget leaves in the text: its result line ("72% of readers think
// this story is Fact"), often with the number lost, and its buttons ("Vote now", "View
// results"), in six languages.
#include "pith/filters/poll.h"

#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A widget's line is a sentence or two; longer is prose.
constexpr std::size_t k_max_bytes = 200;
constexpr std::size_t k_max_words = 30;
/// Buttons are a few words.
constexpr std::size_t k_max_button_bytes = 40;

/// Who the result line counts, right after its percentage.
constexpr std::string_view k_groups_en[] = {
    "of readers", "of visitors", "of users", "of respondents", "of voters", "of you", "of people",
};
constexpr std::string_view k_groups_es[] = {
    "de los lectores", "de los usuarios", "de los encuestados", "de los votantes",
};
constexpr std::string_view k_groups_de[] = {"der leser", "der nutzer", "der befragten", "der teilnehmer"};
constexpr std::string_view k_groups_fr[] = {"des lecteurs", "des internautes", "des votants", "des répondants"};
constexpr std::string_view k_groups_pt[] = {"dos leitores", "dos usuários", "dos internautas", "dos votantes"};
constexpr std::string_view k_groups_it[] = {"dei lettori", "degli utenti", "dei votanti", "degli intervistati"};
constexpr LanguageWords k_group_lists[] = {
    {ListLanguage::en, k_groups_en}, {ListLanguage::es, k_groups_es}, {ListLanguage::de, k_groups_de},
    {ListLanguage::fr, k_groups_fr}, {ListLanguage::pt, k_groups_pt}, {ListLanguage::it, k_groups_it},
};

/// How the widget points at the piece itself, or asks for a vote: a survey reported in prose
/// ("62% of readers think the mayor should resign, a poll found") does neither.
constexpr std::string_view k_widget_words_en[] = {
    "this story", "this article", "this post", "this video", "add your two cents", "vote now", "cast your vote",
    "have your say", "what do you think", "vote below", "click to vote", "take our poll",
};
constexpr std::string_view k_widget_words_es[] = {
    "esta noticia", "este artículo", "vota ahora", "qué opinas", "qué piensas",
};
constexpr std::string_view k_widget_words_de[] = {
    "diese meldung", "diesen artikel", "diese geschichte", "jetzt abstimmen", "stimmen sie ab", "was meinen sie",
};
constexpr std::string_view k_widget_words_fr[] = {"cet article", "cette information", "votez", "qu'en pensez-vous"};
constexpr std::string_view k_widget_words_pt[] = {"esta notícia", "este artigo", "vote agora", "o que você acha"};
constexpr std::string_view k_widget_words_it[] = {"questa notizia", "questo articolo", "vota ora", "cosa ne pensi"};
constexpr LanguageWords k_widget_word_lists[] = {
    {ListLanguage::en, k_widget_words_en}, {ListLanguage::es, k_widget_words_es},
    {ListLanguage::de, k_widget_words_de}, {ListLanguage::fr, k_widget_words_fr},
    {ListLanguage::pt, k_widget_words_pt}, {ListLanguage::it, k_widget_words_it},
};

/// A poll widget's buttons and labels, as whole lines (compared with shape::key()).
constexpr std::string_view k_buttons_en[] = {
    "vote now", "cast your vote", "view results", "see results", "show results", "add your two cents",
    "take our poll", "reader poll", "quick poll",
};
constexpr std::string_view k_buttons_es[] = {"vota ahora", "ver resultados"};
constexpr std::string_view k_buttons_de[] = {"jetzt abstimmen", "ergebnis anzeigen", "ergebnisse anzeigen"};
constexpr std::string_view k_buttons_fr[] = {"voir les résultats", "votez maintenant"};
constexpr std::string_view k_buttons_pt[] = {"vote agora", "ver resultado", "ver resultados"};
constexpr std::string_view k_buttons_it[] = {"vota ora", "vedi i risultati", "mostra i risultati"};
constexpr LanguageWords k_button_lists[] = {
    {ListLanguage::en, k_buttons_en}, {ListLanguage::es, k_buttons_es}, {ListLanguage::de, k_buttons_de},
    {ListLanguage::fr, k_buttons_fr}, {ListLanguage::pt, k_buttons_pt}, {ListLanguage::it, k_buttons_it},
};
constexpr LanguagePhrases<total_words(k_button_lists)> k_buttons{k_button_lists};

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
  ListLanguages languages = list_languages(doc);
  if (text.size() <= k_max_button_bytes && !opening_in(text, k_buttons, k_whole_line_languages).empty() &&
      is_one_of(shape::scratch_key(text), k_buttons, k_whole_line_languages))
    return "a poll's button";
  std::size_t percent = percentage_at(text);
  if (percent == 0) return std::nullopt;
  std::string_view rest = shape::trim(text.substr(percent));
  auto group_at = [&](auto groups) { return shape::word_prefix_in(rest, groups); };
  if (first_in_lists(languages, k_group_lists, group_at).empty()) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  // No number: the widget's result, never filled in. A number: it must speak of the piece or ask for a vote.
  if (percent == 1 ||
      key_contains_any(key, k_widget_word_lists, languages))
    return "a reader poll's result";
  return std::nullopt;
}

}  // namespace pith
