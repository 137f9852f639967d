// paywall: what a subscription wall leaves in the text ("Subscribe to keep reading").
#include "pith/filters/paywall.h"

#include <algorithm>
#include <array>
#include <span>
#include <cstdint>
#include <vector>

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/base/sentences.h"
#include "pith/filters/reader_prompt.h"
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
    "enjoy unlimited access",
    "subscribe for full access", "subscribe today", "already have an account", "already a subscriber",
    "already subscribed", "this article is for subscribers", "this article is only available to subscribers",
    "this content is for subscribers", "exclusive to subscribers", "subscribers only",
    "create a free account", "register for free to continue", "sign in to continue reading",
    "log in to continue reading", "you have reached your limit", "you've reached your limit",
    "you have read your", "you've read your", "continue reading with", "to continue reading",
    "unlock this article", "get unlimited access", "start your free trial",
    "this article is reserved for subscribers", "this story is reserved for subscribers", "read the full article with",
    "read the full story with", "this article is exclusive to subscribers",
};
// The roles above in the other languages: already an account, a free account, continue reading
// with, unlock, a free trial, the limit reached, for subscribers only.
constexpr std::string_view k_openings_es[] = {
    "suscríbete para seguir leyendo", "suscríbete para continuar leyendo", "suscríbete para leer",
    "¿ya tienes una cuenta", "ya tienes una cuenta", "¿ya eres suscriptor", "ya eres suscriptor",
    "contenido exclusivo para suscriptores", "este contenido es exclusivo para suscriptores",
    "has alcanzado el límite",
    "este artículo es exclusivo para suscriptores", "esta noticia es exclusiva para suscriptores",
    "este contenido es solo para suscriptores", "lee el artículo completo con", "lee la noticia completa con",
    "hazte suscriptor", "suscríbete para seguir", "hazte socio para",
    "sigue leyendo con", "continúa leyendo con", "desbloquea este artículo", "empieza tu prueba gratuita",
    "crea una cuenta gratuita", "crea tu cuenta gratuita",
};
constexpr std::string_view k_openings_de[] = {
    "jetzt abonnieren und weiterlesen", "weiterlesen mit", "bereits registriert", "bereits abonnent",
    "sie sind bereits abonnent", "schon abonnent", "dieser artikel ist nur für abonnenten",
    "exklusiv für abonnenten", "jetzt weiterlesen", "um weiterzulesen",
    "lesen sie den vollständigen artikel mit", "den vollständigen artikel lesen sie mit", "lesen sie den ganzen artikel mit",
    "dieser artikel ist exklusiv für", "dieser inhalt ist nur für abonnenten", "den ganzen artikel lesen sie mit",
    "dieser inhalt ist exklusiv für", "um diesen artikel zu lesen", "um den vollständigen artikel zu lesen",
    "sie haben bereits ein konto", "haben sie bereits ein konto", "du hast bereits ein konto",
    "kostenloses konto erstellen", "nur für abonnenten", "diesen artikel freischalten", "jetzt gratis testen",
    "jetzt registrieren und", "jetzt kostenlos registrieren und",
    "sie haben ihr limit",
    // Gender-inclusive wording, as Swiss and Austrian sites write it.
    "dieser artikel ist für abonnentinnen und abonnenten", "dieser artikel ist für abonnenten",
    "nur für abonnentinnen und abonnenten", "exklusiv für abonnentinnen und abonnenten",
};
constexpr std::string_view k_openings_fr[] = {
    "abonnez-vous pour lire la suite", "abonnez-vous pour continuer", "déjà abonné", "vous avez déjà un compte",
    "cet article est réservé aux abonnés", "article réservé aux abonnés", "réservé aux abonnés",
    "la suite est réservée aux abonnés", "pour lire la suite",
    "lisez l'article complet avec", "cet article est réservé à nos abonnés", "ce contenu est réservé aux abonnés",
    "cet article vous est offert", "pour lire l'intégralité de cet article", "pour lire cet article en intégralité",
    "abonnez-vous pour lire", "la suite de cet article est réservée", "la lecture de cet article est réservée",
    "poursuivre la lecture avec", "poursuivez la lecture avec", "continuez la lecture avec", "débloquez cet article",
    "commencez votre essai gratuit", "vous avez atteint la limite", "créez un compte gratuit",
};
constexpr std::string_view k_openings_pt[] = {
    "assine para continuar lendo", "assine para ler", "já é assinante", "já tem uma conta",
    "conteúdo exclusivo para assinantes", "este conteúdo é exclusivo para assinantes",
    "continue lendo com",
    "este artigo é exclusivo para assinantes", "este artigo é exclusivo para subscritores",
    "esta reportagem é exclusiva para assinantes", "leia o artigo completo com", "leia a matéria completa com",
    "artigo exclusivo para assinantes", "artigo exclusivo para subscritores",
    "para ler o artigo completo", "para ler a matéria completa",
    "continue a ler com", "desbloqueie este artigo", "comece seu teste grátis", "você atingiu o limite",
    "crie uma conta gratuita", "apenas para assinantes",
};
constexpr std::string_view k_openings_it[] = {
    "abbonati per continuare a leggere", "abbonati per leggere", "sei già abbonato", "hai già un account",
    "contenuto riservato agli abbonati", "articolo riservato agli abbonati", "per continuare a leggere",
    "questo articolo è riservato agli abbonati", "questo contenuto è riservato agli abbonati",
    "leggi l'articolo completo con", "leggi l’articolo completo con",
    "continua a leggere con", "sblocca questo articolo", "inizia la prova gratuita", "hai raggiunto il limite",
    "crea un account gratuito", "solo per abbonati",
};
constexpr LanguageWords k_opening_lists[] = {
    {ListLanguage::en, k_openings_en}, {ListLanguage::es, k_openings_es}, {ListLanguage::de, k_openings_de},
    {ListLanguage::fr, k_openings_fr}, {ListLanguage::pt, k_openings_pt}, {ListLanguage::it, k_openings_it},
};
constexpr LanguagePhrases<total_words(k_opening_lists)> k_openings{k_opening_lists};

