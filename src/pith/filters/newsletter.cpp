// newsletter: prompts to sign up for a newsletter or get the news by e-mail.
#include "pith/filters/newsletter.h"

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/filters/key_gate.h"
#include "pith/filters/reader_prompt.h"
#include "pith/language/word_lists.h"
#include "pith/sites/date_words.h"

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
    "by signing up", "by subscribing", "by clicking", "receive", "get a daily", "get a weekly", "get the daily",
    "get the weekly",
    // Calls to give the address (k_email_givings): "Drop your email below and we'll do the rest".
    "drop your email", "leave your email", "pop your email", "add your email", "type your email",
    // With what the sign-up brings on the line (offers_signup()): "Get the Morning Block in your inbox",
    // "Join the Rovers mailing list".
    "get the", "join the",
};
constexpr std::string_view k_signup_openings_es[] = {
    "suscríbete", "suscríbase", "regístrate", "recibe", "reciba", "apúntate", "al suscribirte", "únete a nuestro",
    "únete a nuestra", "no te pierdas", "no se pierda", "mantente informado", "manténgase informado",
    "introduce tu correo", "introduce tu email", "al registrarte", "al hacer clic", "regístrese", "apúntese",
    "déjanos tu correo", "déjanos tu email", "deja tu correo", "deja tu email",
    // The River Plate's voseo ("Suscribite al newsletter y recibí ...").
    "suscribite", "registrate", "anotate", "sumate a nuestro", "sumate a nuestra", "dejanos tu correo",
    "dejanos tu email",
};
constexpr std::string_view k_signup_openings_de[] = {
    "abonnieren sie", "jetzt abonnieren", "melden sie sich", "jetzt anmelden", "newsletter abonnieren",
    "erhalten sie", "mit der anmeldung", "holen sie sich", "hol dir", "registrieren sie sich",
    "verpassen sie keine", "verpassen sie nichts", "bleiben sie informiert", "bleiben sie auf dem laufenden",
    "bleib informiert", "geben sie ihre e-mail", "mit ihrer anmeldung", "mit dem klick", "melde dich", "abonniere",
    "erhalte", "lass dir", "lassen sie sich", "trag dich", "trage dich", "tragen sie sich", "gib deine e-mail",
    "bleib auf dem laufenden", "verpasse keine", "verpasse nichts",
    "hinterlassen sie ihre e-mail", "hinterlasse deine e-mail", "hinterlassen sie uns ihre e-mail",
};
constexpr std::string_view k_signup_openings_fr[] = {
    "abonnez-vous", "inscrivez-vous", "recevez", "inscris-toi", "en vous inscrivant", "rejoignez notre",
    "ne manquez", "ne ratez", "restez informé", "restez informés", "saisissez votre", "entrez votre adresse",
    "en vous abonnant", "en cliquant", "abonne-toi", "reçois",
    "laissez votre e-mail", "laissez votre adresse", "laissez-nous votre e-mail", "laissez-nous votre adresse",
    "indiquez votre e-mail", "indiquez votre adresse",
};
constexpr std::string_view k_signup_openings_pt[] = {
    "inscreva-se", "assine", "receba", "cadastre-se", "ao se inscrever", "subscreva", "junte-se à nossa",
    "junte-se ao nosso", "não perca", "fique por dentro", "fique informado", "mantenha-se informado",
    "insira o seu e-mail", "digite seu e-mail", "digite seu endereço", "insira o seu endereço", "ao subscrever",
    "ao clicar", "inscreve-te",
    "deixe seu e-mail", "deixe o seu e-mail", "deixe seu email", "deixe o seu email",
};
constexpr std::string_view k_signup_openings_it[] = {
    "iscriviti", "registrati", "ricevi", "abbonati alla newsletter", "iscrivendoti", "unisciti alla nostra",
    "unisciti al nostro", "non perderti", "non perdere", "resta aggiornato", "rimani aggiornato", "resta informato",
    "inserisci la tua email", "inserisci il tuo indirizzo", "registrandoti", "cliccando", "si iscriva", "riceva",
    "lascia la tua email", "lasciaci la tua email", "lascia la tua e-mail", "lasciaci la tua e-mail",
};
constexpr LanguageWords k_signup_opening_lists[] = {
    {ListLanguage::en, k_signup_openings_en}, {ListLanguage::es, k_signup_openings_es},
    {ListLanguage::de, k_signup_openings_de}, {ListLanguage::fr, k_signup_openings_fr},
    {ListLanguage::pt, k_signup_openings_pt}, {ListLanguage::it, k_signup_openings_it},
};
constexpr LanguagePhrases<total_words(k_signup_opening_lists)> k_signup_openings{k_signup_opening_lists};

/// What the prompt offers; one must be on the line, or "subscribe" would take prose with it.
/// ("newsletter" is English, and the word sites in every language use.) A blog's follow box
/// offers notice of its new posts ("Enter your email address to subscribe to this blog and receive
/// notifications of new posts by email").
constexpr std::string_view k_signup_objects_en[] = {"newsletter", "inbox", "mailing list", "daily briefing",
                                                    "morning briefing", "notifications of new posts"};
constexpr std::string_view k_signup_objects_es[] = {"boletín", "bandeja de entrada", "lista de correo", "lista de distribución",
                                                    "avisos de nuevas entradas", "notificaciones de nuevas entradas"};
constexpr std::string_view k_signup_objects_de[] = {"posteingang", "infobrief", "postfach", "mailingliste",
                                                    "benachrichtigungen über neue beiträge",
                                                    // A press office's list: "Presseverteiler", "E-Mail-Verteiler".
                                                    "presseverteiler", "e-mail-verteiler", "mailverteiler"};
constexpr std::string_view k_signup_objects_fr[] = {"boîte mail", "boîte de réception", "liste de diffusion",
                                                    "lettre d'information", "lettre d’information", "infolettre",
                                                    "notification de chaque nouvel article",
                                                    "notifications des nouveaux articles"};
constexpr std::string_view k_signup_objects_pt[] = {"caixa de entrada", "boletim", "lista de e-mails", "lista de distribuição",
                                                    "notificações de novas publicações"};
constexpr std::string_view k_signup_objects_it[] = {"casella di posta", "casella email", "posta in arrivo",
                                                    "bollettino", "notifiche di nuovi articoli", "lista di distribuzione",
                                                    "mailing list"};
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
    "every morning", "each morning", "every evening", "every week", "each week", "of the week", "a daily", "a weekly",
    "every weekday",
};
constexpr std::string_view k_cadences_es[] = {"cada mañana", "todas las mañanas", "cada noche", "cada tarde",
                                              "cada semana", "todas las semanas", "de la semana"};
constexpr std::string_view k_cadences_de[] = {"jeden morgen", "jede woche", "der woche", "jeden abend"};
constexpr std::string_view k_cadences_fr[] = {"chaque matin", "chaque soir", "chaque semaine", "de la semaine"};
constexpr std::string_view k_cadences_pt[] = {
    "toda manhã", "todas as manhãs", "toda noite", "todas as noites", "toda semana", "todas as semanas", "da semana",
};
constexpr std::string_view k_cadences_it[] = {"ogni mattina", "ogni sera", "ogni settimana", "della settimana"};
constexpr LanguageWords k_cadence_lists[] = {
    {ListLanguage::en, k_cadences_en}, {ListLanguage::es, k_cadences_es}, {ListLanguage::de, k_cadences_de},
    {ListLanguage::fr, k_cadences_fr}, {ListLanguage::pt, k_cadences_pt}, {ListLanguage::it, k_cadences_it},
};
constexpr std::string_view k_deliveries_en[] = {
    "the best", "top stories", "the top", "news", "headlines", "highlights", "content", "stories", "must-read",
};
constexpr std::string_view k_deliveries_es[] = {"noticias", "lo mejor", "lo más", "titulares", "las principales",
                                                "destacados", "contenidos", "historias"};
constexpr std::string_view k_deliveries_de[] = {"nachrichten", "das wichtigste", "die wichtigsten", "die besten",
                                                "das beste", "schlagzeilen", "highlights", "inhalte", "storys",
                                                "geschichten"};
constexpr std::string_view k_deliveries_fr[] = {"l'essentiel", "l’essentiel", "actualité", "les meilleurs",
                                                "le meilleur",
                                                "infos", "titres", "temps forts", "contenus", "histoires"};
