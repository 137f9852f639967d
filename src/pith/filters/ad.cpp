// ad: a line that is an advertisement label, a sponsor line, or a prompt to advertise with the site.
#include "pith/filters/ad.h"

#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// Labels are a few words; longer lines are compared only against the prompt shape.
constexpr std::size_t k_max_label_bytes = 80;
/// "Advertise with us" prompts are a sentence or two; longer is an article paragraph.
constexpr std::size_t k_max_prompt_words = 45;

/// Whole lines that label an ad slot (compared with shape::key()), per language.
constexpr std::string_view k_labels_en[] = {
    "advertisement", "advertisements", "advertising", "advert", "advertorial", "ad", "ads", "sponsored", "sponsored content",
    "sponsored post", "paid content", "paid post", "promoted content", "partner content",
    "story continues below advertisement", "article continues below advertisement",
    "story continues below", "article continues below", "continue reading below", "skip advertisement",
    "scroll to continue with content", "remove ads", "ad feedback", "advertisement - scroll to continue",
    "advertisement - scroll to continue reading", "scroll to continue reading",
};
constexpr std::string_view k_labels_es[] = {
    "publicidad", "anuncio", "contenido patrocinado", "la nota continúa debajo del anuncio",
    "sigue leyendo debajo del anuncio", "continúa leyendo debajo del anuncio",
};
constexpr std::string_view k_labels_de[] = {
    "anzeige", "werbung", "gesponsert", "gesponserter inhalt", "weiter nach der anzeige",
    "artikel wird unter der anzeige fortgesetzt",
};
constexpr std::string_view k_labels_fr[] = {
    "publicité", "contenu sponsorisé", "sponsorisé", "l'article continue sous la publicité",
    "la suite après cette publicité", "la suite après la publicité",
};
constexpr std::string_view k_labels_pt[] = {
    "publicidade", "anúncio", "conteúdo patrocinado", "continua após a publicidade",
    "continua depois da publicidade",
};
constexpr std::string_view k_labels_it[] = {
    "pubblicità", "contenuto sponsorizzato", "continua dopo la pubblicità", "annuncio",
};
constexpr LanguageWords k_label_lists[] = {
    {ListLanguage::en, k_labels_en}, {ListLanguage::es, k_labels_es}, {ListLanguage::de, k_labels_de},
    {ListLanguage::fr, k_labels_fr}, {ListLanguage::pt, k_labels_pt}, {ListLanguage::it, k_labels_it},
};
constexpr LanguagePhrases<total_words(k_label_lists)> k_labels{k_label_lists};

/// How a sponsor's credit line opens; a sponsor's name, and nothing more, follows.
constexpr std::string_view k_sponsor_openings_en[] = {"sponsored by", "presented by", "paid for by",
                                                      "in partnership with"};
constexpr std::string_view k_sponsor_openings_es[] = {"patrocinado por", "presentado por"};
constexpr std::string_view k_sponsor_openings_de[] = {"gesponsert von", "präsentiert von", "in zusammenarbeit mit"};
constexpr std::string_view k_sponsor_openings_fr[] = {"sponsorisé par", "présenté par", "en partenariat avec"};
constexpr std::string_view k_sponsor_openings_pt[] = {"patrocinado por", "apresentado por"};
constexpr std::string_view k_sponsor_openings_it[] = {"sponsorizzato da", "presentato da", "in collaborazione con"};
constexpr LanguageWords k_sponsor_opening_lists[] = {
    {ListLanguage::en, k_sponsor_openings_en}, {ListLanguage::es, k_sponsor_openings_es},
    {ListLanguage::de, k_sponsor_openings_de}, {ListLanguage::fr, k_sponsor_openings_fr},
    {ListLanguage::pt, k_sponsor_openings_pt}, {ListLanguage::it, k_sponsor_openings_it},
};
constexpr LanguagePhrases<total_words(k_sponsor_opening_lists)> k_sponsor_openings{k_sponsor_opening_lists};
/// A sponsor's name runs to a few words.
constexpr std::size_t k_max_sponsor_words = 8;