/// Wall buttons that stand alone on a line: log in, subscribe, read without limits.
constexpr std::string_view k_buttons_en[] = {"sign in", "log in", "subscribe", "read without limits"};
constexpr std::string_view k_buttons_es[] = {"iniciar sesión", "inicia sesión", "entrar", "lee sin límites"};
constexpr std::string_view k_buttons_de[] = {"anmelden", "einloggen", "unbegrenzt lesen"};
constexpr std::string_view k_buttons_fr[] = {"se connecter", "connexion", "lisez en illimité", "lire en illimité",
                                             "connectez-vous", "identifiez-vous", "je me connecte"};
constexpr std::string_view k_buttons_pt[] = {"entrar", "fazer login", "leia sem limites"};
constexpr std::string_view k_buttons_it[] = {"accedi", "abbonati", "leggi senza limiti"};
constexpr LanguageWords k_button_lists[] = {
    {ListLanguage::en, k_buttons_en}, {ListLanguage::es, k_buttons_es}, {ListLanguage::de, k_buttons_de},
    {ListLanguage::fr, k_buttons_fr}, {ListLanguage::pt, k_buttons_pt}, {ListLanguage::it, k_buttons_it},
};
constexpr LanguagePhrases<total_words(k_button_lists)> k_buttons{k_button_lists};

/// Badges that mark a piece as for subscribers, standing alone on a line (compared with
/// shape::key()); any of the six languages. "Subscriber-only features were added" is prose:
/// only the whole line counts.
constexpr std::size_t k_max_badge_bytes = 48;
constexpr std::string_view k_badges_en[] = {
    "subscriber-only", "subscriber only", "subscribers-only", "subscriber exclusive", "for subscribers",
    "premium content", "premium article", "members only", "subscriber content", "premium", "premium+",
};
constexpr std::string_view k_badges_es[] = {
    "exclusivo para suscriptores", "solo para suscriptores", "sólo para suscriptores", "exclusivo suscriptores",
    "contenido exclusivo", "contenido premium", "para suscriptores",
    "contenido para suscriptores", "solo suscriptores", "exclusivo para socios",
};
constexpr std::string_view k_badges_de[] = {
    "abo-inhalt", "abo-artikel", "abo", "nur für abonnenten", "plus-artikel", "plus-inhalt", "exklusiv für abonnenten",
    "für abonnenten", "premium-inhalt", "premium-artikel", "für abonnentinnen und abonnenten", "abo+",
};
constexpr std::string_view k_badges_fr[] = {
    "abonnés", "article abonné", "contenu abonné", "exclusivité abonnés", "réservé aux abonnés",
    "article réservé aux abonnés", "pour les abonnés", "réservé à nos abonnés", "article réservé à nos abonnés",
    "contenu réservé à nos abonnés",
};
constexpr std::string_view k_badges_pt[] = {
    "exclusivo para assinantes", "só para assinantes", "conteúdo exclusivo", "exclusivo assinantes",
    "para assinantes", "conteúdo para assinantes", "exclusivo para subscritores", "só para subscritores",
    "conteúdo restrito a assinantes", "restrito a assinantes", "conteúdo restrito",
};
constexpr std::string_view k_badges_it[] = {
    "riservato agli abbonati", "contenuto riservato agli abbonati", "solo per abbonati", "solo per gli abbonati",
    "esclusiva per gli abbonati", "contenuto premium", "articolo premium",
    "contenuto esclusivo per gli abbonati", "esclusivo per gli abbonati", "esclusivo per abbonati",
    "articolo riservato agli abbonati",
};
constexpr LanguageWords k_badge_lists[] = {
    {ListLanguage::en, k_badges_en}, {ListLanguage::es, k_badges_es}, {ListLanguage::de, k_badges_de},
    {ListLanguage::fr, k_badges_fr}, {ListLanguage::pt, k_badges_pt}, {ListLanguage::it, k_badges_it},
};
constexpr LanguagePhrases<total_words(k_badge_lists)> k_badges{k_badge_lists};

/// What a "Name+" badge labels ("Rheinkurier+ Artikel", "Gazette+ article", "Diario+ Contenido").
constexpr std::string_view k_plus_badge_nouns[] = {
    "artikel", "inhalt", "article", "content", "story", "artículo", "contenido", "artigo", "conteúdo", "articolo",
    "contenuto", "exklusiv", "exclusive", "premium",
};

/// What a tier's badge names after its bar ("AP+ | Plus-Artikel"), keyed.
constexpr std::string_view k_tier_nouns[] = {"plus-artikel", "plus-inhalt", "plus article", "premium-artikel",
                                             "artikel", "article", "premium", "exklusiv", "abo", "abo-artikel"};

