// media-controls: a line that is only a gallery's control or counter, or an audio player's
// prompt (with its duration), in six languages. Controls are labels: they are matched in all
// six languages in every document, as pages print them in the site's language.
#include "pith/filters/media_controls.h"

#include <algorithm>

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/filters/key_gate.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// Controls are a few words; longer lines are never compared.
constexpr std::size_t k_max_bytes = 100;
/// A gallery counter's numbers have at most this many digits ("12 of 140").
constexpr std::size_t k_max_counter_digits = 3;

/// A gallery's buttons as whole lines, compared against shape::key() of the line.
constexpr std::string_view k_gallery_controls_en[] = {
    "previous", "next", "previous image", "next image", "previous photo", "next photo", "previous slide",
    "next slide", "previous picture", "next picture", "open gallery", "open image gallery", "open photo gallery",
    "view gallery", "view photo gallery", "view all photos", "view all images", "show all images", "close gallery",
    "enlarge image", "expand image", "view image", "full screen", "fullscreen", "exit full screen",
    "click to enlarge", "enlarge", "close image", "show image",
};
constexpr std::string_view k_gallery_controls_es[] = {
    "anterior", "siguiente", "imagen anterior", "imagen siguiente", "siguiente imagen", "foto anterior",
    "foto siguiente", "siguiente foto", "abrir galería", "ver galería", "ver galería de fotos", "ver todas las fotos",
    "cerrar galería", "ampliar imagen", "ampliar foto", "pantalla completa", "ampliar", "haz clic para ampliar",
    "clic para ampliar", "diapositiva anterior", "diapositiva siguiente", "siguiente diapositiva",
    "abrir galería de fotos", "abrir galería de imágenes", "ver todas las imágenes", "mostrar todas las imágenes",
    "salir de pantalla completa", "salir de la pantalla completa", "ver imagen", "cerrar imagen", "mostrar imagen",
};
constexpr std::string_view k_gallery_controls_de[] = {
    "vorheriges", "nächstes", "vorheriges bild", "nächstes bild", "vorheriges foto", "nächstes foto",
    "galerie öffnen", "bildergalerie öffnen", "zur galerie", "zur bildergalerie", "alle bilder anzeigen",
    "alle bilder", "galerie schließen", "bild vergrößern", "vollbild", "vollbildmodus", "vergrößern",
    "bild anzeigen", "bild schließen", "zum vergrößern klicken", "zum vergrößern auf das bild klicken",
    "zum vergrößern anklicken", "vorherige", "nächste", "zurück", "weiter", "vorherige folie", "nächste folie",
    "galerie ansehen",
    "alle fotos anzeigen", "alle fotos", "vollbild beenden", "vollbildmodus beenden", "foto vergrößern",
};
constexpr std::string_view k_gallery_controls_fr[] = {
    "précédent", "suivant", "image précédente", "image suivante", "photo précédente", "photo suivante",
    "ouvrir la galerie", "voir la galerie", "voir les photos", "voir toutes les photos", "fermer la galerie",
    "agrandir l'image", "agrandir l’image", "plein écran", "agrandir", "cliquez pour agrandir",
    "cliquer pour agrandir", "diapositive précédente", "diapositive suivante", "ouvrir la galerie photo",
    "ouvrir la galerie photos", "voir toutes les images", "afficher toutes les images", "quitter le plein écran",
    "voir l'image", "voir l’image", "fermer l'image", "fermer l’image", "afficher l'image", "afficher l’image",
    "agrandir la photo", "voir le diaporama", "voir le diaporama en plein écran", "lancer le diaporama",
};
constexpr std::string_view k_gallery_controls_it[] = {
    "precedente", "successiva", "successivo", "immagine precedente", "immagine successiva", "foto precedente",
    "foto successiva", "apri la galleria", "apri galleria", "apri la gallery", "vai alla gallery",
    "vedi la gallery", "vedi tutte le foto", "chiudi galleria", "ingrandisci immagine", "schermo intero",
    "ingrandisci", "clicca per ingrandire", "diapositiva precedente", "diapositiva successiva",
    "apri la galleria fotografica", "apri la fotogallery", "vedi la galleria", "vedi tutte le immagini",
    "mostra tutte le immagini", "esci da schermo intero", "esci dalla modalità schermo intero", "vedi immagine",
    "chiudi immagine", "mostra immagine", "chiudi la galleria", "ingrandisci la foto",
};
constexpr std::string_view k_gallery_controls_pt[] = {
    "anterior", "próxima", "próximo", "imagem anterior", "próxima imagem", "foto anterior", "próxima foto",
    "abrir galeria", "ver galeria", "ver todas as fotos", "fechar galeria", "ampliar imagem", "ecrã inteiro",
    "tela cheia", "ampliar", "clique para ampliar", "seguinte", "imagem seguinte", "foto seguinte",
    "slide anterior", "próximo slide", "diapositivo anterior", "diapositivo seguinte", "abrir galeria de fotos",
    "abrir galeria de imagens", "ver galeria de fotos", "ver todas as imagens", "mostrar todas as imagens",
    "sair do ecrã inteiro", "sair da tela cheia", "ver imagem", "fechar imagem", "mostrar imagem",
};
constexpr LanguageWords k_gallery_control_lists[] = {
    {ListLanguage::en, k_gallery_controls_en}, {ListLanguage::es, k_gallery_controls_es},
    {ListLanguage::de, k_gallery_controls_de}, {ListLanguage::fr, k_gallery_controls_fr},
    {ListLanguage::it, k_gallery_controls_it}, {ListLanguage::pt, k_gallery_controls_pt},
};
constexpr LanguagePhrases<total_words(k_gallery_control_lists)> k_gallery_controls{k_gallery_control_lists};
constexpr KeyGate k_gallery_control_gate{k_gallery_controls};

