// newsletter: prompts to sign up for a newsletter or get the news by e-mail.
#include "pith/filters/newsletter.h"

#include "pith/base/line_shape.h"
#include "pith/filters/key_gate.h"
#include "pith/filters/reader_prompt.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// Sign-up prompts are a sentence or two; longer is an article paragraph.
constexpr std::size_t k_max_bytes = 300;
constexpr std::size_t k_max_words = 35;
/// Form labels are a few words.
constexpr std::size_t k_max_label_bytes = 48;

/// Imperatives a sign-up prompt opens with (word boundary after each), per language.
constexpr std::string_view k_signup_openings_en[] = {
    "sign up", "subscribe", "get our", "get the latest", "get the best", "join our", "register for",
    "don't miss", "never miss", "stay informed", "stay up to date", "enter your email", "want more",
    "by signing up", "by subscribing", "by clicking",
};
constexpr std::string_view k_signup_openings_es[] = {
    "suscríbete", "suscríbase", "regístrate", "recibe", "reciba", "apúntate", "al suscribirte",
};
constexpr std::string_view k_signup_openings_de[] = {
    "abonnieren sie", "jetzt abonnieren", "melden sie sich", "jetzt anmelden", "newsletter abonnieren",
    "erhalten sie", "mit der anmeldung",
};
constexpr std::string_view k_signup_openings_fr[] = {
    "abonnez-vous", "inscrivez-vous", "recevez", "inscris-toi", "en vous inscrivant",
};
constexpr std::string_view k_signup_openings_pt[] = {
    "inscreva-se", "assine", "receba", "cadastre-se", "ao se inscrever", "subscreva",
};
constexpr std::string_view k_signup_openings_it[] = {
    "iscriviti", "registrati", "ricevi", "abbonati alla newsletter", "iscrivendoti",
};
constexpr LanguageWords k_signup_opening_lists[] = {
    {ListLanguage::en, k_signup_openings_en}, {ListLanguage::es, k_signup_openings_es},
    {ListLanguage::de, k_signup_openings_de}, {ListLanguage::fr, k_signup_openings_fr},
    {ListLanguage::pt, k_signup_openings_pt}, {ListLanguage::it, k_signup_openings_it},
};
constexpr LanguagePhrases<total_words(k_signup_opening_lists)> k_signup_openings{k_signup_opening_lists};

/// What the prompt offers; one must be on the line, or "subscribe" would take prose with it.
/// ("newsletter" is English, and the word sites in every language use.)
constexpr std::string_view k_signup_objects_en[] = {"newsletter", "inbox", "mailing list", "daily briefing",
                                                    "morning briefing"};
constexpr std::string_view k_signup_objects_es[] = {"boletín"};
constexpr std::string_view k_signup_objects_de[] = {"posteingang", "infobrief"};
constexpr std::string_view k_signup_objects_fr[] = {"boîte mail", "boîte de réception"};
constexpr std::string_view k_signup_objects_pt[] = {"caixa de entrada", "boletim"};
constexpr std::string_view k_signup_objects_it[] = {"casella di posta"};
constexpr LanguageWords k_signup_object_lists[] = {
    {ListLanguage::en, k_signup_objects_en}, {ListLanguage::es, k_signup_objects_es},
    {ListLanguage::de, k_signup_objects_de}, {ListLanguage::fr, k_signup_objects_fr},
    {ListLanguage::pt, k_signup_objects_pt}, {ListLanguage::it, k_signup_objects_it},
};
/// Mail by itself is an object only when the site offers its own ("our", "nuestro"...): "Sign up
/// for the bundle using the same email" is a how-to sentence. The own-words have the space
/// before them, so "your" is not "our".
constexpr std::string_view k_mail_words_en[] = {"email", "e-mail"};
constexpr std::string_view k_mail_words_es[] = {"correo"};
constexpr std::string_view k_mail_words_fr[] = {"courriel"};
constexpr std::string_view k_mail_words_it[] = {"posta elettronica"};
constexpr LanguageWords k_mail_word_lists[] = {
    {ListLanguage::en, k_mail_words_en}, {ListLanguage::es, k_mail_words_es},
    {ListLanguage::fr, k_mail_words_fr}, {ListLanguage::it, k_mail_words_it},
};
constexpr std::string_view k_own_words_en[] = {" our "};
constexpr std::string_view k_own_words_es[] = {" nuestro", " nuestra"};
constexpr std::string_view k_own_words_de[] = {" unser"};
constexpr std::string_view k_own_words_fr[] = {" notre", " nos "};
constexpr std::string_view k_own_words_pt[] = {" nosso", " nossa"};
constexpr std::string_view k_own_words_it[] = {" nostro", " nostra"};
constexpr LanguageWords k_own_word_lists[] = {
    {ListLanguage::en, k_own_words_en}, {ListLanguage::es, k_own_words_es}, {ListLanguage::de, k_own_words_de},
    {ListLanguage::fr, k_own_words_fr}, {ListLanguage::pt, k_own_words_pt}, {ListLanguage::it, k_own_words_it},
};

