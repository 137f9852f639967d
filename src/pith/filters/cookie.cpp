// cookie: cookie notices and the buttons of a consent banner.
#include "pith/filters/cookie.h"

#include <string>

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/filters/key_gate.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A consent notice is a sentence or four (the GDPR's notices list the purposes and both
/// policies: 64 words is common); longer is an article paragraph.
constexpr std::size_t k_max_bytes = 500;
constexpr std::size_t k_max_words = 80;
/// Buttons and banner titles are a few words.
constexpr std::size_t k_max_button_bytes = 60;

/// How a site speaks of its own cookies, per language, or the title its notice opens with
/// ("Privacy & Cookies: This site uses cookies ..."); the line must also say "cookie".
constexpr std::string_view k_notice_openings_en[] = {
    "we use cookies", "we use", "we and our partners", "this site uses", "this website uses", "our site uses",
    "our website uses", "by continuing", "by using this", "by clicking", "to give you the best",
    "this site stores", "cookies help us", "privacy & cookies", "privacy and cookies",
};
constexpr std::string_view k_notice_openings_es[] = {
    "utilizamos cookies", "usamos cookies", "utilizamos", "usamos", "este sitio", "esta web", "esta página",
    "al continuar", "si continúas", "si continúa", "privacidad y cookies", "privacidad & cookies",
};
constexpr std::string_view k_notice_openings_de[] = {
    "wir verwenden", "wir nutzen", "wir setzen", "diese website", "diese webseite", "durch die nutzung",
    "wenn sie die", "datenschutz & cookies", "datenschutz und cookies",
};
constexpr std::string_view k_notice_openings_fr[] = {
    "nous utilisons", "ce site", "en poursuivant", "en continuant", "nous et nos partenaires",
    "confidentialité et cookies", "confidentialité & cookies",
};
constexpr std::string_view k_notice_openings_pt[] = {
    "este site", "utilizamos", "usamos", "ao continuar", "ao navegar", "nós usamos", "privacidade e cookies",
    "privacidade & cookies",
};
constexpr std::string_view k_notice_openings_it[] = {
    "utilizziamo", "usiamo", "questo sito", "proseguendo", "continuando", "noi e terze parti", "privacy e cookie",
    "privacy & cookie",
};
constexpr LanguageWords k_notice_opening_lists[] = {
    {ListLanguage::en, k_notice_openings_en}, {ListLanguage::es, k_notice_openings_es},
    {ListLanguage::de, k_notice_openings_de}, {ListLanguage::fr, k_notice_openings_fr},
    {ListLanguage::pt, k_notice_openings_pt}, {ListLanguage::it, k_notice_openings_it},
};
constexpr LanguagePhrases<total_words(k_notice_opening_lists)> k_notice_openings{k_notice_opening_lists};

/// The word every such notice holds ("cookie" in every language pith knows; "Kekse" in German).
constexpr std::string_view k_cookie_words[] = {"cookie", "kekse"};

/// Buttons and titles of a consent banner (compared with shape::key()), the same roles in each
/// language: accept (all, the cookies), reject (all), allow, the settings and preferences, the
/// policy and notice titles, the banner's heading about privacy, and going on without consent.
constexpr std::string_view k_banner_lines_en[] = {
    "accept", "accept cookies", "accept all cookies", "accept all", "reject", "reject all", "reject all cookies",
    "allow all", "allow cookies", "allow all cookies", "cookie settings", "cookie preferences", "manage cookies",
    "manage preferences", "cookie policy", "cookie notice", "we value your privacy", "your privacy choices",
    "accept and close", "necessary cookies only", "only necessary cookies", "continue without accepting",
};
constexpr std::string_view k_banner_lines_es[] = {
    "aceptar", "aceptar cookies", "aceptar todas", "aceptar todas las cookies", "aceptar todo", "rechazar",
    "rechazar todas", "rechazar todo", "permitir todas", "permitir cookies", "configurar cookies",
    "configuración de cookies", "preferencias de cookies", "gestionar cookies", "gestionar preferencias",
    "política de cookies", "aviso de cookies", "valoramos tu privacidad", "aceptar y cerrar",
    "solo cookies necesarias", "continuar sin aceptar",
};
constexpr std::string_view k_banner_lines_de[] = {
    "alle akzeptieren", "akzeptieren", "alle ablehnen", "ablehnen", "cookies akzeptieren",
    "alle cookies akzeptieren", "alle cookies ablehnen", "alle zulassen", "cookies zulassen",
    "alle cookies zulassen", "cookie-einstellungen", "cookie einstellungen", "cookie-präferenzen",
    "cookies verwalten", "einstellungen verwalten", "cookie-richtlinie", "cookie-hinweis",
    "wir respektieren ihre privatsphäre", "akzeptieren und schließen", "nur notwendige cookies",
    "nur essenzielle cookies", "weiter ohne zustimmung",
};
constexpr std::string_view k_banner_lines_fr[] = {
    "accepter", "tout accepter", "accepter les cookies", "accepter tous les cookies", "tout refuser", "refuser",
    "refuser tous les cookies", "tout autoriser", "autoriser les cookies", "paramétrer les cookies",
    "paramètres des cookies", "préférences de cookies", "gérer les cookies", "gérer les préférences",
    "gérer mes préférences", "politique de cookies", "avis sur les cookies", "nous respectons votre vie privée",
    "accepter et fermer", "cookies nécessaires uniquement", "continuer sans accepter",
};
constexpr std::string_view k_banner_lines_pt[] = {
    "aceitar", "aceitar cookies", "aceitar todos", "aceitar todos os cookies", "aceitar tudo", "rejeitar",
    "rejeitar todos", "rejeitar tudo", "permitir todos", "permitir cookies", "configurações de cookies",
    "definições de cookies", "preferências de cookies", "gerir cookies", "gerenciar cookies",
    "gerenciar preferências", "política de cookies", "aviso de cookies", "valorizamos a sua privacidade",
    "aceitar e fechar", "apenas cookies necessários", "continuar sem aceitar",
};
constexpr std::string_view k_banner_lines_it[] = {
    "accetta", "accetta tutti", "accetta i cookie", "accetta tutti i cookie", "accetta tutto", "rifiuta",
    "rifiuta tutti", "rifiuta tutto", "consenti tutti", "consenti i cookie", "gestisci i cookie",
    "impostazioni dei cookie", "impostazioni cookie", "preferenze cookie", "gestisci preferenze",
    "cookie policy", "informativa sui cookie", "rispettiamo la tua privacy", "accetta e chiudi",
    "solo cookie necessari", "continua senza accettare",
};
constexpr LanguageWords k_banner_line_lists[] = {
    {ListLanguage::en, k_banner_lines_en}, {ListLanguage::es, k_banner_lines_es},
    {ListLanguage::de, k_banner_lines_de}, {ListLanguage::fr, k_banner_lines_fr},
    {ListLanguage::pt, k_banner_lines_pt}, {ListLanguage::it, k_banner_lines_it},
};
constexpr LanguagePhrases<total_words(k_banner_line_lists)> k_banner_lines{k_banner_line_lists};
constexpr KeyGate k_banner_line_gate{k_banner_lines};

/// Buttons that only stand beside a consent button ("ACEPTAR   CONFIGURAR", "Accept | Settings"):
/// alone they are no banner's.
constexpr std::string_view k_side_buttons_en[] = {"settings", "preferences", "options", "more options", "customize",
                                                  "customise", "manage", "learn more", "more information"};
constexpr std::string_view k_side_buttons_es[] = {"configurar", "configuración", "preferencias", "opciones",
                                                  "más opciones", "personalizar", "más información"};
constexpr std::string_view k_side_buttons_de[] = {"einstellungen", "anpassen", "optionen", "mehr optionen",
                                                  "mehr erfahren", "mehr informationen", "details"};
constexpr std::string_view k_side_buttons_fr[] = {"paramètres", "paramétrer", "personnaliser", "options",
                                                  "plus d'options", "en savoir plus"};
constexpr std::string_view k_side_buttons_pt[] = {"configurações", "configurar", "definições", "preferências",
                                                  "personalizar", "opções", "saiba mais"};
constexpr std::string_view k_side_buttons_it[] = {"impostazioni", "personalizza", "preferenze", "opzioni",
                                                  "più opzioni", "scopri di più", "maggiori informazioni"};
constexpr LanguageWords k_side_button_lists[] = {
    {ListLanguage::en, k_side_buttons_en}, {ListLanguage::es, k_side_buttons_es},
    {ListLanguage::de, k_side_buttons_de}, {ListLanguage::fr, k_side_buttons_fr},
    {ListLanguage::pt, k_side_buttons_pt}, {ListLanguage::it, k_side_buttons_it},
};
constexpr LanguagePhrases<total_words(k_side_button_lists)> k_side_buttons{k_side_button_lists};

/// A row of a banner's buttons is a few words on one short line.
constexpr std::size_t k_max_row_bytes = 80;
constexpr std::size_t k_max_row_buttons = 4;

/// True when `text` is a row of a consent banner's buttons, as a text browser or a scraper
/// leaves it: two to four parts set apart by runs of white space or by '|', each a banner line
/// (k_banner_lines) or a button beside one (k_side_buttons), at least one a banner line.
/// "ACEPTAR   CONFIGURAR", "Accept all | Reject all | Settings".
bool is_button_row(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > k_max_row_bytes) return false;
  std::size_t parts = 0;
  bool banner = false;
  for (std::size_t at = 0; at < text.size();) {
    // A part ends at a '|' or at two white space bytes in a row (one space joins a button's words).
    std::size_t end = at;
    while (end < text.size() && text[end] != '|' && text[end] != '\t' &&
           !(text[end] == ' ' && end + 1 < text.size() && (text[end + 1] == ' ' || text[end + 1] == '|')))
      ++end;
    std::string part = shape::key(text.substr(at, end - at));
    if (!part.empty()) {
      if (++parts > k_max_row_buttons) return false;
      bool is_banner = is_one_of(part, k_banner_lines, k_whole_line_languages);
      if (!is_banner && !is_one_of(part, k_side_buttons, k_whole_line_languages)) return false;
      banner = banner || is_banner;
    }
    at = end + 1;
  }
  return parts >= 2 && banner;
}