/// "Rheinkurier+ Artikel": a name glued to a '+' (a brand's subscription tier; "18+" is an age
/// limit, so a letter must come before the '+'), then one word naming the piece.
bool is_plus_badge(std::string_view text) {
  text = shape::trim(text);
  std::size_t space = text.find(' ');
  if (space == std::string_view::npos || space < 2 || text[space - 1] != '+') return false;
  char before = text[space - 2];
  if (!((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z'))) return false;
  std::string_view noun = shape::trim(text.substr(space + 1));
  for (std::string_view known : k_plus_badge_nouns)
    if (shape::equals_ci(noun, known)) return true;
  return false;
}

/// The padlocks a site marks its subscribers' pieces with: 🔒 and 🔐.
constexpr std::string_view k_padlocks[] = {"\xF0\x9F\x94\x92", "\xF0\x9F\x94\x90"};
/// A brand's tier after the padlock is a short word ("TB+", "SZ+").
constexpr std::size_t k_max_tier_bytes = 16;

/// "🔒 TB+", "🔒 Premium": a padlock, then a brand's tier glued to a '+' or a known badge
/// (k_badges), alone on the line.
bool is_locked_badge(std::string_view text) {
  text = shape::trim(text);
  std::string_view rest;
  for (std::string_view lock : k_padlocks)
    if (text.starts_with(lock)) rest = shape::trim(text.substr(lock.size()));
  if (rest.empty()) return false;
  if (rest.size() <= k_max_tier_bytes && rest.size() > 1 && rest.back() == '+' && rest.find(' ') == std::string_view::npos &&
      ((rest[rest.size() - 2] | 0x20) >= 'a' && (rest[rest.size() - 2] | 0x20) <= 'z'))
    return true;
  return is_one_of(shape::scratch_key(rest), k_badges, k_whole_line_languages);
}

/// A call to log in or register, which must say what for (k_login_purposes): "Log in or create a
/// free account to save this article", "Accedi o registrati per continuare a leggere".
constexpr std::string_view k_login_openings_en[] = {
    "log in", "login", "sign in", "sign up", "register", "create an account", "create a free account",
    "create your free account",
};
constexpr std::string_view k_login_openings_es[] = {
    "inicia sesión", "inicie sesión", "regístrate", "regístrese", "accede", "identifícate", "crea una cuenta",
    "crea tu cuenta",
    // The River Plate's voseo.
    "iniciá sesión", "registrate", "accedé", "creá tu cuenta",
};
constexpr std::string_view k_login_openings_de[] = {
    "melden sie sich", "jetzt anmelden", "jetzt registrieren", "registrieren sie sich", "loggen sie sich",
    "einloggen", "anmelden", "kostenlos registrieren",
    // The du-form many community sites and blogs use.
    "melde dich", "logge dich", "log dich", "registriere dich",
};
constexpr std::string_view k_login_openings_fr[] = {
    "connectez-vous", "identifiez-vous", "inscrivez-vous", "créez un compte", "créez votre compte",
    // The tu-form.
    "connecte-toi", "identifie-toi", "inscris-toi", "crée un compte", "crée ton compte",
};
constexpr std::string_view k_login_openings_pt[] = {
    "faça login", "faça seu login", "entre ou cadastre-se", "cadastre-se", "entre na sua conta", "crie sua conta",
    "crie uma conta",
    // The tu-form of Portugal.
    "inicia sessão", "regista-te", "cria uma conta",
};
constexpr std::string_view k_login_openings_it[] = {
    "accedi", "registrati", "effettua il login", "crea un account", "iscriviti gratis",
};
constexpr LanguageWords k_login_opening_lists[] = {
    {ListLanguage::en, k_login_openings_en}, {ListLanguage::es, k_login_openings_es},
    {ListLanguage::de, k_login_openings_de}, {ListLanguage::fr, k_login_openings_fr},
    {ListLanguage::pt, k_login_openings_pt}, {ListLanguage::it, k_login_openings_it},
};
constexpr LanguagePhrases<total_words(k_login_opening_lists)> k_login_openings{k_login_opening_lists};
constexpr std::string_view k_login_purposes_en[] = {
    "to continue", "continue reading", "keep reading", "read the full", "save this", "to save", "to comment",
    "to read", "full access", "unlimited access", "reading list",
};
constexpr std::string_view k_login_purposes_es[] = {
    "seguir leyendo", "continuar leyendo", "leer", "guardar", "comentar", "acceso",
};
constexpr std::string_view k_login_purposes_de[] = {
    "weiterlesen", "weiter zu lesen", "lesen", "speichern", "merken", "kommentieren", "zugang",
};
constexpr std::string_view k_login_purposes_fr[] = {
    "lire la suite", "continuer", "lire cet article", "sauvegarder", "enregistrer", "commenter", "accéder",
};
constexpr std::string_view k_login_purposes_pt[] = {
    "continuar lendo", "continuar a ler", "ler", "salvar", "comentar", "acesso", "acessar",
};
constexpr std::string_view k_login_purposes_it[] = {
    "continuare a leggere", "leggere", "salvare", "commentare", "accesso",
};
constexpr LanguageWords k_login_purpose_lists[] = {
    {ListLanguage::en, k_login_purposes_en}, {ListLanguage::es, k_login_purposes_es},
    {ListLanguage::de, k_login_purposes_de}, {ListLanguage::fr, k_login_purposes_fr},
    {ListLanguage::pt, k_login_purposes_pt}, {ListLanguage::it, k_login_purposes_it},
};
/// A login call is one sentence.
constexpr std::size_t k_max_login_words = 20;

/// A wall's box on one line runs to a few sentences.
constexpr std::size_t k_max_box_words = 50;
/// What a wall's box sells before its question, as stems in the six languages (lower case):
/// subscribing, reading on, access. An article's sentence glued to the question sells none.
constexpr std::string_view k_box_stems[] = {
    "subscri", "reading", "access", "abonn", "suscri", "leyendo", "acceso", "lecture", "accès", "lesen",
    "zugang", "zugriff", "assin", "ler ", "lendo", "acesso", "abbon", "leggere", "accesso", "unlimited",
    "illimit", "ilimit", "unbegrenzt",
};

/// "Continue reading for just KES 10. Unlimited access from KES 250 a month. Already a
/// subscriber? Log in": a line that closes on the wall's question to subscribers (an opening of
/// k_openings: "Already a subscriber?", "¿Ya eres suscriptor?", "Déjà abonné ?") and its login
/// button (k_buttons), after what the box sells (k_box_stems).
bool closes_on_login_question(std::string_view text, ListLanguages languages) {
  std::size_t asked = text.rfind('?');
  if (asked == std::string_view::npos || asked + 1 >= text.size()) return false;
  std::string_view button = shape::trim(text.substr(asked + 1));
  if (button.empty() || button.size() > k_max_button_bytes ||
      !is_one_of(shape::scratch_key(button), k_buttons, k_whole_line_languages))
    return false;
  // The question is the line's last sentence before the button.
  std::string_view before = text.substr(0, asked);
  std::size_t start = before.find_last_of(".!?");
  std::string_view question = shape::trim(start == std::string_view::npos ? before : before.substr(start + 1));
  if (question.starts_with("\xC2\xBF")) question.remove_prefix(2);  // Spanish '¿'
  if (opening_in(question, k_openings, languages).empty()) return false;
  std::string_view box = text.substr(0, static_cast<std::size_t>(question.data() - text.data()));
  return (box.empty() || shape::contains_stem_ci(box, k_box_stems)) &&
         shape::key_word_count(shape::scratch_key(text)) <= k_max_box_words;
}

/// "Log in or create a free account to save this article": a login opening and what for.
bool is_login_call(std::string_view text, ListLanguages languages) {
  if (opening_in(text, k_login_openings, languages).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_login_words) return false;
  // Whole words: "leer" is not "leerlo", "lesen" not "gelesen".
  return key_contains_any_words(key, k_login_purpose_lists, languages);
}

/// "To view the full story, please subscribe to X", "Pour accéder en illimité à nos articles,
/// abonnez-vous": what the reader wants first (the rest of the piece, access), then the call to
/// subscribe or log in, in one short sentence. The mirror of is_login_call(); reported speech
/// ("To read the full report, subscribers must log in, the site said") is news.
constexpr std::string_view k_read_purposes_en[] = {
    "to read the full", "to view the full", "to see the full", "to access the full", "to read the rest",
    "to read the entire", "to read this", "to view this", "to access this", "to keep reading", "for full access",
    "for unlimited access",
};
constexpr std::string_view k_read_purposes_es[] = {"para leer", "para seguir leyendo", "para acceder", "para ver la noticia"};
constexpr std::string_view k_read_purposes_de[] = {"um den ganzen", "um den vollständigen", "um alle artikel",
                                                   "für vollen zugriff", "für den vollen zugang"};
constexpr std::string_view k_read_purposes_fr[] = {"pour lire", "pour accéder", "pour continuer", "pour profiter"};
constexpr std::string_view k_read_purposes_pt[] = {"para ler", "para continuar", "para acessar", "para ter acesso"};
constexpr std::string_view k_read_purposes_it[] = {"per leggere", "per continuare", "per accedere"};
constexpr LanguageWords k_read_purpose_lists[] = {
    {ListLanguage::en, k_read_purposes_en}, {ListLanguage::es, k_read_purposes_es},
    {ListLanguage::de, k_read_purposes_de}, {ListLanguage::fr, k_read_purposes_fr},
    {ListLanguage::pt, k_read_purposes_pt}, {ListLanguage::it, k_read_purposes_it},
};
constexpr LanguagePhrases<total_words(k_read_purpose_lists)> k_read_purposes{k_read_purpose_lists};
/// The call after the purpose, whole words ("subscribe", not "subscribers loved the magazine").
constexpr std::string_view k_wall_calls_en[] = {"subscribe", "log in", "sign in", "login", "become a subscriber",
                                                "become a member"};
constexpr std::string_view k_wall_calls_es[] = {"suscríbete", "suscribete", "suscribirse", "hazte suscriptor",
                                                "inicia sesión", "regístrate", "suscribite", "registrate",
                                                "iniciá sesión"};
constexpr std::string_view k_wall_calls_de[] = {"abonnieren", "abonnent werden", "melden sie sich", "registrieren sie sich",
                                                "einloggen"};
constexpr std::string_view k_wall_calls_fr[] = {"abonnez-vous", "abonne-toi", "s'abonner", "connectez-vous",
                                                "inscrivez-vous"};
constexpr std::string_view k_wall_calls_pt[] = {"assine", "torne-se assinante", "faça login", "cadastre-se",
                                                "subscreva"};
constexpr std::string_view k_wall_calls_it[] = {"abbonati", "abbonarsi", "accedi", "registrati"};
constexpr LanguageWords k_wall_call_lists[] = {
    {ListLanguage::en, k_wall_calls_en}, {ListLanguage::es, k_wall_calls_es}, {ListLanguage::de, k_wall_calls_de},
    {ListLanguage::fr, k_wall_calls_fr}, {ListLanguage::pt, k_wall_calls_pt}, {ListLanguage::it, k_wall_calls_it},
};
/// Such a call is one sentence.
constexpr std::size_t k_max_purpose_call_words = 25;
/// Words a call may open with before its verb.
constexpr std::string_view k_polite_words[] = {"please", "simply", "just", "por favor", "bitte", "merci de",
                                               "per favore", "basta"};

/// True when `text` opens with a purpose of k_read_purposes and the clause after its comma opens
/// with a call to subscribe or log in (k_wall_calls, after a word of k_polite_words), in at most
/// k_max_purpose_call_words words that report no one's speech.
bool is_purpose_then_call(std::string_view text, ListLanguages languages) {
  if (opening_in(text, k_read_purposes, languages).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_purpose_call_words || shape::key_contains_any(key, k_reported_speech))
    return false;
  // The call opens the clause after the purpose, addressed to the reader ("..., please subscribe"),
  // not a statement about others ("..., residents can subscribe to the bulletin").
  std::size_t comma = key.find_first_of(",:");
  if (comma == std::string_view::npos) return false;
  std::string_view call = shape::trim(key.substr(comma + 1));
  for (std::string_view polite : k_polite_words)
    if (call.starts_with(polite) && call.size() > polite.size() && call[polite.size()] == ' ')
      call = shape::trim(call.substr(polite.size()));
  return any_list(languages, k_wall_call_lists, [&](auto calls) {
    for (std::string_view c : calls)
      if (call.starts_with(c) && (call.size() == c.size() || !shape::is_word_byte(call[c.size()]))) return true;
    return false;
  });
}

/// A metered wall's counter names the free articles a reader has read or has left ("You've read
/// 3 of 5 free articles this month", "Il vous reste 2 articles gratuits"): the free-article
/// phrase, a count, and the reader addressed, on one short line. A report on a site's paywall
/// ("The site offers ten free articles a month") addresses no one.
constexpr std::size_t k_max_meter_words = 20;
constexpr std::string_view k_free_articles_en[] = {"free articles", "free article", "free stories", "free story"};
constexpr std::string_view k_free_articles_es[] = {"artículos gratuitos", "artículo gratuito", "artículos gratis",
                                                   "noticias gratuitas", "notas gratuitas"};
constexpr std::string_view k_free_articles_de[] = {"kostenlose artikel", "kostenlosen artikel", "kostenlosen artikeln",
                                                   "freie artikel", "freien artikel", "gratis-artikel"};
constexpr std::string_view k_free_articles_fr[] = {"articles gratuits", "article gratuit", "articles offerts",
                                                   "article offert"};
constexpr std::string_view k_free_articles_pt[] = {"artigos gratuitos", "artigo gratuito", "matérias gratuitas",
                                                   "notícias gratuitas"};
constexpr std::string_view k_free_articles_it[] = {"articoli gratuiti", "articolo gratuito", "articoli gratis"};
constexpr LanguageWords k_free_article_lists[] = {
    {ListLanguage::en, k_free_articles_en}, {ListLanguage::es, k_free_articles_es},
    {ListLanguage::de, k_free_articles_de}, {ListLanguage::fr, k_free_articles_fr},
    {ListLanguage::pt, k_free_articles_pt}, {ListLanguage::it, k_free_articles_it},
};
constexpr std::string_view k_reader_words_en[] = {"you", "you've", "your", "you have"};
constexpr std::string_view k_reader_words_es[] = {"te", "tu", "tus", "has", "tienes", "usted"};
constexpr std::string_view k_reader_words_de[] = {"sie haben", "ihnen", "ihre", "du", "dich", "dir", "deine"};
constexpr std::string_view k_reader_words_fr[] = {"vous", "votre", "vos", "tu", "te"};
constexpr std::string_view k_reader_words_pt[] = {"você", "voce", "seu", "seus", "lhe", "te"};
constexpr std::string_view k_reader_words_it[] = {"hai", "ti", "tuoi", "sei"};
constexpr LanguageWords k_reader_word_lists[] = {
    {ListLanguage::en, k_reader_words_en}, {ListLanguage::es, k_reader_words_es},
    {ListLanguage::de, k_reader_words_de}, {ListLanguage::fr, k_reader_words_fr},
    {ListLanguage::pt, k_reader_words_pt}, {ListLanguage::it, k_reader_words_it},
};
/// ... or by a salutation, where the verb's third person is the polite form ("Caro leitor,
/// atingiu o limite de artigos gratuitos"): then the counter must say the limit is reached
/// (k_limit_words), as an editor's letter to readers about the free articles does not.
constexpr std::string_view k_salutations[] = {
    "dear reader", "querido lector", "estimado lector", "querida lectora", "estimada lectora", "lieber leser",
    "liebe leserin", "liebe leser", "cher lecteur", "chère lectrice", "chers lecteurs", "caro leitor", "cara leitora",
    "estimado leitor", "caro lettore", "cara lettrice", "gentile lettore", "gentile lettrice",
};
constexpr std::string_view k_limit_words[] = {"limit", "límite", "limite", "limite"};

/// Stems one of which every phrase of k_free_article_lists holds, for a cheap look at the raw
/// line before keying it.
constexpr std::string_view k_free_stems[] = {"free", "freie", "kostenl", "gratui", "gratis", "offert"};
constexpr shape::PairSet k_free_stem_pairs{k_free_stems};

/// The counter may go on to its call to log in or pay, a sentence or two of its own ("You've read
/// 4 of your 5 free stories this month. Sign in or become a member to keep reading.").
constexpr std::size_t k_max_meter_sentences = 3;

/// True when `sentence` (keyed) is a meter's counter: the free-article phrase and the reader.
bool is_meter_sentence(std::string_view key, ListLanguages languages) {
  return shape::key_word_count(key) <= k_max_meter_words && key_contains_any_words(key, k_free_article_lists, languages) &&
         (key_contains_any_words(key, k_reader_word_lists, languages) ||
          (shape::key_contains_any(key, k_salutations) && shape::key_contains_any(key, k_limit_words)));
}

/// True when `text` (whose signature is `pairs`) is a metered wall's counter (see k_max_meter_words),
/// alone or among a few sentences none longer than it may be.
bool is_article_meter(std::string_view text, const shape::LinePairs& pairs, ListLanguages languages) {
  if (!k_free_stem_pairs.may_hold_any(pairs) || !shape::contains_stem_ci(text, k_free_stems) ||
      !shape::has_digit(text))
    return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) <= k_max_meter_words) return is_meter_sentence(key, languages);
  if (shape::key_word_count(key) > k_max_meter_sentences * k_max_meter_words ||
      !key_contains_any_words(key, k_free_article_lists, languages) ||
      !(key_contains_any_words(key, k_reader_word_lists, languages) || shape::key_contains_any(key, k_salutations)))
    return false;
  // Only then the sentences, by ICU's rules.
  std::vector<std::size_t> starts = sentences::starts(text);
  if (starts.size() < 2 || starts.size() > k_max_meter_sentences) return false;
  starts.push_back(text.size());
  bool meter = false;
  for (std::size_t i = 0; i + 1 < starts.size(); ++i) {
    std::string_view sentence_key = shape::scratch_key(text.substr(starts[i], starts[i + 1] - starts[i]));
    if (shape::key_word_count(sentence_key) > k_max_meter_words) return false;
    meter = meter || is_meter_sentence(sentence_key, languages);
  }
  return meter;
}

/// A trial offer of a subscription: a low price for a span of time, on a short line of its own
/// ("4 Wochen für 0,99 €", "Get 6 months for $1", "1 € le premier mois", "3 mesi a 1 €").
constexpr std::size_t k_max_offer_words = 12;
constexpr std::size_t k_max_offer_bytes = 120;
/// An introductory price is a token sum; a price above it is a product's or a ticket's.
constexpr double k_max_offer_price = 2.0;
/// The spans a trial runs for (whole words of the key).
constexpr std::string_view k_offer_spans[] = {
    "week", "weeks", "month", "months", "year", "wochen", "woche", "monat", "monate", "monaten", "jahr",
    "semana", "semanas", "mes", "meses", "año", "semaine", "semaines", "mois", "an", "settimana", "settimane",
    "mese", "mesi", "anno", "ano", "mês",
};
/// The other words an offer is made of: its verbs, prepositions and articles, "first", "only",
/// "then". A line with any other word is a report on a price ("Ticket prices rose to $1.75 for 6 months").
constexpr std::string_view k_offer_words[] = {
    "get", "try", "subscribe", "read", "for", "the", "first", "only", "just", "then", "per", "a", "now", "offer",
    "trial", "testen", "lesen", "abonnieren", "jetzt", "für", "nur", "die", "ersten", "erste", "im", "dann", "danach",
    "ab", "angebot", "probeabo", "suscríbete", "prueba", "lee", "por", "los", "las", "el", "primeros", "primer",
    "solo", "sólo", "durante", "luego", "después", "oferta", "offre", "découverte", "essai", "abonnez-vous", "essayez",
    "lisez", "le", "les", "premier", "premiers", "pendant", "seulement", "puis", "par", "pour", "abbonati", "prova",
    "leggi", "i", "primi", "il", "primo", "poi", "offerta", "assine", "experimente", "leia", "no", "nos",
    "primeiro", "primeiros", "depois", "apenas", "só", "de", "à", "al", "mit", "with", "et", "e", "y", "and",
    "|", "-", "\xC2\xB7", "\xE2\x80\x93", "\xE2\x80\x94",
};
/// Currency marks, before or after the amount.
constexpr std::string_view k_currency_marks[] = {"\xE2\x82\xAC", "$", "\xC2\xA3", "r$", "euro", "euros", "eur"};

/// The amount of `token` ("0,99", "1", "1.90") when it is a number, else a negative value.
double amount_of(std::string_view token) {
  double whole = 0, part = 0, scale = 1;
  bool digits = false, after = false;
  for (char c : token) {
    if (c >= '0' && c <= '9') {
      digits = true;
      if (after) part += (scale /= 10) * (c - '0');
      else whole = whole * 10 + (c - '0');
    } else if ((c == ',' || c == '.') && !after) {
      after = true;
    } else {
      return -1;
    }
  }
  return digits ? whole + part : -1;
}

/// True when `line`, whose signature is `pairs`, may hold a digit: a digit followed by a byte
/// leaves its class's row of the signature non-empty, and a digit that is followed by none ends
/// the line.
bool may_hold_digit(std::string_view line, const shape::LinePairs& pairs) {
  return pairs.after_digit() != 0 || (!line.empty() && line.back() >= '0' && line.back() <= '9');
}

/// True when `text` (whose signature is `pairs`) is a trial offer (see k_max_offer_words): a
/// currency mark beside an amount of at most k_max_offer_price, and a span of weeks, months or
/// a year; no sentence's full stop. The amount is a number: a line without a digit is none,
/// before its currency marks are looked for.
bool is_trial_offer(std::string_view text, const shape::LinePairs& pairs) {
  if (!may_hold_digit(text, pairs)) return false;
  text = shape::trim(text);
  if (text.empty() || text.size() > k_max_offer_bytes || text.back() == '.') return false;
  if (text.find('$') == std::string_view::npos && text.find("\xE2\x82\xAC") == std::string_view::npos &&
      text.find("\xC2\xA3") == std::string_view::npos && !shape::contains_stem_ci(text, std::string_view("eur")))
    return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_offer_words) return false;
  bool span = false, price = false;
  std::string_view previous;
  for (std::size_t start = 0; start <= key.size();) {
    std::size_t end = std::min(key.find(' ', start), key.size());
    std::string_view token = key.substr(start, end - start);
    while (!token.empty() && (token.back() == ':' || token.back() == '!' || token.back() == ',')) token.remove_suffix(1);
    bool known = shape::is_one_of(token, k_offer_spans) || shape::is_one_of(token, k_offer_words) ||
                 shape::is_one_of(token, k_currency_marks) || amount_of(token) >= 0;
    span = span || shape::is_one_of(token, k_offer_spans);
    // "$1", "0,99€", "1 €", "€ 1", "R$ 1,90": the mark glued to the amount or next to it.
    for (std::string_view mark : k_currency_marks) {
      double glued = -1;
      if (token.starts_with(mark)) glued = amount_of(token.substr(mark.size()));
      else if (token.ends_with(mark)) glued = amount_of(token.substr(0, token.size() - mark.size()));
      double before = token == mark ? amount_of(previous) : -1;
      for (double value : {glued, before})
        if (value >= 0 && value <= k_max_offer_price) price = true;
    }
    if (shape::is_one_of(previous, k_currency_marks)) {
      double value = amount_of(token);
      if (value >= 0 && value <= k_max_offer_price) price = true;
    }
    bool priced = false;
    for (std::string_view mark : k_currency_marks)
      priced = priced || (token.size() > mark.size() && (token.starts_with(mark) || token.ends_with(mark)));
    if (!known && !priced && !token.empty()) return false;
    previous = token;
    start = end + 1;
  }
  return span && price;
}

