// loading: a line that is nothing but a loading, "show more" or "enable JavaScript" placeholder.
#include "pith/filters/loading.h"

#include <algorithm>
#include <array>

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/filters/key_gate.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// Placeholders are a few words; longer lines are never compared.
constexpr std::size_t k_max_bytes = 100;
/// A JavaScript notice is a short sentence; longer is prose about JavaScript.
constexpr std::size_t k_max_script_notice_words = 16;

/// Whole-line placeholders, compared against shape::key() of the line, per language.
constexpr std::string_view k_placeholders_en[] = {
    "now loading", "loading", "loading more", "loading comments", "loading video", "load more",
    "show more comments", "load more comments", "show comments", "view comments", "load comments",
    "please wait", "javascript is disabled", "javascript is required", "like loading", "comments",
    "add a comment", "leave a comment", "show less", "media playback is unsupported on your device",
    // Where an embed waits for consent: the placeholder's title.
    "external content", "recommended editorial content",
    // A list's toggles.
    "show more", "see more", "view more",
};
// The roles above in the other languages: loading, load or show more and less, the comments'
// toggles, please wait, a disabled script, an embed's consent placeholder.
constexpr std::string_view k_placeholders_es[] = {
    "cargando", "cargando comentarios", "cargando más", "cargar más", "mostrar más comentarios", "ver comentarios",
    "me gusta cargando", "contenido externo", "mostrar más", "ver más", "mostrar menos", "por favor, espere",
    "espere, por favor", "añadir un comentario", "deja un comentario", "comentarios",
};
constexpr std::string_view k_placeholders_de[] = {
    "lädt", "wird geladen", "laden", "inhalt wird geladen", "mehr laden", "weitere kommentare anzeigen",
    "kommentare anzeigen", "kommentare laden", "gefällt mir wird geladen", "externer inhalt", "externe inhalte",
    "empfohlener redaktioneller inhalt", "externen inhalt laden", "mehr anzeigen", "weniger anzeigen",
    "bitte warten", "kommentar hinzufügen", "kommentare",
};
constexpr std::string_view k_placeholders_fr[] = {
    "chargement", "chargement en cours", "charger plus", "afficher plus de commentaires",
    "voir les commentaires", "afficher les commentaires", "j'aime chargement", "j’aime chargement",
    "contenu externe", "afficher plus", "voir plus", "afficher moins", "voir moins", "veuillez patienter",
    "ajouter un commentaire", "laisser un commentaire", "commentaires",
};
constexpr std::string_view k_placeholders_pt[] = {
    "carregando", "a carregar", "carregar mais", "ver mais comentários", "mostrar comentários", "curtir carregando",
    "conteúdo externo", "mostrar mais", "ver mais", "mostrar menos", "aguarde", "por favor, aguarde",
    "adicionar comentário", "deixe um comentário", "comentários",
};
constexpr std::string_view k_placeholders_it[] = {
    "caricamento", "caricamento in corso", "carica altri", "mostra altri commenti", "mostra commenti",
    "mi piace caricamento", "contenuto esterno", "mostra di più", "mostra altro", "vedi altro", "mostra meno",
    "attendere prego", "aggiungi un commento", "lascia un commento", "commenti",
};
constexpr LanguageWords k_placeholder_lists[] = {
    {ListLanguage::en, k_placeholders_en}, {ListLanguage::es, k_placeholders_es},
    {ListLanguage::de, k_placeholders_de}, {ListLanguage::fr, k_placeholders_fr},
    {ListLanguage::pt, k_placeholders_pt}, {ListLanguage::it, k_placeholders_it},
};
constexpr LanguagePhrases<total_words(k_placeholder_lists)> k_placeholders{k_placeholder_lists};
constexpr KeyGate k_placeholder_gate{k_placeholders};

/// How notices that a script must run start; the line must also be short.
constexpr std::string_view k_script_notices_en[] = {
    "please enable javascript", "enable javascript", "you need to enable javascript",
    "javascript must be enabled", "this content requires javascript", "to view this content, please enable",
    "this slideshow requires javascript", "this video requires javascript", "your browser does not support",
    // An embed that waits for the reader's consent.
    "click the button below to load", "click the button to load", "click here to load the content",
    "by loading the content", "to view this content, you need to accept",
};
constexpr std::string_view k_script_notices_es[] = {"activa javascript", "habilita javascript",
                                                    "por favor, activa javascript"};
