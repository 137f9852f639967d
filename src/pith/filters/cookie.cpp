// cookie: cookie notices, consent banners' text and the buttons of a consent banner.
#include "pith/filters/cookie.h"

#include <cstring>
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
    // The page as the site ("This page uses only essential cookies").
    "this page uses",
};
constexpr std::string_view k_notice_openings_es[] = {
    "utilizamos cookies", "usamos cookies", "utilizamos", "usamos", "este sitio", "esta web", "esta página",
    "al continuar", "si continúas", "si continúa", "nosotros y nuestros socios", "privacidad y cookies", "privacidad & cookies",
    "al hacer clic", "al pulsar", "al clicar", "haciendo clic",
};
constexpr std::string_view k_notice_openings_de[] = {
    "wir verwenden", "wir nutzen", "wir setzen", "wir und unsere partner", "diese website", "diese webseite", "durch die nutzung",
    // The page as the site, with the verb: "Diese Seite des Streits ..." is prose.
    "diese seite verwendet", "diese seite nutzt", "diese seite setzt",
    "wenn sie die", "datenschutz & cookies", "datenschutz und cookies", "mit dem klick", "mit klick", "durch klicken",
    "indem sie auf", "wenn sie auf",
};
constexpr std::string_view k_notice_openings_fr[] = {
    "nous utilisons", "ce site", "en poursuivant", "en continuant", "nous et nos partenaires", "cette page utilise",
    "confidentialité et cookies", "confidentialité & cookies", "en cliquant",
};
constexpr std::string_view k_notice_openings_pt[] = {
    "este site", "esta página utiliza", "esta página usa", "utilizamos", "usamos", "ao continuar", "ao navegar", "nós usamos", "nós e os nossos parceiros",
    "nós e nossos parceiros", "privacidade e cookies",
    "privacidade & cookies", "ao clicar", "clicando em",
};
constexpr std::string_view k_notice_openings_it[] = {
    "utilizziamo", "usiamo", "questo sito", "questa pagina utilizza", "questa pagina usa", "proseguendo", "continuando", "noi e terze parti", "noi e i nostri partner", "privacy e cookie",
    "privacy & cookie", "cliccando", "facendo clic",
};
constexpr LanguageWords k_notice_opening_lists[] = {
    {ListLanguage::en, k_notice_openings_en}, {ListLanguage::es, k_notice_openings_es},
    {ListLanguage::de, k_notice_openings_de}, {ListLanguage::fr, k_notice_openings_fr},
    {ListLanguage::pt, k_notice_openings_pt}, {ListLanguage::it, k_notice_openings_it},
};
constexpr LanguagePhrases<total_words(k_notice_opening_lists)> k_notice_openings{k_notice_opening_lists};

/// An embed held back until the reader accepts its cookies ("Ce contenu Facebook ne peut pas
/// s'afficher car vous avez refusé les cookies des réseaux sociaux. Modifier mes préférences"):
/// it opens on the content itself, in the six languages, keyed ...
constexpr std::string_view k_held_embed_openings[] = {
    "this content", "ce contenu", "questo contenuto", "dieser inhalt", "este contenido", "este conteúdo",
    // A video held back so ("This video is hosted on YouTube. Accept marketing cookies to watch it").
    "this video", "cette vidéo", "questo video", "dieses video", "este vídeo", "este video",
};
/// ... and says what the reader refused or must accept (stems, lower case): "This content about
/// cookies was produced with the bakery" says neither.
constexpr std::string_view k_consent_stems[] = {
    "refus", "accept", "consent", "zustimm", "akzeptier", "acept", "aceit", "préférence", "preference", "preferenz",
    "einstellung", "paramètre", "setting", "impostazion", "configura", "rechaz", "rifiut", "recus", "abgelehnt",
};
constexpr std::size_t k_max_held_embed_words = 40;
/// ... or it closes on the button that changes the reader's choice ("... pour voir cette vidéo.
/// Modifier mes préférences"), lower case.
constexpr std::string_view k_preferences_buttons[] = {
    "modifier mes préférences", "modifier mes choix", "gérer mes choix", "modifica le preferenze",
    "gestisci le preferenze", "change preferences", "manage preferences", "change settings", "change my choices",
    "einstellungen ändern", "einstellungen anpassen", "cambiar preferencias", "gestionar preferencias",
    "alterar preferências", "gerir preferências",
};