/// A newsletter named by what it brings and how often, without the word: "Sign up to get the
/// best content of the week", "Erhalten Sie jeden Morgen die wichtigsten Nachrichten". Both a
/// cadence and news or a best-of must be on the line ("Sign up for the volunteer shifts each
/// week" is not a newsletter), after an opening that can only be a call to sign up
/// (k_signup_verbs): "Recibe cada semana noticias falsas" is Spanish for "he receives". "Every
/// day" is no cadence here: it is everywhere in prose.
constexpr std::string_view k_cadences_en[] = {
    "every morning", "each morning", "every evening", "every week", "each week", "of the week",
};
constexpr std::string_view k_cadences_es[] = {"cada mañana", "cada semana", "de la semana"};
constexpr std::string_view k_cadences_de[] = {"jeden morgen", "jede woche", "der woche", "jeden abend"};
constexpr std::string_view k_cadences_fr[] = {"chaque matin", "chaque semaine", "de la semaine"};
constexpr std::string_view k_cadences_pt[] = {
    "toda manhã", "todas as manhãs", "toda semana", "da semana",
};
constexpr std::string_view k_cadences_it[] = {"ogni mattina", "ogni settimana", "della settimana"};
constexpr LanguageWords k_cadence_lists[] = {
    {ListLanguage::en, k_cadences_en}, {ListLanguage::es, k_cadences_es}, {ListLanguage::de, k_cadences_de},
    {ListLanguage::fr, k_cadences_fr}, {ListLanguage::pt, k_cadences_pt}, {ListLanguage::it, k_cadences_it},
};
constexpr std::string_view k_deliveries_en[] = {
    "the best", "top stories", "the top", "news", "headlines", "highlights", "content",
};
constexpr std::string_view k_deliveries_es[] = {"noticias", "lo mejor", "lo más", "titulares"};
constexpr std::string_view k_deliveries_de[] = {"nachrichten", "das wichtigste", "die wichtigsten", "die besten"};
constexpr std::string_view k_deliveries_fr[] = {"l'essentiel", "actualité", "les meilleurs", "infos"};
constexpr std::string_view k_deliveries_pt[] = {"notícias", "o melhor", "as principais", "destaques"};
constexpr std::string_view k_deliveries_it[] = {"notizie", "il meglio", "le principali"};
constexpr LanguageWords k_delivery_lists[] = {
    {ListLanguage::en, k_deliveries_en}, {ListLanguage::es, k_deliveries_es}, {ListLanguage::de, k_deliveries_de},
    {ListLanguage::fr, k_deliveries_fr}, {ListLanguage::pt, k_deliveries_pt}, {ListLanguage::it, k_deliveries_it},
};

/// Openings of k_signup_openings that can only be a call to sign up.
constexpr std::string_view k_signup_verbs[] = {
    "sign up", "subscribe", "join our", "register for", "suscríbete", "suscríbase", "regístrate", "apúntate",
    "abonnieren sie", "jetzt abonnieren", "melden sie sich", "jetzt anmelden", "abonnez-vous", "inscrivez-vous",
    "inscris-toi", "inscreva-se", "cadastre-se", "iscriviti", "registrati",
};