constexpr std::string_view k_script_notices_de[] = {
    "bitte aktivieren sie javascript", "bitte javascript aktivieren", "klicken sie auf den unteren button, um den inhalt",
    "klicken sie auf den button, um den inhalt", "klicke auf den button, um den inhalt", "an dieser stelle finden sie einen externen inhalt",
    "an dieser stelle findest du einen externen inhalt", "mit dem laden des inhalts akzeptieren sie",
    "wenn sie dieses youtube-video sehen möchten", "um diesen inhalt anzuzeigen",
};
constexpr std::string_view k_script_notices_fr[] = {"veuillez activer javascript", "activez javascript"};
constexpr std::string_view k_script_notices_pt[] = {"ative o javascript", "por favor, ative o javascript"};
constexpr std::string_view k_script_notices_it[] = {"abilita javascript", "attiva javascript"};
constexpr LanguageWords k_script_notice_lists[] = {
    {ListLanguage::en, k_script_notices_en}, {ListLanguage::es, k_script_notices_es},
    {ListLanguage::de, k_script_notices_de}, {ListLanguage::fr, k_script_notices_fr},
    {ListLanguage::pt, k_script_notices_pt}, {ListLanguage::it, k_script_notices_it},
};

/// The notices grouped for the gate before the key (the test itself reads the lists).
constexpr LanguagePhrases<total_words(k_script_notice_lists)> k_script_notices{k_script_notice_lists};
constexpr KeyGate k_script_notice_gate{k_script_notices};

bool is_script_notice(std::string_view text, ListLanguages languages) {
  return shape::word_count(text) <= k_max_script_notice_words &&
         any_list(languages, k_script_notice_lists,
                  [&](auto notices) { return !shape::word_prefix_in(text, notices).empty(); });
}

/// An embed's consent placeholder as one line: its title, a ':', and what the reader must agree
/// to before the platform's content loads ("Externer Inhalt: An dieser Stelle finden Sie ein
/// Video von YouTube. Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von
/// YouTube. ▶ Video laden"). The title, keyed, in the six languages.
constexpr std::string_view k_consent_titles[] = {
    "external content", "externer inhalt", "externe inhalte", "empfohlener redaktioneller inhalt", "contenido externo",
    "contenu externe", "conteúdo externo", "contenuto esterno", "third-party content", "inhalte von drittanbietern",
};
/// Platforms whose content such a placeholder holds back, lower case.
constexpr std::string_view k_embed_platforms[] = {
    "youtube", "twitter", "instagram", "facebook", "tiktok", "vimeo", "spotify", "soundcloud", "podigee", "datawrapper",
    "google maps", "x.com", "glomex", "dailymotion",
    // X named alone, as "Inhalte von X" and "content from X" do.
    "von x ", "from x ", "de x ",
};
/// Such a placeholder runs to a few sentences.
constexpr std::size_t k_max_consent_placeholder_words = 70;
constexpr std::size_t k_max_consent_placeholder_bytes = 600;

/// True when `key` (a key()) is an embed's consent placeholder: a title of k_consent_titles and
/// its ':', then text that names the platform (k_embed_platforms).
bool is_consent_placeholder(std::string_view key) {
  if (shape::key_word_count(key) > k_max_consent_placeholder_words) return false;
  std::size_t colon = key.find(':');
  if (colon != std::string_view::npos && colon <= 40 && shape::is_one_of(shape::trim(key.substr(0, colon)), k_consent_titles))
    return shape::key_contains_any(key.substr(colon), k_embed_platforms);
  // Or the title names the platform after "from" ("Externer Inhalt von YouTube. Mit einem Klick
  // ..."), its first sentence.
  for (std::string_view title : k_consent_titles) {
    if (!key.starts_with(title)) continue;
    std::string_view rest = key.substr(title.size());
    for (std::string_view from : {" von ", " from ", " de ", " di ", " da ", " du "})
      if (rest.starts_with(from)) {
        std::string_view platform = rest.substr(from.size());
        return shape::is_one_of(platform.substr(0, platform.find_first_of(" .")), k_embed_platforms);
      }
  }
  return false;
}