/// Whether `text` holds a break between two buttons of a row, as is_button_row() splits parts: a
/// '|', a tab or two spaces in a row. One pass, where a search for the two spaces stopped at every
/// space of the line.
bool holds_part_break(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '|' || c == '\t' || (c == ' ' && i + 1 < text.size() && text[i + 1] == ' ')) return true;
  }
  return false;
}

/// A cheap look at the raw line before keying it: most lines never say "cookie".
bool mentions_cookies(std::string_view text) { return shape::contains_stem_ci(text, k_cookie_words); }

}  // namespace

std::optional<std::string> CookieFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  ListLanguages languages = list_languages(doc);
  // A key that is a banner's line opens with its first byte and holds its pairs (see KeyGate):
  // most short lines fail one or the other and are not keyed. The credit stage, first in this
  // row, has built the signature of most lines.
  if (unsigned char first = text.size() <= k_max_button_bytes ? key_opening(text) : 0;
      k_banner_line_gate.opens(first) && k_banner_line_gate.may_open(first, shape::line_pairs(text)) &&
      is_one_of(shape::scratch_key(text), k_banner_lines, k_whole_line_languages))
    return "a consent button";
  // A row holds two white space bytes in a row, a tab or a bar: most lines hold none.
  if (text.size() <= k_max_row_bytes && holds_part_break(text) && is_button_row(text))
    return "a row of consent buttons";
  if (opening_in(text, k_notice_openings, languages).empty() || !mentions_cookies(text)) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) <= k_max_words && shape::key_contains_any(key, k_cookie_words))
    return "a cookie notice";
  return std::nullopt;
}

}  // namespace pith