constexpr std::string_view k_deliveries_pt[] = {"notícias", "o melhor", "as principais", "destaques", "manchetes",
                                                "conteúdos", "histórias"};
constexpr std::string_view k_deliveries_it[] = {"notizie", "il meglio", "le principali", "titoli", "i migliori",
                                                "contenuti", "storie"};
constexpr LanguageWords k_delivery_lists[] = {
    {ListLanguage::en, k_deliveries_en}, {ListLanguage::es, k_deliveries_es}, {ListLanguage::de, k_deliveries_de},
    {ListLanguage::fr, k_deliveries_fr}, {ListLanguage::pt, k_deliveries_pt}, {ListLanguage::it, k_deliveries_it},
};

/// Openings of k_signup_openings that can only be a call to sign up, or to receive what it brings
/// (English "Receive a daily list of must-read stories": the imperative is no third person there,
/// as Spanish "recibe" is).
constexpr std::string_view k_signup_verbs[] = {
    "sign up", "subscribe", "join our", "register for", "suscríbete", "suscríbase", "regístrate", "apúntate",
    "suscribite", "registrate", "anotate",
    "abonnieren sie", "jetzt abonnieren", "melden sie sich", "jetzt anmelden", "abonnez-vous", "inscrivez-vous",
    "inscris-toi", "inscreva-se", "cadastre-se", "iscriviti", "registrati", "receive", "melde dich", "abonniere",
    "trag dich", "tragen sie sich", "abonne-toi", "regístrese", "apúntese", "inscreve-te", "si iscriva",
    // Imperatives to receive that no third person shares (unlike Spanish "recibe"; German
    // "Erhalten Sie ..." may be a question put to someone).
    "recevez", "reçois", "receba", "ricevi", "riceva",
};

/// Words that make a weekday a cadence after them ("every Friday", "chaque jeudi", "jeden
/// Dienstag", "cada viernes", "ogni venerdì", "toda sexta-feira"), with the space after each.
constexpr std::string_view k_weekday_cadence_words[] = {"every ", "each ", "jeden ", "chaque ", "cada ",
                                                        "todos los ", "ogni ", "toda ", "todas as "};

/// True when `key` holds a weekly cadence: one of k_weekday_cadence_words, then a weekday's full
/// name (sites::k_weekday_names; its abbreviations are words too: "every sun").
bool has_weekday_cadence(std::string_view key) {
  for (std::string_view word : k_weekday_cadence_words) {
    for (std::size_t at = key.find(word); at != std::string_view::npos; at = key.find(word, at + 1)) {
      if (at > 0 && key[at - 1] != ' ') continue;
      std::string_view rest = key.substr(at + word.size());
      for (std::string_view day : sites::k_weekday_names)
        if (day.size() > 3 && rest.starts_with(day) && !shape::word_goes_on(rest, day.size())) return true;
    }
  }
  return false;
}

/// True when `key` says how often the newsletter comes (k_cadence_lists, or a weekday's).
bool has_cadence(std::string_view key, ListLanguages languages) {
  return key_contains_any(key, k_cadence_lists, languages) || has_weekday_cadence(key);
}

/// Openings of k_signup_openings that ask for the reader's address in other words than a form's
/// ("Drop your email below", "Laissez votre e-mail", "Déjanos tu correo"): with a cadence on the
/// line, what they bring is a newsletter.
constexpr std::string_view k_email_givings[] = {
    "drop your email", "leave your email", "pop your email", "add your email", "type your email",
    "déjanos tu correo", "déjanos tu email", "deja tu correo", "deja tu email", "hinterlassen sie ihre e-mail",
    "hinterlasse deine e-mail", "hinterlassen sie uns ihre e-mail", "laissez votre e-mail", "laissez votre adresse",
    "laissez-nous votre e-mail", "laissez-nous votre adresse", "indiquez votre e-mail", "indiquez votre adresse",
    "deixe seu e-mail", "deixe o seu e-mail", "deixe seu email", "deixe o seu email", "lascia la tua email",
    "lasciaci la tua email", "lascia la tua e-mail", "lasciaci la tua e-mail",
};