/// "Mit SZ Plus weiterlesen", "Mit F+ weiterlesen": a plan's name between "mit" and "weiterlesen",
/// the German wall's button, on a line of a few words.
constexpr std::size_t k_max_plan_button_words = 6;
bool is_plan_button(std::string_view text) {
  if (!shape::starts_with_word_ci(text, "mit")) return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_plan_button_words && key.ends_with(" weiterlesen");
}

/// A subscription offer's price: a digit with a currency sign or word beside it ("0,99 €",
/// "4,99€", "£1", "$2", "1 euro").
bool has_price(std::string_view text) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::string_view sign : {"\xE2\x82\xAC", "\xC2\xA3", "$"}) {
    for (std::size_t at = text.find(sign); at != std::string_view::npos; at = text.find(sign, at + 1)) {
      std::size_t end = at + sign.size();
      bool before = at > 0 && (digit(text[at - 1]) || (at > 1 && text[at - 1] == ' ' && digit(text[at - 2])));
      bool after = end < text.size() && digit(text[end]);
      if (before || after) return true;
    }
  }
  return false;
}

/// False when the line whose signature is `pairs` holds no price as has_price() finds one: a
/// digit, then a sign's first byte ('$', or the lead byte of "€" or "£") directly or after a
/// space, or a sign's last byte ('$', or a continuation byte) then a digit. A few bit tests on
/// the signature the row of line filters shares, where has_price() searches for three signs.
bool may_hold_price(const shape::LinePairs& pairs) {
  constexpr unsigned k_dollar = shape::pair_class('$'), k_space = shape::pair_class(' ');
  constexpr unsigned k_lead = shape::pair_class('\xE2'), k_continuation = shape::pair_class('\xAC');
  static_assert(k_lead == shape::pair_class('\xC2') && k_continuation == shape::pair_class('\xA3'));
  const std::uint64_t after_digit = pairs.after_digit();
  const std::uint64_t sign_opens = std::uint64_t{1} << k_dollar | std::uint64_t{1} << k_lead;
  if (after_digit & sign_opens) return true;  // "1$", "1€"
  if ((after_digit >> k_space & 1u) && (pairs.rows[k_space] & sign_opens)) return true;  // "1 $", "1 €"
  return ((pairs.rows[k_dollar] | pairs.rows[k_continuation]) & shape::k_digit_classes) != 0;  // "$1", "€1"
}