/// True when the line (`key`, opening with `opening`) says what the sign-up brings.
bool offers_signup(std::string_view key, std::string_view opening, ListLanguages languages) {
  if (key_contains_any(key, k_signup_object_lists, languages)) return true;
  if (shape::is_one_of(opening, k_signup_verbs) && key_contains_any(key, k_cadence_lists, languages) &&
      key_contains_any(key, k_delivery_lists, languages))
    return true;
  return key_contains_any(key, k_mail_word_lists, languages) && key_contains_any(key, k_own_word_lists, languages);
}

/// Whole-line leftovers of a sign-up form (compared with shape::key()).
constexpr std::string_view k_form_lines_en[] = {
    "newsletter", "sign up", "subscribe", "thanks for signing up", "thank you for signing up",
    "thank you for subscribing", "thanks for subscribing", "enter your email address", "email address",
    "your email address", "invalid email address", "your e-mail address", "enter your e-mail address",
    "e-mail address", "your email", "enter your email", "never miss a story", "never miss an update",
    "never miss a thing", "don't miss a story", "don't miss a thing", "sign me up",
};
constexpr std::string_view k_form_lines_es[] = {"gracias por suscribirte", "no te pierdas nada", "no se pierda nada",
                                                "suscríbete", "suscríbete aquí", "tu correo electrónico",
                                                "introduce tu correo electrónico", "tu email", "introduce tu email"};
constexpr std::string_view k_form_lines_de[] = {"danke für ihre anmeldung", "verpassen sie nichts", "nichts mehr verpassen",
                                                "ihre e-mail-adresse", "e-mail-adresse eingeben", "deine e-mail-adresse"};
constexpr std::string_view k_form_lines_fr[] = {"merci pour votre inscription", "ne manquez rien", "ne ratez rien",
                                                "s'inscrire", "je m'inscris", "votre adresse e-mail", "votre adresse email",
                                                "votre e-mail", "saisissez votre adresse e-mail"};
constexpr std::string_view k_form_lines_pt[] = {"obrigado por se inscrever", "não perca nada", "o seu e-mail", "seu e-mail",
                                                "o seu endereço de e-mail", "digite seu e-mail"};
constexpr std::string_view k_form_lines_it[] = {"grazie per esserti iscritto", "non perderti nulla", "non perdere nulla",
                                                "iscriviti", "iscriviti ora", "il tuo indirizzo email",
                                                "il tuo indirizzo e-mail", "inserisci la tua email"};
constexpr LanguageWords k_form_line_lists[] = {
    {ListLanguage::en, k_form_lines_en}, {ListLanguage::es, k_form_lines_es}, {ListLanguage::de, k_form_lines_de},
    {ListLanguage::fr, k_form_lines_fr}, {ListLanguage::pt, k_form_lines_pt}, {ListLanguage::it, k_form_lines_it},
};
constexpr LanguagePhrases<total_words(k_form_line_lists)> k_form_lines{k_form_line_lists};

/// Words that name a newsletter in its sign-up box's title ("Get the morning briefing", "Der
/// Morgen-Newsletter", "La lettre du matin"); the box is chrome in the site's language, so all six are tried.
constexpr std::string_view k_newsletter_names_en[] = {"newsletter", "briefing", "bulletin", "digest"};
constexpr std::string_view k_newsletter_names_es[] = {"boletín"};
constexpr std::string_view k_newsletter_names_de[] = {"infobrief"};
constexpr std::string_view k_newsletter_names_fr[] = {"lettre", "infolettre"};
constexpr std::string_view k_newsletter_names_pt[] = {"boletim"};
constexpr std::string_view k_newsletter_names_it[] = {"bollettino"};
constexpr LanguageWords k_newsletter_name_lists[] = {
    {ListLanguage::en, k_newsletter_names_en}, {ListLanguage::es, k_newsletter_names_es},
    {ListLanguage::de, k_newsletter_names_de}, {ListLanguage::fr, k_newsletter_names_fr},
    {ListLanguage::pt, k_newsletter_names_pt}, {ListLanguage::it, k_newsletter_names_it},
};

