// ad: a line that is an advertisement label, a sponsor line, or a prompt to advertise with the site.
#include "pith/filters/ad.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// Labels are a few words; longer lines are compared only against the prompt shape.
constexpr std::size_t k_max_label_bytes = 80;
/// "Advertise with us" prompts are a sentence or two; longer is an article paragraph.
constexpr std::size_t k_max_prompt_words = 45;

/// Whole lines that label an ad slot (compared with shape::key()).
constexpr std::string_view k_labels[] = {
    "advertisement", "advertisements", "advertising", "advert", "advertorial", "ad", "ads", "sponsored", "sponsored content",
    "sponsored post", "paid content", "paid post", "promoted content", "partner content",
    "story continues below advertisement", "article continues below advertisement",
    "story continues below", "article continues below", "continue reading below", "skip advertisement",
    "scroll to continue with content", "remove ads", "ad feedback", "advertisement - scroll to continue",
    "advertisement - scroll to continue reading", "scroll to continue reading",
    // Spanish
    "publicidad", "anuncio", "contenido patrocinado", "la nota continúa debajo del anuncio",
    "sigue leyendo debajo del anuncio", "continúa leyendo debajo del anuncio",
    // German
    "anzeige", "werbung", "gesponsert", "gesponserter inhalt", "weiter nach der anzeige",
    "artikel wird unter der anzeige fortgesetzt",
    // French
    "publicité", "contenu sponsorisé", "sponsorisé", "l'article continue sous la publicité",
    "la suite après cette publicité", "la suite après la publicité",
    // Portuguese
    "publicidade", "anúncio", "conteúdo patrocinado", "continua após a publicidade",
    "continua depois da publicidade",
    // Italian
    "pubblicità", "contenuto sponsorizzato", "continua dopo la pubblicità", "annuncio",
};

/// How a sponsor's credit line opens; a sponsor's name, and nothing more, follows.
constexpr std::string_view k_sponsor_openings[] = {
    "sponsored by", "presented by", "paid for by", "in partnership with", "patrocinado por",
    "presentado por", "gesponsert von", "präsentiert von", "in zusammenarbeit mit", "sponsorisé par",
    "présenté par", "en partenariat avec", "apresentado por", "sponsorizzato da", "presentato da",
    "in collaborazione con",
};
/// A sponsor's name runs to a few words.
constexpr std::size_t k_max_sponsor_words = 8;

/// How a prompt to buy ads on the site starts.
constexpr std::string_view k_prompt_openings[] = {
    "advertise with", "advertise on", "anúnciese con", "anúnciese en", "anúnciate con", "werben sie",
    "werben auf", "faites de la publicité", "annoncez sur", "anuncie no", "anuncie na", "anuncie conosco",
    "pubblicizza", "fai pubblicità",
};

/// What such a prompt asks the reader to do; one of these must be on the line.
constexpr std::string_view k_prompt_calls[] = {
    "advertise today", "advertise now", "advertise with us", "contact us", "learn more", "get started",
    "reach millions", "media kit", "contáctenos", "contáctanos", "kontaktieren sie uns", "jetzt werben",
    "contactez-nous", "entre em contato", "contattaci",
};

bool is_label(std::string_view text) {
  return text.size() <= k_max_label_bytes && shape::is_one_of(shape::scratch_key(text), k_labels);
}

/// "Sponsored by Acme Bank": an opening, a name, no sentence after it.
bool is_sponsor_line(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > k_max_label_bytes || shape::opening_in(text, k_sponsor_openings).empty()) return false;
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
bool has_prompt_sentence(std::string_view text) {
  for (std::size_t at = 1; at + 1 < text.size(); ++at) {
    bool sentence_end = (text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?') && text[at] == ' ';
    if (sentence_end && !shape::opening_in(text.substr(at + 1), k_prompt_openings).empty()) return true;
  }
  return false;
}

bool is_advertise_prompt(std::string_view text) {
  text = shape::trim(text);
  if (!shape::opening_in(text, k_prompt_openings).empty())
    return shape::word_count(text) <= k_max_prompt_words && shape::contains_any_ci(text, k_prompt_calls);
  // A prompt may follow a lead-in sentence ("Support local news. Advertise with ..."); then it
  // must also end on its call, so prose that merely mentions advertising stays.
  return ends_with_closing_call(text) && shape::word_count(text) <= k_max_prompt_words && has_prompt_sentence(text);
}

}  // namespace

std::optional<std::string> AdFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  if (shape::opens_with_inner_quote(text)) return std::nullopt;
  if (is_label(text)) return "an advertisement label";
  if (is_advertise_prompt(text)) return "an advertise-with-us prompt";
  if (is_sponsor_line(text)) return "a sponsor's credit";
  return std::nullopt;
}

}  // namespace pith