/// Phrases of a subscription offer that tell the reader it can be cancelled.
constexpr std::string_view k_cancel_phrases_en[] = {"cancel anytime", "cancel at any time", "cancel any time",
                                                    "no commitment"};
constexpr std::string_view k_cancel_phrases_de[] = {"jederzeit kündbar", "monatlich kündbar", "ohne mindestlaufzeit",
                                                    "jederzeit kündigen"};
constexpr std::string_view k_cancel_phrases_es[] = {"cancela cuando quieras", "sin permanencia", "cancela en cualquier momento"};
constexpr std::string_view k_cancel_phrases_fr[] = {"résiliable à tout moment", "sans engagement", "résiliable à tout instant"};
constexpr std::string_view k_cancel_phrases_it[] = {"disdici quando vuoi", "senza vincoli", "disdici in qualsiasi momento"};
constexpr std::string_view k_cancel_phrases_pt[] = {"cancele quando quiser", "sem fidelização", "sem fidelidade",
                                                    "cancele a qualquer momento"};
constexpr LanguageWords k_cancel_phrase_lists[] = {
    {ListLanguage::en, k_cancel_phrases_en}, {ListLanguage::es, k_cancel_phrases_es},
    {ListLanguage::de, k_cancel_phrases_de}, {ListLanguage::fr, k_cancel_phrases_fr},
    {ListLanguage::pt, k_cancel_phrases_pt}, {ListLanguage::it, k_cancel_phrases_it},
};
/// Imperatives a subscription offer opens with ("Abbonati a 4,99€ al mese", "Try 4 weeks for £1").
constexpr std::string_view k_offer_openings_en[] = {"subscribe for", "subscribe from", "try", "start your trial",
                                                    "get unlimited access", "get full access", "become a member",
                                                    "become a subscriber", "upgrade to"};