/// True when `text` closes on a button of k_preferences_buttons after a sentence's stop.
bool closes_on_preferences_button(std::string_view text) {
  text = shape::without_final_stops(shape::trim(text));
  for (std::string_view button : k_preferences_buttons)
    if (shape::ends_with_ci(text, button) && text.size() > button.size() + 2 &&
        text[text.size() - button.size() - 2] == '.')
      return true;
  return false;
}

/// The word every such notice holds ("cookie" in every language pith knows; "Kekse" in German;
/// "traceurs" in French, the word the French regulator CNIL uses for cookies and like trackers in
/// its 2020 guidelines, which sites' banners took up).
/// (Quebec's French calls them "témoins de navigation".)
constexpr std::string_view k_cookie_words[] = {"cookie", "kekse", "traceur", "témoins de navigation"};

/// The consent notice of the IAB Transparency and Consent Framework, which need not say
/// "cookie": "We and our 212 partners store and access information on your device" (the
/// Framework's first purpose is to "store and/or access information on a device"). It opens on
/// the site and its partners, counted or not, and the device stands in for the cookie.
constexpr std::string_view k_partner_openings_en[] = {"we and our"};
constexpr std::string_view k_partner_openings_es[] = {"nosotros y nuestros"};
constexpr std::string_view k_partner_openings_de[] = {"wir und unsere"};
constexpr std::string_view k_partner_openings_fr[] = {"nous et nos"};
constexpr std::string_view k_partner_openings_pt[] = {"nós e os nossos", "nós e nossos"};
constexpr std::string_view k_partner_openings_it[] = {"noi e i nostri"};
constexpr LanguageWords k_partner_opening_lists[] = {
    {ListLanguage::en, k_partner_openings_en}, {ListLanguage::es, k_partner_openings_es},
    {ListLanguage::de, k_partner_openings_de}, {ListLanguage::fr, k_partner_openings_fr},
    {ListLanguage::pt, k_partner_openings_pt}, {ListLanguage::it, k_partner_openings_it},
};
constexpr LanguagePhrases<total_words(k_partner_opening_lists)> k_partner_openings{k_partner_opening_lists};
/// "partner" and its forms in the six languages (a stem: "partners", "Partner", "partenaires").
constexpr std::string_view k_partner_words[] = {"partner", "partenaire", "socios", "parceiros"};
/// The pairs of those words, to turn most lines away by the row's shared signature first.
constexpr shape::PairSet k_partner_word_pairs{k_partner_words};
/// What the notice says they do with the information: store it or access it (stems).
constexpr std::string_view k_storage_stems[] = {
    "store", "access", "speicher", "greifen", "stock", "accéd", "almacen", "acced", "armazen", "acess", "archivi",
    // Or process it, the Framework's other word ("Wir und unsere Partner verarbeiten Daten ...").
    "process", "verarbeit", "traite", "traitons", "procesa", "tratt", "tratam", "tratar",
};
/// Where the notice says the information is stored: the reader's device; or which information
/// it processes: personal data, the reader's IP address.
constexpr std::string_view k_device_phrases[] = {
    "on your device", "on a device", "on your devices", "auf ihrem gerät", "auf einem gerät", "auf ihrem endgerät",
    "auf einem endgerät", "sur votre appareil", "sur un appareil", "sur votre terminal", "sur un terminal",
    "en tu dispositivo", "en su dispositivo", "en un dispositivo", "no seu dispositivo", "num dispositivo",
    "em um dispositivo", "sul tuo dispositivo", "su un dispositivo", "sul dispositivo",
    "personal data", "ip address", "personenbezogene daten", "ip-adresse", "données personnelles", "adresse ip",
    "datos personales", "dirección ip", "dados pessoais", "endereço ip", "dati personali", "indirizzo ip",
};

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

/// The pairs of those words, to turn most lines away by the row's shared signature first.
constexpr shape::PairSet k_cookie_word_pairs{k_cookie_words};