/// The button that closes an embed's consent placeholder ("▶ Video laden", "Load content"), in
/// the six languages, lower case.
constexpr std::string_view k_load_buttons[] = {
    "video laden", "inhalt laden", "inhalte laden", "externe inhalte laden", "akzeptieren und laden", "load video",
    "load content", "show content", "accept and load", "cargar vídeo", "cargar video", "cargar contenido",
    "mostrar contenido", "charger la vidéo", "charger le contenu", "afficher le contenu", "carregar vídeo",
    "carregar conteúdo", "mostrar conteúdo", "carica video", "carica il video", "carica contenuto",
    "mostra contenuto", "zustimmen und anzeigen", "akzeptieren und anzeigen", "inhalt anzeigen", "accept and show",
    "aceptar y mostrar", "accepter et afficher", "aceitar e mostrar", "accetta e mostra",
    "einmal laden", "externe inhalte einmal laden", "inhalt einmal laden", "load once", "always load",
};
/// The last bytes of those buttons, in either case: a line ending on another is turned away first.
constexpr std::array<bool, 256> k_load_button_ends = closing_bytes_either_case(k_load_buttons);
/// What the placeholder asks the reader to accept: a privacy policy, or data going to third
/// parties (stems, lower case).
constexpr std::string_view k_placeholder_privacy_stems[] = {
    "datenschutz", "privacy", "privacidad", "confidentialit", "données personnelles", "privacidade",
    "drittanbieter", "third part", "terceros", "tiers", "terceiros", "terze parti",
    // The reader's data sent to the platform ("stimmen der Übermittlung Ihrer Daten an Google zu").
    "übermittlung", "ihrer daten", "your data", "vos données", "sus datos", "seus dados", "i tuoi dati",
    // The reader's consent asked for ("Zum Abspielen müssen Sie der Übertragung an Dritte zustimmen").
    "an dritte", "zustimm", "einwillig", "your consent", "votre consentement", "su consentimiento",
    "seu consentimento", "il tuo consenso", "il suo consenso",
};

/// "Hier finden Sie einen Inhalt von YouTube. Mit dem Laden des Videos akzeptieren Sie die
/// Datenschutzerklärung von Google. ▶ Video laden": an embed's consent placeholder with no title,
/// closed by its load button (k_load_buttons), naming the platform (k_embed_platforms) and the
/// privacy policy the reader accepts (k_placeholder_privacy_stems).
bool is_buttoned_consent_placeholder(std::string_view text) {
  text = shape::trim(text);
  // A text browser prints the button in brackets ("... an Dritte zustimmen. [Inhalt anzeigen]").
  std::string_view closing = text;
  if (text.ends_with(']') && text.rfind('[') != std::string_view::npos)
    closing = shape::trim(text.substr(0, text.size() - 1));
  if (closing.empty() || text.size() > k_max_consent_placeholder_bytes ||
      !k_load_button_ends[static_cast<unsigned char>(closing.back())])
    return false;
  // The button stands apart: after a sentence's end, a bar, a sign or a bracket ("... von Google.
  // ▶ Video laden"), not as a sentence's last words ("... und das Video laden.").
  auto button_apart = [&](std::string_view button) {
    if (!shape::ends_with_ci(closing, button)) return false;
    std::string_view before = shape::trim(closing.substr(0, closing.size() - button.size()));
    if (closing.size() != text.size() && before.ends_with('[')) before = shape::trim(before.substr(0, before.size() - 1));
    if (before.empty()) return false;
    auto last = static_cast<unsigned char>(before.back());
    return last == '.' || last == ':' || last == '|' || last == '!' || last >= 0x80;
  };
  if (std::none_of(std::begin(k_load_buttons), std::end(k_load_buttons), button_apart)) return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_consent_placeholder_words &&
         shape::key_contains_any(key, k_embed_platforms) && shape::key_contains_any(key, k_placeholder_privacy_stems);
}