/// Sign-up buttons that close a newsletter's box on the same line ("Newsletter « La Matinale »
/// Chaque matin, l'essentiel. S'inscrire", "... every weekday at 6 a.m. Sign me up"), compared
/// with shape::key() of the line's last sentence; any of the six languages (the box is chrome).
constexpr std::string_view k_closing_buttons_en[] = {
    "sign me up", "sign up", "sign up now", "sign up here", "sign up today", "subscribe", "subscribe now",
    "subscribe here", "register", "register now", "count me in",
};
constexpr std::string_view k_closing_buttons_es[] = {
    "suscríbete", "suscríbete aquí", "suscríbete ahora", "suscribirse", "suscribirme", "apúntate", "regístrate",
    "quiero suscribirme",
};
constexpr std::string_view k_closing_buttons_de[] = {
    "hier anmelden", "jetzt anmelden", "anmelden", "hier abonnieren", "jetzt abonnieren", "abonnieren",
    "kostenlos anmelden", "jetzt kostenlos anmelden",
};
constexpr std::string_view k_closing_buttons_fr[] = {
    "s'inscrire", "je m'inscris", "inscrivez-vous", "je m'abonne", "s'abonner", "inscription",
};
constexpr std::string_view k_closing_buttons_pt[] = {
    "inscreva-se", "inscreva-se já", "inscreva-se aqui", "cadastre-se", "quero receber", "assinar", "subscrever",
};
constexpr std::string_view k_closing_buttons_it[] = {
    "iscriviti", "iscriviti ora", "iscriviti qui", "iscriviti gratis", "iscrivimi", "registrati",
};
constexpr LanguageWords k_closing_button_lists[] = {
    {ListLanguage::en, k_closing_buttons_en}, {ListLanguage::es, k_closing_buttons_es},
    {ListLanguage::de, k_closing_buttons_de}, {ListLanguage::fr, k_closing_buttons_fr},
    {ListLanguage::pt, k_closing_buttons_pt}, {ListLanguage::it, k_closing_buttons_it},
};
constexpr LanguagePhrases<total_words(k_closing_button_lists)> k_closing_buttons{k_closing_button_lists};
constexpr KeyGate k_closing_button_gate{k_closing_buttons};

/// "Join 40,000 readers who get our morning briefing": a call to join the readers a site counts.
constexpr std::string_view k_join_openings_en[] = {"join"};
constexpr std::string_view k_join_openings_es[] = {"únete a", "únase a"};
constexpr std::string_view k_join_openings_de[] = {"schließen sie sich", "werden sie einer von", "werde einer von"};
constexpr std::string_view k_join_openings_fr[] = {"rejoignez", "rejoins"};
constexpr std::string_view k_join_openings_pt[] = {"junte-se a", "junte-se aos", "junte-se às"};
constexpr std::string_view k_join_openings_it[] = {"unisciti a", "unisciti ai", "unisciti agli"};
constexpr LanguageWords k_join_opening_lists[] = {
    {ListLanguage::en, k_join_openings_en}, {ListLanguage::es, k_join_openings_es},
    {ListLanguage::de, k_join_openings_de}, {ListLanguage::fr, k_join_openings_fr},
    {ListLanguage::pt, k_join_openings_pt}, {ListLanguage::it, k_join_openings_it},
};
constexpr LanguagePhrases<total_words(k_join_opening_lists)> k_join_openings{k_join_opening_lists};
constexpr std::string_view k_reader_nouns_en[] = {"readers", "subscribers"};
constexpr std::string_view k_reader_nouns_es[] = {"lectores", "suscriptores"};
constexpr std::string_view k_reader_nouns_de[] = {"leser", "abonnenten"};
constexpr std::string_view k_reader_nouns_fr[] = {"lecteurs", "abonnés"};
constexpr std::string_view k_reader_nouns_pt[] = {"leitores", "assinantes"};
constexpr std::string_view k_reader_nouns_it[] = {"lettori", "iscritti", "abbonati"};
constexpr LanguageWords k_reader_noun_lists[] = {
    {ListLanguage::en, k_reader_nouns_en}, {ListLanguage::es, k_reader_nouns_es},
    {ListLanguage::de, k_reader_nouns_de}, {ListLanguage::fr, k_reader_nouns_fr},
    {ListLanguage::pt, k_reader_nouns_pt}, {ListLanguage::it, k_reader_nouns_it},
};

