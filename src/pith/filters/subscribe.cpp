// subscribe: calls to subscribe to the site, its channel or podcast, or to get its app
// ("Subscribe to Lakeside Herald for FREE", "Subscribe to our YouTube channel", "Listen on
// Apple Podcasts"), in six languages. Newsletter sign-ups are the newsletter filter's, paywall
// prompts the paywall's.
#include "pith/filters/subscribe.h"

#include <algorithm>
#include <array>

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/filters/key_gate.h"
#include "pith/filters/reader_prompt.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A call is a short line; longer is prose.
constexpr std::size_t k_max_bytes = 250;
constexpr std::size_t k_max_words = 30;
/// A call closing a line after a lead-in is a short sentence ("Ative as notificações."), or
/// one sentence of an offer ("¿Te ha gustado esta noticia? Suscríbete a X por solo 3 euros al
/// mes y apoya el periodismo independiente.": 105 bytes).
constexpr std::size_t k_max_tail_call_bytes = 140;
/// "Subscribe to" and a title: the site's name runs to a few words.
constexpr std::size_t k_max_name_words = 6;

/// Imperatives a call opens with (word boundary after each), per language.
constexpr std::string_view k_openings_en[] = {
    "subscribe", "please subscribe", "don't forget to subscribe", "don't forget to like", "make sure to subscribe",
    "like and subscribe", "become a subscriber", "listen to our", "listen to the", "listen on", "listen now on",
    "download our", "download the", "get the app", "get our app", "turn on notifications", "hit the bell",
    "click subscribe", "join our", "follow our", "never miss", "get the latest", "get push", "get breaking news",
    "enable push", "enable notifications", "allow notifications", "turn on push", "sign up for alerts",
    "read more stories like this in", "read this story in", "try our app", "listen:", "install our app",
    "install the app", "get the day's top stories", "get our top stories", "get the top stories",
    // A site's tagline sending the reader to all its news ("Catch all the Business News ... on X").
    "catch all the", "catch the latest", "stay updated with", "stay up to date with",
};
constexpr std::string_view k_openings_es[] = {
    "suscríbete", "suscríbase", "suscribite", "escucha nuestro", "escucha el", "descarga nuestra",
    "descarga la", "activa las notificaciones", "únete a nuestro", "únete al canal", "síguenos en nuestro canal",
    "descárgate", "descargue", "recibe las alertas", "recibe alertas", "activar notificaciones",
    "activar las notificaciones", "activa notificaciones", "escúchanos",
    "sigue el canal de whatsapp", "sigue el canal de telegram", "sigue nuestro canal", "síguenos en whatsapp", "síguenos en telegram", "únete al grupo",
    "recibe las noticias", "recibe gratis las noticias", "recibe las últimas noticias",
    // The River Plate's voseo.
    "recibí las noticias", "recibí las alertas", "recibí gratis", "sumate a nuestro canal",
};
constexpr std::string_view k_openings_de[] = {
    "abonnieren sie", "abonniere", "jetzt abonnieren", "jetzt kostenlos abonnieren", "hören sie unseren",
    "hören sie den", "laden sie unsere", "laden sie die", "aktivieren sie die benachrichtigungen",
    "aktivieren sie", "jetzt die app", "hol dir die app", "holen sie sich die app", "treten sie unserem",
    "folgen sie unserem", "unser whatsapp", "unser telegram", "benachrichtigungen aktivieren",
    "push-benachrichtigungen aktivieren", "push-mitteilungen aktivieren", "aktiviere die benachrichtigungen",
    "jetzt unserem", "folge unserem", "folgt unserem", "abonnieren sie unseren", "jetzt dem", "treten sie dem",
    "dann abonnieren sie", "dann abonniere", "erhalten sie die nachrichten", "erhalten sie unsere nachrichten",
};
constexpr std::string_view k_openings_fr[] = {
    "abonnez-vous", "abonne-toi", "écoutez notre", "écoutez le", "téléchargez notre", "téléchargez l'application",
    "activez les notifications", "rejoignez notre", "rejoignez-nous", "suivez notre chaîne", "téléchargez l'appli",
    "activer les notifications", "écoutez nos",
    "rejoignez la chaîne", "suivez la chaîne", "abonnez-vous à la chaîne", "recevez les actualités",
    "recevez l'actualité", "recevez nos actualités",
};
constexpr std::string_view k_openings_pt[] = {
    "inscreva-se", "se inscreva", "assine", "ouça nosso", "ouça o", "baixe nosso", "baixe o",
    "ative as notificações", "entre no canal", "entre no nosso canal", "siga nosso canal", "siga o nosso canal",
    "participe do nosso canal", "receba notificações", "receba alertas", "ative os alertas", "oiça o",
    "oiça o nosso", "oiça a", "ouça a", "ativar notificações", "ativar as notificações", "ative notificações",
    "adira ao nosso canal", "adira ao canal", "junte-se ao nosso canal", "entre em nosso canal", "siga o canal",
    "instale a nossa app", "instale a app", "instale o nosso aplicativo", "instale o aplicativo", "descarregue a app",
    "descarregue a aplicação", "baixe a aplicação", "baixe o aplicativo",
    "descarregue a nossa", "baixe a nossa", "baixe a app", "receba as notícias", "receba gratuitamente as notícias",
    "receba as últimas notícias",
};
constexpr std::string_view k_openings_it[] = {
    "iscriviti", "abbonati", "ascolta il nostro", "ascolta il", "scarica la nostra", "scarica l'app",
    "attiva le notifiche", "unisciti al nostro", "segui il nostro canale", "scarica la app",
    "attivare le notifiche", "ascolta la",
    "unisciti al canale", "entra nel canale", "entra nel nostro canale", "segui il canale", "ricevi le notizie",
    "ricevi gratis le notizie",
};
constexpr LanguageWords k_opening_lists[] = {
    {ListLanguage::en, k_openings_en}, {ListLanguage::es, k_openings_es}, {ListLanguage::de, k_openings_de},
    {ListLanguage::fr, k_openings_fr}, {ListLanguage::pt, k_openings_pt}, {ListLanguage::it, k_openings_it},
};
constexpr LanguagePhrases<total_words(k_opening_lists)> k_openings{k_opening_lists};

/// Imperatives that offer the site's own app by its name ("Get the Nationnews app for iPhone and
/// Android", "Holen Sie sich die Tagesschau-App"), per language: a word of k_app_words must
/// follow (see names_an_app), as "get the" opens many lines that offer no app.
// (With "now" after the verb as each language puts it: "Holen Sie sich jetzt die App der X".)
constexpr std::string_view k_app_gets_en[] = {"get the", "get our", "try our", "now get the", "get the free"};
constexpr std::string_view k_app_gets_de[] = {"holen sie sich die", "holen sie sich unsere", "hol dir die",
                                              "holen sie sich das", "hol dir das", "laden sie sich das",
                                              "hol dir unsere", "laden sie sich die", "lade dir die",
                                              "holen sie sich jetzt", "hol dir jetzt", "laden sie sich jetzt",
                                              "lade dir jetzt"};
constexpr std::string_view k_app_gets_fr[] = {"procurez-vous l'application", "procurez-vous notre",
                                              "obtenez l'application", "obtenez l'appli", "installez l'application",
                                              "installez l'appli", "installez notre"};
constexpr std::string_view k_app_gets_es[] = {"obtén la", "obtén nuestra", "consigue nuestra", "instala la",
                                              "instala nuestra", "descarga ya la", "descarga ahora la", "llévate"};