/// An audio player's prompt to have the article read aloud, as it opens a line.
constexpr std::string_view k_player_prompts_en[] = {
    "listen to this article", "listen to this story", "listen to the article", "listen to article",
    "listen to this post", "listen to this page", "listen to the story", "hear this article", "play this article",
    "audio version of this article",
};
constexpr std::string_view k_player_prompts_es[] = {
    "escucha esta nota aquí", "escucha esta nota", "escuchar esta nota", "escucha este artículo",
    "escuchar este artículo", "escuchar artículo", "escucha la noticia", "escucha esta noticia", "escuchar noticia",
    "escuchar la noticia", "escucha el artículo", "escuchar el artículo", "escuchar esta página",
    "reproducir este artículo", "versión en audio de este artículo",
};
constexpr std::string_view k_player_prompts_de[] = {
    "artikel anhören", "diesen artikel anhören", "artikel vorlesen lassen", "artikel vorlesen",
    "beitrag anhören", "text anhören", "vorlesen lassen", "diesen beitrag anhören", "den artikel anhören",
    "seite anhören", "diese seite anhören", "artikel abspielen", "audioversion dieses artikels",
};
constexpr std::string_view k_player_prompts_fr[] = {
    "écouter cet article", "écoutez cet article", "écouter l'article", "écouter l’article", "écouter ce texte",
    "écouter la version audio", "écoutez l'article", "écoutez l’article", "écouter cette page", "écouter la page",
    "version audio de cet article",
};
constexpr std::string_view k_player_prompts_it[] = {
    "ascolta l'articolo", "ascolta l’articolo", "ascolta questo articolo", "ascolta la notizia",
    "ascolta la versione audio", "ascolta questa pagina", "ascolta la pagina", "ascolta il testo",
    "versione audio dell'articolo", "versione audio dell’articolo",
};
constexpr std::string_view k_player_prompts_pt[] = {
    "ouvir este artigo", "ouça este artigo", "ouvir o artigo", "ouvir artigo", "ouça a notícia", "ouvir notícia",
    "ouvir esta notícia", "ouvir a notícia", "ouvir texto", "ouvir o texto", "ouça o texto", "ouvir esta página",
    "versão em áudio deste artigo",
    // "Matéria", Brazil's word for a story, and "listen to this story".
    "ouça esta matéria", "ouvir esta matéria", "ouvir matéria", "ouça a matéria", "ouvir a matéria",
    "ouça esta notícia",
};
constexpr LanguageWords k_player_prompt_lists[] = {
    {ListLanguage::en, k_player_prompts_en}, {ListLanguage::es, k_player_prompts_es},
    {ListLanguage::de, k_player_prompts_de}, {ListLanguage::fr, k_player_prompts_fr},
    {ListLanguage::it, k_player_prompts_it}, {ListLanguage::pt, k_player_prompts_pt},
};
constexpr LanguagePhrases<total_words(k_player_prompt_lists)> k_player_prompts{k_player_prompt_lists};
constexpr KeyGate k_player_prompt_gate{k_player_prompts};