constexpr std::string_view k_offer_openings_de[] = {"jetzt testen", "jetzt abonnieren", "testen sie", "abonnieren sie",
                                                    "jetzt für", "jetzt 4 wochen", "jetzt einen monat",
                                                    "werden sie mitglied", "werde mitglied"};
constexpr std::string_view k_offer_openings_es[] = {"suscríbete por", "suscríbete desde", "prueba", "suscríbase por",
                                                    "hazte socio", "hazte miembro"};
constexpr std::string_view k_offer_openings_fr[] = {"abonnez-vous pour", "abonnez-vous à partir de", "essayez",
                                                    "profitez de l'offre", "devenez membre", "devenez abonné"};
constexpr std::string_view k_offer_openings_it[] = {"abbonati a", "abbonati da", "abbonati per", "prova", "diventa socio",
                                                    "diventa membro"};
constexpr std::string_view k_offer_openings_pt[] = {"assine por", "assine já por", "assine a partir de", "subscreva por",
                                                    "experimente", "torne-se membro", "torne-se assinante"};
constexpr LanguageWords k_offer_opening_lists[] = {
    {ListLanguage::en, k_offer_openings_en}, {ListLanguage::es, k_offer_openings_es},
    {ListLanguage::de, k_offer_openings_de}, {ListLanguage::fr, k_offer_openings_fr},
    {ListLanguage::pt, k_offer_openings_pt}, {ListLanguage::it, k_offer_openings_it},
};
constexpr LanguagePhrases<total_words(k_offer_opening_lists)> k_offer_openings{k_offer_opening_lists};
/// An offer is a sentence or two.
constexpr std::size_t k_max_subscription_offer_words = 30;
constexpr std::size_t k_max_subscription_offer_bytes = 250;