/// A consent manager's banner may run to a paragraph of its own (its purposes, the data it
/// processes, where to withdraw consent): longer than k_max_bytes, it still opens as a notice
/// and says "cookie" again and again, where an article's paragraph opening so would not.
constexpr std::size_t k_max_banner_bytes = 1500;
constexpr std::size_t k_min_banner_cookie_mentions = 2;

/// How many times `text` says "cookie" (in any case), counting up to `enough`.
std::size_t cookie_mentions(std::string_view text, std::size_t enough) {
  std::size_t mentions = 0;
  for (std::size_t at = 0; mentions < enough && at + 5 <= text.size(); ++at)
    if (shape::starts_with_ci(text.substr(at), "ookie")) ++mentions;
  return mentions;
}

/// The site's own privacy or cookie policy, as a line pointing to it names it ("our privacy
/// policy", "unserer Datenschutzerklärung"): the site's voice, so an article's sentence about
/// another site's policy ("its privacy policy") is not one. Compared within shape::key().
constexpr std::string_view k_own_policies_en[] = {
    "our privacy policy", "our cookie policy", "our privacy notice", "our cookie notice", "our cookies policy",
};
constexpr std::string_view k_own_policies_es[] = {
    "nuestra política de privacidad", "nuestra política de cookies", "nuestro aviso de privacidad",
};
constexpr std::string_view k_own_policies_de[] = {
    "unserer datenschutzerklärung", "unsere datenschutzerklärung", "unseren datenschutzhinweisen",
    "unserer cookie-richtlinie", "unsere cookie-richtlinie", "unseren datenschutzbestimmungen",
};
constexpr std::string_view k_own_policies_fr[] = {
    "notre politique de confidentialité", "notre politique de cookies", "notre politique relative aux cookies",
    "notre politique cookies",
};
constexpr std::string_view k_own_policies_pt[] = {
    "nossa política de privacidade", "nossa política de cookies", "nossa política de privacidade e cookies",
};
constexpr std::string_view k_own_policies_it[] = {
    "nostra informativa sulla privacy", "nostra cookie policy", "nostra privacy policy", "nostra informativa sui cookie",
};
constexpr LanguageWords k_own_policy_lists[] = {
    {ListLanguage::en, k_own_policies_en}, {ListLanguage::es, k_own_policies_es},
    {ListLanguage::de, k_own_policies_de}, {ListLanguage::fr, k_own_policies_fr},
    {ListLanguage::pt, k_own_policies_pt}, {ListLanguage::it, k_own_policies_it},
};
/// A pointer to the policy is a sentence.
constexpr std::size_t k_max_pointer_words = 30;
constexpr std::size_t k_max_pointer_bytes = 250;

/// Whether `text` holds "kie" or "kse", the ends of k_cookie_words from their rare 'k' on: one
/// memchr pass for a lower-case 'k' rules out most lines before "cookie" is looked for in any
/// case (a pointer line in capitals is missed).
bool holds_cookie_tail(std::string_view text) {
  const char* at = text.data();
  const char* end = text.data() + text.size();
  while (end - at >= 3) {
    at = static_cast<const char*>(std::memchr(at, 'k', static_cast<std::size_t>(end - at - 2)));
    if (!at) return false;
    if ((at[1] == 'i' && at[2] == 'e') || (at[1] == 's' && at[2] == 'e')) return true;
    ++at;
  }
  return false;
}

/// A consent banner's buttons on one line with single spaces, as a scraper joins them
/// ("Datenschutzerklärung Zulassen Ablehnen", "Accept Reject Settings"): every word a button's,
/// at least one a consent verb (accept, reject, allow, deny), per language.
constexpr std::string_view k_consent_verbs_en[] = {"accept", "reject", "allow", "deny", "decline", "agree"};
constexpr std::string_view k_consent_verbs_es[] = {"aceptar", "acepto", "rechazar", "permitir", "denegar"};
constexpr std::string_view k_consent_verbs_de[] = {"akzeptieren", "ablehnen", "zulassen", "erlauben", "zustimmen",
                                                   "verweigern"};