/// "Loading video player...", "Chargement de la carte en cours…", "Karte wird geladen…": a
/// loading word, what loads (a player, a map, a gallery) and the ellipsis a placeholder ends
/// on, in a few words. Every other word is an article, a preposition or a filler of such a
/// placeholder ("multimedia", "en cours"), so "Loading the trucks took hours..." is prose;
/// only a line that opens on the loading word and ends on the thing may name which thing it is
/// ("Loading live flight map...").
constexpr std::string_view k_loading_words[] = {
    "loading", "cargando", "chargement", "carregando", "carregar", "caricamento", "lädt", "geladen",
    // A page that reloads says it is updating ("Updating live scores…", "Seite wird aktualisiert …").
    "updating", "actualizando", "atualizando", "aktualisiert", "aggiornamento",
};
constexpr std::string_view k_loaded_things[] = {
    "video", "videos", "player", "map", "maps", "gallery", "image", "images", "photo", "photos", "content", "chart",
    "graphic", "interactive", "widget", "data", "results", "comments", "feed", "audio", "podcast", "poll", "quiz",
    "tweets", "page", "article",
    "mapa", "mappa", "galería", "galeria", "galleria", "imagen", "imagem", "immagini", "imágenes", "imagens",
    "contenido", "conteúdo", "contenuto", "gráfico", "grafico", "datos", "dados", "dati", "resultados", "risultati",
    "reproductor", "vídeo", "vídeos", "comentarios", "comentários", "commenti", "fotos", "foto",
    "carte", "galerie", "contenu", "graphique", "données", "résultats", "lecteur", "vidéo", "commentaires",
    "karte", "bild", "bilder", "inhalt", "inhalte", "grafik", "daten", "ergebnisse", "kommentare",
    // Tools and live coverage a page embeds ("Loading mortgage calculator…", "Chargement du direct
    // en cours...").
    "calculator", "calculadora", "calcolatore", "calculateur", "rechner", "simulator", "simulateur", "simulador",
    "simulatore", "tool", "form", "formulario", "formulaire", "formular", "modulo", "formulário", "table", "tabla",
    "tableau", "tabelle", "tabella", "tabela", "scores", "live", "livestream", "stream", "liveblog", "liveticker",
    "ticker", "direct", "directo", "diretta", "direto",
    // A live page's updates and alerts ("Loading alerts…", "Please wait… loading live updates").
    "updates", "alerts", "actualizaciones", "alertas", "aktualisierungen", "meldungen", "alertes", "aggiornamenti",
    "avvisi", "atualizações",
    // The article itself, in the other five languages ("Artikel wird geladen ...").
    "artikel", "artículo", "articolo", "artigo", "beitrag",
    // The page, its list of posts, its counters, and the player in the other languages
    // ("Cargando entradas recientes…", "A carregar o leitor de áudio…", "Seite wird aktualisiert …").
    "seite", "página", "pagina", "posts", "entries", "entradas", "publicaciones", "publicações", "beiträge",
    "articles", "artículos", "articoli", "artigos", "counter", "contador", "compteur", "zähler", "contatore",
    "leitor", "lettore", "áudio",
    // A weather page's radar and its animation ("Loading radar loop…").
    "radar", "loop", "animation", "animación", "animação", "animazione",
    // More of the site's news ("Cargando más noticias...", "Loading more stories…").
    "news", "stories", "noticias", "notas", "nachrichten", "meldungen", "actualités", "nouvelles", "notizie",
    "notícias", "matérias",
};
/// The words a loading placeholder binds its words with, in the six languages.
constexpr std::string_view k_loading_fillers[] = {
    "the", "your", "multimedia", "interactive", "el", "la", "los", "las", "del", "de", "da", "do", "della", "il", "lo",
    "o", "a", "le", "les",
    "des", "du", "der", "die", "das", "wird", "en", "cours", "in", "corso", "se", "está",
    "more", "más", "mais", "mehr", "weitere", "plus", "d'autres", "altre", "altri",
    // A request to wait before the loading word ("Please wait… loading ...", "Bitte warten …"),
    // or after it ("El video se está cargando, espere por favor").
    "please", "wait", "wait…", "wait...", "bitte", "warten", "warten…", "werden", "espere", "por", "favor",
    "veuillez", "patienter", "attendere", "prego", "aguarde",
};
/// "Is" binds a placeholder's words only when a request to wait closes it ("The video is
/// loading, please wait"): "The video is loading..." may be a sentence of a story.
constexpr std::string_view k_waiting_fillers[] = {"is", "est", "è"};
/// A loading line closed by a request to wait is short: the placeholder's words and the request's.
constexpr std::size_t k_max_waiting_line_bytes = 100;
/// Words of the longest request to wait ("por favor, aguarde").
constexpr std::size_t k_max_wait_request_words = 3;
/// Requests to wait that may close a loading line instead of its ellipsis, lower case.
constexpr std::string_view k_wait_requests[] = {
    "please wait", "espere por favor", "por favor espere", "bitte warten", "veuillez patienter", "attendere prego",
    "attendere", "aguarde", "por favor, aguarde", "por favor aguarde",
};
/// Their last words, looked at before the requests are.
constexpr auto k_wait_last_words = last_words_of(k_wait_requests);
constexpr std::size_t k_max_loading_words = 6;
/// A placeholder whose ellipsis is inside it is short ("Please wait… loading live updates").
constexpr std::size_t k_max_waiting_bytes = 64;