/// Words of a player's duration after its prompt ("· 4 min", "(5 minutos)", "3:20").
constexpr std::string_view k_duration_words[] = {
    "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti", "sec", "secs", "seconds", "s",
    "sek", "sekunden", "segundos", "secondi", "secondes", "h", "std", "minutes", "sekunde", "segundo", "secondo",
    "seconde",
};

/// Words that name a picture before a gallery counter ("Bild 1 von 12", "Photo 3 of 8").
constexpr std::string_view k_picture_words[] = {
    "image", "images", "photo", "photos", "picture", "slide", "bild", "foto", "fotos", "imagen", "immagine",
    "imagem", "diapositiva", "gallery", "galerie", "galería", "galleria", "galeria",
};
/// Words between a counter's numbers: "of", "von", "de", "sur", "di".
constexpr std::string_view k_counter_words[] = {"of", "von", "aus", "de", "sur", "di", "da", "/"};

/// A media player's buttons and its plugs for the clip, as whole lines (compared with shape::key()):
/// the download button, the prompt to play or watch the video, the prompt to subscribe to the
/// show, the sound, replay and subtitle buttons. Each is a line of its own under a player; a
/// sentence that names a video says more. "Play" and "Pause" alone stay in every language (a
/// play, a break: "Pause", "pausa" are nouns of prose); verbs that can only be a button
/// ("abspielen", "reproducir") go.
constexpr std::string_view k_player_buttons_en[] = {
    "download", "download audio", "download mp3", "play video", "watch the video", "watch video",
    "watch now", "subscribe to the podcast", "subscribe to podcast", "subscribe to our podcast", "mute", "unmute",
    "playback speed", "play audio",
    "listen", "listen now", "replay", "watch again", "subtitles", "closed captions",
};
constexpr std::string_view k_player_buttons_es[] = {
    "descargar", "descargar audio", "reproducir", "reproducir vídeo", "reproducir video", "ver vídeo", "ver video",
    "ver el vídeo", "ver el video", "mira el vídeo", "mira el video", "suscríbete al podcast", "suscribirse al podcast",
    "velocidad de reproducción",
    "escuchar", "escuchar audio", "escúchalo", "silenciar", "activar sonido", "activar el sonido", "quitar silencio",
    "desactivar silencio", "descargar mp3", "ver ahora", "reproducir audio", "escuchar ahora", "escucha ahora",
    "volver a ver", "subtítulos",
};
constexpr std::string_view k_player_buttons_de[] = {
    "herunterladen", "download", "abspielen", "video abspielen", "video ansehen", "zum video", "video starten",
    "podcast abonnieren", "abonnieren sie den podcast", "abspielgeschwindigkeit", "wiedergabegeschwindigkeit",
    "audio abspielen",
    "anhören", "jetzt anhören", "stummschalten", "stumm schalten", "stummschaltung aufheben", "ton aus", "ton an",
    "ton einschalten", "ton ausschalten", "audio herunterladen", "mp3 herunterladen", "jetzt ansehen",
    "jetzt anschauen", "video anschauen", "erneut abspielen", "nochmal ansehen", "untertitel",
};
constexpr std::string_view k_player_buttons_fr[] = {
    "télécharger", "lire la vidéo", "regarder la vidéo", "voir la vidéo", "abonnez-vous au podcast",
    "s'abonner au podcast", "s’abonner au podcast", "vitesse de lecture", "écouter le podcast",
    "écouter", "écouter l'audio", "écouter l’audio", "couper le son", "activer le son", "rétablir le son",
    "télécharger l'audio", "télécharger l’audio", "télécharger le mp3", "regarder maintenant", "lire l'audio",
    "lire l’audio", "écouter maintenant", "revoir", "rejouer", "sous-titres",
};
constexpr std::string_view k_player_buttons_it[] = {
    "scarica", "riproduci", "riproduci video", "guarda il video", "guarda la video", "vedi il video",
    "guarda la videointervista", "iscriviti al podcast", "segui il podcast", "ascolta il podcast",
    "velocità di riproduzione",
    "ascolta", "ascolta l'audio", "ascolta l’audio", "disattiva audio", "attiva audio", "disattiva l'audio",
    "disattiva l’audio", "attiva l'audio", "attiva l’audio", "scarica audio", "scarica l'audio", "scarica l’audio",
    "scarica mp3", "guarda ora", "riproduci audio", "ascolta ora", "rivedi",
    "guarda di nuovo", "sottotitoli",
};
constexpr std::string_view k_player_buttons_pt[] = {
    "baixar", "transferir", "descarregar", "reproduzir", "reproduzir vídeo", "veja o vídeo", "ver vídeo",
    "ver o vídeo", "assista ao vídeo", "assista o vídeo", "assine o podcast", "siga o podcast",
    "inscreva-se no podcast", "velocidade de reprodução",
    "ouvir", "ouça", "oiça", "silenciar", "ativar som", "ativar o som", "desativar som", "desativar o som",
    "baixar áudio", "descarregar áudio", "baixar mp3", "assista agora", "veja agora", "ver agora",
    "reproduzir áudio", "ouvir agora", "ouça agora", "assistir novamente", "ver novamente", "legendas",
};
constexpr LanguageWords k_player_button_lists[] = {
    {ListLanguage::en, k_player_buttons_en}, {ListLanguage::es, k_player_buttons_es},
    {ListLanguage::de, k_player_buttons_de}, {ListLanguage::fr, k_player_buttons_fr},
    {ListLanguage::it, k_player_buttons_it}, {ListLanguage::pt, k_player_buttons_pt},
};
constexpr LanguagePhrases<total_words(k_player_button_lists)> k_player_buttons{k_player_button_lists};
constexpr KeyGate k_player_button_gate{k_player_buttons};