constexpr std::string_view k_consent_verbs_fr[] = {"accepter", "j'accepte", "refuser", "autoriser"};
constexpr std::string_view k_consent_verbs_pt[] = {"aceitar", "aceito", "rejeitar", "recusar", "permitir"};
constexpr std::string_view k_consent_verbs_it[] = {"accetta", "accetto", "rifiuta", "consenti", "nega"};
constexpr LanguageWords k_consent_verb_lists[] = {
    {ListLanguage::en, k_consent_verbs_en}, {ListLanguage::es, k_consent_verbs_es},
    {ListLanguage::de, k_consent_verbs_de}, {ListLanguage::fr, k_consent_verbs_fr},
    {ListLanguage::pt, k_consent_verbs_pt}, {ListLanguage::it, k_consent_verbs_it},
};
/// The other words of such buttons: all, only the necessary ones, the settings and preferences,
/// the cookies, the privacy policy, the imprint, save.
constexpr std::string_view k_consent_row_words_en[] = {
    "all", "only", "necessary", "essential", "settings", "preferences", "options", "cookies", "cookie",
    "privacy", "policy", "imprint", "save", "ok",
};
constexpr std::string_view k_consent_row_words_es[] = {
    "todas", "todo", "solo", "necesarias", "configuración", "configurar", "preferencias", "cookies",
    "política", "privacidad", "guardar", "ok",
};
constexpr std::string_view k_consent_row_words_de[] = {
    "alle", "nur", "notwendige", "essenzielle", "einstellungen", "cookies", "cookie", "datenschutzerklärung",
    "datenschutz", "impressum", "speichern", "ok",
};
constexpr std::string_view k_consent_row_words_fr[] = {
    "tout", "tous", "uniquement", "nécessaires", "paramètres", "préférences", "cookies", "politique",
    "confidentialité", "enregistrer", "ok",
};
constexpr std::string_view k_consent_row_words_pt[] = {
    "todos", "tudo", "apenas", "necessários", "configurações", "definições", "preferências", "cookies",
    "política", "privacidade", "guardar", "salvar", "ok",
};
constexpr std::string_view k_consent_row_words_it[] = {
    "tutti", "tutto", "solo", "necessari", "impostazioni", "preferenze", "cookie", "privacy", "policy",
    "salva", "ok",
};
constexpr LanguageWords k_consent_row_word_lists[] = {
    {ListLanguage::en, k_consent_row_words_en}, {ListLanguage::es, k_consent_row_words_es},
    {ListLanguage::de, k_consent_row_words_de}, {ListLanguage::fr, k_consent_row_words_fr},
    {ListLanguage::pt, k_consent_row_words_pt}, {ListLanguage::it, k_consent_row_words_it},
};
constexpr std::size_t k_max_spaced_row_words = 6;

/// The two lists indexed by first byte, as is_one_of() asks them.
constexpr LanguagePhrases<total_words(k_consent_verb_lists)> k_consent_verbs{k_consent_verb_lists};
constexpr LanguagePhrases<total_words(k_consent_row_word_lists)> k_consent_row_words{k_consent_row_word_lists};

/// Whether the first word of `text` (past its opening marks, ASCII case folded) is one of the
/// words of a spaced row of buttons: a look before the line is keyed, which most short lines
/// fail.
bool opens_with_row_word(std::string_view text) {
  text = shape::skip_opening_marks(text);
  std::size_t end = text.find(' ');
  if (end == std::string_view::npos) return false;  // one word alone is no row
  char folded[24];
  std::string_view word = shape::lower_ascii_into(text.substr(0, end), folded, sizeof folded);
  return is_one_of(word, k_consent_verbs, k_whole_line_languages) ||
         is_one_of(word, k_consent_row_words, k_whole_line_languages);
}

/// True when `key` (shape::key() of a short line) is only a consent banner's button words,
/// two to six of them, one a consent verb.
bool is_spaced_button_row(std::string_view key) {
  std::size_t words = 0;
  bool verb = false;
  bool buttons_only = shape::each_word(key, [&](std::string_view word) {
    bool is_verb = is_one_of(word, k_consent_verbs, k_whole_line_languages);
    verb = verb || is_verb;
    return ++words <= k_max_spaced_row_words &&
           (is_verb || is_one_of(word, k_consent_row_words, k_whole_line_languages));
  });
  return buttons_only && words >= 2 && verb;
}

