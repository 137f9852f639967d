// sign-up-form: a sign-up form's field labels (a whole line, perhaps with its button after it)
// and its consent fine print (a phrase that tells the reader they may unsubscribe, or that
// signing up means agreeing to the site's terms), in six languages. Prose that reports such
// terms ("Customers can unsubscribe at any time, the company said") stays.
#include "pith/filters/sign_up_form.h"

#include <cstring>

#include "pith/base/line_shape.h"
#include "pith/base/pair_scan.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A field's label with its button runs to a few words.
constexpr std::size_t k_max_label_bytes = 80;
/// Fine print is a sentence or two.
constexpr std::size_t k_max_fine_print_words = 45;
constexpr std::size_t k_max_fine_print_bytes = 400;

/// A form's field labels, as whole lines (compared with shape::key()).
constexpr std::string_view k_labels_en[] = {
    "enter your email", "enter your email address", "enter your e-mail address", "your email", "your email address",
    "your e-mail address", "email address", "e-mail address", "enter email", "enter email address", "your name",
    "first name", "last name", "required fields are marked", "required fields are marked *", "your email here",
};
constexpr std::string_view k_labels_de[] = {
    "ihre e-mail-adresse", "e-mail-adresse eingeben", "e-mail-adresse", "ihre e-mail", "ihr name", "vorname",
    "nachname", "pflichtfelder sind markiert", "deine e-mail-adresse", "ihre e-mail-adresse eingeben",
    "e-mail eingeben",
    "deine e-mail", "dein name", "pflichtfelder sind gekennzeichnet", "pflichtfelder sind mit * gekennzeichnet",
    "pflichtfelder sind mit * markiert", "ihre e-mail-adresse hier",
};
constexpr std::string_view k_labels_es[] = {
    "introduce tu correo", "introduce tu correo electrónico", "introduce tu email", "tu correo electrónico",
    "tu email", "correo electrónico", "tu nombre", "escribe tu email", "escribe tu correo", "nombre", "apellidos",
    "apellido", "tu dirección de correo electrónico", "dirección de correo electrónico",
    "introduce tu dirección de correo electrónico", "escribe tu correo electrónico", "tu email aquí",
    "los campos obligatorios están marcados", "los campos obligatorios están marcados con *",
};
constexpr std::string_view k_labels_fr[] = {
    "votre adresse e-mail", "votre adresse email", "votre adresse mail", "adresse e-mail", "adresse email",
    "saisissez votre adresse e-mail", "saisissez votre e-mail", "votre e-mail", "votre nom", "votre email", "prénom",
    "nom de famille", "votre prénom", "saisissez votre adresse email", "entrez votre adresse e-mail",
    "entrez votre adresse email", "entrez votre e-mail", "votre e-mail ici", "les champs obligatoires sont indiqués",
    "les champs obligatoires sont indiqués avec *", "les champs obligatoires sont marqués",
};
constexpr std::string_view k_labels_it[] = {
    "inserisci la tua email", "inserisci la tua e-mail", "inserisci il tuo indirizzo email", "la tua email",
    "la tua e-mail", "indirizzo email", "indirizzo e-mail", "il tuo nome", "nome", "cognome",
    "il tuo indirizzo email", "il tuo indirizzo e-mail", "indirizzo di posta elettronica",
    "inserisci l'indirizzo email", "inserisci l’indirizzo email", "la tua email qui",
    "i campi obbligatori sono contrassegnati", "i campi obbligatori sono contrassegnati con *",
};
constexpr std::string_view k_labels_pt[] = {
    "insira o seu e-mail", "insira o seu email", "insira seu e-mail", "digite seu e-mail", "digite seu email",
    "o seu e-mail", "seu e-mail", "seu email", "endereço de e-mail", "endereço de email", "o seu nome", "seu nome",
    "nome", "sobrenome", "apelido", "primeiro nome", "último nome", "insira o seu endereço de e-mail",
    "o seu endereço de e-mail", "seu endereço de e-mail", "os campos obrigatórios estão marcados",
    "os campos obrigatórios estão marcados com *",
    "os campos obrigatórios estão assinalados",
};
constexpr LanguageWords k_label_lists[] = {
    {ListLanguage::en, k_labels_en}, {ListLanguage::es, k_labels_es}, {ListLanguage::de, k_labels_de},
    {ListLanguage::fr, k_labels_fr}, {ListLanguage::pt, k_labels_pt}, {ListLanguage::it, k_labels_it},
};
constexpr LanguagePhrases<total_words(k_label_lists)> k_labels{k_label_lists};