/// Marks a player prints before its clock: play and pause symbols.
constexpr std::string_view k_player_marks[] = {
    "\xE2\x96\xB6", "\xE2\x96\xBA", "\xE2\x8F\xB5", "\xE2\x8F\xB8", "\xE2\x96\xB7", "\xE2\x8F\xAF",
};

/// "0:00 / 1:47", "▶ 00:00 / 42:17": a player's elapsed time and length, perhaps after its play
/// mark. A single "14:03" is a time of day and stays; the slash between two clocks is the player's.
bool is_player_time(std::string_view key) {
  for (std::string_view mark : k_player_marks)
    if (key.starts_with(mark)) {
      key = shape::trim(key.substr(mark.size()));
      break;
    }
  std::size_t slash = key.find('/');
  if (slash == std::string_view::npos) return false;
  return shape::is_clock(shape::trim(key.substr(0, slash))) && shape::is_clock(shape::trim(key.substr(slash + 1)));
}

/// "1x", "x1", "1.5x", "x1,25", "2×": a playback-speed button alone on its line.
bool is_playback_speed(std::string_view key) {
  if (key.size() > 6) return false;
  bool cross_before = key.starts_with('x');
  bool cross_after = key.ends_with('x');
  if (key.ends_with("\xC3\x97")) {  // "×"
    key.remove_suffix(2);
    cross_after = true;
  } else if (cross_before) {
    key.remove_prefix(1);
  } else if (cross_after) {
    key.remove_suffix(1);
  }
  if (!cross_before && !cross_after) return false;
  if (key.empty() || key[0] < '0' || key[0] > '9') return false;
  for (std::size_t i = 0; i < key.size(); ++i)
    if (!((key[i] >= '0' && key[i] <= '9') || (i > 0 && (key[i] == '.' || key[i] == ','))))
      return false;
  return true;
}

bool is_digits(std::string_view word) {
  if (word.empty() || word.size() > k_max_counter_digits) return false;
  for (char c : word)
    if (c < '0' || c > '9') return false;
  return true;
}

int number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

/// The words of `key` split at single spaces (key() folds white space).
std::size_t split(std::string_view key, std::string_view* words, std::size_t capacity) {
  std::size_t count = 0;
  while (!key.empty()) {
    std::size_t space = key.find(' ');
    if (count == capacity) return capacity + 1;
    words[count++] = key.substr(0, space);
    if (space == std::string_view::npos) break;
    key.remove_prefix(space + 1);
  }
  return count;
}