constexpr std::string_view k_app_gets_it[] = {"ottieni l'app", "installa l'app", "installa la", "installa la nostra",
                                              "scarica ora", "scarica subito"};
constexpr std::string_view k_app_gets_pt[] = {"obtenha o", "obtenha a", "pegue o", "instale o", "instale a",
                                              "baixe já", "baixe agora"};
constexpr LanguageWords k_app_get_lists[] = {
    {ListLanguage::en, k_app_gets_en}, {ListLanguage::es, k_app_gets_es}, {ListLanguage::de, k_app_gets_de},
    {ListLanguage::fr, k_app_gets_fr}, {ListLanguage::pt, k_app_gets_pt}, {ListLanguage::it, k_app_gets_it},
};
constexpr LanguagePhrases<total_words(k_app_get_lists)> k_app_gets{k_app_get_lists};
/// An app as the six languages name it: whole words of a key ("app", "l'appli", "aplicativo"),
/// or the end of a compound ("Tagesschau-App").
constexpr std::string_view k_app_words[] = {
    "app", "apps", "application", "appli", "l'app", "l'application", "l'appli", "aplicación", "aplicativo",
    "aplicação", "applicazione", "l'applicazione", "l’app", "l’application", "l’appli", "l’applicazione",
};

/// A prompt's lead-in before its colon is a few words ("Alle Verkehrsmeldungen als
/// Push-Nachricht: Holen Sie sich jetzt die App der X"); a later colon is prose's.
constexpr std::size_t k_max_lead_in_bytes = 72;
/// A lead-in and a call to get the app are a short line (that one: 103 bytes).
constexpr std::size_t k_max_lead_in_call_bytes = 160;

/// The clause after the first colon (or spaced en or em dash: "Lawinenbulletin und E-Paper
/// immer dabei – holen Sie sich die X-App") of `text` within k_max_lead_in_bytes, trimmed, when
/// `text` is at most k_max_lead_in_call_bytes long; "" otherwise.
std::string_view after_lead_in(std::string_view text) {
  if (text.size() > k_max_lead_in_call_bytes) return {};
  std::string_view head = text.substr(0, k_max_lead_in_bytes);
  std::size_t colon = head.find(':');
  if (colon != std::string_view::npos) return shape::trim(text.substr(colon + 1));
  // The dashes' lead byte first: a find of " – " stops at every space.
  for (std::size_t at = head.find('\xE2'); at != std::string_view::npos; at = head.find('\xE2', at + 1))
    if (at > 0 && head[at - 1] == ' ' && shape::dash_at(text.substr(at)) == 3 && text.substr(at + 3).starts_with(' '))
      return shape::trim(text.substr(at + 3));
  return {};
}

/// The site's paper as an app or a download: its e-edition ("Get the X e-edition on your
/// tablet every Thursday", "Holen Sie sich das E-Paper"), offered as its app is.
constexpr std::string_view k_edition_words[] = {"e-edition", "e-paper", "epaper", "e-journal"};

/// `word` past an elided article or preposition ("sull'app", "dell’applicazione", "nell'app"
/// -> "app"); `word` itself when it holds no apostrophe.
std::string_view after_elision(std::string_view word) {
  std::size_t straight = word.rfind('\'');
  std::size_t curly = word.rfind("\xE2\x80\x99");
  if (straight != std::string_view::npos && (curly == std::string_view::npos || straight > curly))
    return word.substr(straight + 1);
  return curly == std::string_view::npos ? word : word.substr(curly + 3);
}

/// True when a word of `key` (a key()) is one of k_app_words or k_edition_words, perhaps after an
/// elided article ("sull'app"), or ends in "-app" or "-apps".
bool names_an_app(std::string_view key) {
  return !shape::each_word(key, [](std::string_view word) {
    while (!word.empty() && !shape::is_word_byte(word.back()) && word.back() != '\'') word.remove_suffix(1);
    return !(shape::is_one_of(word, k_app_words) || word.ends_with("-app") || word.ends_with("-apps") ||
             shape::is_one_of(word, k_edition_words) || shape::is_one_of(after_elision(word), k_app_words));
  });
}

/// The clause after a line's last colon, dash, bar or pointer (▸ ► →), within its last
/// k_max_tail_clause_bytes, trimmed and without its final stops; "" when none is there.
constexpr std::size_t k_max_tail_clause_bytes = 64;
std::string_view tail_clause(std::string_view text) {
  text = shape::without_final_stops(shape::trim(text));
  std::size_t from = text.size() > k_max_tail_clause_bytes ? text.size() - k_max_tail_clause_bytes : 0;
  std::string_view end = text.substr(from);
  std::size_t best = std::string_view::npos;
  for (std::string_view mark : {": ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " | ", " \xE2\x96\xB8 ",
                                " \xE2\x96\xBA ", " \xE2\x86\x92 "}) {
    std::size_t at = end.rfind(mark);
    if (at != std::string_view::npos && (best == std::string_view::npos || at + mark.size() > best))
      best = at + mark.size();
  }
  return best == std::string_view::npos ? std::string_view{} : shape::trim(end.substr(best));
}

/// Where a prompt says the app is available, the clause after its mark opens so ("Track the storm
/// live on the X app: available on the App Store and Google Play", "... – disponible sur iOS et
/// Android"); prose says the app "is available" inside its sentence. Lower case, as a key opens.
constexpr std::string_view k_availability_words[] = {
    "available", "disponible", "disponibles", "verfügbar", "erhältlich", "jetzt verfügbar", "jetzt erhältlich",
    "disponibile", "disponível", "now available", "free on", "gratis im", "gratuit sur", "gratis en", "gratis su",
    "grátis na",
};

/// True when the clause after the mark that ends `text` (see tail_clause) opens with one of
/// k_availability_words. The caller has found the platforms at the line's end.
bool says_available_after_mark(std::string_view text) {
  std::string_view key = shape::scratch_key(tail_clause(text));
  for (std::string_view word : k_availability_words)
    if (key.starts_with(word) && !shape::word_goes_on(key, word.size())) return true;
  return false;
}

/// The reader's calls a prompt for the site's app may open with, when a comma sets its
/// availability off ("Follow the race live on the X app, available on the App Store and Google
/// Play"): an imperative, where prose about an app has a subject ("Residents can report potholes
/// through the council's new app, available on ...").
constexpr std::string_view k_reader_calls_en[] = {"follow", "track", "download", "get", "watch", "listen to", "stay"};
constexpr std::string_view k_reader_calls_es[] = {"sigue", "siga", "descarga", "descargue", "escucha", "mira"};
constexpr std::string_view k_reader_calls_de[] = {"verfolgen sie", "folgen sie", "laden sie", "hören sie", "verfolge",
                                                  "lade", "folge"};
constexpr std::string_view k_reader_calls_fr[] = {"suivez", "téléchargez", "retrouvez", "écoutez", "regardez"};
constexpr std::string_view k_reader_calls_pt[] = {"acompanhe", "siga", "baixe", "descarregue", "ouça", "assista"};
constexpr std::string_view k_reader_calls_it[] = {"segui", "seguite", "scarica", "ascolta", "guarda"};
constexpr LanguageWords k_reader_call_lists[] = {
    {ListLanguage::en, k_reader_calls_en}, {ListLanguage::es, k_reader_calls_es}, {ListLanguage::de, k_reader_calls_de},
    {ListLanguage::fr, k_reader_calls_fr}, {ListLanguage::pt, k_reader_calls_pt}, {ListLanguage::it, k_reader_calls_it},
};
constexpr LanguagePhrases<total_words(k_reader_call_lists)> k_reader_calls{k_reader_call_lists};
/// ... or it addresses the reader ("Toute l'actualité de votre commune sur l'application X,
/// disponible sur l'App Store"): words of a padded key, in the six languages.
constexpr std::string_view k_reader_address[] = {
    " you ", " your ", " ihre ", " ihr ", " dein ", " deine ", " tu ", " tus ", " votre ", " vos ", " tuo ", " tua ",
    " tuoi ", " seu ", " sua ", " seus ", " suas ",
};