/// A form's messages when a field is filled in wrong or left empty, as whole lines.
constexpr std::string_view k_validation_messages_en[] = {
    "please enter a valid email address", "please enter a valid email", "please enter a valid e-mail address",
    "enter a valid email address", "please provide a valid email address", "invalid email", "this field is required",
    "please enter your email address",
};
constexpr std::string_view k_validation_messages_de[] = {
    "bitte geben sie eine gültige e-mail-adresse ein", "bitte gib eine gültige e-mail-adresse ein",
    "ungültige e-mail-adresse", "bitte geben sie ihre e-mail-adresse ein", "dieses feld ist ein pflichtfeld",
    "dieses feld ist erforderlich", "bitte füllen sie dieses feld aus",
};
constexpr std::string_view k_validation_messages_es[] = {
    "introduce un correo electrónico válido", "por favor, introduce un correo electrónico válido",
    "introduce una dirección de correo electrónico válida", "por favor, introduce una dirección de correo válida",
    "correo electrónico no válido", "dirección de correo electrónico no válida", "este campo es obligatorio",
    "introduce un email válido",
};
constexpr std::string_view k_validation_messages_fr[] = {
    "veuillez saisir une adresse e-mail valide", "veuillez saisir une adresse email valide",
    "veuillez entrer une adresse e-mail valide", "veuillez entrer une adresse email valide", "adresse e-mail invalide",
    "adresse e-mail non valide", "adresse email invalide", "ce champ est obligatoire",
};
constexpr std::string_view k_validation_messages_it[] = {
    "inserisci un indirizzo email valido", "inserisci un indirizzo e-mail valido",
    "per favore inserisci un indirizzo email valido", "indirizzo email non valido", "indirizzo e-mail non valido",
    "questo campo è obbligatorio", "inserisci una email valida",
};
constexpr std::string_view k_validation_messages_pt[] = {
    "insira um endereço de e-mail válido", "insira um e-mail válido", "digite um e-mail válido",
    "por favor, insira um e-mail válido", "e-mail inválido", "endereço de e-mail inválido", "este campo é obrigatório",
    "introduza um endereço de e-mail válido",
};
constexpr LanguageWords k_validation_message_lists[] = {
    {ListLanguage::en, k_validation_messages_en}, {ListLanguage::es, k_validation_messages_es},
    {ListLanguage::de, k_validation_messages_de}, {ListLanguage::fr, k_validation_messages_fr},
    {ListLanguage::pt, k_validation_messages_pt}, {ListLanguage::it, k_validation_messages_it},
};
constexpr LanguagePhrases<total_words(k_validation_message_lists)> k_validation_messages{k_validation_message_lists};

/// The form's button, which a dump prints after the label on the same line.
constexpr std::string_view k_buttons[] = {
    "subscribe", "sign up", "submit", "send", "go", "ok", "join", "abonnieren", "anmelden", "absenden", "senden",
    "suscribirse", "suscríbete", "enviar", "s'inscrire", "je m'abonne", "valider", "envoyer", "iscriviti", "invia",
    "inscrever", "subscrever", "assinar", "cadastrar", "suscribirme", "apúntate", "eintragen", "s'abonner",
    "iscrivimi", "registrati", "inscreva-se", "cadastre-se",
};