/// "1 of 12", "Bild 3 von 12", "Photo 2 / 8", "Foto 1 de 9": the line is only a counter whose
/// first number is not above the second. A bare "3/12" is a date and stays; a slash counts
/// only with spaces around it or a picture word before.
bool is_gallery_counter(std::string_view key) {
  std::string_view words[5];
  std::size_t count = split(key, words, 5);
  std::size_t at = 0;
  bool picture = count >= 2 && count <= 4 && shape::is_one_of(words[0], k_picture_words);
  if (picture) at = 1;
  if (count - at == 1 && picture) {
    // "Bild 3/12"
    std::size_t slash = words[1].find('/');
    if (slash == std::string_view::npos) return false;
    std::string_view a = words[1].substr(0, slash), b = words[1].substr(slash + 1);
    return is_digits(a) && is_digits(b) && number(a) >= 1 && number(a) <= number(b);
  }
  if (count - at != 3) return false;
  std::string_view a = words[at], joint = words[at + 1], b = words[at + 2];
  return is_digits(a) && is_digits(b) && shape::is_one_of(joint, k_counter_words) && number(a) >= 1 &&
         number(a) <= number(b) && number(b) >= 2;
}

/// The words a player labels its speed control with ("Velocità 1x", "Speed 1.5x"), keys.
constexpr std::string_view k_speed_words[] = {"speed", "velocità", "velocidad", "vitesse", "geschwindigkeit",
                                              "tempo", "velocidade"};