/// True when the line (`key`, opening with `opening`) says what the sign-up brings.
bool offers_signup(std::string_view key, std::string_view opening, ListLanguages languages) {
  if (key_contains_any(key, k_signup_object_lists, languages)) return true;
  if (shape::is_one_of(opening, k_email_givings) && has_cadence(key, languages)) return true;
  // A sign-up whose cadence names what comes or where it comes: news, or the reader's mail
  // ("Suscríbete a Ruta Viva y recibe cada lunes una escapada nueva en tu correo").
  if (shape::is_one_of(opening, k_signup_verbs) && has_cadence(key, languages) &&
      (key_contains_any(key, k_delivery_lists, languages) || key_contains_any(key, k_mail_word_lists, languages)))
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
/// Key() keeps a Spanish line's opening '¡', so the thanks are listed with and without it.
constexpr std::string_view k_form_lines_es[] = {
    "gracias por suscribirte", "¡gracias por suscribirte", "gracias por suscribirse", "¡gracias por suscribirse",
    "gracias por tu suscripción", "¡gracias por tu suscripción", "gracias por registrarte", "¡gracias por registrarte",
    "no te pierdas nada", "no se pierda nada", "suscríbete", "suscríbete aquí", "suscribirme", "quiero suscribirme",
    "tu correo electrónico", "introduce tu correo electrónico", "tu email", "introduce tu email",
};
constexpr std::string_view k_form_lines_de[] = {
    "danke für ihre anmeldung", "vielen dank für ihre anmeldung", "danke für deine anmeldung",
    "vielen dank für deine anmeldung", "danke für ihr abonnement", "vielen dank für ihr abonnement",
    "verpassen sie nichts", "nichts mehr verpassen", "newsletter abonnieren", "zum newsletter anmelden",
    "ihre e-mail-adresse", "e-mail-adresse eingeben", "deine e-mail-adresse",
};
constexpr std::string_view k_form_lines_fr[] = {
    "merci pour votre inscription", "merci de votre inscription", "merci pour votre abonnement",
    "merci de vous être inscrit", "merci de vous être abonné", "ne manquez rien", "ne ratez rien", "s'inscrire",
    "s’inscrire", "je m'inscris", "je m’inscris", "s'abonner", "votre adresse e-mail", "votre adresse email",
    "je m'inscris à la newsletter", "je m’inscris à la newsletter", "je m'abonne à la newsletter",
    "votre e-mail", "saisissez votre adresse e-mail",
    // Québec's "courriel" for e-mail.
    "votre courriel", "votre adresse courriel", "inscrivez votre courriel", "entrez votre courriel",
};
constexpr std::string_view k_form_lines_pt[] = {
    "obrigado por se inscrever", "obrigado pela sua inscrição", "obrigado por se cadastrar", "obrigado por subscrever",
    "obrigado por assinar", "não perca nada", "inscreva-se", "quero me inscrever", "o seu e-mail", "seu e-mail",
    "o seu endereço de e-mail", "digite seu e-mail",
};
constexpr std::string_view k_form_lines_it[] = {
    "grazie per esserti iscritto", "grazie per esserti iscritta", "grazie per l'iscrizione", "grazie per l’iscrizione",
    "grazie per la registrazione", "non perderti nulla", "non perdere nulla", "iscriviti", "iscriviti ora", "iscrivimi",
    "il tuo indirizzo email", "il tuo indirizzo e-mail", "inserisci la tua email",
};
constexpr LanguageWords k_form_line_lists[] = {
    {ListLanguage::en, k_form_lines_en}, {ListLanguage::es, k_form_lines_es}, {ListLanguage::de, k_form_lines_de},
    {ListLanguage::fr, k_form_lines_fr}, {ListLanguage::pt, k_form_lines_pt}, {ListLanguage::it, k_form_lines_it},
};
constexpr LanguagePhrases<total_words(k_form_line_lists)> k_form_lines{k_form_line_lists};

/// Words that name a newsletter in its sign-up box's title ("Get the morning briefing", "Der
/// Morgen-Newsletter", "La lettre du matin"); the box is chrome in the site's language, so all six are tried.
constexpr std::string_view k_newsletter_names_en[] = {"newsletter", "briefing", "bulletin", "digest", "weekly email",
                                                     "daily email", "morning email", "evening email"};
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
/// Stems of each language's newsletter names, and of the English loan "newsletter" that every
/// language uses, each opening on a pair of bytes few words hold ("wsletter", not "newsletter",
/// whose "ne" opens a closer look in every other line): one SSE pass over a line's start
/// (shape::contains_stem_ci) for the document's languages before the line is keyed.
constexpr std::string_view k_name_stems_en[] = {"wsletter", "efing", "ulletin"};  // not "digest": its "ig" is in every other line
constexpr std::string_view k_name_stems_es[] = {"wsletter", "oletín"};
constexpr std::string_view k_name_stems_de[] = {"wsletter", "nfobrief"};
constexpr std::string_view k_name_stems_fr[] = {"wsletter", "ettre"};
constexpr std::string_view k_name_stems_pt[] = {"wsletter", "oletim"};
constexpr std::string_view k_name_stems_it[] = {"wsletter", "ollettino"};
constexpr LanguageWords k_name_stem_lists[] = {
    {ListLanguage::en, k_name_stems_en}, {ListLanguage::es, k_name_stems_es}, {ListLanguage::de, k_name_stems_de},
    {ListLanguage::fr, k_name_stems_fr}, {ListLanguage::pt, k_name_stems_pt}, {ListLanguage::it, k_name_stems_it},
};

/// Sign-up buttons that close a newsletter's box on the same line ("Newsletter « La Matinale »
/// Chaque matin, l'essentiel. S'inscrire", "... every weekday at 6 a.m. Sign me up"), compared
/// with shape::key() of the line's last sentence; any of the six languages (the box is chrome).
constexpr std::string_view k_closing_buttons_en[] = {
    "sign me up", "sign up", "sign up now", "sign up here", "sign up today", "subscribe", "subscribe now",
    "subscribe here", "register", "register now", "count me in", "sign up free", "sign up for free", "subscribe free",
    "subscribe for free",
};
constexpr std::string_view k_closing_buttons_es[] = {
    "suscríbete", "suscríbete aquí", "suscríbete ahora", "suscribirse", "suscribirme", "apúntate", "regístrate",
    "quiero suscribirme", "suscribite", "suscribite acá",
};
constexpr std::string_view k_closing_buttons_de[] = {
    "hier anmelden", "jetzt anmelden", "anmelden", "hier abonnieren", "jetzt abonnieren", "abonnieren",
    "kostenlos anmelden", "jetzt kostenlos anmelden", "kostenlos bestellen", "jetzt bestellen", "hier bestellen",
    "gratis bestellen", "kostenlos abonnieren", "jetzt kostenlos bestellen",
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

/// A newsletter's lead-in without a verb: what it brings, then the reader's own inbox ("Das
/// Beste unseres Journalismus in Ihrem Postfach", "The best of our journalism in your inbox",
/// "Le meilleur de l'info dans votre boîte mail"). The inbox must be the reader's ("Die
/// wichtigsten Dokumente landeten im Postfach des Ministers" is a sentence), and what comes
/// the site's own or news (k_digest_news_lists): "Die neuesten Betrugsmaschen in Ihrem
/// Postfach" heads an article.
constexpr std::string_view k_digest_openings_en[] = {"the best of", "the latest", "our best", "today's top stories",
                                                     "top stories"};
constexpr std::string_view k_digest_openings_es[] = {"lo mejor de", "lo mejor del", "las últimas noticias",
                                                     "las principales noticias"};
constexpr std::string_view k_digest_openings_de[] = {"das beste", "die besten", "das wichtigste", "die wichtigsten",
                                                     "die neuesten"};
constexpr std::string_view k_digest_openings_fr[] = {"le meilleur de", "le meilleur du", "l'essentiel", "l’essentiel",
                                                     "toute l'actualité", "toute l’actualité"};
constexpr std::string_view k_digest_openings_pt[] = {"o melhor do", "o melhor da", "o melhor de",
                                                     "as principais notícias", "as últimas notícias"};
constexpr std::string_view k_digest_openings_it[] = {"il meglio di", "il meglio del", "il meglio della",
                                                     "le principali notizie", "le ultime notizie"};
constexpr LanguageWords k_digest_opening_lists[] = {
    {ListLanguage::en, k_digest_openings_en}, {ListLanguage::es, k_digest_openings_es},
    {ListLanguage::de, k_digest_openings_de}, {ListLanguage::fr, k_digest_openings_fr},
    {ListLanguage::pt, k_digest_openings_pt}, {ListLanguage::it, k_digest_openings_it},
};
constexpr LanguagePhrases<total_words(k_digest_opening_lists)> k_digest_openings{k_digest_opening_lists};
constexpr std::string_view k_reader_inboxes_en[] = {"your inbox", "your mailbox"};
constexpr std::string_view k_reader_inboxes_es[] = {"tu bandeja de entrada", "su bandeja de entrada", "tu correo",
                                                    "tu email", "tu buzón"};
constexpr std::string_view k_reader_inboxes_de[] = {"ihr postfach", "ihrem postfach", "dein postfach",
                                                    "deinem postfach", "ihr e-mail-postfach", "ihren posteingang",
                                                    "ihrem posteingang", "deinen posteingang"};
constexpr std::string_view k_reader_inboxes_fr[] = {"votre boîte mail", "votre boîte e-mail",
                                                    "votre boîte de réception", "votre boîte aux lettres",
                                                    "ta boîte mail"};
constexpr std::string_view k_reader_inboxes_pt[] = {"sua caixa de entrada", "sua caixa de correio", "seu e-mail",
                                                    "seu email"};
constexpr std::string_view k_reader_inboxes_it[] = {"tua casella di posta", "tua casella email", "tua email",
                                                    "tua mail"};
constexpr LanguageWords k_reader_inbox_lists[] = {
    {ListLanguage::en, k_reader_inboxes_en}, {ListLanguage::es, k_reader_inboxes_es},
    {ListLanguage::de, k_reader_inboxes_de}, {ListLanguage::fr, k_reader_inboxes_fr},
    {ListLanguage::pt, k_reader_inboxes_pt}, {ListLanguage::it, k_reader_inboxes_it},
};
constexpr std::string_view k_digest_news_en[] = {"news", "stories", "headlines"};
constexpr std::string_view k_digest_news_es[] = {"noticias", "titulares"};
constexpr std::string_view k_digest_news_de[] = {"nachrichten", "news", "schlagzeilen", "meldungen"};
constexpr std::string_view k_digest_news_fr[] = {"actualité", "actu", "infos", "info", "nouvelles"};
constexpr std::string_view k_digest_news_pt[] = {"notícias", "manchetes"};
constexpr std::string_view k_digest_news_it[] = {"notizie", "titoli"};
constexpr LanguageWords k_digest_news_lists[] = {
    {ListLanguage::en, k_digest_news_en}, {ListLanguage::es, k_digest_news_es},
    {ListLanguage::de, k_digest_news_de}, {ListLanguage::fr, k_digest_news_fr},
    {ListLanguage::pt, k_digest_news_pt}, {ListLanguage::it, k_digest_news_it},
};
/// A lead-in without a verb is a phrase, not a sentence of prose.
constexpr std::size_t k_max_digest_words = 14;

/// True when `text` is a newsletter's verbless lead-in (see k_digest_openings_en).
bool is_inbox_digest(std::string_view text, ListLanguages languages) {
  if (opening_in(text, k_digest_openings, languages).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_digest_words && key_contains_any(key, k_reader_inbox_lists, languages) &&
         (key_contains_any(key, k_own_word_lists, languages) ||
          key_contains_any_words(key, k_digest_news_lists, languages));
}

/// Requests for the reader's address that a sign-up box closes on, in the six languages (keyed;
/// the River Plate's voseo too: "Ingresá tu email").
constexpr std::string_view k_email_entries[] = {
    "enter your email", "enter your e-mail", "type your email", "introduce tu email", "introduce tu correo",
    "ingresa tu email", "ingresa tu correo", "ingresá tu email", "ingresá tu correo", "escribe tu email",
    "escribe tu correo", "geben sie ihre e-mail", "gib deine e-mail", "e-mail-adresse eingeben",
    "saisissez votre e-mail", "saisissez votre adresse", "entrez votre e-mail", "entrez votre adresse",
    "insira seu e-mail", "insira o seu e-mail", "digite seu e-mail", "digite seu email", "inserisci la tua email",
    "inserisci la tua e-mail", "inserisci il tuo indirizzo",
};
/// Such a box is a sentence or three.
constexpr std::size_t k_max_email_box_words = 40;
/// The first words of k_email_entries: the request is the box's last sentence, and its first
/// word is looked at before the line is keyed.
constexpr auto k_email_entry_verbs = first_words_of(k_email_entries);

/// "Seguí informado: recibí los titulares del día en tu correo. Ingresá tu email y listo": a
/// line that offers something to the reader's own inbox (k_reader_inbox_lists) and closes on a
/// sentence (`last`) that asks for their address (k_email_entries), reporting no one. Prose
/// about a newsletter does not ask the reader for an address.
bool is_inbox_and_email_entry(std::string_view text, std::string_view last, ListLanguages languages) {
  std::string_view first_word = last.substr(0, last.find(' '));
  char folded[24];
  if (first_word.size() == last.size() ||
      !shape::is_one_of(shape::lower_ascii_into(first_word, folded, sizeof folded), k_email_entry_verbs))
    return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_email_box_words && shape::key_contains_any(key, k_email_entries) &&
         key_contains_any(key, k_reader_inbox_lists, languages) && !shape::key_contains_any(key, k_reported_speech);
}

/// A box or two of a form, ahead of its label: "[ ]", "[x]" as a text dump prints them, or the
/// ballot-box signs.
constexpr std::string_view k_check_boxes[] = {"[ ]", "[x]", "[X]", "[*]", "\xE2\x98\x90", "\xE2\x98\x91", "\xE2\x98\x92"};

/// The label after a check box `text` opens with, trimmed; "" when it opens with none.
std::string_view after_check_box(std::string_view text) {
  text = shape::trim(text);
  for (std::string_view box : k_check_boxes)
    if (text.starts_with(box)) return shape::trim(text.substr(box.size()));
  return {};
}

/// A form's text field as a dump prints it: a run of this many underscores or more.
constexpr std::size_t k_min_field_underscores = 4;

/// `text` without the empty text fields (runs of underscores) that close it, trimmed; `text`
/// trimmed when none closes it.
std::string_view before_fields(std::string_view text) {
  text = shape::trim(text);
  for (;;) {
    std::size_t start = text.find_last_not_of('_');
    std::size_t run = start == std::string_view::npos ? text.size() : text.size() - start - 1;
    if (run < k_min_field_underscores) return text;
    text = shape::trim(text.substr(0, text.size() - run));
  }
}

/// A reader's yes to a newsletter, as a form's check box labels it ("Yes, I want to receive the
/// newsletter", "Ja, ich möchte den wöchentlichen Newsletter bekommen"): the reader speaks, in
/// the first person; the newsletter must be named on the line.
constexpr std::string_view k_opt_in_openings_en[] = {
    "yes, i want", "yes, i would like", "yes, i'd like", "yes please", "yes, please", "i want to receive",
    "i would like to receive", "i'd like to receive", "i wish to receive", "please send me", "send me",
    "keep me updated", "keep me informed", "sign me up for",
};
constexpr std::string_view k_opt_in_openings_de[] = {
    "ja, ich möchte", "ja, ich will", "ja, bitte", "ich möchte den", "ich möchte regelmäßig", "ich möchte über",
    "ich möchte informiert", "ich will den", "bitte informieren sie mich", "halten sie mich",
};
constexpr std::string_view k_opt_in_openings_es[] = {
    "sí, quiero", "sí, deseo", "quiero recibir", "deseo recibir", "acepto recibir", "me gustaría recibir",
    "mantenme informado", "manténgame informado",
};
constexpr std::string_view k_opt_in_openings_fr[] = {
    "oui, je souhaite", "oui, je veux", "oui, je désire", "je souhaite recevoir", "je veux recevoir",
    "je désire recevoir", "j'accepte de recevoir", "j’accepte de recevoir", "tenez-moi informé",
};
constexpr std::string_view k_opt_in_openings_pt[] = {
    "sim, quero", "sim, desejo", "quero receber", "desejo receber", "aceito receber", "gostaria de receber",
    "mantenha-me informado",
};
constexpr std::string_view k_opt_in_openings_it[] = {
    "sì, voglio", "sì, desidero", "voglio ricevere", "desidero ricevere", "accetto di ricevere", "vorrei ricevere",
    "tienimi aggiornato", "tenetemi aggiornato",
};
constexpr LanguageWords k_opt_in_opening_lists[] = {
    {ListLanguage::en, k_opt_in_openings_en}, {ListLanguage::es, k_opt_in_openings_es},
    {ListLanguage::de, k_opt_in_openings_de}, {ListLanguage::fr, k_opt_in_openings_fr},
    {ListLanguage::pt, k_opt_in_openings_pt}, {ListLanguage::it, k_opt_in_openings_it},
};
constexpr LanguagePhrases<total_words(k_opt_in_opening_lists)> k_opt_in_openings{k_opt_in_opening_lists};

/// The reader's consent on a sign-up form, in the first person ("I agree to the privacy policy",
/// "Ich bin mit der Verarbeitung meiner Daten einverstanden", "J'accepte la politique de
/// confidentialité"); what is agreed to must be the reader's data or the newsletter
/// (k_consent_object_lists): "Ich bin mit der Entscheidung einverstanden" is a quote.
constexpr std::string_view k_consent_openings_en[] = {
    "i agree", "i consent", "i accept", "i have read", "i've read", "i hereby agree", "i hereby consent",
    "yes, i agree", "i confirm that i have read", "i understand that my",
};
constexpr std::string_view k_consent_openings_de[] = {
    "ich bin mit", "ich bin damit einverstanden", "ich willige", "hiermit willige ich", "ich stimme",
    "ich akzeptiere", "ich erkläre mich", "ich habe die datenschutzerklärung", "ich habe die datenschutzhinweise",
    "ich habe die datenschutzbestimmungen", "ja, ich bin", "ich bestätige",
};
constexpr std::string_view k_consent_openings_es[] = {
    "acepto", "he leído", "consiento", "doy mi consentimiento", "sí, acepto", "autorizo", "he leído y acepto",
};
constexpr std::string_view k_consent_openings_fr[] = {
    "j'accepte", "j’accepte", "je consens", "j'ai lu", "j’ai lu", "je certifie", "je confirme", "oui, j'accepte",
    "oui, j’accepte", "j'autorise", "j’autorise", "je donne mon consentement",
};
constexpr std::string_view k_consent_openings_pt[] = {
    "aceito", "concordo", "li e aceito", "li e concordo", "autorizo", "dou o meu consentimento", "declaro que li",
};
constexpr std::string_view k_consent_openings_it[] = {
    "accetto", "acconsento", "ho letto", "dichiaro di aver letto", "autorizzo", "do il consenso", "presto il consenso",
};
constexpr LanguageWords k_consent_opening_lists[] = {
    {ListLanguage::en, k_consent_openings_en}, {ListLanguage::es, k_consent_openings_es},
    {ListLanguage::de, k_consent_openings_de}, {ListLanguage::fr, k_consent_openings_fr},
    {ListLanguage::pt, k_consent_openings_pt}, {ListLanguage::it, k_consent_openings_it},
};
constexpr LanguagePhrases<total_words(k_consent_opening_lists)> k_consent_openings{k_consent_opening_lists};
constexpr std::string_view k_consent_objects_en[] = {"privacy", "my data", "personal data", "my email", "my e-mail",
                                                     "newsletter", "data protection", "processing of my"};
constexpr std::string_view k_consent_objects_de[] = {"datenschutz", "daten", "newsletter", "e-mail", "verarbeitung"};
constexpr std::string_view k_consent_objects_es[] = {"privacidad", "datos", "boletín", "newsletter", "correo"};
constexpr std::string_view k_consent_objects_fr[] = {"confidentialité", "données", "newsletter", "lettre d'information",
                                                     "lettre d’information", "e-mail", "courriel"};
constexpr std::string_view k_consent_objects_pt[] = {"privacidade", "dados", "newsletter", "boletim", "e-mail"};
constexpr std::string_view k_consent_objects_it[] = {"privacy", "dati", "newsletter", "trattamento", "email"};
constexpr LanguageWords k_consent_object_lists[] = {
    {ListLanguage::en, k_consent_objects_en}, {ListLanguage::es, k_consent_objects_es},
    {ListLanguage::de, k_consent_objects_de}, {ListLanguage::fr, k_consent_objects_fr},
    {ListLanguage::pt, k_consent_objects_pt}, {ListLanguage::it, k_consent_objects_it},
};

/// A reader's check box label or consent is a sentence or two (the consent may add what comes
/// after the sign-up: "Nach Anmeldung geht mir eine E-Mail zur Zustimmung zu").
constexpr std::size_t k_max_form_sentence_words = 40;

/// True when `text` is a sign-up form's line in the reader's voice: a yes to the newsletter
/// that names it, or a consent to what the form does with the reader's data.
bool is_reader_form_line(std::string_view text, ListLanguages languages) {
  bool opt_in = !opening_in(text, k_opt_in_openings, languages).empty();
  if (!opt_in && opening_in(text, k_consent_openings, languages).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_form_sentence_words || shape::key_contains_any(key, k_reported_speech))
    return false;
  if (opt_in)
    return key_contains_any(key, k_newsletter_name_lists, k_whole_line_languages) ||
           key_contains_any(key, k_signup_object_lists, languages);
  return key_contains_any(key, k_consent_object_lists, languages);
}

/// The box's promise about the address it asks for, from the reader's address ("Your email
/// address will only be used to send you our newsletter", "Votre adresse de messagerie est
/// uniquement utilisée pour vous envoyer les lettres d'information") or from the site ("We will
/// never share your email"). The address opens the line and a limit (k_limit_lists) and a
/// purpose (the newsletter, or sending) follow; the site's promise names the reader's mail and
/// a limit. An article's sentence about data protection opens otherwise ("Unter der DSGVO darf
/// Ihre E-Mail-Adresse ...").
constexpr std::string_view k_reader_mails_en[] = {"your email", "your e-mail", "your address"};
constexpr std::string_view k_reader_mails_de[] = {"ihre e-mail-adresse", "deine e-mail-adresse", "ihre e-mail",
                                                  "deine e-mail", "ihre adresse", "deine adresse"};
constexpr std::string_view k_reader_mails_es[] = {"tu correo", "su correo", "tu dirección", "su dirección", "tu email",
                                                  "su email"};
constexpr std::string_view k_reader_mails_fr[] = {"votre adresse", "votre e-mail", "votre email", "votre courriel",
                                                  "ton adresse", "ton e-mail"};
constexpr std::string_view k_reader_mails_pt[] = {"o seu e-mail", "seu e-mail", "o seu email", "seu email",
                                                  "o seu endereço", "seu endereço"};
constexpr std::string_view k_reader_mails_it[] = {"il tuo indirizzo", "la tua email", "la tua e-mail",
                                                  "il suo indirizzo"};
constexpr LanguageWords k_reader_mail_lists[] = {
    {ListLanguage::en, k_reader_mails_en}, {ListLanguage::es, k_reader_mails_es}, {ListLanguage::de, k_reader_mails_de},
    {ListLanguage::fr, k_reader_mails_fr}, {ListLanguage::pt, k_reader_mails_pt}, {ListLanguage::it, k_reader_mails_it},
};
/// The reader's data, which only the address's own promise may open with: "We will never share
/// your data" is also a company's word reported.
constexpr std::string_view k_reader_data_en[] = {"your details", "your data", "your personal data"};
constexpr std::string_view k_reader_data_de[] = {"ihre daten", "deine daten", "ihre angaben"};
constexpr std::string_view k_reader_data_es[] = {"tus datos", "sus datos"};
constexpr std::string_view k_reader_data_fr[] = {"vos données", "tes données"};
constexpr std::string_view k_reader_data_pt[] = {"os seus dados", "seus dados"};
constexpr std::string_view k_reader_data_it[] = {"i tuoi dati", "i suoi dati"};
constexpr LanguageWords k_reader_address_lists[] = {
    {ListLanguage::en, k_reader_mails_en}, {ListLanguage::es, k_reader_mails_es}, {ListLanguage::de, k_reader_mails_de},
    {ListLanguage::fr, k_reader_mails_fr}, {ListLanguage::pt, k_reader_mails_pt}, {ListLanguage::it, k_reader_mails_it},
    {ListLanguage::en, k_reader_data_en},  {ListLanguage::es, k_reader_data_es},  {ListLanguage::de, k_reader_data_de},
    {ListLanguage::fr, k_reader_data_fr},  {ListLanguage::pt, k_reader_data_pt},  {ListLanguage::it, k_reader_data_it},
};
constexpr LanguagePhrases<total_words(k_reader_address_lists)> k_reader_address_openings{k_reader_address_lists};
constexpr std::string_view k_never_share_openings_en[] = {
    "we will never", "we'll never", "we never", "we won't", "we will not", "we do not share", "we don't share",
    "we promise not", "we respect your privacy",
};
constexpr std::string_view k_never_share_openings_de[] = {
    "wir geben ihre", "wir geben deine", "wir werden ihre", "wir werden deine", "wir verkaufen", "wir teilen",
    "wir respektieren ihre privatsphäre",
};
constexpr std::string_view k_never_share_openings_es[] = {
    "nunca compartiremos", "no compartiremos", "jamás compartiremos", "no cederemos", "nunca cederemos",
    "no vendemos", "respetamos tu privacidad",
};
constexpr std::string_view k_never_share_openings_fr[] = {
    "nous ne partagerons", "nous ne communiquerons", "nous ne vendrons", "nous ne transmettrons", "nous ne cédons",
    "nous ne céderons", "nous respectons votre vie privée",
};
constexpr std::string_view k_never_share_openings_pt[] = {
    "nunca compartilharemos", "não compartilharemos", "não partilharemos", "nunca partilharemos", "não vendemos",
    "respeitamos a sua privacidade",
};
constexpr std::string_view k_never_share_openings_it[] = {
    "non condivideremo", "non cederemo", "non condividiamo", "non cediamo", "non venderemo",
    "rispettiamo la tua privacy",
};
constexpr LanguageWords k_never_share_opening_lists[] = {
    {ListLanguage::en, k_never_share_openings_en}, {ListLanguage::es, k_never_share_openings_es},
    {ListLanguage::de, k_never_share_openings_de}, {ListLanguage::fr, k_never_share_openings_fr},
    {ListLanguage::pt, k_never_share_openings_pt}, {ListLanguage::it, k_never_share_openings_it},
};
constexpr LanguagePhrases<total_words(k_never_share_opening_lists)> k_never_share_openings{
    k_never_share_opening_lists};
/// The limit a box's promise sets on the address: only, never, not to third parties (whole words).
constexpr std::string_view k_limits_en[] = {"only", "solely", "exclusively", "never", "third parties", "with anyone",
                                            "spam"};
constexpr std::string_view k_limits_de[] = {"nur", "ausschließlich", "nie", "niemals", "an dritte", "kein spam"};
constexpr std::string_view k_limits_es[] = {"solo", "sólo", "únicamente", "exclusivamente", "solamente", "nunca",
                                            "terceros", "con nadie", "spam"};
constexpr std::string_view k_limits_fr[] = {"uniquement", "seulement", "exclusivement", "jamais", "des tiers",
                                            "spam"};
constexpr std::string_view k_limits_pt[] = {"apenas", "somente", "exclusivamente", "nunca", "terceiros", "spam"};
constexpr std::string_view k_limits_it[] = {"solo", "soltanto", "unicamente", "esclusivamente", "mai", "terzi",
                                            "spam"};
constexpr LanguageWords k_limit_lists[] = {
    {ListLanguage::en, k_limits_en}, {ListLanguage::es, k_limits_es}, {ListLanguage::de, k_limits_de},
    {ListLanguage::fr, k_limits_fr}, {ListLanguage::pt, k_limits_pt}, {ListLanguage::it, k_limits_it},
};
/// What the address is for, besides the newsletter named: sending to the reader.
constexpr std::string_view k_send_purposes_en[] = {"send you", "to send", "sending you"};
constexpr std::string_view k_send_purposes_de[] = {"zusendung", "versand", "zuzusenden", "zu senden", "zu schicken"};
constexpr std::string_view k_send_purposes_es[] = {"enviarte", "enviarle", "envío"};
constexpr std::string_view k_send_purposes_fr[] = {"vous envoyer", "t'envoyer", "t’envoyer", "l'envoi", "l’envoi"};
constexpr std::string_view k_send_purposes_pt[] = {"enviar", "envio"};
constexpr std::string_view k_send_purposes_it[] = {"inviarti", "inviarle", "invio"};
constexpr LanguageWords k_send_purpose_lists[] = {
    {ListLanguage::en, k_send_purposes_en}, {ListLanguage::es, k_send_purposes_es},
    {ListLanguage::de, k_send_purposes_de}, {ListLanguage::fr, k_send_purposes_fr},
    {ListLanguage::pt, k_send_purposes_pt}, {ListLanguage::it, k_send_purposes_it},
};

/// True when `text` is a sign-up box's promise about the reader's address (see
/// k_reader_addresses_en).
bool is_address_promise(std::string_view text, ListLanguages languages) {
  bool address = !opening_in(text, k_reader_address_openings, languages).empty();
  if (!address && opening_in(text, k_never_share_openings, languages).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_form_sentence_words || shape::key_contains_any(key, k_reported_speech) ||
      !key_contains_any_words(key, k_limit_lists, languages))
    return false;
  if (!address) return key_contains_any(key, k_reader_mail_lists, languages);
  return key_contains_any(key, k_newsletter_name_lists, k_whole_line_languages) ||
         key_contains_any(key, k_signup_object_lists, languages) ||
         key_contains_any(key, k_send_purpose_lists, languages);
}

/// A newsletter's pitch with its name as the subject ("The Morning Newsletter curates the best
/// stories of the day", "Unser Newsletter liefert dir die besten Storys"): a few words that name
/// a newsletter, then a verb that says what it brings (whole words), then what (k_delivery_lists).
constexpr std::string_view k_pitch_verbs_en[] = {"curates", "delivers", "brings you", "sends you", "gives you",
                                                 "rounds up", "keeps you"};
constexpr std::string_view k_pitch_verbs_de[] = {"liefert", "bringt dir", "bringt ihnen", "versorgt sie",
                                                 "versorgt dich", "schickt dir", "schickt ihnen", "hält sie",
                                                 "hält dich"};
constexpr std::string_view k_pitch_verbs_es[] = {"te trae", "le trae", "reúne", "selecciona", "te envía", "recopila",
                                                 "te lleva"};
constexpr std::string_view k_pitch_verbs_fr[] = {"vous apporte", "t'apporte", "sélectionne", "rassemble", "réunit",
                                                 "vous livre", "vous propose", "vous envoie", "décrypte"};
constexpr std::string_view k_pitch_verbs_pt[] = {"te traz", "lhe traz", "traz-lhe", "reúne", "seleciona", "te envia",
                                                 "envia-lhe"};
constexpr std::string_view k_pitch_verbs_it[] = {"ti porta", "raccoglie", "seleziona", "ti invia", "ti racconta"};
constexpr LanguageWords k_pitch_verb_lists[] = {
    {ListLanguage::en, k_pitch_verbs_en}, {ListLanguage::es, k_pitch_verbs_es}, {ListLanguage::de, k_pitch_verbs_de},
    {ListLanguage::fr, k_pitch_verbs_fr}, {ListLanguage::pt, k_pitch_verbs_pt}, {ListLanguage::it, k_pitch_verbs_it},
};
/// Words a newsletter's name opens with that make it someone's: "Her newsletter curates ..." reports.
constexpr std::string_view k_third_person_owners[] = {"her", "his", "their", "its", "ihr", "sein", "seine", "ihre",
                                                      "son", "sa", "leur", "su", "suo", "sua", "seu", "dele", "dela"};
/// The subject is a name: a few words.
constexpr std::size_t k_max_pitch_subject_words = 5;
constexpr std::size_t k_max_pitch_subject_bytes = 64;
/// A pitch of k_max_pitch_words words (12 bytes each) fits in this many; longer lines are not looked into.
constexpr std::size_t k_max_pitch_bytes = 240;
/// A pitch is one short sentence (no ". ", ": " inside it).
constexpr std::size_t k_max_pitch_words = 20;

/// True when `start`, a line's first bytes, may name a newsletter in one of `languages` (see
/// k_name_stem_lists).
bool names_newsletter_early(std::string_view start, ListLanguages languages) {
  return any_list(languages, k_name_stem_lists, [&](auto stems) { return shape::contains_stem_ci(start, stems); });
}

/// True when `text` may be a pitch that names its newsletter (is_named_pitch, is_inbox_arrival):
/// short enough, with a newsletter's name in its first bytes. Most lines name none there, and
/// are not keyed.
bool may_name_pitch(std::string_view text, ListLanguages languages) {
  return text.size() <= k_max_pitch_bytes &&
         names_newsletter_early(text.substr(0, k_max_pitch_subject_bytes), languages);
}

/// True when `text` is a newsletter's pitch with its name as the subject (see k_pitch_verbs_en).
/// The caller has found may_name_pitch().
bool is_named_pitch(std::string_view text, ListLanguages languages) {
  if (shape::has_digit(text)) return false;
  std::string_view key = shape::scratch_key(text);
  std::size_t words = shape::key_word_count(key);
  if (words < 3 || words > k_max_pitch_words || key.find(". ") != std::string_view::npos ||
      key.find(": ") != std::string_view::npos)
    return false;
  // The verb follows one of the first few words.
  std::size_t at = 0;
  for (std::size_t word = 1; word <= k_max_pitch_subject_words; ++word) {
    at = key.find(' ', at);
    if (at == std::string_view::npos) return false;
    ++at;
    std::string_view subject = key.substr(0, at - 1);
    if (subject.find(',') != std::string_view::npos || subject.find(':') != std::string_view::npos) return false;
    std::string_view rest = key.substr(at);
    bool verb = any_list(languages, k_pitch_verb_lists, [&](auto verbs) {
      for (std::string_view v : verbs)
        if (rest.starts_with(v) && !shape::word_goes_on(rest, v.size())) return true;
      return false;
    });
    if (!verb) continue;
    std::string_view owner = subject.substr(0, subject.find(' '));
    return !shape::is_one_of(owner, k_third_person_owners) &&
           key_contains_any(subject, k_newsletter_name_lists, k_whole_line_languages) &&
           key_contains_any(rest, k_delivery_lists, languages) && !shape::key_contains_any(key, k_reported_speech);
  }
  return false;
}

/// A newsletter's title, a colon, then what it brings and how often: "Newsletter Essonne Matin :
/// l'essentiel de l'actualité locale chaque jour à 7 h", "Briefing: the top stories, every
/// weekday morning". The title opens with the newsletter's word (k_newsletter_name_lists), which
/// its first byte rules out for most lines. Under a title "every day" is a cadence too (in prose it is
/// everywhere).
constexpr std::string_view k_daily_cadences[] = {
    "every day", "each day", "daily", "jeden tag", "täglich", "chaque jour", "tous les jours", "quotidiennement",
    "cada día", "todos los días", "diariamente", "ogni giorno", "tutti i giorni", "todos os dias",
};
constexpr std::size_t k_max_pitch_title_words = 5;
/// A title opens with a name of k_newsletter_name_lists, and every such name with one of these
/// letters: is_titled_pitch() turns most lines away by their first byte.
constexpr std::string_view k_title_name_initials = "nbdilwme";
static_assert([] {
  for (const LanguageWords& list : k_newsletter_name_lists)
    for (std::string_view name : list.words)
      if (k_title_name_initials.find(name[0]) == std::string_view::npos) return false;
  return true;
}());

/// True when `text` is such a titled pitch (see k_daily_cadences).
bool is_titled_pitch(std::string_view text, ListLanguages languages) {
  if (text.empty() || k_title_name_initials.find(static_cast<char>(text[0] | 0x20)) == std::string_view::npos)
    return false;
  std::size_t colon = text.substr(0, k_max_pitch_subject_bytes).find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view title = shape::scratch_key(text.substr(0, colon));
  if (shape::key_word_count(title) > k_max_pitch_title_words ||
      !any_list(k_whole_line_languages, k_newsletter_name_lists,
                [first = title.substr(0, title.find(' '))](auto names) { return shape::is_one_of(first, names); }))
    return false;
  std::string_view key = shape::scratch_key(text.substr(colon + 1));
  return shape::key_word_count(key) <= k_max_pitch_words && key_contains_any(key, k_delivery_lists, languages) &&
         (has_cadence(key, languages) || shape::key_contains_any(key, k_daily_cadences)) &&
         !shape::key_contains_any(key, k_reported_speech);
}

/// A sign-up box's title is a few words, no sentence.
constexpr std::size_t k_max_title_words = 6;

/// A call that closes a line after a question is a sentence or two of a line's words ("Love
/// science news? Sign up for the X briefing and get the week's biggest discoveries in your
/// inbox every Friday.").
constexpr std::size_t k_max_tail_call_bytes = 140;

/// True when the clause after the first colon of `text` opens with a sign-up verb
/// (k_signup_verbs: "inscrivez-vous", "sign up", "iscriviti").
bool signup_call_after_colon(std::string_view text, ListLanguages languages) {
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view call = opening_in(shape::trim(text.substr(colon + 1)), k_signup_openings, languages);
  return !call.empty() && shape::is_one_of(call, k_signup_verbs);
}

/// A newsletter named as what comes to the reader's inbox on a cadence, after a lead-in or
/// alone ("Kein Spartipp mehr verpassen: Der X-Newsletter kommt jeden Dienstag kostenlos in Ihr
/// Postfach.", "Our newsletter lands in your inbox every Friday", "La lettre arrive chaque
/// vendredi dans votre boîte mail"): the reader's own inbox makes it the site's pitch; prose
/// that cites a newsletter says when it comes out, not where to. The caller has found
/// may_name_pitch().
bool is_inbox_arrival(std::string_view text, ListLanguages languages) {
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_pitch_words &&
         key_contains_any(key, k_newsletter_name_lists, k_whole_line_languages) &&
         key_contains_any(key, k_reader_inbox_lists, languages) && has_cadence(key, languages) &&
         !shape::key_contains_any(key, k_reported_speech);
}

/// True when `text` is a newsletter prompt (see NewsletterFilter::judge).
bool is_prompt(std::string_view text, ListLanguages languages) {
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return false;
  std::string_view opening = opening_in(text, k_signup_openings, languages);
  // Or the call closes the line after a question ("Want the news every morning? Sign up ...").
  if (opening.empty() && text.find('?') != std::string_view::npos) {  // '¿' comes with its '?'
    opening = opening_in(last_sentence(text, k_max_tail_call_bytes), k_signup_openings, languages);
    // The call may go on after a dash ("Get the X briefing — free, weekdays."), which
    // last_sentence() takes for a boundary: the call is what follows the question.
    std::size_t asked = text.rfind("? ");
    if (opening.empty() && asked != std::string_view::npos && text.size() - asked <= k_max_tail_call_bytes)
      opening = opening_in(text.substr(asked + 2), k_signup_openings, languages);
  }
  if (opening.empty()) return false;
  // "Recevez chaque vendredi nos 5 recettes : inscrivez-vous, c'est gratuit !": what comes on
  // which day, then a call to sign up after the colon (looked for before the line is keyed).
  bool call_after_colon = shape::is_one_of(opening, k_signup_verbs) && signup_call_after_colon(text, languages);
  std::string_view key = shape::scratch_key(text);
  // A call is made to the reader, not reported ("Join the club's mailing list, the coach said").
  return shape::key_word_count(key) <= k_max_words &&
         (offers_signup(key, opening, languages) || (call_after_colon && has_cadence(key, languages))) &&
         !shape::key_contains_any(key, k_reported_speech);
}

/// German sets the verb of a call last, as an infinitive: "Jetzt den kostenlosen
/// X-Newsletter abonnieren!", "Hier Newsletter bestellen", after a lead-in and a colon ("Keinen
/// Test mehr verpassen: Jetzt ... abonnieren!"). The clause opens on a call's adverb (or the
/// newsletter itself), names a newsletter and ends on the infinitive, in a few words; "Die
/// Kunden mussten den Newsletter neu abonnieren" opens on none of the adverbs.
constexpr std::string_view k_infinitive_call_openers_de[] = {"jetzt", "hier", "einfach", "gleich", "kostenlos",
                                                             "newsletter", "gratis"};
constexpr std::string_view k_signup_infinitives_de[] = {"abonnieren", "bestellen", "anmelden", "eintragen",
                                                        "sichern"};
constexpr std::size_t k_max_infinitive_call_words = 8;
constexpr std::size_t k_max_infinitive_call_bytes = 160;

bool is_infinitive_call_de(std::string_view text, ListLanguages languages) {
  if (!languages.has(ListLanguage::de) || text.size() > k_max_infinitive_call_bytes) return false;
  text = shape::without_final_stops(shape::trim(text));
  // The call's terms may follow it after a dash ("... abonnieren – kostenlos, jeden Werktag um
  // 6 Uhr."): the call is then the part before it.
  if (std::size_t dash = text.rfind(" \xE2\x80\x93 "); dash != std::string_view::npos && (text.back() | 0x20) != 'n')
    text = shape::without_final_stops(shape::trim(text.substr(0, dash)));
  // Every infinitive of the list ends on 'n': most lines end otherwise.
  if (text.empty() || (text.back() | 0x20) != 'n') return false;
  std::size_t space = text.rfind(' ');
  if (space == std::string_view::npos || !shape::is_one_of_ci(text.substr(space + 1), k_signup_infinitives_de))
    return false;
  std::size_t colon = text.rfind(": ");
  std::string_view key = shape::scratch_key(colon == std::string_view::npos ? text : text.substr(colon + 2));
  if (shape::key_word_count(key) > k_max_infinitive_call_words || key.find("newsletter") == std::string_view::npos)
    return false;
  return shape::is_one_of(key.substr(0, key.find(' ')), k_infinitive_call_openers_de);
}

/// What a sign-up button may name after its verb, in the six languages: the newsletter ("Je
/// m'inscris à la newsletter", "Sign up to our newsletter", "Suscríbete al boletín").
constexpr std::string_view k_button_objects[] = {
    " à la newsletter", " a la newsletter", " to the newsletter", " to our newsletter", " for the newsletter",
    " for our newsletter", " al boletín", " zum newsletter", " für den newsletter",
    " alla newsletter", " à newsletter", " na newsletter", " no boletim", " à nossa newsletter",
};

/// `button` without an object of k_button_objects closing it (ASCII case aside).
std::string_view without_newsletter_object(std::string_view button) {
  // Every object ends on "newsletter", "boletín" or "boletim": most buttons end otherwise.
  if (button.size() < 8) return button;
  char last = static_cast<char>(button.back() | 0x20);
  if (last != 'r' && last != 'n' && last != 'm') return button;
  for (std::string_view object : k_button_objects)
    if (shape::ends_with_ci(button, object)) return shape::trim(button.substr(0, button.size() - object.size()));
  return button;
}

/// True when `text` is a newsletter's box on one line: a lead-in that names a newsletter or
/// what it brings (k_newsletter_name_lists, k_signup_object_lists), or that calls to receive
/// something on a cadence ("Recevez chaque jeudi notre sélection. Je m'inscris"), then a sign-up
/// button or the form's label as its last sentence, `button` ("... lands every Tuesday. Enter
/// your email address:"). Prose about a newsletter ends otherwise. The cadence may lead as a
/// clause of its own, of k_max_cadence_lead_bytes at most ("Chaque vendredi, recevez ...").
constexpr std::size_t k_max_cadence_lead_bytes = 32;
bool is_box_with_button(std::string_view text, std::string_view button, ListLanguages languages) {
  if (button.empty() || button.size() > k_max_label_bytes) return false;
  // The button may point on with an arrow ("Sign up free →"), or name the newsletter after its
  // verb ("Je m'inscris à la newsletter").
  if (auto [at, after] = shape::last_pointed_part(button); at != std::string_view::npos && after.empty())
    button = shape::trim(button.substr(0, at));
  button = without_newsletter_object(button);
  // A key that is a button opens and ends as the button does (see KeyGate): most last
  // sentences do not, and are not keyed.
  bool closing_button = k_closing_button_gate.opens(key_opening(button)) &&
                        k_closing_button_gate.may_end(key_closing(button)) &&
                        is_one_of(shape::scratch_key(button), k_closing_buttons, k_whole_line_languages);
  // The form's label closes a box that names its newsletter (looked for in the raw line first).
  if (!closing_button &&
      !(may_be_one_of(button, k_form_lines) && names_newsletter_early(text, languages) &&
        is_one_of(shape::scratch_key(button), k_form_lines, k_whole_line_languages)))
    return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return false;
  if (key_contains_any(key, k_newsletter_name_lists, k_whole_line_languages) ||
      key_contains_any(key, k_signup_object_lists, languages))
    return true;
  if (!closing_button || !has_cadence(key, languages)) return false;
  std::string_view opening = opening_in(text, k_signup_openings, languages);
  // The cadence may come first, as a clause of its own ("Chaque vendredi, recevez ...").
  if (opening.empty()) {
    std::size_t comma = text.find(", ");
    if (comma != std::string_view::npos && comma <= k_max_cadence_lead_bytes &&
        has_cadence(shape::key(text.substr(0, comma)), languages))
      opening = opening_in(text.substr(comma + 2), k_signup_openings, languages);
  }
  return shape::is_one_of(opening, k_signup_verbs);
}

/// A lead-in before a prompt's colon is a few words ("Kein Tor mehr verpassen: Abonnieren Sie
/// ...", "Never miss a match: sign up for ...").
constexpr std::size_t k_max_lead_in_bytes = 40;
constexpr std::size_t k_max_lead_in_words = 5;

/// `text` after such a lead-in and its colon, or "" when it opens with none.
std::string_view after_lead_in(std::string_view text) {
  std::size_t colon = text.substr(0, k_max_lead_in_bytes).find(": ");
  if (colon == std::string_view::npos || shape::word_count(text.substr(0, colon)) > k_max_lead_in_words) return {};
  return shape::trim(text.substr(colon + 2));
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

/// A blog's posts, as its subscription box names them, in the six languages (keyed, whole words).
constexpr std::string_view k_post_nouns[] = {
    " posts ", " entries ", " articles ", " entradas ", " publicaciones ", " artículos ", " beiträge ", " artikel ",
    " billets ", " publications ", " artigos ", " publicações ", " articoli ",
    // A columnist's pieces and a food blog's recipes.
    " columns ", " crônicas ", " crónicas ", " chroniques ", " kolumnen ", " recipes ", " recetas ", " recettes ",
    " receitas ", " ricette ", " rezepte ",
};
/// What a box promises after a dash ("— de graça, sem spam, prometo"), keyed stems.
constexpr std::string_view k_box_promises[] = {"spam", "free", "grátis", "gratis", "de graça", "kostenlos",
                                               "gratuit", "gratuito", "gratuita"};
constexpr std::size_t k_max_box_promise_words = 6;
/// How the posts come: by e-mail, in the six languages (keyed).
constexpr std::string_view k_by_mail[] = {
    "by email", "by e-mail", "via email", "via e-mail", "por correo", "por email", "por e-mail", "per e-mail",
    "per email", "par courriel", "par e-mail", "par mail", "par email", "via mail", "por mail",
};
/// Stems of those mail words, for a search before the line is keyed.
constexpr std::string_view k_mail_stems[] = {"mail", "correo", "courriel"};
constexpr shape::PairSet k_mail_stem_pairs{k_mail_stems};
/// Verbs of getting that such a box opens or (German) closes with, keyed.
constexpr std::string_view k_post_alert_verbs[] = {
    "receive", "get", "recibe", "reciba", "recevez", "recevoir", "receba", "receber", "ricevi", "ricevere", "riceva",
    "erhalten", "erhalte",
};
/// Such a box is a few words.
constexpr std::size_t k_max_post_alert_words = 9;

/// "Recibe las nuevas entradas por correo", "Get new posts by email", "Neue Beiträge per E-Mail
/// erhalten": a verb of getting opening (or, in German, closing) a short line that names the
/// blog's posts (k_post_nouns) coming by e-mail (k_by_mail).
bool is_post_alert_clause(std::string_view text) {
  // The mail word, by its pairs and a search.
  if (!k_mail_stem_pairs.may_hold_any(shape::line_pairs(text)) || !shape::contains_stem_ci(text, k_mail_stems))
    return false;
  std::string_view key = shape::scratch_key(text);
  // One clause: "Get the articles by email, the clerk said" reports a call.
  if (shape::key_word_count(key) > k_max_post_alert_words || key.find(',') != std::string_view::npos) return false;
  std::size_t first_end = key.find(' ');
  std::size_t last_start = key.rfind(' ');
  if (first_end == std::string_view::npos) return false;
  if (!shape::is_one_of(key.substr(0, first_end), k_post_alert_verbs) &&
      !shape::is_one_of(key.substr(last_start + 1), k_post_alert_verbs))
    return false;
  if (!shape::key_contains_any(key, k_by_mail)) return false;
  return shape::key_contains_any(shape::scratch_padded(key), k_post_nouns);
}

/// is_post_alert_clause(), perhaps before a dash and a short promise that it is free or sends no
/// spam ("Receba as crônicas de domingo por e-mail — de graça, sem spam, prometo.").
bool is_post_alert(std::string_view text) {
  // A verb of getting opens the line ('r', 'g', 'e'), or German's closes its clause after "Neue
  // ...": most lines open otherwise, and are not searched for a dash.
  const char first = text.empty() ? '\0' : static_cast<char>(text[0] | 0x20);
  if (first != 'r' && first != 'g' && first != 'e' && first != 'n') return false;
  for (std::string_view dash : {std::string_view(" \xE2\x80\x94 "), std::string_view(" \xE2\x80\x93 ")})
    if (std::size_t at = text.find(dash); at != std::string_view::npos) {
      std::string_view promise = shape::scratch_key(text.substr(at + dash.size()));
      if (shape::key_word_count(promise) > k_max_box_promise_words || !shape::key_contains_any(promise, k_box_promises))
        return false;
      return is_post_alert_clause(text.substr(0, at));
    }
  return is_post_alert_clause(text);
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
  if (is_prompt(text, languages) || is_join_readers_prompt(text, languages) || is_inbox_digest(text, languages))
    return "a newsletter prompt";
  if (std::string_view prompt = after_lead_in(text); !prompt.empty() && is_prompt(prompt, languages))
    return "a newsletter prompt";
  // The box's last sentence: its button, or its request for the reader's address.
  std::string_view last = last_sentence(text, k_max_label_bytes);
  // Or the button an arrow points at, with no stop before it ("... dans votre boîte mail → Je
  // m'inscris à la newsletter").
  // (Every arrow's first byte is 0xE2 but »'s 0xC2, looked for by memchr in the button's bytes first.)
  const std::string_view tail =
      std::string_view(text).substr(text.size() > k_max_label_bytes + 4 ? text.size() - k_max_label_bytes - 4 : 0);
  if ((last.empty() || last.size() == text.size()) &&
      (tail.find('\xE2') != std::string_view::npos || tail.find("\xC2\xBB") != std::string_view::npos))
    if (auto [at, after] = shape::last_pointed_part(text); at != std::string_view::npos && !after.empty())
      last = after;
  if (is_box_with_button(text, last, languages) || is_inbox_and_email_entry(text, last, languages))
    return "a newsletter's sign-up box";
  if (is_infinitive_call_de(text, languages)) return "a newsletter prompt";
  if (text.size() <= 2 * k_max_label_bytes && is_post_alert(text)) return "a blog's call to get its new posts by email";
  if (is_reader_form_line(text, languages)) return "a sign-up form's opt-in or consent";
  if (is_address_promise(text, languages)) return "a sign-up box's promise about the reader's address";
  if (is_titled_pitch(text, languages) ||
      (may_name_pitch(text, languages) && (is_named_pitch(text, languages) || is_inbox_arrival(text, languages))))
    return "a newsletter's pitch";
  // A check box's label: a form's, whatever its wording, when it names a newsletter.
  if (std::string_view label = after_check_box(text); !label.empty()) {
    std::string_view key = shape::scratch_key(label);
    if (shape::key_word_count(key) <= k_max_form_sentence_words &&
        (key_contains_any(key, k_newsletter_name_lists, k_whole_line_languages) ||
         key_contains_any(key, k_signup_object_lists, languages) || is_reader_form_line(label, languages)))
      return "a sign-up form's check box";
  }
  // A call or title with the empty text field a dump prints after it ("Get the X newsletter ____").
  if (shape::trim(text).ends_with('_')) {
    std::string_view call = before_fields(text);
    if (!call.empty() && call.size() < text.size() && (is_box_title(call) || is_prompt(call, languages)))
      return "a newsletter's call with its form field";
  }
  return std::nullopt;
}

}  // namespace pith