/// A sentence a banner may open with before its notice, valuing the reader's privacy ("We value
/// your privacy. We and our partners use cookies ..."), in the six languages: a sentence of its
/// own, closed by a stop, where prose goes on after a comma.
constexpr std::string_view k_privacy_sentences[] = {
    "we value your privacy", "we respect your privacy", "your privacy is important to us", "your privacy matters",
    "valoramos tu privacidad", "respetamos tu privacidad", "tu privacidad es importante",
    "wir respektieren ihre privatsphäre", "ihre privatsphäre ist uns wichtig", "nous respectons votre vie privée",
    "votre vie privée est importante", "valorizamos a sua privacidade", "a sua privacidade é importante",
    "respeitamos a sua privacidade", "la tua privacy è importante", "rispettiamo la tua privacy",
    // A title asking for the reader's consent ("Wir brauchen Ihre Zustimmung!").
    "we need your consent", "wir brauchen ihre zustimmung", "wir benötigen ihre zustimmung",
    "wir brauchen ihre einwilligung", "nous avons besoin de votre consentement", "necesitamos tu consentimiento",
    "necesitamos su consentimiento", "precisamos do seu consentimento", "abbiamo bisogno del tuo consenso",
};

/// A banner's title sentence before its notice ("Your choices regarding cookies on this site.",
/// "Cookie settings."): a few words that say "cookie".
constexpr std::size_t k_max_title_sentence_bytes = 60;

/// Stems of a banner's title that names the reader's privacy ("Datenschutz-Einstellungen —
/// ...", "Privacy settings: ..."), in the six languages.
constexpr std::string_view k_privacy_title_stems[] = {"privacy", "datenschutz", "privacidad", "confidentialit",
                                                      "privacidade", "riservatezza"};

/// `text` past such a sentence, or past a short title that says "cookie" (closed by a stop) or
/// names the reader's privacy or cookies (set off by a spaced dash: "Datenschutz-Einstellungen —
/// Wir und unsere 97 Partner ...", or by a colon), or `text` when it opens with none of them.
std::string_view past_privacy_sentence(std::string_view text) {
  std::string_view sentence = shape::opening_in(text, k_privacy_sentences);
  if (sentence.empty()) {
    std::string_view head = text.substr(0, k_max_title_sentence_bytes);
    if (std::size_t stop = head.find(". ");
        stop != std::string_view::npos && shape::contains_stem_ci(text.substr(0, stop), k_cookie_words))
      return shape::trim(text.substr(stop + 2));
    for (std::string_view dash : {std::string_view(" \xE2\x80\x94 "), std::string_view(" \xE2\x80\x93 ")})
      if (std::size_t at = head.find(dash);
          at != std::string_view::npos && (shape::contains_stem_ci(text.substr(0, at), k_cookie_words) ||
                                           shape::contains_any_ci(text.substr(0, at), k_privacy_title_stems)))
        return shape::trim(text.substr(at + dash.size()));
    // Or by the cookie's pictograph ("Vos données, votre choix 🍪 Avec votre accord, ...").
    if (std::size_t cookie = head.find(" \xF0\x9F\x8D\xAA "); cookie != std::string_view::npos)
      return shape::trim(text.substr(cookie + 6));
    // Or by a colon, French-spaced or not ("Vos choix concernant les cookies : avec votre accord, ...").
    if (std::size_t colon = head.find(": ");
        colon != std::string_view::npos && (shape::contains_stem_ci(text.substr(0, colon), k_cookie_words) ||
                                            shape::contains_any_ci(text.substr(0, colon), k_privacy_title_stems)))
      return shape::trim(text.substr(colon + 2));
    return text;
  }
  std::string_view rest = shape::skip_opening_marks(text);
  rest = rest.substr(shape::phrase_at(rest, sentence));
  // The sentence may be set off by a spaced dash as well ("We value your privacy — ...").
  for (std::string_view dash : {std::string_view(" \xE2\x80\x94 "), std::string_view(" \xE2\x80\x93 ")})
    if (rest.starts_with(dash)) return shape::trim(rest.substr(dash.size()));
  if (rest.size() < 2 || (rest[0] != '.' && rest[0] != '!' && rest[0] != ':') || rest[1] != ' ') return text;
  return shape::trim(rest.substr(2));
}