/// Consent fine print: the reader's right to leave, or their agreement by signing up, addressed
/// to them (found inside the line, keyed).
constexpr std::string_view k_fine_print_en[] = {
    "you can unsubscribe at any time", "you may unsubscribe at any time", "you can unsubscribe anytime",
    "by signing up, you agree", "by signing up you agree", "by subscribing, you agree", "by subscribing you agree",
    "by clicking subscribe", "by clicking sign up", "you can opt out at any time",
};
constexpr std::string_view k_fine_print_de[] = {
    "newsletter jederzeit abbestellen", "newsletter jederzeit wieder abbestellen", "sie können sich jederzeit abmelden",
    "sie können sich jederzeit wieder abmelden", "abmeldung ist jederzeit möglich", "abmeldung jederzeit möglich",
    "du kannst dich jederzeit abmelden", "ihre einwilligung jederzeit widerrufen",
    "mit der anmeldung akzeptieren sie", "mit ihrer anmeldung akzeptieren sie", "mit der registrierung akzeptieren sie",
    "mit deiner anmeldung akzeptierst du", "mit dem absenden akzeptieren sie",
};
constexpr std::string_view k_fine_print_es[] = {
    "puedes darte de baja en cualquier momento", "darte de baja en cualquier momento", "al suscribirte, aceptas",
    "al suscribirte aceptas", "al registrarte, aceptas", "al registrarte aceptas", "al suscribirse, acepta",
    "al suscribirse acepta", "al registrarse, acepta", "al registrarse acepta",
    "cancelar tu suscripción en cualquier momento",
};
constexpr std::string_view k_fine_print_fr[] = {
    "vous désinscrire à tout moment", "vous désabonner à tout moment", "en vous inscrivant, vous acceptez",
    "en vous inscrivant vous acceptez", "en vous abonnant, vous acceptez", "en vous abonnant vous acceptez",
};
constexpr std::string_view k_fine_print_it[] = {
    "puoi cancellarti in qualsiasi momento", "cancellarti in qualsiasi momento",
    "disiscriverti in qualsiasi momento", "iscrivendoti accetti", "iscrivendoti, accetti", "registrandoti accetti",
    "registrandoti, accetti", "annullare l'iscrizione in qualsiasi momento",
    "annullare l’iscrizione in qualsiasi momento",
};
constexpr std::string_view k_fine_print_pt[] = {
    "cancelar a sua subscrição a qualquer momento", "cancelar a sua inscrição a qualquer momento",
    "pode cancelar a subscrição a qualquer momento", "ao subscrever, concorda", "ao subscrever concorda",
    "ao se inscrever, você concorda", "ao se inscrever você concorda", "ao se cadastrar, você concorda",
    "ao se cadastrar você concorda", "ao assinar, você concorda", "cancelar a inscrição a qualquer momento",
};
constexpr LanguageWords k_fine_print_lists[] = {
    {ListLanguage::en, k_fine_print_en}, {ListLanguage::es, k_fine_print_es},
    {ListLanguage::de, k_fine_print_de}, {ListLanguage::fr, k_fine_print_fr},
    {ListLanguage::pt, k_fine_print_pt}, {ListLanguage::it, k_fine_print_it},
};
/// Fine print that holds none of the stems below, told by how it opens: German puts the verb's
/// particle last ("Mit der Anmeldung stimmen Sie ... zu", "... erklären Sie sich ...
/// einverstanden"), so the opening and the verb with its "Sie" tell it; and the button a click
/// on which agrees ("Al hacer clic en Suscribirme ...", "En cliquant sur S'inscrire ...").
/// Asked by the line's first byte first: most lines open with none of these. (Phrases that hold
/// a stem are in k_fine_print_lists, found anywhere in the line.)
constexpr std::string_view k_fine_print_openings_de[] = {
    "mit der anmeldung stimmen sie", "mit ihrer anmeldung stimmen sie", "mit der anmeldung erklären sie sich",
    "mit ihrer anmeldung erklären sie sich", "mit der anmeldung bestätigen sie", "mit ihrer anmeldung bestätigen sie",
    "mit der anmeldung willigen sie", "mit ihrer anmeldung willigen sie", "mit der registrierung stimmen sie",
    "mit ihrer registrierung stimmen sie", "mit der registrierung erklären sie sich", "mit deiner anmeldung stimmst du",
    "mit dem abonnieren stimmen sie", "mit dem absenden stimmen sie", "mit klick auf anmelden",
    "mit klick auf abonnieren",
};
constexpr std::string_view k_fine_print_openings_es[] = {
    "al hacer clic en suscribirme", "al hacer clic en suscribirse", "al hacer clic en suscríbete",
};
constexpr std::string_view k_fine_print_openings_fr[] = {
    "en cliquant sur s'inscrire", "en cliquant sur je m'inscris", "en cliquant sur je m'abonne",
};
constexpr std::string_view k_fine_print_openings_pt[] = {"ao clicar em inscrever", "ao clicar em assinar"};
constexpr std::string_view k_fine_print_openings_it[] = {"cliccando su iscriviti"};
constexpr LanguageWords k_fine_print_opening_lists[] = {
    {ListLanguage::es, k_fine_print_openings_es}, {ListLanguage::de, k_fine_print_openings_de},
    {ListLanguage::fr, k_fine_print_openings_fr}, {ListLanguage::pt, k_fine_print_openings_pt},
    {ListLanguage::it, k_fine_print_openings_it},
};
constexpr LanguagePhrases<total_words(k_fine_print_opening_lists)> k_fine_print_openings{k_fine_print_opening_lists};