/// True when `word` is a compound of a platform or a thing and a thing that loads, joined by a
/// hyphen ("instagram-feed", "video-player", "twitter-timeline" ends on no thing and is not).
bool is_compound_thing(std::string_view word) {
  std::size_t hyphen = word.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 == word.size()) return false;
  std::string_view head = word.substr(0, hyphen), tail = word.substr(hyphen + 1);
  return shape::is_one_of(tail, k_loaded_things) &&
         (shape::is_one_of(head, k_embed_platforms) || shape::is_one_of(head, k_loaded_things));
}

bool is_loading_thing(std::string_view text) {
  std::string_view trimmed = shape::trim(text);
  // The ellipsis closes the line, or the request to wait before the loading word ("Please wait…
  // loading live updates").
  // Or a request to wait closes it ("El video se está cargando, espere por favor"), its words
  // beyond the placeholder's.
  bool waits = false;
  if (!trimmed.ends_with("...") && !trimmed.ends_with("\xE2\x80\xA6") &&
      (trimmed.size() > k_max_waiting_bytes ||
       (trimmed.find("\xE2\x80\xA6") == std::string_view::npos && trimmed.find("...") == std::string_view::npos))) {
    std::string_view unstopped = shape::without_final_stops(trimmed);
    waits = trimmed.size() <= k_max_waiting_line_bytes && shape::last_word_is_one_of(unstopped, k_wait_last_words) &&
            std::any_of(std::begin(k_wait_requests), std::end(k_wait_requests),
                        [&](std::string_view wait) { return shape::ends_with_ci(unstopped, wait); });
    if (!waits) return false;
  }
  std::string_view key = shape::scratch_key(trimmed);
  if (shape::key_word_count(key) > k_max_loading_words + (waits ? k_max_wait_request_words : 0)) return false;
  bool loading = false, thing = false, opens_loading = false, ends_thing = false, other = false;
  bool thing_then_loading = false;  // the last word is the loading word, a thing right before it
  for (std::size_t at = 0; at < key.size();) {
    std::size_t end = std::min(key.find(' ', at), key.size());
    std::string_view word = key.substr(at, end - at);
    if (word.size() > 2 && (word.starts_with("l'") || word.starts_with("d'"))) word.remove_prefix(2);  // "l'image"
    if (word.size() > 1 && word.back() == ',') word.remove_suffix(1);  // "cargando, espere por favor"
    // A filler after the thing keeps it the line's last word ("... del contenuto Instagram in corso…").
    if (shape::is_one_of(word, k_loading_words)) {
      loading = true;
      opens_loading = opens_loading || at == 0;
      thing_then_loading = ends_thing && end >= key.size();
      ends_thing = false;
    } else if (shape::is_one_of(word, k_loaded_things) || is_compound_thing(word)) {
      thing = ends_thing = true;
    } else if (!shape::is_one_of(word, k_loading_fillers) && !shape::is_one_of(word, k_embed_platforms) &&
               !(waits && shape::is_one_of(word, k_waiting_fillers))) {
      // (The platform whose content loads binds the thing too: "del contenuto Instagram".)
      other = true;
      ends_thing = false;
    }
    at = end + 1;
  }
  // Words that say which thing loads may stand around the thing when the loading word opens the
  // line ("Loading live flight map...", "Cargando entradas recientes…", "Carregando mapa das
  // unidades escolares..."), or before it when the loading word closes the line right after it
  // ("Live visitor counter loading…"; "The video is loading..." is a sentence).
  return loading && thing && (!other || opens_loading || thing_then_loading);
}