/// Openings a consent banner shares with prose ("We and our 187 partners store ...", "With your
/// consent, we ...", "Avec votre accord, nos partenaires et nous ..."): with them a notice must
/// also speak a banner's words (k_banner_words), which "Wir und unsere Kinder backen Cookies"
/// does not.
constexpr std::string_view k_consent_openings_en[] = {"we and our", "with your consent", "with your permission"};
constexpr std::string_view k_consent_openings_es[] = {"nosotros y nuestros", "con tu consentimiento",
                                                      "con su consentimiento", "este website", "este sitio web"};
constexpr std::string_view k_consent_openings_de[] = {"wir und unsere", "mit ihrer zustimmung",
                                                      "mit ihrer einwilligung"};
constexpr std::string_view k_consent_openings_fr[] = {"nous et nos", "avec votre accord", "avec votre consentement"};
constexpr std::string_view k_consent_openings_pt[] = {"nós e os nossos", "com o seu consentimento", "este website",
                                                      "este sítio", "o nosso site", "o nosso website"};
constexpr std::string_view k_consent_openings_it[] = {"noi e i nostri", "con il tuo consenso"};
constexpr LanguageWords k_consent_opening_lists[] = {
    {ListLanguage::en, k_consent_openings_en}, {ListLanguage::es, k_consent_openings_es},
    {ListLanguage::de, k_consent_openings_de}, {ListLanguage::fr, k_consent_openings_fr},
    {ListLanguage::pt, k_consent_openings_pt}, {ListLanguage::it, k_consent_openings_it},
};
constexpr LanguagePhrases<total_words(k_consent_opening_lists)> k_consent_openings{k_consent_opening_lists};
/// A banner's words besides "cookie": the site, the reader's consent and settings, what the
/// data serves (stems, lower case, all six languages).
constexpr std::string_view k_banner_words[] = {
    "this site", "our site", "website", "browsing", "experience", "consent", "accept", "preferences", "settings",
    "personalis", "personaliz", "advert", " ads", "analys", "analyz", "traffic", "webseite", "zustimmung",
    "einwilligung", "akzeptieren", "einstellungen", "personalisier", "anzeigen", "nutzererlebnis", "ce site",
    "consentement", "accepter", "paramétr", "personnalis", "publicit", "navigation", "sitio", "consentimiento",
    "aceptar", "configuraci", "publicidad", "navegaci", "sito", "consenso", "accett", "impostazioni",
    "pubblicit", "navigazione", "consentimento", "aceitar", "configura", "publicidade", "navega",
    // What the cookies count ("This blog uses cookies to count readers ...").
    "readers", "visitors", "statist", "besucher", "leser", "lecteurs", "visiteurs", "lectores", "visitantes",
    "leitores", "lettori", "visitatori", "estadíst",
};

/// What a banner says the site does, after the site's name ("Towpath Times uses cookies to make
/// this site work"), in the six languages, lower case.
constexpr std::string_view k_site_uses_cookies[] = {
    " uses cookies", " use cookies", " verwendet cookies", " nutzt cookies", " setzt cookies", " utilise des cookies",
    " utiliza cookies", " usa cookies", " utilizza cookies",
    // The site with its partners ("... und seine Partner nutzen Cookies").
    " verwenden cookies", " nutzen cookies", " setzen cookies", " utilisent des cookies", " utilizan cookies",
    " usan cookies", " utilizzano cookies", " usano cookies", " utilizam cookies", " usam cookies",
};
/// A site's name before it is a few capitalised words, perhaps with its partners after it.
constexpr std::size_t k_max_site_name_bytes = 56;
/// The words that join the site's partners to its name ("Penwith Tide and our 142 partners",
/// "Le Courrier et ses 250 partenaires"), in the six languages, as the line writes them.
constexpr std::string_view k_partner_join_words[] = {
    "and", "our", "its", "partners", "und", "unsere", "seine", "partner", "et", "nos", "ses", "partenaires", "y",
    "nuestros", "sus", "socios", "e", "os", "nossos", "seus", "parceiros", "i", "nostri", "suoi",
};