/// The rest of a line after a player's prompt is nothing or only its duration, its clock ("0:00 /
/// 5:31") and its speed ("Velocità 1x").
bool is_duration(std::string_view rest) {
  std::string_view words[9];
  std::size_t count = split(shape::trim(rest), words, 9);
  if (count > 9) return false;
  for (std::size_t i = 0; i < count; ++i) {
    std::string_view word = words[i];
    while (!word.empty() && (word.front() == '(' || word.front() == '-' || word.front() == '|' ||
                             word.front() == ':' || word.front() == ','))
      word.remove_prefix(1);
    while (!word.empty() && (word.back() == ')' || word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
    if (word.empty() || word == "\xC2\xB7" || word == "\xE2\x80\xA2" || word == "\xE2\x80\x93" || word == "/") continue;
    bool clock = true;  // "4", "3:20"
    for (char c : word) clock = clock && ((c >= '0' && c <= '9') || c == ':');
    // A speed: "1x", "1.5x", "x2".
    bool speed = word.size() >= 2 && word.size() <= 4 && (word.back() == 'x' || word.front() == 'x') &&
                 shape::has_digit(word);
    if (!clock && !speed && !shape::is_one_of(word, k_duration_words) && !shape::is_one_of(word, k_speed_words))
      return false;
  }
  return true;
}

/// True when `key` is two of a gallery's controls printed as one line ("Bild anzeigen Bild
/// schließen", "Previous Next"): it splits at a space into two of k_gallery_controls.
/// Two controls run to a few words.
constexpr std::size_t k_max_two_controls_bytes = 48;
bool is_two_controls(std::string_view key) {
  if (key.size() > k_max_two_controls_bytes || opening_in(key, k_gallery_controls, k_whole_line_languages).empty())
    return false;
  auto control = [](std::string_view part) { return is_one_of(part, k_gallery_controls, k_whole_line_languages); };
  return shape::splits_in_two(key, control, control);
}

/// True when `key` is a gallery's counter and then one of its controls, perhaps after the play
/// sign ("1 / 8 ▶ voir le diaporama en plein écran", "3 of 12 next image").
bool is_counter_then_control(std::string_view key) {
  return shape::splits_in_two(
      key, [](std::string_view counter) { return is_gallery_counter(counter); },
      [](std::string_view control) {
        return is_one_of(shape::skip_opening_marks(control), k_gallery_controls, k_whole_line_languages);
      });
}

/// False when a line whose signature is `pairs` holds no gallery counter, player's clock or
/// playback speed (for certain). Each holds a digit that another byte follows in the key, and so
/// in the line ("3 of 12", "Bild 3/12", "0:00 / 1:47", "1.5x", "2×"), but for "x2", where the
/// digit follows an 'x'.
bool may_hold_number(const shape::LinePairs& pairs) {
  return pairs.after_digit() != 0 || (pairs.rows[shape::pair_class('x')] & shape::k_digit_classes) != 0;
}

/// Words that name a clip's medium in a player's row ("Vidéo · 01:52 · Activer le son").
constexpr std::string_view k_media_words[] = {"video", "vídeo", "vidéo", "audio", "áudio", "podcast", "clip"};
/// Marks that set a player row's cells apart.
constexpr std::string_view k_row_marks[] = {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 "};
constexpr std::size_t k_min_player_row_cells = 2;

/// "Vidéo · 01:52 · Activer le son", "Video | 3:20 | Untertitel": a player's row, each cell a
/// button (k_player_buttons), a clock (shape::is_clock()), a duration or the clip's medium
/// (k_media_words), and one a clock or a button at least. `key` is the line's key.
bool is_player_row(std::string_view key) {
  // A mark's distinctive byte first ('|', or the lead bytes of '·' and '•'): a find of a mark
  // that opens on a space stops at every space.
  if (key.find('|') == std::string_view::npos && key.find("\xC2\xB7") == std::string_view::npos &&
      key.find("\xE2\x80\xA2") == std::string_view::npos)
    return false;
  std::size_t cells = 0;
  bool control = false;
  while (!key.empty()) {
    std::size_t end = std::string_view::npos, mark_size = 0;
    for (std::string_view mark : k_row_marks)
      if (std::size_t at = key.find(mark); at < end) {
        end = at;
        mark_size = mark.size();
      }
    std::string_view cell = shape::trim(key.substr(0, end));
    key = end == std::string_view::npos ? std::string_view{} : key.substr(end + mark_size);
    ++cells;
    if (shape::is_clock(cell) || is_one_of(cell, k_player_buttons, k_whole_line_languages)) control = true;
    else if (!shape::is_one_of(cell, k_media_words) && !is_duration(cell)) return false;
  }
  return cells >= k_min_player_row_cells && control;
}

/// Name particles that a runner's or a rider's name may hold in small letters.
constexpr std::string_view k_name_particles[] = {"van", "von", "der", "den", "de", "da", "di", "del", "dos", "le",
                                                 "la", "du", "y", "e", "und", "and"};
/// A clip's title is a few words.
constexpr std::size_t k_min_clip_title_words = 3;
constexpr std::size_t k_max_clip_title_words = 14;

/// True when `time` is a clip's running time: a clock (shape::is_clock(): "2:41", "1:02:33"), or
/// minutes and seconds apart by an apostrophe or a prime, as French and Italian TV sites print them
/// ("2'41", "2’41", "2′41\"").
bool is_running_time(std::string_view time) {
  if (shape::is_clock(time)) return true;
  // The seconds' mark: a double prime, a quotation mark or two apostrophes ("1'48''").
  if (time.ends_with("''")) time.remove_suffix(2);
  else if (time.ends_with('"')) time.remove_suffix(1);
  else if (time.ends_with("\xE2\x80\xB3")) time.remove_suffix(3);
  std::size_t minutes = 0;
  while (minutes < time.size() && shape::is_ascii_digit(time[minutes])) ++minutes;
  if (minutes == 0 || minutes > 2) return false;
  std::string_view rest = time.substr(minutes);
  for (std::string_view mark : {std::string_view("'"), std::string_view("\xE2\x80\x99"), std::string_view("\xE2\x80\xB2")})
    if (rest.starts_with(mark)) {
      std::string_view seconds = rest.substr(mark.size());
      return seconds.size() == 2 && shape::all_digits(seconds);
    }
  return false;
}

/// "Glockenguss in Zofingen im Zeitraffer (2:41)": a video card's title and its running time in
/// parentheses, minutes and seconds, closing a line of a few words with no stop. A result's line
/// is a name and a time ("Jan van der Berg (13:05)"): the title must hold a word in small letters
/// that is no name's particle.
bool is_clip_title(std::string_view text) {
  text = shape::trim(text);
  if (!text.ends_with(')')) return false;
  std::size_t open = text.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  std::string_view time = text.substr(open + 1, text.size() - open - 2);
  // The platform may come before the time ("(YouTube · 6:41)").
  if (std::size_t dot = time.rfind("\xC2\xB7 "); dot != std::string_view::npos) time = shape::trim(time.substr(dot + 2));
  if (!is_running_time(time) || time.find(':') != time.rfind(':')) return false;
  std::string_view title = shape::trim(text.substr(0, open));
  // A play mark before the title makes it a clip's, whatever its words ("▶ Vídeo | Así escancia
  // el campeón de Nava 2019 (1:12)").
  for (std::string_view mark : k_player_marks)
    if (title.starts_with(mark)) return shape::word_count(title) <= k_max_clip_title_words + 1;
  // A date before the time ("Wczoraj, 10 maja (11:03)") makes it a time of day.
  if (title.empty() || title.back() == '.' || title.back() == ',' || shape::has_digit(title)) return false;
  std::size_t words = 0;
  bool phrase = false;
  shape::each_word(title, [&](std::string_view word) {
    ++words;
    phrase = phrase || (word[0] >= 'a' && word[0] <= 'z' && !shape::is_one_of(word, k_name_particles));
    return true;
  });
  return words >= k_min_clip_title_words && words <= k_max_clip_title_words && phrase;
}

/// A clip's card after its play mark: the title, its channel and platform, its running time.
constexpr std::size_t k_max_marked_clip_words = 24;
/// What sets a card's parts apart: a bar, a middle dot, a dash, spaced.
constexpr std::string_view k_clip_part_marks[] = {" | ", " \xC2\xB7 ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "};

/// "▶ Así fue el primer cruce del «Lemuy» (2:37) — Cruce Austral en YouTube", "▶ Serra da Leba
/// vista do céu | Rumo Vídeos · 1:56": a clip's card after its play mark (k_player_marks), of a
/// few words with no stop closing them, its running time (is_running_time()) anywhere in it:
/// in brackets, or a part of its own between the card's marks. A live page's entry with a time
/// of day ("▶ 14:30: Der Zug fährt ab.") closes on a stop; "▶ Watch the 14:30 kick-off" holds
/// the time inside a part.
bool is_marked_clip(std::string_view text) {
  text = shape::trim(text);
  bool marked = false;
  for (std::string_view mark : k_player_marks)
    if (text.starts_with(mark)) {
      text = shape::trim(text.substr(mark.size()));
      marked = true;
      break;
    }
  if (!marked || text.empty() || text.back() == '.' ||
      shape::word_count(text) > k_max_marked_clip_words)
    return false;
  auto running_time = [](std::string_view part) { return is_running_time(shape::trim(part)); };
  // In brackets ("(2:37)").
  for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    std::size_t close = text.find(')', open);
    if (close == std::string_view::npos) break;
    if (running_time(text.substr(open + 1, close - open - 1))) return true;
  }
  // A part of its own.
  while (!text.empty()) {
    auto [cut, width] = shape::first_mark(text, k_clip_part_marks);
    if (running_time(text.substr(0, cut))) return true;
    if (cut == std::string_view::npos) break;
    text = text.substr(cut + width);
  }
  return false;
}

}  // namespace

namespace {

/// A note in brackets after a player's prompt is a word or two ("(beta)").
constexpr std::size_t k_max_prompt_note_bytes = 16;
/// The play signs a player prints before its duration: ▶ ▷ ► ⏵.
constexpr std::string_view k_play_signs[] = {"\xE2\x96\xB6", "\xE2\x96\xB7", "\xE2\x96\xBA", "\xE2\x8F\xB5"};
/// The pictures' words a gallery's count names, in the plural, lower case, in the six languages.
constexpr std::string_view k_pictures_counted[] = {"fotos", "photos", "bilder", "imágenes", "imagens", "immagini",
                                                   "foto", "images", "pictures"};
/// A gallery's link names its subject in a few words.
constexpr std::size_t k_max_gallery_link_words = 10;

/// "zur bildergalerie vom landesfinale (64 fotos)" (a key): a gallery's control opening the
/// line, a few words naming what it shows, and its pictures' count in brackets closing it.
bool is_gallery_link_with_count(std::string_view key) {
  if (!key.ends_with(')') || shape::key_word_count(key) > k_max_gallery_link_words) return false;
  std::size_t open = key.rfind('(');
  if (open == std::string_view::npos) return false;
  std::string_view count = key.substr(open + 1, key.size() - open - 2);
  std::size_t digits = 0;
  while (digits < count.size() && shape::is_ascii_digit(count[digits])) ++digits;
  if (digits == 0 || digits >= count.size() || count[digits] != ' ' ||
      !shape::is_one_of(count.substr(digits + 1), k_pictures_counted))
    return false;
  return !opening_in(key, k_gallery_controls, k_whole_line_languages).empty();
}

/// A gallery's names, keyed, in the six languages.
constexpr std::string_view k_gallery_nouns[] = {
    "gallery", "photo gallery", "picture gallery", "bildergalerie", "fotogalerie", "galerie", "galerie photo",
    "galería", "galería de fotos", "fotogalería", "galeria", "galeria de fotos", "fotogaleria", "galleria",
    "galleria fotografica", "fotogallery",
};

/// "📷 Bildergalerie: 14 Fotos aus dem Maschinenraum ›" (a key): a gallery's name and its colon,
/// then its pictures' count opening a few words on what it shows.
bool is_gallery_label_with_count(std::string_view key) {
  std::size_t colon = key.find(':');
  if (colon == std::string_view::npos || colon == 0 || shape::key_word_count(key) > k_max_gallery_link_words ||
      !shape::is_one_of(key.substr(0, colon), k_gallery_nouns))
    return false;
  std::string_view rest = shape::trim(key.substr(colon + 1));
  std::size_t digits = 0;
  while (digits < rest.size() && shape::is_ascii_digit(rest[digits])) ++digits;
  if (digits == 0 || digits >= rest.size() || rest[digits] != ' ') return false;
  std::string_view noun = rest.substr(digits + 1);
  return shape::is_one_of(noun.substr(0, noun.find(' ')), k_pictures_counted);
}

}  // namespace

std::optional<std::string> MediaControlsFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  // Past a pictograph the player prints before its prompt ("🔊 Ascolta questo articolo ▶ 4 min").
  if (!shape::opens_on_ascii_alnum(text)) {
    std::string_view trimmed = shape::trim(text);
    if (std::size_t space = trimmed.find(' ');
        space != std::string_view::npos && shape::is_emoji_word(trimmed.substr(0, space)))
      text = shape::trim(trimmed.substr(space));
  }
  // A key that is a control or a button, or opens with a prompt, opens with its first byte and
  // holds its pairs (see KeyGate);
  // one that is a counter, a clock or a speed holds a number: most lines hold neither and are
  // not keyed. The disclaimer stage, before this one in its row, has built the signature of
  // every line this one keys.
  const shape::LinePairs& pairs = shape::line_pairs(text);
  unsigned char first = key_opening(text);
  bool control = k_gallery_control_gate.opens(first), opening = k_player_prompt_gate.opens(first),
       button = k_player_button_gate.opens(first);
  if (!(control && k_gallery_control_gate.may_open(first, pairs)) &&
      !(opening && k_player_prompt_gate.may_open(first, pairs)) &&
      !(button && k_player_button_gate.may_open(first, pairs)) && !may_hold_number(pairs))
    return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (is_one_of(key, k_gallery_controls, k_whole_line_languages) || is_two_controls(key) ||
      is_gallery_link_with_count(key) || is_gallery_label_with_count(key))
    return "a picture gallery's control";
  if (is_gallery_counter(key)) return "a picture gallery's counter";
  // The counter opens the key with its number, perhaps after a word ("Bild 1 von 18 ▶ ...").
  if (shape::has_digit(key.substr(0, 16)) && is_counter_then_control(key))
    return "a picture gallery's counter and control";
  std::string_view prompt = opening_in(key, k_player_prompts, k_whole_line_languages);
  if (!prompt.empty()) {
    // The duration may stand behind the play sign ("... ▶ 4 min", "... ▷ 2:41").
    std::string_view duration = shape::trim(key.substr(prompt.size()));
    // A short note in brackets may come first ("Ouça esta matéria (beta) ▶ 00:00 / 04:12").
    if (std::size_t close = duration.find(')'); duration.starts_with('(') && close != std::string_view::npos &&
                                                close <= k_max_prompt_note_bytes)
      duration = shape::trim(duration.substr(close + 1));
    for (std::string_view play : k_play_signs)
      if (duration.starts_with(play)) duration = shape::trim(duration.substr(play.size()));
    if (is_duration(duration) || is_player_time(duration)) return "an audio player's prompt";
  }
  if (is_one_of(key, k_player_buttons, k_whole_line_languages)) return "a media player's button";
  if (is_player_time(key) || is_playback_speed(key)) return "a media player's clock or speed";
  if (is_player_row(key)) return "a media player's row of controls";
  if (is_clip_title(doc.blocks[index].text) || is_marked_clip(doc.blocks[index].text))
    return "a video card's title and running time";
  return std::nullopt;
}

}  // namespace pith
