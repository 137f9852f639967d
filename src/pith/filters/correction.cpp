// correction: a site's prompt to report an error in the piece ("See an error in this article?
// Send us a correction", "Fehler gefunden?", "Segnala un errore"), in six languages.
#include "pith/filters/correction.h"

#include "pith/base/line_shape.h"
#include "pith/filters/reader_prompt.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A prompt is a line or two; longer is prose.
constexpr std::size_t k_max_bytes = 240;
constexpr std::size_t k_max_words = 30;
/// A bare call ("Report an error") needs nothing more when it is this short.
constexpr std::size_t k_max_bare_call_words = 6;

/// Questions that open a prompt; a '?' must follow on the line.
constexpr std::string_view k_questions_en[] = {
    "see an error", "saw an error", "spot an error", "spotted an error", "found an error", "notice an error",
    "noticed an error", "see a mistake", "spot a mistake", "spotted a mistake", "found a mistake", "see a typo",
    "spot a typo", "spotted a typo", "found a typo", "did we get something wrong", "did we make a mistake",
    "have a correction", "see something wrong",
};
constexpr std::string_view k_questions_es[] = {
    "has visto un error", "viste un error", "encontraste un error", "has encontrado un error",
    "has detectado un error", "detectaste un error", "ha visto un error", "ha encontrado un error",
};
constexpr std::string_view k_questions_de[] = {
    "fehler gefunden", "fehler entdeckt", "haben sie einen fehler", "ist ihnen ein fehler",
};
constexpr std::string_view k_questions_fr[] = {
    "vous avez repéré une erreur", "vous avez vu une erreur", "vous avez trouvé une erreur",
    "vous avez remarqué une erreur", "une erreur", "une coquille",
};
constexpr std::string_view k_questions_pt[] = {
    "encontrou um erro", "viu um erro", "achou um erro", "notou um erro", "encontrou algum erro",
};
constexpr std::string_view k_questions_it[] = {
    "hai trovato un errore", "hai notato un errore", "hai visto un errore", "hai trovato un refuso",
};
constexpr LanguageWords k_question_lists[] = {
    {ListLanguage::en, k_questions_en}, {ListLanguage::es, k_questions_es}, {ListLanguage::de, k_questions_de},
    {ListLanguage::fr, k_questions_fr}, {ListLanguage::pt, k_questions_pt}, {ListLanguage::it, k_questions_it},
};
constexpr LanguagePhrases<total_words(k_question_lists)> k_questions{k_question_lists};

/// Calls that open a prompt.
constexpr std::string_view k_calls_en[] = {
    "send us a correction", "report an error", "report a correction", "report a typo", "report a mistake",
    "submit a correction", "suggest a correction", "request a correction", "to report an error",
    "to report a correction", "to report a typo", "to submit a correction", "to request a correction",
};
constexpr std::string_view k_calls_es[] = {
    "informar de un error", "informa de un error", "reportar un error", "reporta un error", "comunicar un error",
    "notificar un error", "envíanos una corrección",
};
constexpr std::string_view k_calls_de[] = {"fehler melden", "melden sie einen fehler", "einen fehler melden"};
constexpr std::string_view k_calls_fr[] = {"signaler une erreur", "signalez une erreur", "signalez-nous une erreur"};
constexpr std::string_view k_calls_pt[] = {
    "reportar erro", "reportar um erro", "comunicar erro", "comunique um erro", "informar erro",
};
constexpr std::string_view k_calls_it[] = {
    "segnala un errore", "segnalaci un errore", "segnala un refuso", "segnalaci una correzione",
};
constexpr LanguageWords k_call_lists[] = {
    {ListLanguage::en, k_calls_en}, {ListLanguage::es, k_calls_es}, {ListLanguage::de, k_calls_de},
    {ListLanguage::fr, k_calls_fr}, {ListLanguage::pt, k_calls_pt}, {ListLanguage::it, k_calls_it},
};
constexpr LanguagePhrases<total_words(k_call_lists)> k_calls{k_call_lists};

/// What a call is addressed to: the site, the piece, or a correction desk. Without one a
/// longer line is advice ("Report an error on your tax return within 30 days"). An address
/// ('@', "email") is one in every language.
constexpr std::string_view k_addressees_shared[] = {"@", "email", "e-mail"};
constexpr std::string_view k_addressees_en[] = {
    " us", "this article", "this story", "this page", "this piece", "correction",
};
constexpr std::string_view k_addressees_es[] = {
    " nos", "este artículo", "esta noticia", "correcci", "redacción",
};
constexpr std::string_view k_addressees_de[] = {
    "uns", "diesem artikel", "diesem beitrag", "korrektur", "redaktion",
};
constexpr std::string_view k_addressees_fr[] = {
    " nous", " nos", "cet article", "correction", "rectific", "rédaction",
};
constexpr std::string_view k_addressees_pt[] = {
    " nos", "este artigo", "esta notícia", "correç", "rectific", "redação",
};
constexpr std::string_view k_addressees_it[] = {
    " ci ", "questo articolo", "correzion", "rettific", "redazione",
};
constexpr LanguageWords k_addressee_lists[] = {
    {ListLanguage::en, k_addressees_en}, {ListLanguage::es, k_addressees_es}, {ListLanguage::de, k_addressees_de},
    {ListLanguage::fr, k_addressees_fr}, {ListLanguage::pt, k_addressees_pt}, {ListLanguage::it, k_addressees_it},
};

}  // namespace

std::optional<std::string> CorrectionFilter::judge(const Document& doc, std::size_t index) const {
  ListLanguages languages = list_languages(doc);
  auto prompt = prompt_opening(doc.blocks[index].text, k_questions, k_calls, languages, k_max_bytes, k_max_words);
  if (!prompt) return std::nullopt;
  std::string_view key = prompt->key;
  if (prompt->question || prompt->words <= k_max_bare_call_words || shape::key_contains_any(key, k_addressees_shared) ||
      key_contains_any(key, k_addressee_lists, languages))
    return "a prompt to report an error";
  return std::nullopt;
}

}  // namespace pith