/// What a site calls itself after "this" ("Este blog usa cookies ...", "This website uses
/// cookies ..."), in small letters, in the six languages.
constexpr std::string_view k_site_nouns[] = {"blog", "site", "website", "sitio", "web", "seite", "webseite",
                                             "sito", "portal", "blogue"};

/// True when `text` opens with a site's name (capitalised words, perhaps joined to its
/// partners: k_partner_join_words, or "This blog": k_site_nouns) and then says it uses cookies.
bool opens_with_site_using_cookies(std::string_view text) {
  std::string_view head = text.substr(0, k_max_site_name_bytes + 24);
  // "Cookies" as the line may write it: the list is lower case.
  char folded[k_max_site_name_bytes + 24];
  std::string_view lower = shape::lower_ascii_into(head, folded, sizeof folded);
  for (std::string_view uses : k_site_uses_cookies) {
    std::size_t at = lower.find(uses);
    if (at == std::string_view::npos || at == 0 || at > k_max_site_name_bytes) continue;
    auto first_byte = static_cast<unsigned char>(text[0]);
    bool name = ((first_byte >= 'A' && first_byte <= 'Z') || first_byte == 0xC3) &&
                shape::each_word(text.substr(0, at), [](std::string_view word) {
                  auto first = static_cast<unsigned char>(word[0]);
                  return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first == 0xC3 ||
                         shape::is_one_of(word, k_partner_join_words) || shape::is_one_of(word, k_site_nouns);
                });
    if (name) return true;
  }
  return false;
}

/// True when `text` opens with a site's name joined to its partners, the partner word within
/// the line's first bytes and every word before it capitalised, a number or a joining word
/// (k_partner_join_words): "Tweedside Courier and our 14 partners store ...".
bool opens_with_site_and_partners(std::string_view text) {
  auto first_byte = static_cast<unsigned char>(text.empty() ? 0 : text[0]);
  if (!((first_byte >= 'A' && first_byte <= 'Z') || first_byte == 0xC3)) return false;
  std::string_view head = text.substr(0, k_max_site_name_bytes + 24);
  bool partners = false;
  std::size_t words = 0;
  shape::each_word(head, [&](std::string_view word) {
    char folded[24];
    std::string_view lower = shape::lower_ascii_into(word, folded, sizeof folded);
    if (shape::is_one_of(lower, k_partner_words) || shape::starts_with_ci(lower, "partner") ||
        shape::starts_with_ci(lower, "partenaire")) {
      partners = words >= 2;
      return false;
    }
    auto first = static_cast<unsigned char>(word[0]);
    ++words;
    return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first == 0xC3 ||
           shape::is_one_of(lower, k_partner_join_words);
  });
  return partners;
}

/// A greeting before a banner's notice is a few words, closed by '!'.
constexpr std::size_t k_max_greeting_bytes = 24;
constexpr std::size_t k_max_greeting_words = 3;

/// `text` past a greeting that opens it ("Kia ora! We use cookies ...", "¡Hola! Usamos cookies
/// ...", "Bonjour ! Nous utilisons ..."), or `text` when it opens with none.
std::string_view past_greeting(std::string_view text) {
  std::size_t bang = text.substr(0, k_max_greeting_bytes).find('!');
  if (bang == std::string_view::npos || bang + 1 >= text.size() || text[bang + 1] != ' ') return text;
  if (shape::word_count(text.substr(0, bang)) > k_max_greeting_words) return text;
  return shape::trim(text.substr(bang + 1));
}

}  // namespace