/// A chart's or a map's caption before its loading placeholder runs to this many words.
constexpr std::size_t k_max_loading_caption_words = 16;

/// "Interactive chart: Mombasa auction average, US$/kg, Jan 2022–Sep 2023 — loading data…": a
/// caption that names what loads (k_loaded_things), then after a spaced dash a loading
/// placeholder (is_loading_thing()).
bool is_captioned_loading(std::string_view text) {
  std::size_t dash = std::string_view::npos, width = 0;
  for (std::string_view mark : {std::string_view(" \xE2\x80\x94 "), std::string_view(" \xE2\x80\x93 ")})
    if (std::size_t at = text.rfind(mark); at != std::string_view::npos && (dash == std::string_view::npos || at > dash))
      dash = at, width = mark.size();
  if (dash == std::string_view::npos || !is_loading_thing(text.substr(dash + width))) return false;
  std::string_view caption = text.substr(0, dash);
  if (shape::word_count(caption) > k_max_loading_caption_words) return false;
  bool names_thing = false;
  shape::each_word(caption, [&](std::string_view word) {
    char folded[24];
    word = shape::without_final_stops(word);
    if (!word.empty() && word.back() == ':') word.remove_suffix(1);
    names_thing = shape::is_one_of(shape::lower_ascii_into(word, folded, sizeof folded), k_loaded_things);
    return !names_thing;
  });
  return names_thing;
}
}  // namespace

std::optional<std::string> LoadingFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  // A consent placeholder is longer than a loading line; its title opens it.
  if (text.size() <= k_max_consent_placeholder_bytes && !shape::word_prefix_in(text, k_consent_titles).empty() &&
      is_consent_placeholder(shape::scratch_key(text)))
    return "an embed's consent placeholder";
  if (is_buttoned_consent_placeholder(text)) return "an embed's consent placeholder";
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  // A key that is a placeholder or opens with a notice opens with its first byte and holds its
  // pairs (see KeyGate): most lines fail one or the other and are not keyed. The disclaimer stage, before this one in its row, has built
  // the signature of every line this one keys.
  unsigned char first = key_opening(text);
  bool placeholder = k_placeholder_gate.opens(first), notice = k_script_notice_gate.opens(first);
  if (is_loading_thing(text)) return "a loading placeholder";
  // A placeholder's ellipsis closes it: a caption's is looked for on a line ending on one.
  if ((text.ends_with("\xE2\x80\xA6") || text.ends_with("...")) && is_captioned_loading(text))
    return "a loading placeholder after its caption";
  if (!placeholder && !notice) return std::nullopt;
  const shape::LinePairs& pairs = shape::line_pairs(text);
  if (!(placeholder && k_placeholder_gate.may_open(first, pairs)) && !(notice && k_script_notice_gate.may_open(first, pairs)))
    return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (is_one_of(key, k_placeholders, k_whole_line_languages))
    return "a loading placeholder";
  // Two placeholders as one ("Attendere prego, caricamento in corso…", "Please wait, loading…").
  // A placeholder, then a loading line of what loads ("Aguarde, carregando comentários…"), from
  // the text: the key drops the ellipsis is_loading_thing() asks for.
  if (std::size_t comma = key.find(", "); comma != std::string_view::npos &&
      is_one_of(key.substr(0, comma), k_placeholders, k_whole_line_languages)) {
    if (is_one_of(key.substr(comma + 2), k_placeholders, k_whole_line_languages)) return "a loading placeholder";
    if (std::size_t text_comma = text.find(", ");
        text_comma != std::string_view::npos && is_loading_thing(text.substr(text_comma + 2)))
      return "a loading placeholder";
  }
  if (is_script_notice(key, list_languages(doc))) return "a JavaScript notice";
  return std::nullopt;
}

}  // namespace pith