constexpr LanguagePhrases<total_words(k_cancel_phrase_lists)> k_cancel_phrases{k_cancel_phrase_lists};
/// A cancel note is the last sentence of a short pitch, or the whole line.
constexpr std::size_t k_max_cancel_note_bytes = 40;
constexpr std::size_t k_max_cancel_pitch_bytes = 160;

/// The last word of every cancel phrase ("time" of "cancel at any time"), each once: a line that
/// ends on none holds no cancel note, and is turned away by one compare of its last word.
struct CancelLastWords {
  std::array<std::string_view, total_words(k_cancel_phrase_lists)> words{};
  std::size_t count = 0;
  std::span<const std::string_view> list() const { return {words.data(), count}; }
};
constexpr CancelLastWords k_cancel_last_words = [] {
  CancelLastWords last;
  for (const LanguageWords& list : k_cancel_phrase_lists)
    for (std::string_view phrase : list.words) {
      std::size_t space = phrase.rfind(' ');
      std::string_view word = space == std::string_view::npos ? phrase : phrase.substr(space + 1);
      if (std::find(last.words.begin(), last.words.begin() + static_cast<std::ptrdiff_t>(last.count), word) ==
          last.words.begin() + static_cast<std::ptrdiff_t>(last.count))
        last.words[last.count++] = word;
    }
  return last;
}();

/// The fine print that closes a subscription pitch, with or without its price: the line's last
/// sentence, or the line, is all a cancel phrase ("Cancel anytime.", "Tú también puedes hacer
/// periodismo incómodo. Cancela cuando quieras.", "Jederzeit kündbar."). A sentence that only
/// holds one ("Customers can cancel anytime, the company said") is the article's.
bool is_cancel_note(std::string_view text, ListLanguages languages) {
  if (text.size() > k_max_cancel_pitch_bytes) return false;
  std::string_view end = shape::without_final_stops(shape::trim(text));
  std::size_t space = end.rfind(' ');
  if (!shape::is_one_of_ci(end.substr(space == std::string_view::npos ? 0 : space + 1), k_cancel_last_words.list()))
    return false;
  std::string_view note = last_sentence(text, k_max_cancel_note_bytes);
  if (note.empty()) note = shape::trim(text);
  if (note.size() > k_max_cancel_note_bytes || !may_be_one_of(note, k_cancel_phrases)) return false;
  return is_one_of(shape::scratch_key(note), k_cancel_phrases, languages) &&
         shape::word_count(text) <= k_max_subscription_offer_words;
}

/// Who a plan's price buys for, and how often it is paid, for is_question_then_plan().
constexpr std::string_view k_plan_member_words[] = {
    "members", "membership", "subscribers", "premium", "mitglieder", "abonnenten", "abonnés", "membres", "socios",
    "suscriptores", "assinantes", "sócios", "abbonati", "soci",
};
constexpr std::string_view k_plan_periods[] = {
    "/mo", "/month", "a month", "per month", "/week", "a week", "per week", "/year", "a year", "per year",
    "al mes", "/mes", "pro monat", "im monat", "/monat", "par mois", "/mois", "al mese", "/mese", "por mês", "/mês",
};
/// The question a plan's pitch may open with runs to this many bytes at most.
constexpr std::size_t k_max_plan_question_bytes = 100;

