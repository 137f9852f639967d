// paywall: what a subscription wall leaves in the text ("Subscribe to keep reading").
#include "pith/filters/paywall.h"

#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A wall's prompt is a sentence or two; longer is an article paragraph.
constexpr std::size_t k_max_bytes = 300;
constexpr std::size_t k_max_words = 30;
/// Buttons are a word or two.
constexpr std::size_t k_max_button_bytes = 32;

/// How a wall's prompts open (word boundary after each), compared with shape::key(), per language.
constexpr std::string_view k_openings_en[] = {
    "subscribe to keep reading", "subscribe to continue reading", "subscribe to read", "subscribe now",
    "subscribe for full access", "subscribe today", "already have an account", "already a subscriber",
    "already subscribed", "this article is for subscribers", "this article is only available to subscribers",
    "this content is for subscribers", "exclusive to subscribers", "subscribers only",
    "create a free account", "register for free to continue", "sign in to continue reading",
    "log in to continue reading", "you have reached your limit", "you've reached your limit",
    "you have read your", "you've read your", "continue reading with", "to continue reading",
    "unlock this article", "get unlimited access", "start your free trial",
};
constexpr std::string_view k_openings_es[] = {
    "suscríbete para seguir leyendo", "suscríbete para continuar leyendo", "suscríbete para leer",
    "¿ya tienes una cuenta", "ya tienes una cuenta", "¿ya eres suscriptor", "ya eres suscriptor",
    "contenido exclusivo para suscriptores", "este contenido es exclusivo para suscriptores",
    "has alcanzado el límite",
};
constexpr std::string_view k_openings_de[] = {
    "jetzt abonnieren und weiterlesen", "weiterlesen mit", "bereits registriert", "bereits abonnent",
    "sie sind bereits abonnent", "schon abonnent", "dieser artikel ist nur für abonnenten",
    "exklusiv für abonnenten", "jetzt weiterlesen", "um weiterzulesen",
};
constexpr std::string_view k_openings_fr[] = {
    "abonnez-vous pour lire la suite", "abonnez-vous pour continuer", "déjà abonné", "vous avez déjà un compte",
    "cet article est réservé aux abonnés", "article réservé aux abonnés", "réservé aux abonnés",
    "la suite est réservée aux abonnés", "pour lire la suite",
};
constexpr std::string_view k_openings_pt[] = {
    "assine para continuar lendo", "assine para ler", "já é assinante", "já tem uma conta",
    "conteúdo exclusivo para assinantes", "este conteúdo é exclusivo para assinantes",
    "continue lendo com",
};
constexpr std::string_view k_openings_it[] = {
    "abbonati per continuare a leggere", "abbonati per leggere", "sei già abbonato", "hai già un account",
    "contenuto riservato agli abbonati", "articolo riservato agli abbonati", "per continuare a leggere",
};
constexpr LanguageWords k_opening_lists[] = {
    {ListLanguage::en, k_openings_en}, {ListLanguage::es, k_openings_es}, {ListLanguage::de, k_openings_de},
    {ListLanguage::fr, k_openings_fr}, {ListLanguage::pt, k_openings_pt}, {ListLanguage::it, k_openings_it},
};
constexpr LanguagePhrases<total_words(k_opening_lists)> k_openings{k_opening_lists};

/// Wall buttons that stand alone on a line.
constexpr std::string_view k_buttons_en[] = {"sign in", "log in", "subscribe"};
constexpr std::string_view k_buttons_es[] = {"iniciar sesión", "inicia sesión", "entrar"};
constexpr std::string_view k_buttons_de[] = {"anmelden", "einloggen"};
constexpr std::string_view k_buttons_fr[] = {"se connecter", "connexion"};
constexpr std::string_view k_buttons_pt[] = {"entrar", "fazer login"};
constexpr std::string_view k_buttons_it[] = {"accedi", "abbonati"};
constexpr LanguageWords k_button_lists[] = {
    {ListLanguage::en, k_buttons_en}, {ListLanguage::es, k_buttons_es}, {ListLanguage::de, k_buttons_de},
    {ListLanguage::fr, k_buttons_fr}, {ListLanguage::pt, k_buttons_pt}, {ListLanguage::it, k_buttons_it},
};
constexpr LanguagePhrases<total_words(k_button_lists)> k_buttons{k_button_lists};

}  // namespace

std::optional<std::string> PaywallFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  ListLanguages languages = list_languages(doc);
  if (text.size() <= k_max_button_bytes) {
    std::string_view key = shape::scratch_key(text);
    if (is_one_of(key, k_buttons, k_whole_line_languages))
      return "a paywall button";
  }
  if (opening_in(text, k_openings, languages).empty()) return std::nullopt;
  if (shape::key_word_count(shape::scratch_key(text)) <= k_max_words) return "a paywall prompt";
  return std::nullopt;
}

}  // namespace pith