/// The count comes within this many bytes of the line's start ("Join more than 10,000"), and the
/// readers within this many after the count's first digit ("10,000 subscribers", "15.000 Lesern").
constexpr std::size_t k_max_count_offset = 40;
constexpr std::size_t k_max_count_to_readers = 16;

/// True when `text` calls the reader to join a counted readership: the joining verb first, then
/// a number and the readers or subscribers it counts.
bool is_join_readers_prompt(std::string_view text, ListLanguages languages) {
  if (opening_in(text, k_join_openings, languages).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  std::size_t count = key.find_first_of("0123456789");
  if (count == std::string_view::npos || count > k_max_count_offset || shape::key_word_count(key) > k_max_words)
    return false;
  std::string_view after = key.substr(count, k_max_count_to_readers + 16);
  return any_list(languages, k_reader_noun_lists, [&](auto nouns) {
    for (std::string_view noun : nouns)
      if (std::size_t at = after.find(noun); at != std::string_view::npos && at <= k_max_count_to_readers) return true;
    return false;
  });
}

/// A sign-up box's title is a few words, no sentence.
constexpr std::size_t k_max_title_words = 6;

/// A call that closes a line after a question is a sentence of a few words.
constexpr std::size_t k_max_tail_call_bytes = 100;

/// True when `text` is a newsletter prompt (see NewsletterFilter::judge).
bool is_prompt(std::string_view text, ListLanguages languages) {
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return false;
  std::string_view opening = opening_in(text, k_signup_openings, languages);
  // Or the call closes the line after a question ("Want the news every morning? Sign up ...").
  if (opening.empty() && text.find('?') != std::string_view::npos)  // '¿' comes with its '?'
    opening = opening_in(last_sentence(text, k_max_tail_call_bytes), k_signup_openings, languages);
  if (opening.empty()) return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_words && offers_signup(key, opening, languages);
}

/// True when `text` is a newsletter's box on one line: a lead-in that names a newsletter or
/// what it brings (k_newsletter_name_lists, k_signup_object_lists), then a sign-up button as
/// its last sentence. Prose about a newsletter ends otherwise.
bool is_box_with_button(std::string_view text, ListLanguages languages) {
  std::string_view button = last_sentence(text, k_max_label_bytes);
  if (button.empty() || button.size() > k_max_label_bytes) return false;
  // A key that is a button opens and ends as the button does (see KeyGate): most last
  // sentences do not, and are not keyed.
  if (!k_closing_button_gate.opens(key_opening(button)) || !k_closing_button_gate.may_end(key_closing(button)) ||
      !is_one_of(shape::scratch_key(button), k_closing_buttons, k_whole_line_languages))
    return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_words &&
         (key_contains_any(key, k_newsletter_name_lists, k_whole_line_languages) ||
          key_contains_any(key, k_signup_object_lists, languages));
}

/// True when `text` is a sign-up box's title: a few words, no sentence, naming a newsletter.
bool is_box_title(std::string_view text) {
  text = shape::trim(text);
  if (text.empty() || text.size() > k_max_label_bytes) return false;
  char last = text.back();
  if (last == '.' || last == '?' || last == '!' || last == ',') return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_title_words &&
         key_contains_any(key, k_newsletter_name_lists, k_whole_line_languages);
}

}  // namespace

std::optional<std::string> NewsletterFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  ListLanguages languages = list_languages(doc);
  if (text.size() <= k_max_label_bytes) {
    if (may_be_one_of(text, k_form_lines) && is_one_of(shape::scratch_key(text), k_form_lines, k_whole_line_languages))
      return "a sign-up form's label";
    // A box's title goes with the prompt right under it (a heading over prose about a
    // newsletter stays: the prompt must follow it at once). The prompt is looked for first:
    // its opening turns most lines away before either line is keyed.
    if (index + 1 < doc.blocks.size() && is_prompt(doc.blocks[index + 1].text, languages) && is_box_title(text))
      return "a sign-up box's title";
  }
  if (is_prompt(text, languages) || is_join_readers_prompt(text, languages)) return "a newsletter prompt";
  if (is_box_with_button(text, languages)) return "a newsletter's sign-up box";
  return std::nullopt;
}

}  // namespace pith
