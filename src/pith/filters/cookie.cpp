// cookie: cookie notices and the buttons of a consent banner.
#include "pith/filters/cookie.h"

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

/// Buttons and titles of a consent banner (compared with shape::key()).
constexpr std::string_view k_banner_lines_en[] = {
    "accept cookies", "accept all cookies", "accept all", "reject all", "allow all", "allow cookies",
    "cookie settings", "cookie preferences", "manage cookies", "manage preferences", "cookie policy",
    "cookie notice", "we value your privacy", "your privacy choices",
};
constexpr std::string_view k_banner_lines_es[] = {
    "aceptar", "aceptar cookies", "aceptar todas", "rechazar todas", "configurar cookies", "política de cookies",
};
constexpr std::string_view k_banner_lines_de[] = {
    "alle akzeptieren", "akzeptieren", "alle ablehnen", "cookie-einstellungen", "einstellungen verwalten",
};
constexpr std::string_view k_banner_lines_fr[] = {
    "accepter", "tout accepter", "accepter les cookies", "tout refuser", "paramétrer les cookies",
    "gérer les cookies", "politique de cookies",
};
constexpr std::string_view k_banner_lines_pt[] = {
    "aceitar", "aceitar cookies", "aceitar todos", "rejeitar todos", "política de cookies",
};
constexpr std::string_view k_banner_lines_it[] = {
    "accetta", "accetta tutti", "accetta i cookie", "rifiuta tutti", "gestisci i cookie", "cookie policy",
};
constexpr LanguageWords k_banner_line_lists[] = {
    {ListLanguage::en, k_banner_lines_en}, {ListLanguage::es, k_banner_lines_es},
    {ListLanguage::de, k_banner_lines_de}, {ListLanguage::fr, k_banner_lines_fr},
    {ListLanguage::pt, k_banner_lines_pt}, {ListLanguage::it, k_banner_lines_it},
};
constexpr LanguagePhrases<total_words(k_banner_line_lists)> k_banner_lines{k_banner_line_lists};
constexpr KeyGate k_banner_line_gate{k_banner_lines};

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
  if (opening_in(text, k_notice_openings, languages).empty() || !mentions_cookies(text)) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) <= k_max_words && shape::key_contains_any(key, k_cookie_words))
    return "a cookie notice";
  return std::nullopt;
}

}  // namespace pith
