// newsletter: prompts to sign up for a newsletter or get the news by e-mail.
#include "pith/filters/newsletter.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// Sign-up prompts are a sentence or two; longer is an article paragraph.
constexpr std::size_t k_max_bytes = 300;
constexpr std::size_t k_max_words = 35;
/// Form labels are a few words.
constexpr std::size_t k_max_label_bytes = 48;

/// Imperatives a sign-up prompt opens with (word boundary after each).
constexpr std::string_view k_signup_openings[] = {
    "sign up", "subscribe", "get our", "get the latest", "get the best", "join our", "register for",
    "don't miss", "never miss", "stay informed", "stay up to date", "enter your email", "want more",
    "by signing up", "by subscribing", "by clicking",
    // Spanish
    "suscríbete", "suscríbase", "regístrate", "recibe", "reciba", "apúntate", "al suscribirte",
    // German
    "abonnieren sie", "jetzt abonnieren", "melden sie sich", "jetzt anmelden", "newsletter abonnieren",
    "erhalten sie", "mit der anmeldung",
    // French
    "abonnez-vous", "inscrivez-vous", "recevez", "inscris-toi", "en vous inscrivant",
    // Portuguese
    "inscreva-se", "assine", "receba", "cadastre-se", "ao se inscrever",
    // Italian
    "iscriviti", "registrati", "ricevi", "abbonati alla newsletter", "iscrivendoti",
};

/// What the prompt offers; one must be on the line, or "subscribe" would take prose with it.
constexpr std::string_view k_signup_objects[] = {
    "newsletter", "inbox", "mailing list", "daily briefing", "morning briefing", "boletín", "posteingang",
    "infobrief", "boîte mail", "boîte de réception", "caixa de entrada", "boletim", "casella di posta",
};
/// Mail by itself is an object only when the site offers its own ("our", "nuestro"...): "Sign up
/// for the bundle using the same email" is a how-to sentence.
constexpr std::string_view k_mail_words[] = {"email", "e-mail", "correo", "courriel", "posta elettronica"};
/// (with the space before them, so "your" is not "our").
constexpr std::string_view k_own_words[] = {
    " our ", " nuestro", " nuestra", " unser", " notre", " nos ", " nosso", " nossa", " nostro", " nostra",
};

bool offers_signup(std::string_view key) {
  if (shape::key_contains_any(key, k_signup_objects)) return true;
  return shape::key_contains_any(key, k_mail_words) && shape::key_contains_any(key, k_own_words);
}

/// Whole-line leftovers of a sign-up form (compared with shape::key()).
constexpr std::string_view k_form_lines[] = {
    "newsletter", "sign up", "subscribe", "thanks for signing up", "thank you for signing up",
    "thank you for subscribing", "thanks for subscribing", "enter your email address", "email address",
    "your email address", "invalid email address", "gracias por suscribirte", "danke für ihre anmeldung",
    "merci pour votre inscription", "obrigado por se inscrever", "grazie per esserti iscritto",
};

}  // namespace

std::optional<std::string> NewsletterFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  if (text.size() <= k_max_label_bytes && shape::is_one_of(shape::scratch_key(text), k_form_lines))
    return "a sign-up form's label";
  if (shape::opening_in(text, k_signup_openings).empty()) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) <= k_max_words && offers_signup(key))
    return "a newsletter prompt";
  return std::nullopt;
}

}  // namespace pith