std::optional<std::string> CookieFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_banner_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  ListLanguages languages = list_languages(doc);
  if (text.size() > k_max_bytes) {
    if (!opening_in(text, k_notice_openings, languages).empty() &&
        cookie_mentions(text, k_min_banner_cookie_mentions) >= k_min_banner_cookie_mentions)
      return "a consent banner's text";
    return std::nullopt;
  }
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
  if (text.size() <= k_max_row_bytes && opens_with_row_word(text) &&
      is_spaced_button_row(shape::scratch_key(text)))
    return "a row of consent buttons";
  // The site and its partners' notice, perhaps past its title ("We value your privacy. We and
  // our 214 partners store and access information on your device ..."): looked for past a title
  // only on a line whose signature may hold a partner word.
  // The line's pair signature, shared with the row (the credit stage built most).
  const bool partner_pairs = k_partner_word_pairs.may_hold_any(shape::line_pairs(text));
  auto partner_notice = [&](std::string_view notice) {
    if (opening_in(notice, k_partner_openings, languages).empty() &&
        !(partner_pairs && opens_with_site_and_partners(notice)))
      return false;
    std::string_view key = shape::scratch_key(notice);
    return shape::key_word_count(key) <= k_max_words && shape::key_contains_any(key, k_partner_words) &&
           shape::key_contains_any(key, k_device_phrases) && shape::key_contains_any(key, k_storage_stems) &&
           !shape::key_contains_any(key, k_reported_speech);
  };
  // A title before it opens as a privacy sentence or ends on a dash among the line's first
  // bytes (a 0xE2 byte, rare in most lines, found by memchr).
  auto may_open_titled = [&] {
    return !shape::opening_in(text, k_privacy_sentences).empty() ||
           text.substr(0, k_max_title_sentence_bytes).find('\xE2') != std::string_view::npos;
  };
  if (partner_notice(text) || (partner_pairs && may_open_titled() && partner_notice(past_privacy_sentence(text))))
    return "a consent notice of the site and its partners";
  // A notice that opens as prose may (k_consent_openings, a site's name) must also speak a
  // banner's words. Looked for only on a line that says "cookie" (its pairs, then a search).
  const bool cookies = k_cookie_word_pairs.may_hold_any(shape::line_pairs(text)) && mentions_cookies(text);
  // Past a title ("We value your privacy.", "Wir brauchen Ihre Zustimmung!"), whose own words
  // ("Zustimmung") are no banner's words for the notice after it.
  const std::string_view past_title = cookies ? past_privacy_sentence(text) : text;
  const bool titled = past_title.size() != text.size();
  std::string_view consent = cookies ? opening_in(text, k_consent_openings, languages) : std::string_view{};
  if (cookies && consent.empty() && titled) consent = opening_in(past_title, k_consent_openings, languages);
  if (cookies && (!consent.empty() || opens_with_site_using_cookies(text) ||
                  (titled && opens_with_site_using_cookies(past_title)))) {
    std::string_view key = shape::scratch_key(titled ? past_title : text);
    // The banner's words come after the opening, which may hold one ("Este website ...").
    std::string_view after_opening = key.substr(std::min(key.size(), consent.size()));
    if (shape::key_word_count(key) <= k_max_words && shape::key_contains_any(key, k_cookie_words) &&
        shape::key_contains_any(after_opening, k_banner_words) && !shape::key_contains_any(key, k_reported_speech))
      return "a cookie notice";
  }
  if (cookies && (!shape::word_prefix_in(text, k_held_embed_openings).empty() || closes_on_preferences_button(text))) {
    std::string_view key = shape::scratch_key(text);
    if (shape::key_word_count(key) <= k_max_held_embed_words && shape::key_contains_any(key, k_cookie_words) &&
        shape::key_contains_any(key, k_consent_stems) && !shape::key_contains_any(key, k_reported_speech))
      return "an embed held back until its cookies are accepted";
  }
  const bool notice = !opening_in(text, k_notice_openings, languages).empty() ||
                      !opening_in(past_greeting(text), k_notice_openings, languages).empty() ||
                      (titled && !opening_in(past_title, k_notice_openings, languages).empty());
  // A pointer to the policy is short, and says "cookie": a search for its rare 'k' first.
  const bool pointer = !notice && text.size() <= k_max_pointer_bytes &&
                       holds_cookie_tail(text);
  if ((!notice && !pointer) || !cookies) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (!shape::key_contains_any(key, k_cookie_words)) return std::nullopt;
  std::size_t words = shape::key_word_count(key);
  // A notice is the site's own; a report quotes someone's ("..., a déclaré le chercheur").
  if (notice)
    return words <= k_max_words && !shape::key_contains_any(key, k_reported_speech)
               ? std::optional<std::string>("a cookie notice")
               : std::nullopt;
  if (words <= k_max_pointer_words && key_contains_any(key, k_own_policy_lists, languages))
    return "a pointer to the site's cookie or privacy policy";
  return std::nullopt;
}

}  // namespace pith