/// True when the clause after the last ", " of `text` (within its last k_max_tail_clause_bytes)
/// opens with one of k_availability_words. The caller has found the platforms at the line's end.
bool says_available_after_comma(std::string_view text) {
  text = shape::without_final_stops(shape::trim(text));
  std::size_t from = text.size() > k_max_tail_clause_bytes ? text.size() - k_max_tail_clause_bytes : 0;
  std::size_t comma = text.rfind(", ");
  if (comma == std::string_view::npos || comma < from) return false;
  std::string_view key = shape::scratch_key(text.substr(comma + 2));
  for (std::string_view word : k_availability_words)
    if (key.starts_with(word) && !shape::word_goes_on(key, word.size())) return true;
  return false;
}

/// A call to get the app that closes the line after a dash or a colon, whole ("Alle Artikel auch
/// in unserer X-App – jetzt gratis herunterladen", "Nuestra app – descárgala gratis"). German
/// sets the verb last; the others put the app as the verb's pronoun.
constexpr std::string_view k_app_tail_calls[] = {
    // English
    "download it free", "download it for free", "download it now", "download now", "download free",
    "free download", "get it free", "get it now", "install it now", "tap to install", "tap to download",
    "install now", "install free",
    // German
    "jetzt gratis herunterladen", "jetzt kostenlos herunterladen", "jetzt herunterladen", "gratis herunterladen",
    "kostenlos herunterladen", "hier herunterladen", "jetzt installieren", "jetzt laden", "jetzt kostenlos laden",
    "jetzt gratis laden",
    // French
    "téléchargez-la", "téléchargez-la gratuitement", "téléchargez-la dès maintenant", "à télécharger gratuitement",
    "téléchargement gratuit", "téléchargez-la gratuitement dès maintenant",
    // Spanish
    "descárgala", "descárgala gratis", "descárgala ya", "descárgala gratuitamente", "descarga gratuita",
    // Italian
    "scaricala", "scaricala gratis", "scaricala ora", "scaricala gratuitamente", "download gratuito",
    // Portuguese
    "baixe grátis", "baixe já", "baixe agora", "baixe gratuitamente", "descarregue-a", "descarregue-a grátis",
};

/// The last words of k_app_tail_calls, lower case: a line that ends on another word, or on a
/// full stop, is turned away before its tail is looked for.
constexpr std::string_view k_app_tail_call_last_words[] = {
    "free", "now", "download", "install", "herunterladen", "installieren", "laden", "téléchargez-la", "gratuitement", "maintenant",
    "gratuit", "descárgala", "gratis", "ya", "gratuita", "scaricala", "ora", "gratuito", "grátis", "já", "agora",
    "gratuitamente", "descarregue-a",
};
static_assert([] {
  for (std::string_view call : k_app_tail_calls) {
    std::string_view last = call.substr(call.rfind(' ') + 1);
    bool listed = false;
    for (std::string_view word : k_app_tail_call_last_words) listed |= word == last;
    if (!listed) return false;
  }
  return true;
}());
/// The longest of those words, in bytes ("téléchargez-la": 15).
constexpr std::size_t k_max_tail_call_word_bytes = 16;
/// The last bytes of those words, and '!': a line that ends on another byte (a full stop, most
/// often) is turned away by it alone.
constexpr std::array<bool, 256> k_tail_call_endings = [] {
  std::array<bool, 256> endings{};
  for (std::string_view word : k_app_tail_call_last_words) endings[static_cast<unsigned char>(word.back())] = true;
  endings['!'] = true;
  return endings;
}();

/// True when the clause after the mark that ends `text` (see tail_clause) is one of
/// k_app_tail_calls.
bool ends_with_app_call(std::string_view text) {
  if (text.empty() || !k_tail_call_endings[static_cast<unsigned char>(text.back())]) return false;
  std::string_view trimmed = shape::trim(text);
  if (!trimmed.empty() && trimmed.back() == '!') trimmed.remove_suffix(1);
  std::size_t space = trimmed.rfind(' ');
  if (space == std::string_view::npos || trimmed.size() - space - 1 > k_max_tail_call_word_bytes) return false;
  char buffer[k_max_tail_call_word_bytes + 1];
  if (!shape::is_one_of(shape::lower_ascii_into(trimmed.substr(space + 1), buffer, sizeof buffer),
                        k_app_tail_call_last_words))
    return false;
  std::string_view tail = tail_clause(text);
  return !tail.empty() && shape::is_one_of(shape::scratch_key(tail), k_app_tail_calls);
}

/// The emoji a prompt points at the phone with: 📲 and 📱 (F0 9F 93 B2 and B1).
constexpr std::string_view k_phone_emojis[] = {"\xF0\x9F\x93\xB2", "\xF0\x9F\x93\xB1"};

/// True when the line ends on a phone emoji ("... avec l'appli X 📲").
bool ends_with_phone_emoji(std::string_view text) {
  // Both end on B1 or B2: a look at the last byte turns most lines away.
  if (text.size() < 4 || (static_cast<unsigned char>(text.back()) != 0xB1 &&
                          static_cast<unsigned char>(text.back()) != 0xB2))
    return false;
  return shape::is_one_of(text.substr(text.size() - 4), k_phone_emojis);
}

/// True when the line opens on a phone emoji and a space ("📲 Read the X e-paper on our app ...").
bool opens_with_phone_emoji(std::string_view text) {
  if (text.size() < 5 || static_cast<unsigned char>(text[0]) != 0xF0 || text[4] != ' ') return false;
  return shape::is_one_of(text.substr(0, 4), k_phone_emojis);
}

/// Where a prompt says what the site's app runs on, it ends the line ("... free for iPhone
/// and Android.", "Disponible sur iOS et Android."); a report names the platforms inside its
/// sentence ("The app, available on iOS and Android, has been downloaded ..."). The last
/// word, as written (App Store, Google Play, Play Store by their last word).
constexpr std::string_view k_platform_endings[] = {"Android", "iOS", "iPhone", "iPad", "Store", "Play"};

/// True when `text` ends with one of k_platform_endings, a final stop or bracket aside. Reads
/// a few bytes at the line's end, before any key is built.
bool ends_with_platform(std::string_view text) {
  while (!text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == ')' || text.back() == ' '))
    text.remove_suffix(1);
  // Every ending closes on 'd', 'S', 'e' or 'y': most lines close otherwise.
  char last = text.empty() ? '\0' : text.back();
  if (last != 'd' && last != 'S' && last != 'e' && last != 'y') return false;
  for (std::string_view ending : k_platform_endings)
    if (text.ends_with(ending) && (text.size() == ending.size() || text[text.size() - ending.size() - 1] == ' '))
      return true;
  return false;
}