/// How a prompt to buy ads on the site starts.
constexpr std::string_view k_prompt_openings_en[] = {"advertise with", "advertise on"};
constexpr std::string_view k_prompt_openings_es[] = {"anúnciese con", "anúnciese en", "anúnciate con"};
constexpr std::string_view k_prompt_openings_de[] = {"werben sie", "werben auf"};
constexpr std::string_view k_prompt_openings_fr[] = {"faites de la publicité", "annoncez sur"};
constexpr std::string_view k_prompt_openings_pt[] = {"anuncie no", "anuncie na", "anuncie conosco"};
constexpr std::string_view k_prompt_openings_it[] = {"pubblicizza", "fai pubblicità"};
constexpr LanguageWords k_prompt_opening_lists[] = {
    {ListLanguage::en, k_prompt_openings_en}, {ListLanguage::es, k_prompt_openings_es},
    {ListLanguage::de, k_prompt_openings_de}, {ListLanguage::fr, k_prompt_openings_fr},
    {ListLanguage::pt, k_prompt_openings_pt}, {ListLanguage::it, k_prompt_openings_it},
};
constexpr LanguagePhrases<total_words(k_prompt_opening_lists)> k_prompt_openings{k_prompt_opening_lists};

/// What such a prompt asks the reader to do; one of these must be on the line.
constexpr std::string_view k_prompt_calls_en[] = {"advertise today", "advertise now", "advertise with us",
                                                  "contact us", "learn more", "get started", "reach millions",
                                                  "media kit"};
constexpr std::string_view k_prompt_calls_es[] = {"contáctenos", "contáctanos"};
constexpr std::string_view k_prompt_calls_de[] = {"kontaktieren sie uns", "jetzt werben"};
constexpr std::string_view k_prompt_calls_fr[] = {"contactez-nous"};
constexpr std::string_view k_prompt_calls_pt[] = {"entre em contato"};
constexpr std::string_view k_prompt_calls_it[] = {"contattaci"};
constexpr LanguageWords k_prompt_call_lists[] = {
    {ListLanguage::en, k_prompt_calls_en}, {ListLanguage::es, k_prompt_calls_es},
    {ListLanguage::de, k_prompt_calls_de}, {ListLanguage::fr, k_prompt_calls_fr},
    {ListLanguage::pt, k_prompt_calls_pt}, {ListLanguage::it, k_prompt_calls_it},
};

/// A label alone on its line, in any of the six languages (see k_whole_line_languages).
bool is_label(std::string_view text) {
  if (text.size() > k_max_label_bytes) return false;
  std::string_view key = shape::scratch_key(text);
  return is_one_of(key, k_labels, k_whole_line_languages);
}

/// "Sponsored by Acme Bank": an opening, a name, no sentence after it.
bool is_sponsor_line(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  if (text.size() > k_max_label_bytes || opening_in(text, k_sponsor_openings, languages).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_sponsor_words && key.find_first_of(",;") == std::string_view::npos;
}

/// Calls that close a prompt; a line whose last words are one of these is the prompt's end.
constexpr std::string_view k_closing_calls[] = {"advertise today", "advertise now", "advertise with us"};

/// True when the last sentence of `text` is a closing call ("... Advertise Today.").
bool ends_with_closing_call(std::string_view text) {
  while (!text.empty() && (text.back() == '.' || text.back() == '!')) text.remove_suffix(1);
  for (std::string_view call : k_closing_calls)
    if (shape::ends_with_ci(text, call)) return true;
  return false;
}

/// True when a sentence of `text` after the first opens like a prompt ("... work. Advertise with ...").
bool has_prompt_sentence(std::string_view text, ListLanguages languages) {
  for (std::size_t at = 1; at + 1 < text.size(); ++at) {
    bool sentence_end = (text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?') && text[at] == ' ';
    if (sentence_end && !opening_in(text.substr(at + 1), k_prompt_openings, languages).empty()) return true;
  }
  return false;
}

bool is_advertise_prompt(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  if (!opening_in(text, k_prompt_openings, languages).empty())
    return shape::word_count(text) <= k_max_prompt_words &&
           any_list(languages, k_prompt_call_lists, [&](auto calls) { return shape::contains_any_ci(text, calls); });
  // A prompt may follow a lead-in sentence ("Support local news. Advertise with ..."); then it
  // must also end on its call, so prose that merely mentions advertising stays.
  return ends_with_closing_call(text) && shape::word_count(text) <= k_max_prompt_words &&
         has_prompt_sentence(text, languages);
}

}  // namespace

std::optional<std::string> AdFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  if (shape::opens_with_inner_quote(text)) return std::nullopt;
  ListLanguages languages = list_languages(doc);
  if (is_label(text)) return "an advertisement label";
  if (is_advertise_prompt(text, languages)) return "an advertise-with-us prompt";
  if (is_sponsor_line(text, languages)) return "a sponsor's credit";
  return std::nullopt;
}

}  // namespace pith