/// Pieces of the fine print for a plain find before the line is keyed: every phrase says the
/// reader may leave at any time, or agrees by signing up (or clicking). Found by their byte
/// pairs in one pass: most lines are searched for them, and their rarest bytes are common.
constexpr shape::PairNeedles k_fine_print_stems{{"any time", "anytime", "jederzeit", "moment", "agree",
                                                 "kzeptier", "acept", "ccept", "ccett", "oncord", "licking"}};

/// True when `key` is a field's label, alone or with the form's button after it.
bool is_field_label(std::string_view key) {
  if (is_one_of(key, k_labels, k_whole_line_languages)) return true;
  std::size_t space = key.rfind(' ');
  while (space != std::string_view::npos) {
    std::string_view button = key.substr(space + 1);
    std::string_view label = shape::trim(key.substr(0, space));
    if (shape::is_one_of(button, k_buttons) && is_one_of(label, k_labels, k_whole_line_languages)) return true;
    // A button of two words ("sign up", "je m'abonne").
    if (space == 0) break;
    space = key.rfind(' ', space - 1);
    if (space == std::string_view::npos) break;
    button = key.substr(space + 1);
    label = shape::trim(key.substr(0, space));
    return shape::is_one_of(button, k_buttons) && is_one_of(label, k_labels, k_whole_line_languages);
  }
  return false;
}

/// Words an e-mail field's placeholder holds, lower case, in the six languages.
constexpr std::string_view k_email_field_words[] = {"email", "e-mail", "mail", "correo", "courriel", "adresse",
                                                   "endereço", "indirizzo"};
/// A field's placeholder is a few words.
constexpr std::size_t k_max_field_placeholder_words = 4;
constexpr std::size_t k_min_field_underscores = 3;
/// A form's line with its field stays short.
constexpr std::size_t k_max_field_line_bytes = 300;

/// True when `text` holds a text field as a text browser prints it: square brackets around an
/// e-mail placeholder of a few words ("[ your email ]", "[E-Mail-Adresse]") or around a run of
/// underscores ("[__________]"). Prose has no such bracket.
bool holds_email_field(std::string_view text) {
  for (std::size_t open = text.find('['); open != std::string_view::npos; open = text.find('[', open + 1)) {
    std::size_t close = text.find(']', open);
    if (close == std::string_view::npos) return false;
    std::string_view inner = shape::trim(text.substr(open + 1, close - open - 1));
    if (inner.size() >= k_min_field_underscores && inner.find_first_not_of('_') == std::string_view::npos) return true;
    // An image's file name ("[mail.svg]") or Cloudflare's hidden address ("[email protected]") is
    // no field.
    if (inner.empty() || shape::word_count(inner) > k_max_field_placeholder_words ||
        inner.find('.') != std::string_view::npos || inner.find("protected") != std::string_view::npos)
      continue;
    std::string_view key = shape::scratch_key(inner);
    for (std::string_view word : k_email_field_words)
      if (key.find(word) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> SignUpFormFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.empty() || shape::opens_with_inner_quote(text)) return std::nullopt;
  // A label's key opens with the label (a button may follow it), a message's is the message:
  // the line opens so (opening_in() reads case and white space as key() writes them). Most
  // lines open with none, told by their first byte, and are not keyed.
  if (text.size() <= k_max_label_bytes) {
    bool label = !opening_in(text, k_labels, k_whole_line_languages).empty();
    if (label || !opening_in(text, k_validation_messages, k_whole_line_languages).empty()) {
      std::string_view key = shape::scratch_key(text);
      if (label && is_field_label(key)) return "a form's field label";
      if (is_one_of(key, k_validation_messages, k_whole_line_languages)) return "a form's validation message";
    }
  }
  // A sentence that ends on its stop holds an editor's insertion in brackets ("He wrote [the
  // email] in 2019.").
  if (text.size() <= k_max_field_line_bytes && text.back() != '.' && std::memchr(text.data(), '[', text.size()) &&
      holds_email_field(text))
    return "a form's e-mail field, as a text browser prints it";
  // Fine print is a sentence or two: a longer line is ruled out before it is searched.
  if (text.size() > k_max_fine_print_bytes) return std::nullopt;
  ListLanguages languages = list_languages(doc);
  bool opening = !opening_in(text, k_fine_print_openings, languages).empty();
  if (!opening && !shape::contains_any_of<k_fine_print_stems>(text)) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_fine_print_words || shape::key_contains_any(key, k_reported_speech))
    return std::nullopt;
  if (opening || key_contains_any(key, k_fine_print_lists, languages)) return "a sign-up form's fine print";
  return std::nullopt;
}

}  // namespace pith