/// Words that make an app the site's own, right before the app word: the first person plural
/// in the six languages ("our free app", "unsere App", "notre appli", "la nostra app").
constexpr std::string_view k_own_app_words[] = {
    "our", "unsere", "unserer", "unseren", "notre", "nuestra", "nuestro", "nostra", "nostro", "nosso", "nossa",
};
/// "Official" as it stands by an app word: before it in English and German, after it in the
/// Romance languages ("the official X app", "l'appli officielle", "la app oficial").
constexpr std::string_view k_official_words[] = {
    "official", "offizielle", "offiziellen", "officielle", "officiel", "oficial", "ufficiale",
};
/// Words between an own or official word and its app word ("our free app", "the official
/// Harbour Sport app": the site's name).
constexpr std::size_t k_max_app_gap_words = 3;
/// An official app in a line's first words is the subject of a report ("The city's official
/// app ... lets residents"); the site's prompt names it further on, after its call ("Follow
/// every game live on the official X app").
constexpr std::size_t k_min_official_at = 4;

/// True when `text` holds a quotation mark: a line that quotes ("ihre App „Hellweg mobil“")
/// reports, where a prompt names its app plainly.
bool quotes(std::string_view text) {
  return text.find('"') != std::string_view::npos || text.find("\xE2\x80\x9E") != std::string_view::npos ||
         text.find("\xE2\x80\x9C") != std::string_view::npos || text.find("\xC2\xAB") != std::string_view::npos;
}

/// True when `key` (a key() of at most k_max_words words) offers the site's own app: an app
/// word (see names_an_app) with an own word at most k_max_app_gap_words before it, or with an
/// official word that near and no sooner than word k_min_official_at, and nothing that reports
/// ("the company said"). The caller has found the platforms at the line's end.
bool offers_own_app(std::string_view key) {
  if (shape::key_contains_any(shape::scratch_padded(key), k_reported_speech)) return false;
  std::array<std::string_view, k_max_words> words{};
  std::size_t count = 0;
  bool complete = shape::each_word(key, [&](std::string_view word) {
    if (count == words.size()) return false;
    while (!word.empty() && !shape::is_word_byte(word.back()) && word.back() != '\'') word.remove_suffix(1);
    words[count++] = word;
    return true;
  });
  if (!complete) return false;
  for (std::size_t i = 0; i < count; ++i) {
    std::string_view word = words[i];
    if (!shape::is_one_of(word, k_app_words) && !word.ends_with("-app")) continue;
    for (std::size_t j = i > k_max_app_gap_words ? i - k_max_app_gap_words : 0; j <= i + 1 && j < count; ++j) {
      if (j < i && shape::is_one_of(words[j], k_own_app_words)) return true;
      if (j != i && j >= k_min_official_at && shape::is_one_of(words[j], k_official_words) &&
          !words[j - 1].ends_with("'s") && !words[j - 1].ends_with("\xE2\x80\x99s"))
        return true;
    }
  }
  return false;
}

/// A lead-in that says what the call brings and runs into it without a sentence's stop ("For
/// the latest stories and breaking news updates download the X app", "Para no perderte nada,
/// descarga nuestra app", "Um nichts zu verpassen, abonnieren Sie ..."), per language. It names
/// the news the reader gets, so prose that opens on "for" or "to" ("For years, residents were
/// told to download ...") does not open so.
constexpr std::string_view k_purposes_en[] = {
    "for the latest", "for all the latest", "for breaking news", "for more news", "for more stories",
    "for live updates", "for news updates", "to get the latest", "to get breaking news",
    "to stay up to date", "to stay up-to-date", "to stay informed", "to never miss", "stay up to date",
    "stay informed", "never miss a story",
};
constexpr std::string_view k_purposes_de[] = {
    "für aktuelle", "für die neuesten", "für die aktuellsten", "für alle aktuellen", "für mehr nachrichten",
    "für eilmeldungen", "um immer", "um nichts zu verpassen", "um keine", "immer aktuell informiert",
    "bleiben sie informiert", "bleiben sie auf dem laufenden",
};
constexpr std::string_view k_purposes_fr[] = {
    "pour ne rien manquer", "pour ne manquer aucune", "pour suivre toute l'actualité", "pour suivre l'actualité",
    "pour recevoir", "pour rester informé", "pour être informé", "pour toute l'actualité", "pour plus d'actualités",
    "pour les dernières", "restez informé",
};
constexpr std::string_view k_purposes_es[] = {
    "para estar al día", "para no perderte", "para no perderse", "para recibir", "para estar informado",
    "para más noticias", "para seguir la actualidad", "para las últimas", "para enterarte", "mantente informado",
};
constexpr std::string_view k_purposes_it[] = {
    "per restare aggiornato", "per rimanere aggiornato", "per restare sempre aggiornato", "per non perdere",
    "per ricevere", "per essere sempre aggiornato", "per tutte le notizie", "per le ultime", "resta aggiornato",
};
constexpr std::string_view k_purposes_pt[] = {
    "para receber", "para ficar por dentro", "para não perder", "para acompanhar", "para mais notícias",
    "para estar sempre", "para ficar bem informado", "para as últimas", "fique por dentro",
};
constexpr LanguageWords k_purpose_lists[] = {
    {ListLanguage::en, k_purposes_en}, {ListLanguage::es, k_purposes_es}, {ListLanguage::de, k_purposes_de},
    {ListLanguage::fr, k_purposes_fr}, {ListLanguage::pt, k_purposes_pt}, {ListLanguage::it, k_purposes_it},
};
constexpr LanguagePhrases<total_words(k_purpose_lists)> k_purposes{k_purpose_lists};
/// The call opens within the first bytes after such a lead-in: the lead-in is a phrase of a
/// dozen words ("For the latest stories and breaking news updates": 49 bytes).
constexpr std::size_t k_max_purpose_tail_bytes = 90;