/// "Want unlimited match coverage? Baseline+ members get live scores ... for $4.99/mo.": a short
/// question, then what members or subscribers get at a price paid by the month, week or year.
/// A report states what subscribers pay without asking the reader first. `key`: of the line.
bool is_question_then_plan(std::string_view key) {
  std::size_t asked = key.find("? ");
  if (asked == std::string_view::npos || asked > k_max_plan_question_bytes) return false;
  std::string_view rest = key.substr(asked + 2);
  return shape::key_contains_any(rest, k_plan_member_words) && shape::key_contains_any(rest, k_plan_periods);
}

/// A subscription offer: a price, and a call to take it or a word that it can be cancelled
/// ("Jetzt 4 Wochen für 0,99 € testen. Jederzeit kündbar.", "Abbonati a 4,99€ al mese | Sei
/// già abbonato? Accedi"). A report of a price ("The service costs $9.99 a month") has neither.
/// `pairs`: the signature of `text`.
bool is_subscription_offer(std::string_view text, const shape::LinePairs& pairs, ListLanguages languages) {
  if (text.size() > k_max_subscription_offer_bytes || !may_hold_price(pairs) || !has_price(text))
    return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_subscription_offer_words || shape::key_contains_any(key, k_reported_speech)) return false;
  return !opening_in(text, k_offer_openings, languages).empty() ||
         key_contains_any(key, k_cancel_phrase_lists, languages) || is_question_then_plan(key);
}

}  // namespace

std::optional<std::string> PaywallFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  ListLanguages languages = list_languages(doc);
  if (text.size() <= k_max_button_bytes && may_be_one_of(text, k_buttons) &&
      is_one_of(shape::scratch_key(text), k_buttons, k_whole_line_languages))
    return "a paywall button";
  if (text.size() <= k_max_badge_bytes && !text.empty() && static_cast<unsigned char>(text[0]) == 0xF0 &&
      is_locked_badge(text))
    return "a subscribers-only badge";
  if (text.size() <= k_max_badge_bytes &&
      (is_plus_badge(text) ||
       (may_be_one_of(text, k_badges) && is_one_of(shape::scratch_key(text), k_badges, k_whole_line_languages))))
    return "a subscribers-only badge";
  if (is_login_call(text, languages)) return "a call to log in or register";
  if (is_purpose_then_call(text, languages)) return "a paywall prompt";
  // The line's pair signature (the row of line filters shares it) rules the searches below out.
  const shape::LinePairs& pairs = shape::line_pairs(text);
  if (is_article_meter(text, pairs, languages)) return "a metered wall's counter";
  if (is_trial_offer(text, pairs)) return "a subscription's trial offer";
  if (text.size() <= k_max_badge_bytes && is_plan_button(text)) return "a paywall button";
  if (is_subscription_offer(text, pairs, languages)) return "a subscription offer";
  if (is_cancel_note(text, languages)) return "a subscription offer's fine print";
  // A badge of one word may open the prompt, set off by wide spaces ("Abo  Dieser Artikel ist
  // für ..."): two spaces after the line's first word.
  if (std::size_t gap = text.find(' ');
      gap != std::string_view::npos && gap <= k_max_badge_bytes && gap + 1 < text.size() && text[gap + 1] == ' ' &&
      is_one_of(shape::scratch_key(text.substr(0, gap)), k_badges, k_whole_line_languages))
    text = shape::trim(text.substr(gap));
  // Or a badge of one word set off by a bar or a middle dot: a site's "Name+" badge or a known
  // one ("OK+ | Exklusiv für ...", "Premium · ..."); a "Name+" badge also by one space ("Abo+
  // Dieser Artikel ist für ...": the prompt must open the rest, below).
  // A brand of a few words may carry the '+' ("Il Molo+ | Articolo riservato agli abbonati"): the
  // gap is then the bar's or the dot's.
  std::size_t gap = text.find(' ');
  if (gap != std::string_view::npos && gap > 0 && gap <= k_max_badge_bytes && text[gap - 1] != '+')
    for (std::string_view mark : {std::string_view("+ | "), std::string_view("+ \xC2\xB7 ")})
      if (std::size_t plus = text.substr(0, k_max_badge_bytes + mark.size()).find(mark); plus != std::string_view::npos)
        gap = plus + 1;
  if (gap != std::string_view::npos && gap <= k_max_badge_bytes) {
    std::string_view rest = text.substr(gap);
    std::string_view badge = text.substr(0, gap);
    bool marked = false;
    for (std::string_view mark : {std::string_view(" | "), std::string_view(" \xC2\xB7 ")}) {
      if (!rest.starts_with(mark)) continue;
      marked = true;
      if (badge.ends_with('+') || is_one_of(shape::scratch_key(badge), k_badges, k_whole_line_languages)) {
        text = shape::trim(rest.substr(mark.size()));
        // The badge's own noun after it is the badge's line ("AP+ | Plus-Artikel"), and so is a
        // known badge ("Il Molo+ | Articolo riservato agli abbonati").
        if (badge.ends_with('+') && (shape::is_one_of(shape::scratch_key(text), k_tier_nouns) ||
                                     is_one_of(shape::scratch_key(text), k_badges, k_whole_line_languages)))
          return "a subscribers-only badge";
      }
      break;
    }
    if (!marked && badge.size() > 1 && badge.ends_with('+') && shape::is_word_byte(badge[badge.size() - 2]))
      text = shape::trim(rest);
  }
  // The wall's question ends on '?' and a space (the signature says whether the line has one).
  if ((pairs.rows[shape::pair_class('?')] >> shape::pair_class(' ') & 1u) != 0 && closes_on_login_question(text, languages))
    return "a paywall prompt";
  if (opening_in(text, k_openings, languages).empty()) return std::nullopt;
  if (shape::key_word_count(shape::scratch_key(text)) <= k_max_words) return "a paywall prompt";
  return std::nullopt;
}

}  // namespace pith
