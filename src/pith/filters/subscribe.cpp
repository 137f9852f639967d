// subscribe: calls to subscribe to the site, its channel or podcast, or to get its app
// ("Subscribe to Lakeside Herald for FREE", "Subscribe to our YouTube channel", "Listen on
// Apple Podcasts"), in six languages. Newsletter sign-ups are the newsletter filter's, paywall
// prompts the paywall's.
#include "pith/filters/subscribe.h"

#include <array>

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A call is a short line; longer is prose.
constexpr std::size_t k_max_bytes = 250;
constexpr std::size_t k_max_words = 30;
/// "Subscribe to" and a title: the site's name runs to a few words.
constexpr std::size_t k_max_name_words = 6;

/// Imperatives a call opens with (word boundary after each).
constexpr shape::Phrases k_openings{{
    "subscribe", "please subscribe", "don't forget to subscribe", "don't forget to like", "make sure to subscribe", "like and subscribe",
    "become a subscriber", "listen to our", "listen to the", "listen on", "listen now on", "download our",
    "download the", "get the app", "get our app", "turn on notifications", "hit the bell", "click subscribe",
    // Spanish
    "suscríbete", "suscríbase", "suscribite", "escucha nuestro", "escucha el", "descarga nuestra",
    "descarga la", "activa las notificaciones",
    // German
    "abonnieren sie", "abonniere", "jetzt abonnieren", "jetzt kostenlos abonnieren", "hören sie unseren",
    "hören sie den", "laden sie unsere", "laden sie die", "aktivieren sie die benachrichtigungen",
    // French
    "abonnez-vous", "abonne-toi", "écoutez notre", "écoutez le", "téléchargez notre", "téléchargez l'application",
    "activez les notifications",
    // Portuguese
    "inscreva-se", "se inscreva", "assine", "ouça nosso", "ouça o", "baixe nosso", "baixe o",
    "ative as notificações",
    // Italian
    "iscriviti", "abbonati", "ascolta il nostro", "ascolta il", "scarica la nostra", "scarica l'app",
    "attiva le notifiche",
}};

/// What the call offers; one must be on the line, or the line must name the site (below).
constexpr std::string_view k_objects[] = {
    "channel", "podcast", "youtube", "itunes", "apple podcasts", "spotify", "google podcasts", " app", "rss",
    " feed", "notifications", "for free", "free of charge", "this blog", "this site", "our site", "updates",
    "the bell", "canal", "pódcast", "gratis", "aplicación", "notificaciones", "kanal", "kostenlos",
    "benachrichtigungen", "chaîne", "gratuit", "application", "gratuitamente", "aplicativo", "notificações",
    "canale", "notifiche",
};

/// Calls that are a whole line alone (compared with shape::key()).
constexpr std::string_view k_bare_calls[] = {
    "subscribe now", "subscribe today", "subscribe here", "suscríbete ahora", "suscríbete aquí",
    "jetzt abonnieren", "hier abonnieren", "abonnez-vous", "abonnez-vous ici", "assine já", "assine agora",
    "inscreva-se", "iscriviti ora", "abbonati ora",
};

/// Words of a site's name that stay lower case inside a title ("Subscribe to Voice of the Valley").
constexpr std::string_view k_title_joiners[] = {"of", "the", "and", "for", "de", "del", "la", "el", "der",
                                                "die", "das", "du", "des", "le", "da", "do", "di", "della"};

/// "Subscribe to Lakeside Daily Herald": after "to", a title-cased name and nothing else.
bool names_a_site(std::string_view text) {
  std::string_view opening = shape::opening_in(text, std::array<std::string_view, 1>{"subscribe to"});
  if (opening.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = shape::trim(rest.substr(shape::phrase_at(rest, opening)));
  while (!rest.empty() && (rest.back() == '!' || rest.back() == '.')) rest.remove_suffix(1);
  std::size_t words = 0;
  while (!rest.empty()) {
    std::size_t end = rest.find(' ');
    std::string_view word = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : shape::trim(rest.substr(end));
    ++words;
    char first = word[0];
    bool capital = (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') ||
                   static_cast<unsigned char>(first) == 0xC3;
    if (!capital && !(words > 1 && shape::is_one_of(word, k_title_joiners))) return false;
    if (word.find_first_of(",;:") != std::string_view::npos) return false;
  }
  return words > 0 && words <= k_max_name_words;
}

}  // namespace

std::optional<std::string> SubscribeFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  if (shape::opening_in(text, k_openings).empty()) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  if (shape::is_one_of(key, k_bare_calls)) return "a call to subscribe";
  if (shape::key_contains_any(shape::scratch_padded(key), k_objects) || names_a_site(text)) return "a call to subscribe";
  return std::nullopt;
}

}  // namespace pith