/// True when `text` opens on a lead-in of k_purposes and a call of k_openings opens one of its
/// next words, within k_max_purpose_tail_bytes of the lead-in's end.
bool call_after_purpose(std::string_view text, ListLanguages languages) {
  std::string_view purpose = opening_in(text, k_purposes, languages);
  if (purpose.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = rest.substr(shape::phrase_at(rest, purpose));
  for (std::size_t at = rest.find(' '); at != std::string_view::npos && at <= k_max_purpose_tail_bytes;
       at = rest.find(' ', at + 1))
    if (!opening_in(rest.substr(at + 1), k_openings, languages).empty()) return true;
  return false;
}

/// True when `clause` (after a lead-in's colon or dash) opens with a call of k_openings written
/// with a capital, as a call set apart from its lead-in is ("Keine Meldung mehr verpassen:
/// Aktivieren Sie unsere Push-Benachrichtigungen"); "Officials urged residents: download the app"
/// reports an appeal.
bool opens_capitalised_call(std::string_view clause, ListLanguages languages) {
  clause = shape::skip_opening_marks(clause);
  return !clause.empty() && clause[0] >= 'A' && clause[0] <= 'Z' && !opening_in(clause, k_openings, languages).empty();
}

/// The buttons of a prompt's dialog, keyed, in the six languages: the refusal and the consent
/// ("Nein, danke | Ja, gerne", "No thanks · Yes, please").
constexpr std::string_view k_dialog_buttons[] = {
    "no thanks", "no, thanks", "not now", "yes", "yes, please", "allow", "nein, danke", "nein danke", "später",
    "ja", "ja, gerne", "erlauben", "non merci", "non, merci", "plus tard", "oui", "oui, merci", "autoriser",
    "no, gracias", "no gracias", "ahora no", "sí", "sí, claro", "permitir", "no, grazie", "no grazie", "più tardi",
    "sì", "sì, grazie", "consenti", "não, obrigado", "não obrigado", "agora não", "sim", "sim, quero",
};
constexpr std::size_t k_max_dialog_button_bytes = 16;

/// "🔔 Keine Eilmeldung verpassen – Push-Mitteilungen einschalten?  Nein, danke | Ja, gerne": a
/// question closed by a dialog's two buttons (k_dialog_buttons) set apart by a bar or a middle dot.
bool is_dialog_prompt(std::string_view text) {
  // The question's mark stands among the line's last bytes, before the buttons: only they are
  // searched (a forward find is a memchr; a backward one walks the bytes).
  const std::size_t tail_size = std::min(text.size(), 2 * k_max_dialog_button_bytes + 8);
  const std::string_view tail = text.substr(text.size() - tail_size);
  std::size_t asked = tail.find('?');
  if (asked == std::string_view::npos) return false;
  while (tail.find('?', asked + 1) != std::string_view::npos) asked = tail.find('?', asked + 1);
  asked += text.size() - tail_size;
  std::string_view buttons = shape::trim(text.substr(asked + 1));
  std::size_t mark = buttons.find(" | "), width = 3;
  if (mark == std::string_view::npos) {
    mark = buttons.find(" \xC2\xB7 ");
    width = 4;
  }
  if (mark == std::string_view::npos) return false;
  auto is_button = [](std::string_view button) {
    button = shape::trim(button);
    return !button.empty() && button.size() <= k_max_dialog_button_bytes &&
           shape::is_one_of(shape::scratch_key(button), k_dialog_buttons);
  };
  return is_button(buttons.substr(0, mark)) && is_button(buttons.substr(mark + width));
}

/// What the call offers; one must be on the line, or the line must name the site (below).
/// Platforms and product names are the same in every language.
constexpr std::string_view k_objects_shared[] = {
    "youtube", "itunes", "apple podcasts", "spotify", "google podcasts", " app", "rss", "podcast", "whatsapp",
    "telegram", "l'app", "app store", "google play",
};
/// (What a subscription buys and on what terms, as a call to subscribe sells it: "unlimited
/// access", "sans engagement", "the first month".)
constexpr std::string_view k_objects_en[] = {
    "channel", " feed", "notifications", "for free", "free of charge", "this blog", "this site", "our site",
    "updates", "the bell", "alerts", "push", "unlimited access", "no commitment", "cancel anytime",
    "cancel at any time", "first month",
};
constexpr std::string_view k_objects_es[] = {"canal", "pódcast", "gratis", "aplicación", "notificaciones", "alertas",
                                             "acceso ilimitado", "sin compromiso", "sin permanencia", "primer mes"};
constexpr std::string_view k_objects_de[] = {"kanal", "kostenlos", "benachrichtigungen", "unbegrenzten zugang",
                                             "unbegrenzt lesen", "jederzeit kündbar", "ersten monat"};
constexpr std::string_view k_objects_fr[] = {"chaîne", "gratuit", "application", "notifications", "accès illimité",
                                             "sans engagement", "premier mois", "lire la suite"};
constexpr std::string_view k_objects_pt[] = {"canal", "gratuitamente", "aplicativo", "notificações", "gratis",
                                             "alertas", "acesso ilimitado", "sem compromisso", "sem fidelidade",
                                             "primeiro mês", "aplicação"};
constexpr std::string_view k_objects_it[] = {"canale", "gratuitamente", "notifiche", "gratis", "accesso illimitato",
                                             "senza vincoli", "primo mese"};
constexpr LanguageWords k_object_lists[] = {
    {ListLanguage::en, k_objects_en}, {ListLanguage::es, k_objects_es}, {ListLanguage::de, k_objects_de},
    {ListLanguage::fr, k_objects_fr}, {ListLanguage::pt, k_objects_pt}, {ListLanguage::it, k_objects_it},
};

/// A subscription's price as a call states it: an offer word, a price, a period ("for just $3
/// a month", "por solo 3 euros al mes", "da 4,99 euro al mese", "für nur 2,99 € im Monat"). The
/// offer word tells the call from prose that quotes a price ("the bill tops $50 a month").
/// Each list holds the words of all six languages: keys, lower case.
constexpr std::string_view k_offer_words[] = {
    "for", "from", "at", "just", "only", "por", "desde", "solo", "sólo", "apenas", "für", "ab", "nur",
    "pour", "seulement", "dès", "à", "a", "de", "da", "per", "soli", "só", "solamente", "appena",
};
/// Words and signs a price is written with besides its number.
constexpr std::string_view k_currency_words[] = {
    "$", "€", "£", "r$", "us$", "euro", "euros", "eur", "dollar", "dollars", "usd", "pounds", "reais", "real",
};
/// The period a price is for, as its words follow the price ("a month", "al mes", "im Monat").
constexpr std::string_view k_period_words[] = {
    "a month", "per month", "a year", "per year", "a week", "per week", "monthly", "al mes", "al año", "por mes",
    "por año", "a la semana", "pro monat", "im monat", "pro jahr", "im jahr", "pro woche", "monatlich", "par mois",
    "par an", "par semaine", "por mês", "ao mês", "por ano", "ao ano", "por semana", "al mese", "all'anno",
    "a settimana", "al giorno", "a day", "per day", "al día", "pro tag", "par jour", "por dia",
};

/// True when `key` (a key()) states a subscription's price: a word of k_period_words right after
/// a price (a word with a digit, a currency word before or after it), right after an offer word.
bool offers_a_price(std::string_view key) {
  if (!shape::has_digit(key)) return false;
  // The key's words in order (its first 64: a call runs to 30 at most, see k_max_words).
  std::array<std::string_view, 64> words{};
  std::size_t count = 0;
  for (std::size_t at = 0; at < key.size() && count < words.size();) {
    std::size_t end = key.find(' ', at);
    if (end == std::string_view::npos) end = key.size();
    words[count++] = key.substr(at, end - at);
    at = end + 1;
  }
  for (std::size_t i = 1; i < count; ++i) {
    // A period starting at word i: one word ("monthly") or two ("a month"); a key's words are
    // split by single spaces.
    std::string_view two;
    if (i + 1 < count) two = std::string_view(words[i].data(), words[i].size() + 1 + words[i + 1].size());
    if (!shape::is_one_of(words[i], k_period_words) && (two.empty() || !shape::is_one_of(two, k_period_words)))
      continue;
    // Back over the price: currency words and one word with a digit ("3", "$3", "4,99").
    std::size_t j = i;
    bool priced = false;
    while (j > 0 && (shape::is_one_of(words[j - 1], k_currency_words) || (!priced && shape::has_digit(words[j - 1])))) {
      priced |= shape::has_digit(words[j - 1]);
      --j;
    }
    if (priced && j > 0 && shape::is_one_of(words[j - 1], k_offer_words)) return true;
  }
  return false;
}

/// Calls that are a whole line alone (compared with shape::key()): a few words.
constexpr std::size_t k_max_bare_call_bytes = 40;
// The same roles in each language: subscribe now / today / here, and get the app, as buttons
// write them (German and the Romance languages label a button with the infinitive too).
constexpr std::string_view k_bare_calls_en[] = {"subscribe now", "subscribe today", "subscribe here",
                                                "download the app", "get the app", "download our app"};
constexpr std::string_view k_bare_calls_es[] = {"suscríbete ahora", "suscríbete aquí", "suscríbete hoy",
                                                "suscríbase ahora", "suscribirse", "descargar la app",
                                                "descargar la aplicación", "descarga la app"};
constexpr std::string_view k_bare_calls_de[] = {"jetzt abonnieren", "hier abonnieren", "abonnieren",
                                                "app herunterladen", "jetzt app herunterladen",
                                                "die app herunterladen", "app laden", "zur app"};
constexpr std::string_view k_bare_calls_fr[] = {"abonnez-vous", "abonnez-vous ici", "abonnez-vous maintenant",
                                                "abonnez-vous dès maintenant", "abonnez-vous dès aujourd'hui",
                                                "s'abonner", "télécharger l'application", "télécharger l'appli",
                                                "télécharger l'app"};
constexpr std::string_view k_bare_calls_pt[] = {"assine já", "assine agora", "inscreva-se", "assine hoje",
                                                "assine aqui", "assinar", "baixar o app", "baixar o aplicativo",
                                                "descarregar a app"};
constexpr std::string_view k_bare_calls_it[] = {"iscriviti ora", "abbonati ora", "abbonati oggi", "abbonati qui",
                                                "iscriviti qui", "abbonarsi", "scaricare l'app", "scarica l'app"};
constexpr LanguageWords k_bare_call_lists[] = {
    {ListLanguage::en, k_bare_calls_en}, {ListLanguage::es, k_bare_calls_es}, {ListLanguage::de, k_bare_calls_de},
    {ListLanguage::fr, k_bare_calls_fr}, {ListLanguage::pt, k_bare_calls_pt}, {ListLanguage::it, k_bare_calls_it},
};
constexpr LanguagePhrases<total_words(k_bare_call_lists)> k_bare_calls{k_bare_call_lists};
constexpr KeyGate k_bare_call_gate{k_bare_calls};

/// Words of a site's name that stay lower case inside a title ("Subscribe to Voice of the Valley").
constexpr std::string_view k_title_joiners[] = {"of", "the", "and", "for", "de", "del", "la", "el", "der",
                                                "die", "das", "du", "des", "le", "da", "do", "di", "della"};

/// "Subscribe to Lakeside Daily Herald": after "to", a title-cased name and nothing else.
bool names_a_site(std::string_view text) {
  std::string_view opening = shape::opening_in(text, std::array<std::string_view, 1>{"subscribe to"});
  if (opening.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = shape::trim(rest.substr(shape::phrase_at(rest, opening)));
  rest = shape::without_final_stops(rest);
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

/// Links that join a messaging channel or group ("t.me/kopipost_sg", "chat.whatsapp.com/...").
constexpr shape::Needles k_channel_links{{"t.me/", "wa.me/", "chat.whatsapp.com", "whatsapp.com/channel"}};
/// A channel's prompt is a sentence or two.
constexpr std::size_t k_max_channel_prompt_words = 30;

/// "Get the day's top stories on Telegram: join t.me/kopipost_sg": a line with a link that joins
/// a messaging channel, short, and reporting no one.
bool is_channel_link_prompt(std::string_view text) {
  if (!shape::contains_any(text, k_channel_links)) return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_channel_prompt_words && !shape::key_contains_any(key, k_reported_speech);
}

/// A messaging service a site sends its news over by a keyword: pieces of its name as written
/// ("WhatsApp", "Whatsapp", "Telegram", "SMS"), case-sensitive.
constexpr shape::Needles k_messaging_names{{"hatsApp", "hatsapp", "HATSAPP", "elegram", "ELEGRAM", "SMS"}};

/// The verbs of such a call, lower case, in the six languages: send the keyword.
constexpr std::string_view k_send_verbs[] = {
    "send", "text", "message", "envía", "envia", "manda", "envoyez", "envoie", "schicken", "schick", "senden",
    "sende", "schreiben", "invia", "inviate", "envie", "mande", "envíanos", "envianos", "mándanos", "envoyez-nous",
    "inviaci", "envie-nos", "mande-nos", "write", "escriba", "escribe", "escribí", "escríbenos", "écrivez", "écris",
    "schreib", "scrivi", "scrivete", "escreva", "escreve",
};
/// Where no phone number is printed, the call says to save the site's number instead.
constexpr std::string_view k_number_words[] = {"number", "número", "numero", "numéro", "nummer", "contact"};
/// The keyword follows its verb within a few words ("Send the word NEWS", "Envía ALTA").
constexpr std::size_t k_max_keyword_gap_words = 4;
/// A phone number holds this many digits at least.
constexpr std::size_t k_min_phone_digits = 7;

/// Quotation marks a keyword may stand between: « », “ ”, " ".
constexpr std::string_view k_keyword_quotes[][2] = {
    {"\xC2\xAB", "\xC2\xBB"}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\"", "\""}};

/// True when `word` is a keyword to send: two to twelve ASCII capitals, perhaps quoted, or one
/// word of two to twelve ASCII letters between quotation marks («Hola», "join").
bool is_send_keyword(std::string_view word) {
  for (const auto& [open, close] : k_keyword_quotes) {
    if (!word.starts_with(open)) continue;
    std::size_t end = word.find(close, open.size());
    if (end == std::string_view::npos) break;
    std::string_view quoted = word.substr(open.size(), end - open.size());
    return quoted.size() >= 2 && quoted.size() <= 12 &&
           std::all_of(quoted.begin(), quoted.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
  }
  while (!word.empty() && !shape::is_word_byte(word.front())) word.remove_prefix(1);
  while (!word.empty() && !shape::is_word_byte(word.back())) word.remove_suffix(1);
  return word.size() >= 2 && word.size() <= 12 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

/// "Get the day's top headlines on WhatsApp. Send the word NEWS to 071 555 0193", "Recibe las
/// noticias en tu WhatsApp: envía ALTA al 600 000 000": a messaging service, a verb to send
/// opening a clause, a keyword in capitals a few words after it, and a phone number after that
/// (or the call to save the site's number, k_number_words). A police appeal for videos "sent to
/// 071 ... on WhatsApp" names no keyword. The caller has found a service of k_messaging_names.
bool is_keyword_signup(std::string_view text) {
  std::size_t verb_words = 0, keyword_end = std::string_view::npos, words = 0;
  // The verb opens a sentence or a clause after a colon or a dash, as a call does: "asked
  // supporters to send the word YES to ..." reports one.
  bool clause_start = true;
  shape::each_word(text, [&](std::string_view word) {
    ++words;
    if (verb_words != 0 && words - verb_words <= k_max_keyword_gap_words && is_send_keyword(word)) {
      keyword_end = static_cast<std::size_t>(word.data() + word.size() - text.data());
      return false;
    }
    std::string_view bare = word;
    while (!bare.empty() && !shape::is_word_byte(bare.back())) bare.remove_suffix(1);
    if (clause_start && shape::is_one_of_ci(bare, k_send_verbs)) verb_words = words;
    char last = word.back();
    clause_start = last == '.' || last == ':' || last == '!' || last == '?' || shape::dash_at(word) == word.size();
    return true;
  });
  if (keyword_end == std::string_view::npos) return false;
  std::string_view rest = text.substr(keyword_end);
  return static_cast<std::size_t>(std::count_if(rest.begin(), rest.end(), shape::is_ascii_digit)) >= k_min_phone_digits ||
         shape::contains_stem_ci(text, k_number_words);
}

/// Verbs that open a call to join or follow a channel, lower case, in the six languages (the
/// imperative, polite and familiar; "folgen"/"treten" take their "Sie" as the next word). Forms
/// that also open a sentence as another word are left out: "entre" (among), "sigue" and "segue"
/// (goes on), "folgt" (follows), "suis" (am).
constexpr std::string_view k_join_verbs[] = {
    "join", "follow", "rejoignez", "rejoins", "suivez", "únete", "unete", "súmate", "sumate", "síguenos",
    "seguinos", "folgen", "folge", "folgt", "treten", "tritt", "unisciti", "entra", "segui", "seguici", "junte-se",
    "junta-te", "participe", "adira", "siga",
};
/// Messaging services whose channels a site runs, lower case (those of k_messaging_names); the
/// name may be joined to the channel's word by a hyphen ("WhatsApp-Kanal").
constexpr std::string_view k_channel_services[] = {"whatsapp", "telegram"};
/// The service follows the verb within a few words ("Rejoignez le canal Telegram de Kazinfo").
constexpr std::size_t k_max_verb_to_service_words = 5;

/// True when `word` (of a key) names a service of k_channel_services, alone or before a hyphen.
bool names_channel_service(std::string_view word) {
  for (std::string_view service : k_channel_services)
    if (word.starts_with(service) && (word.size() == service.size() || word[service.size()] == '-')) return true;
  return false;
}

/// "📲 Rejoignez le canal Telegram de Kazinfo pour recevoir nos alertes", "Folgen Sie dem
/// WhatsApp-Kanal des Elbboten", "Join the Courier's Telegram channel": a verb of k_join_verbs
/// opening the line (after a pictograph), then a messaging service within
/// k_max_verb_to_service_words words, with no mark of a clause's end between them ("Follow the
/// money: how Telegram ..." is a headline); short and reporting no one. The caller has found a
/// service of k_messaging_names.
bool is_channel_join_call(std::string_view text) {
  // The verb opens the line (after a pictograph): its first word is looked at before the line
  // is searched.
  std::string_view opening = shape::skip_opening_marks(text);
  // (A verb opening on a capital outside ASCII, "Únete", is left to the key, which folds it.)
  if (std::size_t space = opening.find(' ');
      space != std::string_view::npos && static_cast<unsigned char>(opening[0]) < 0x80) {
    char folded[16];
    if (!shape::is_one_of(shape::lower_ascii_into(opening.substr(0, space), folded, sizeof folded), k_join_verbs))
      return false;
  }
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_channel_prompt_words || shape::key_contains_any(key, k_reported_speech))
    return false;
  std::size_t words = 0;
  bool verb = false;
  for (std::size_t at = 0; at < key.size();) {
    std::size_t end = std::min(key.find(' ', at), key.size());
    std::string_view word = key.substr(at, end - at);
    at = end + 1;
    if (!verb) {
      if (words == 0 && shape::is_emoji_word(word)) continue;  // the call's pictograph
      if (!shape::is_one_of(word, k_join_verbs)) return false;
      verb = true;
      continue;
    }
    if (++words > k_max_verb_to_service_words + 1) return false;
    if (names_channel_service(word)) return true;
    if (word.find_first_of(":?.,;!") != std::string_view::npos) return false;
  }
  return false;
}

}  // namespace

/// Podcast apps a call to listen names, as lines write them.
constexpr std::string_view k_podcast_apps[] = {
    "Spotify", "Apple Podcasts", "Google Podcasts", "Deezer", "Amazon Music", "Podimo", "iVoox", "Audible",
    "Podcast Addict", "Pocket Casts", "Stitcher", "Castbox",
};
/// The verb "listen" in the six languages, as stems in lower case ("ascoltalo", "écoutez-le",
/// "escúchalo", "hören Sie", "ouça", "oiça").
constexpr std::string_view k_listen_stems[] = {"listen", "ascolt", "escuch", "écout", "hör", "ouç", "oiç"};
/// ... or the site naming its own podcast ("🎧 Notre podcast « Midi pile », chaque vendredi sur
/// Spotify, Apple Podcasts et Deezer"), keyed.
constexpr std::string_view k_own_podcasts[] = {
    "our podcast", "notre podcast", "unser podcast", "unseren podcast", "nuestro podcast", "nuestro pódcast",
    "il nostro podcast", "o nosso podcast", "nosso podcast",
};
/// A call to listen is a sentence or two.
constexpr std::size_t k_max_podcast_call_words = 40;
/// The apps that end such a call: two at least.
constexpr std::size_t k_min_podcast_apps = 2;
/// A show's new episode, as its promo announces it, keyed, in the six languages.
constexpr std::string_view k_new_episodes[] = {
    "new episode", "latest episode", "neue folge", "neueste folge", "neue episode", "nouvel épisode",
    "nuevo episodio", "nuovo episodio", "novo episódio",
};

/// "... and wherever you get your podcasts": what closes a list of podcast apps in the six
/// languages, lower case (matched at the line's end, ASCII letters in any case; German's
/// "Überall" without its first letter, a capital outside ASCII).
constexpr std::string_view k_podcast_anywhere[] = {
    "wherever you get your podcasts", "wherever you listen to podcasts", "wherever you listen",
    "or your favourite podcast app", "or your favorite podcast app",
    "berall, wo es podcasts gibt", "berall wo es podcasts gibt", "auf allen gängigen plattformen",
    "partout où vous écoutez vos podcasts", "sur toutes les plateformes", "toutes les plateformes de podcast",
    "donde escuches tus podcasts", "en todas las plataformas", "o tu plataforma favorita",
    "ovunque ascolti i tuoi podcast", "su tutte le piattaforme", "sulle principali piattaforme",
    "onde você ouve seus podcasts", "onde ouve os seus podcasts", "em todas as plataformas",
    "nas principais plataformas",
};
/// ... or closes it by the site's own player ("... sur Spotify, Apple Podcasts et notre site"),
/// looked for when the line's last word is one of k_own_player_last_words.
constexpr std::string_view k_own_players[] = {
    "and our website", "and on our website", "and our app", "et notre site", "et sur notre site",
    "et notre application", "y en nuestra web", "y en nuestra app", "und auf unserer website", "und in unserer app",
    "e sul nostro sito", "e nella nostra app", "e no nosso site", "e na nossa app", "or on our website",
    "ou sur notre site", "o en nuestra web", "oder auf unserer website", "o sul nostro sito", "ou no nosso site",
};
constexpr auto k_own_player_last_words = last_words_of(k_own_players);

/// The last bytes of the apps and of those closing phrases, in either case: a line ending on
/// another is turned away before any compare.
constexpr std::array<bool, 256> k_podcast_call_ends =
    closing_bytes_either_case(k_podcast_apps, k_podcast_anywhere, k_own_players);

/// The show's noun: "podcast" in five of the languages, and Quebec's "balado".
constexpr std::string_view k_podcast_nouns[] = {"podcast", "balado"};
/// The headphones pictograph a podcast's promo opens with.
constexpr std::string_view k_headphones = "\xF0\x9F\x8E\xA7";
/// A promo after the headphones is a short line.
constexpr std::size_t k_max_headphones_promo_words = 20;

/// "🎧 «Hofgeflüster» – der Landwirtschafts-Podcast von RZI, jeden Freitag neu": the headphones,
/// then a line that names a podcast (k_podcast_nouns) in a few words, reporting no one.
bool is_headphones_promo(std::string_view text) {
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_headphones_promo_words && shape::key_contains_any(key, k_podcast_nouns) &&
         !shape::key_contains_any(shape::scratch_padded(key), k_reported_speech);
}

/// "🎧 Ogni venerdì «Sotto l'ombrellone», il podcast della redazione: ascoltalo su Spotify, Apple
/// Podcasts e Google Podcasts": a line that names a podcast, tells the reader to listen, and ends
/// on a list of podcast apps (k_min_podcast_apps of k_podcast_apps, the last closing it, or the
/// list closed by "and wherever you get your podcasts": k_podcast_anywhere). A report that a
/// show is on those apps tells no one to listen, or says who said so.
bool is_podcast_call(std::string_view text) {
  text = shape::without_final_stops(shape::trim(text));
  if (text.starts_with(k_headphones) && is_headphones_promo(text)) return true;
  if (text.empty() || !k_podcast_call_ends[static_cast<unsigned char>(text.back())]) return false;
  // The app or the closing phrase that ends the line first (a few byte compares each), then the
  // apps anywhere in it.
  if (std::none_of(std::begin(k_podcast_apps), std::end(k_podcast_apps),
                   [&](std::string_view app) { return text.ends_with(app); }) &&
      std::none_of(std::begin(k_podcast_anywhere), std::end(k_podcast_anywhere),
                   [&](std::string_view phrase) { return shape::ends_with_ci(text, phrase); }) &&
      !(shape::last_word_is_one_of(text, k_own_player_last_words) &&
        std::any_of(std::begin(k_own_players), std::end(k_own_players),
                    [&](std::string_view phrase) { return shape::ends_with_ci(text, phrase); })))
    return false;
  std::size_t apps = 0;
  for (std::string_view app : k_podcast_apps) apps += text.find(app) != std::string_view::npos;
  // Closed by "on every platform" rather than by apps, the call names none ("🎧 ÉCOUTEZ notre
  // balado « Au bout du rang » : chaque jeudi, ... Sur toutes les plateformes").
  const bool anywhere = std::any_of(std::begin(k_podcast_anywhere), std::end(k_podcast_anywhere),
                                    [&](std::string_view phrase) { return shape::ends_with_ci(text, phrase); });
  std::string_view key = shape::scratch_key(text);
  // A new episode's promo names its show and where to hear it, one app or none ("🎧 Neue Folge im
  // „X“-Podcast: ... Überall, wo es Podcasts gibt", "Novo episódio de «X»: ouça já no Spotify").
  const bool episode = shape::key_contains_any(key, k_new_episodes);
  if (apps < k_min_podcast_apps && !episode && !anywhere) return false;
  return shape::key_word_count(key) <= k_max_podcast_call_words &&
         (episode || (shape::key_contains_any(key, k_podcast_nouns) &&
                      (shape::key_contains_any(key, k_listen_stems) || shape::key_contains_any(key, k_own_podcasts)))) &&
         !shape::key_contains_any(shape::scratch_padded(key), k_reported_speech);
}

std::optional<std::string> SubscribeFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  // "Jetzt abonnieren": the call alone, a whole-line label in any language.
  // A key that is a bare call opens with its first byte and holds its pairs (see KeyGate): most
  // short lines fail one or the other and are not keyed.
  if (unsigned char first = text.size() <= k_max_bare_call_bytes ? key_opening(text) : 0;
      k_bare_call_gate.opens(first) && k_bare_call_gate.may_open(first, shape::line_pairs(text)) &&
      is_one_of(shape::scratch_key(text), k_bare_calls, k_whole_line_languages))
    return "a call to subscribe";
  ListLanguages languages = list_languages(doc);
  // "Get the Nationnews app for iPhone and Android": an offer of the site's app by its name,
  // opening the line or the clause after a lead-in ("Alle Verkehrsmeldungen als
  // Push-Nachricht: Holen Sie sich jetzt die App der X").
  // The clause after a short lead-in's colon or dash, looked for once for the calls below.
  const std::string_view lead_call = after_lead_in(text);
  if (!opening_in(text, k_app_gets, languages).empty() || !opening_in(lead_call, k_app_gets, languages).empty()) {
    std::string_view key = shape::scratch_key(text);
    if (shape::key_word_count(key) <= k_max_words && names_an_app(key)) return "a call to get the site's app";
  }
  // "Notre appli est gratuite ... Disponible sur iOS et Android": the site's own app, offered
  // for the platforms that end the line.
  if (ends_with_platform(text) && !quotes(text)) {
    // The availability clause is looked at first: scratch_key() serves one key at a time.
    bool available = says_available_after_mark(text);
    if (!available && says_available_after_comma(text)) {
      available = !opening_in(text, k_reader_calls, languages).empty() ||
                  shape::key_contains_any(shape::scratch_padded(shape::scratch_key(text)), k_reader_address);
    }
    // Or a call to get it after a lead-in: "Get alerts the second we publish them: download the X
    // app for iPhone and Android" (an app for the platforms that end the line).
    // Or the app itself, named after a lead-in with no stop closing the line, as a prompt has none:
    // "L'actu genevoise en temps réel : l'application X pour iPhone et Android".
    if (!available) {
      std::string_view call = lead_call;
      char folded[24];
      available = !call.empty() &&
                  (!opening_in(call, k_reader_calls, languages).empty() ||
                   (!shape::trim(text).ends_with('.') &&
                    shape::is_one_of(shape::lower_ascii_into(call.substr(0, call.find(' ')), folded, sizeof folded),
                                     k_app_words)));
    }
    std::string_view key = shape::scratch_key(text);
    if (shape::key_word_count(key) <= k_max_words && (offers_own_app(key) || (available && names_an_app(key))))
      return "a call to get the site's app";
  }
  // "Alle Artikel auch in unserer X-App – jetzt gratis herunterladen", "Toutes nos recettes avec
  // l'appli X 📲": a line naming an app that ends on a call to get it, or on the phone's emoji.
  if ((ends_with_phone_emoji(text) || opens_with_phone_emoji(text) || ends_with_app_call(text)) && !quotes(text)) {
    std::string_view key = shape::scratch_key(text);
    if (shape::key_word_count(key) <= k_max_words && names_an_app(key) &&
        !shape::key_contains_any(key, k_reported_speech))
      return "a call to get the site's app";
  }
  if (is_dialog_prompt(text)) return "a prompt's dialog and its buttons";
  // Both calls name a messaging service (k_messaging_names): the line is searched once.
  const bool messaging = shape::contains_any(text, k_messaging_names);
  if (messaging && is_keyword_signup(text)) return "a call to get the news by message";
  if (is_podcast_call(text)) return "a call to listen to the site's podcast";
  // The join call may follow a lead-in ("Receba as principais notícias no seu telemóvel: adira ao
  // nosso canal no WhatsApp"), which reports no one either.
  if (is_channel_link_prompt(text) ||
      (messaging && (is_channel_join_call(text) ||
                     (!lead_call.empty() && is_channel_join_call(lead_call) &&
                      !shape::key_contains_any(shape::scratch_key(text), k_reported_speech)))))
    return "a call to join the site's messaging channel";
  // The call may close the line after a lead-in: "Recevez nos alertes : activez les notifications",
  // "Keine Meldung mehr verpassen: Aktivieren Sie unsere Push-Benachrichtigungen". Or after a
  // lead-in that says what it brings: "For the latest news download our app".
  if (opening_in(text, k_openings, languages).empty() &&
      opening_in(last_sentence(text, k_max_tail_call_bytes), k_openings, languages).empty() &&
      !opens_capitalised_call(lead_call, languages) && !call_after_purpose(text, languages))
    return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  std::string_view padded = shape::scratch_padded(key);
  // A call someone made in a report is the report's ("Descarregue a app do banco, disse o gerente").
  if (shape::key_contains_any(padded, k_reported_speech)) return std::nullopt;
  if (shape::key_contains_any(padded, k_objects_shared) ||
      key_contains_any(padded, k_object_lists, languages) ||
      names_a_site(text) || offers_a_price(key))
    return "a call to subscribe";
  return std::nullopt;
}

}  // namespace pith
