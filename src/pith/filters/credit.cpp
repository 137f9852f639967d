// credit: photo and video credits ("Photo: Name/Getty Images", "(AP Photo/Name)", "Watch: ...").
#include "pith/filters/credit.h"

#include <algorithm>

#include <bit>
#include <cstdint>
#include <cstring>

#include "pith/base/ascii.h"
#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/base/pair_gate.h"
#include "pith/filters/key_gate.h"
#include "pith/language/word_lists.h"
#include "pith/base/sentences.h"

namespace pith {

namespace {

/// A credit or a video teaser is a line of a few words; longer is an article paragraph.
constexpr std::size_t k_max_bytes = 240;
constexpr std::size_t k_max_words = 22;
/// A caption ending in a credit may run to a few sentences.
constexpr std::size_t k_max_caption_bytes = 700;
/// Text before a closing credit up to this length is the photo's caption, and goes with it;
/// a longer line is an article paragraph that a credit was glued to, and only the credit goes.
/// Cutting a caption's credit only leaves the caption, where removing a paragraph loses the
/// article's text, so the bound leans short: captions of the dev dumps run to 290 bytes before
/// their credit.
constexpr std::size_t k_max_caption_body_bytes = 300;
/// A trailing credit ("Photo: Name/Agency") fits in this many bytes.
constexpr std::size_t k_max_tail_bytes = 120;
/// A bare "Name/Agency" line is a handful of words.
constexpr std::size_t k_max_slash_credit_bytes = 120;

/// Labels that open a credit or a video teaser; ':' (or "by"/"de"/"von") follows them.
constexpr std::string_view k_labels_en[] = {
    "photo", "photos", "photograph", "photo credit", "photo by", "image", "image credit", "images", "picture",
    "pictures", "credit", "credits", "video", "watch", "watch live", "listen", "photo courtesy", "image courtesy",
    "picture courtesy", "ph.",
};
constexpr std::string_view k_labels_es[] = {
    "foto", "fotos", "foto de", "fotografía", "imagen", "crédito", "créditos", "vídeo", "mira", "míralo", "ver vídeo",
};
constexpr std::string_view k_labels_de[] = {
    "bild", "bildquelle", "foto", "fotos", "fotos von", "foto von", "quelle", "zum video", "video ansehen",
};
constexpr std::string_view k_labels_fr[] = {
    "crédit photo", "crédits photo", "crédit", "crédits", "photo", "photos", "regarder", "à voir",
    "image d'illustration",
    // Canadian French credits a photo given to the paper so: "Photo gracieuseté".
    "photo gracieuseté", "gracieuseté",
};
constexpr std::string_view k_labels_pt[] = {
    "foto", "fotos", "fotografia", "imagem", "crédito", "crédito da foto", "vídeo", "assista", "assista ao vídeo",
    "veja o vídeo",
};
constexpr std::string_view k_labels_it[] = {"foto", "fotografia", "immagine", "credito", "crediti", "guarda",
                                            "guarda il video", "ph."};
constexpr LanguageWords k_label_lists[] = {
    {ListLanguage::en, k_labels_en}, {ListLanguage::es, k_labels_es}, {ListLanguage::de, k_labels_de},
    {ListLanguage::fr, k_labels_fr}, {ListLanguage::pt, k_labels_pt}, {ListLanguage::it, k_labels_it},
};
constexpr LanguagePhrases<total_words(k_label_lists)> k_labels{k_label_lists};

/// Labels of a post's lead image and of screen captures, as blogs credit them. After these a
/// caption may follow as well as a source ("Cover image: an artist's impression of ..."), so
/// the text after the ':' must name a source (names_source()).
constexpr std::string_view k_lead_labels_en[] = {
    "featured image", "featured image credit", "featured photo", "header image", "top image", "lead image",
    "cover image", "screenshot", "screengrab", "screen grab", "illustration",
};
constexpr std::string_view k_lead_labels_es[] = {"imagen destacada", "imagen de portada", "captura de pantalla"};
constexpr std::string_view k_lead_labels_de[] = {"titelbild", "beitragsbild", "titelfoto", "aufmacherbild"};
constexpr std::string_view k_lead_labels_fr[] = {
    "image à la une", "capture d'écran", "photo d'illustration", "illustration",
};
constexpr std::string_view k_lead_labels_pt[] = {
    "imagem destacada", "imagem de capa", "captura de tela", "foto de capa",
};
constexpr std::string_view k_lead_labels_it[] = {
    "immagine in evidenza", "immagine di copertina", "foto di copertina",
};
constexpr LanguageWords k_lead_label_lists[] = {
    {ListLanguage::en, k_lead_labels_en}, {ListLanguage::es, k_lead_labels_es}, {ListLanguage::de, k_lead_labels_de},
    {ListLanguage::fr, k_lead_labels_fr}, {ListLanguage::pt, k_lead_labels_pt}, {ListLanguage::it, k_lead_labels_it},
};
constexpr LanguagePhrases<total_words(k_lead_label_lists)> k_lead_labels{k_lead_label_lists};

/// Openings that need no ':' after them: "Image copyright Getty Images", "Photo by Name".
constexpr std::string_view k_colonless_labels_en[] = {
    "image copyright", "picture copyright", "image source", "image caption", "photo by", "photograph by",
    "photo courtesy of", "picture by", "pictures by", "photos by", "image by", "picture courtesy of",
    "image courtesy of", "photos courtesy of", "courtesy of", "featured image via", "featured image by",
    "featured image courtesy of",
    "featured photo via", "header image via", "top image via", "image via", "images via", "photo via", "photos via",
    "screenshot via",
};
constexpr std::string_view k_colonless_labels_es[] = {
    "foto de", "foto cedida por", "imagen vía", "imagen via", "foto vía", "foto via",
};
constexpr std::string_view k_colonless_labels_de[] = {"foto von", "bild via", "foto via"};
constexpr std::string_view k_colonless_labels_fr[] = {"photo de", "image tirée de"};
constexpr std::string_view k_colonless_labels_pt[] = {"foto de", "imagem via", "foto via"};
constexpr std::string_view k_colonless_labels_it[] = {"foto di", "immagine via", "immagine tratta da", "foto via"};
constexpr LanguageWords k_colonless_label_lists[] = {
    {ListLanguage::en, k_colonless_labels_en}, {ListLanguage::es, k_colonless_labels_es},
    {ListLanguage::de, k_colonless_labels_de}, {ListLanguage::fr, k_colonless_labels_fr},
    {ListLanguage::pt, k_colonless_labels_pt}, {ListLanguage::it, k_colonless_labels_it},
};
constexpr LanguagePhrases<total_words(k_colonless_label_lists)> k_colonless_labels{k_colonless_label_lists};
/// A colonless credit names a source in a few words.
constexpr std::size_t k_max_colonless_words = 10;

/// Whole lines that only label a media slot (compared with shape::key()), and stock and
/// archive labels standing where the photo was.
constexpr std::string_view k_media_labels_en[] = {
    "video", "videos", "photo", "photos", "gallery", "photo gallery", "watch", "watch now", "listen",
    "royalty free photo", "royalty-free photo", "royalty free image", "royalty-free image", "stock photo",
    "stock image", "file photo", "archive photo",
};
constexpr std::string_view k_media_labels_es[] = {
    "vídeo", "vídeos", "galería", "galería de fotos", "foto de archivo", "imagen de archivo",
};
constexpr std::string_view k_media_labels_de[] = {
    "bildergalerie", "galerie", "archivbild", "archivfoto", "symbolbild",
};
constexpr std::string_view k_media_labels_fr[] = {"galerie", "galerie photos", "photo d'archive", "image d'archive"};
constexpr std::string_view k_media_labels_pt[] = {
    "vídeo", "vídeos", "galeria", "galeria de fotos", "foto de arquivo", "imagem de arquivo",
};
constexpr std::string_view k_media_labels_it[] = {
    "fotogalleria", "galleria fotografica", "foto d'archivio", "immagine d'archivio",
};
constexpr LanguageWords k_media_label_lists[] = {
    {ListLanguage::en, k_media_labels_en}, {ListLanguage::es, k_media_labels_es},
    {ListLanguage::de, k_media_labels_de}, {ListLanguage::fr, k_media_labels_fr},
    {ListLanguage::pt, k_media_labels_pt}, {ListLanguage::it, k_media_labels_it},
};
constexpr LanguagePhrases<total_words(k_media_label_lists)> k_media_labels{k_media_label_lists};
constexpr KeyGate k_media_label_gate{k_media_labels};

/// Words that make a parenthesised note a credit; an agency name alone ("(AFP)") is a
/// source in prose, not a credit.
constexpr std::string_view k_credit_words[] = {
    "photo", "photos", "foto", "fotos", "image", "images", "imagen", "imagem", "immagine", "bild", "getty",
    "fotografia", "fotografía", "photograph", "picture",
    "screenshot", "screengrab", "captura", "capture d'écran",
    "shutterstock", "credit", "crédito", "crédit", "courtesy", "cortesía", "handout", "ap photo", "afp photo",
    "reuters photo", "epa photo",
    // The image's source, as a label names it: "(Bildquelle: Name)".
    "image source", "bildquelle", "fotoquelle", "fuente de la imagen", "source de l'image", "fonte da imagem",
    "fonte dell'immagine",
};

/// Labels that name a source of any kind ("(Quelle: Statistisches Bundesamt)" attributes a
/// figure): a credit only when a photo word follows them ("(Quelle: Foto Name)").
constexpr std::string_view k_source_labels[] = {"source", "quelle", "fuente", "fonte", "fonti"};

/// Words that introduce whose photo it is, when no ':' or '/' does.
constexpr std::string_view k_source_markers[] = {
    " by ", " de ", " di ", " von ", " par ", "courtesy", "cortesía", "cortesia", "handout", "gracieuseté",
};

/// Agencies a bare "Name/Agency" credit line ends with.
constexpr std::string_view k_agencies[] = {
    "getty images", "getty", "shutterstock", "reuters", "afp", "ap", "epa", "epa-efe", "dpa", "efe", "ansa",
    "alamy", "imago", "picture alliance", "bloomberg", "sipa", "abaca", "lusa", "ap photo", "afp photo",
    "reuters photo", "istock", "unsplash", "anadolu", "xinhua", "ddp", "keystone", "europa press",
};

/// "Photo: Name/Agency", "Watch: headline", "Foto de Name": a label, a separator, a few words.
/// The text after `label` and its ':' when `key` opens with them, or npos.
std::size_t after_label_colon(std::string_view key, std::string_view label) {
  if (!shape::starts_with_word_ci(key, label)) return std::string_view::npos;
  std::size_t at = label.size();
  if (key.substr(at).starts_with(" :")) ++at;  // French spacing: "Photo : AFP"
  if (!key.substr(at).starts_with(':') || shape::trim(key.substr(at + 1)).empty()) return std::string_view::npos;
  return at + 1;
}

bool is_labelled_credit(std::string_view key, ListLanguages languages) {
  if (shape::key_word_count(key) > k_max_words) return false;
  return any_phrase_opening(key, k_labels, languages, [&](std::string_view label) {
    return after_label_colon(key, label) != std::string_view::npos;
  });
}

/// True when `byte` opens a capitalised word: an ASCII capital or C3, which leads a Latin-1 one.
bool opens_capital(char byte) {
  return (byte >= 'A' && byte <= 'Z') || static_cast<unsigned char>(byte) == 0xC3;
}

/// True when `source` (what follows a credit's label, past any ':') opens with a name, a
/// handle or a site ("Flickr", "Ana Souza", "@cityfire", "example.com"), not with prose
/// ("satellite shows ...", "a relative took one ...").
bool names_source(std::string_view source) {
  source = shape::trim(source);
  if (source.starts_with(':')) source = shape::trim(source.substr(1));
  if (source.empty()) return false;
  char first = source[0];
  std::string_view first_word = source.substr(0, source.find_first_of(" /,"));
  // "the Platt family", "The National Archives": an article, then a name.
  if ((source.starts_with("the ") || source.starts_with("The ")) && source.size() > 4 && opens_capital(source[4]))
    return true;
  return opens_capital(first) || (first >= '0' && first <= '9') || first == '@' ||
         source.substr(0, source.find(' ')).find_first_of("./") != std::string_view::npos ||
         // Agencies some sites write in lower case: "Foto: dpa", "foto: ansa".
         std::any_of(std::begin(k_agencies), std::end(k_agencies),
                     [&](std::string_view agency) { return shape::equals_ci(first_word, agency); });
}

/// "Featured image: Wikimedia Commons", "Screenshot: YouTube": a lead-image label, then a source.
bool is_lead_image_credit(std::string_view text, ListLanguages languages) {
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return false;
  bool labelled = any_phrase_opening(
      key, k_lead_labels, languages,
      [&](std::string_view label) { return after_label_colon(key, label) != std::string_view::npos; });
  if (!labelled) return false;
  // The source as written (the key lower-cased it): after the line's first ':'.
  std::size_t colon = text.find(':');
  return colon != std::string_view::npos && names_source(text.substr(colon + 1));
}

/// A source's name after a photo word in brackets ("(foto Interpress)") is a few words.
constexpr std::size_t k_max_bracket_source_words = 3;

/// True when every word of `words` opens with a capital or a digit ("Interpress", "Ana Souza").
bool is_capitalised_name(std::string_view words) {
  if (words.empty() || shape::word_count(words) > k_max_bracket_source_words) return false;
  for (std::size_t at = 0; at < words.size();) {
    char first = words[at];
    if (!opens_capital(first) && !(first >= '0' && first <= '9')) return false;
    std::size_t space = words.find(' ', at);
    if (space == std::string_view::npos) break;
    at = space + 1;
  }
  return true;
}

/// An office credited for a photo is named in this many words at most.
constexpr std::size_t k_max_office_words = 5;

/// "foto Ansa", "Photo AFP", "(foto Interpress)": a photo word and an agency's name or a
/// capitalised name, and nothing else; or the outlet's name and its photographer's, set apart
/// by a comma or a spaced dash, as a slash would ("(Photo Le Fleuve, Marie-Ève Gagnon)",
/// "(Photo Le Fjord Express – Rosalie Gauthier)").
bool is_photo_word_and_agency(std::string_view inside) {
  std::size_t space = inside.find(' ');
  if (space == std::string_view::npos) return false;
  std::string_view word = inside.substr(0, space);
  std::string_view agency = shape::trim(inside.substr(space + 1));
  bool photo_word = false;
  for (std::string_view credit_word : k_credit_words) photo_word = photo_word || shape::equals_ci(word, credit_word);
  if (!photo_word) return false;
  // An archive's word may come first ("(foto archivio TeleVal)").
  for (std::string_view archive : {"archivio", "archivo", "arquivo", "archiv", "archive", "archives", "file"})
    if (shape::starts_with_word_ci(agency, archive) && agency.size() > archive.size()) {
      agency = shape::trim(agency.substr(archive.size()));
      break;
    }
  for (std::string_view name : k_agencies)
    if (shape::equals_ci(agency, name)) return true;
  if (is_capitalised_name(agency)) return true;
  // An office's name, capitalised on its first word only ("(Foto Ufficio diocesano comunicazioni
  // sociali)"), a few words without a mark.
  if (!agency.empty() && agency[0] >= 'A' && agency[0] <= 'Z' && shape::word_count(agency) <= k_max_office_words &&
      agency.find_first_of(".,;:!?0123456789") == std::string_view::npos)
    return true;
  for (std::string_view mark : {std::string_view(", "), std::string_view(" \xE2\x80\x93 "), std::string_view(" \xE2\x80\x94 ")})
    if (std::size_t at = agency.find(mark); at != std::string_view::npos)
      return is_capitalised_name(agency.substr(0, at)) && is_capitalised_name(agency.substr(at + mark.size()));
  return false;
}

/// Words that close a "Name / Outlet staff" credit: the outlet's own photographer.
constexpr std::string_view k_staff_words[] = {"staff", "staff photographer", "staff photo", "photographer"};

/// A photographer's name before an outlet's slash: two to four words ("Ana Lima", "Jean-Paul
/// de Vries", "Mary T. Ross").
constexpr std::size_t k_min_name_words = 2;
constexpr std::size_t k_max_name_words = 4;
/// An outlet's name after the slash: a few words ("Pexels", "The Valley Ledger").
constexpr std::size_t k_max_outlet_words = 5;

/// Small words a person's or an outlet's name may hold in lower case ("Lori van Buren", "Folha
/// de Minas", "Guardian staff").
constexpr std::string_view k_name_particles[] = {"de", "da", "do", "dos", "das", "del", "della", "di", "van",
                                                 "von", "der", "den", "la", "le", "du", "of", "and", "y", "e"};

/// True when `words` (white space separated, none empty) number from `min` to `max`, hold no
/// digit and no punctuation but a name's ('.', '-', '\''), and open with a capital, each of
/// them (`all_capitals`) but the small words of k_name_particles, or the first only.
bool is_name(std::string_view words, std::size_t min, std::size_t max, bool all_capitals) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < words.size();) {
    std::size_t end = std::min(words.size(), words.find(' ', at));
    std::string_view word = words.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    if (++count > max) return false;
    for (char c : word)
      if ((c >= '0' && c <= '9') || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '!' || c == '?')
        return false;
    if (opens_capital(word[0])) continue;
    if (count == 1 || (all_capitals && !shape::is_one_of(word, k_name_particles))) return false;
  }
  return count >= min;
}

/// "Jolene Marsh/The Valley Ledger", "Kristin Vogt / Pexels": a person's name, one slash, an
/// outlet's name, as newspapers credit their own and their partners' photographers. No agency
/// need be named, so the form is asked of a parenthesis that closes a caption's sentence only
/// (ends_with_outlet_credit(), and is_credit_tail() with `after_stop`).
bool is_name_and_outlet(std::string_view inside) {
  std::size_t slash = inside.find('/');
  if (slash == std::string_view::npos || inside.find('/', slash + 1) != std::string_view::npos) return false;
  return is_name(shape::trim(inside.substr(0, slash)), k_min_name_words, k_max_name_words, true) &&
         is_name(shape::trim(inside.substr(slash + 1)), 1, k_max_outlet_words, false);
}

/// is_name_and_outlet() bare, closing a caption after its stop: no stop after it, and the
/// outlet's words all capitalised ("Sacha Berclaz/Rhône Hebdo"); "Then Smith/Jones Partnership
/// took the stage." is a sentence.
bool is_bare_name_and_outlet(std::string_view tail) {
  if (tail.ends_with('.')) return false;
  std::size_t slash = tail.find('/');
  return is_name_and_outlet(tail) && is_name(shape::trim(tail.substr(slash + 1)), 1, k_max_outlet_words, true);
}

/// True when `inside` opens with a source label, its ':' and a photo word: "Quelle: Foto Name",
/// "Source: Photo Name", "Fuente: foto de Name".
bool is_photo_source(std::string_view inside) {
  for (std::string_view label : k_source_labels) {
    if (!shape::starts_with_word_ci(inside, label)) continue;
    std::string_view rest = shape::trim(inside.substr(label.size()));
    if (!rest.starts_with(':')) return false;
    rest = shape::trim(rest.substr(1));
    return std::any_of(std::begin(k_credit_words), std::end(k_credit_words),
                       [&](std::string_view word) { return shape::starts_with_word_ci(rest, word); });
  }
  return false;
}

/// Words for a picture that an outlet's own credit puts before the photographer's name
/// ("Courier photo/Jenna Ross", "Staff photo by John Doe", "Archivfoto: Name").
constexpr std::string_view k_picture_words[] = {"photo", "photograph", "picture", "image", "file photo", "foto",
                                                "bild", "archivfoto", "archivbild", "illustration", "graphic"};
/// The words that join a picture word to whose it is ("photo by Name", "Foto von Name").
constexpr std::string_view k_picture_bys[] = {"by", "courtesy", "von", "de", "par", "di", "por"};

/// "Courier photo/Jenna Ross", "Staff photo by John Doe", "Herald-Zeitung Foto von Anna Roth":
/// a few words, a picture word, then a slash or a "by" and a capitalised name.
bool is_outlet_picture_credit(std::string_view inside) {
  std::string_view previous;
  bool credit = false;
  shape::each_word(inside, [&](std::string_view word) {
    if (!previous.empty() && shape::is_one_of_ci(previous, k_picture_words)) {
      credit = shape::is_one_of_ci(word, k_picture_bys);
      return false;
    }
    std::size_t slash = word.find('/');
    if (slash != std::string_view::npos && slash > 0 && slash + 1 < word.size()) {
      credit = shape::is_one_of_ci(word.substr(0, slash), k_picture_words);
      return false;
    }
    previous = word;
    return true;
  });
  if (!credit) return false;
  // Whose: the words after the slash or the "by" open with a capital.
  std::size_t at = inside.find_last_of("/ ");
  return at + 1 < inside.size() && ((inside[at + 1] >= 'A' && inside[at + 1] <= 'Z') ||
                                    static_cast<unsigned char>(inside[at + 1]) >= 0xC3);
}

/// A credit in brackets runs to this many words.
constexpr std::size_t k_max_credit_inside_words = 10;

/// Whether the text between parentheses reads as a credit: short, naming a photo or agency, and
/// naming whose ("Photo: Name", "AP Photo/Name", "Photo by Name") — a headline's "(Photos)" is not one.
bool is_credit_inside(std::string_view inside) {
  // (French spacing sets a label's ':' and a slash apart as words of their own: "Photo : Name /
  // Outlet".)
  if (inside.empty() || shape::word_count(inside) > k_max_credit_inside_words) return false;
  bool names_source = inside.find_first_of(":/") != std::string_view::npos ||
                      shape::contains_any_ci(inside, k_source_markers);
  // Italy's abbreviation for a photo before its photographer: "(ph. Matteo Brunelli)".
  if (shape::starts_with_word_ci(inside, "ph.") && inside.size() > 4) return true;
  if (is_outlet_picture_credit(inside)) return true;
  if (!names_source) return is_photo_word_and_agency(inside);
  for (std::string_view word : k_credit_words)
    if (shape::starts_with_word_ci(inside, word)) return true;
  if (is_photo_source(inside)) return true;
  if (inside.find('/') == std::string_view::npos) return false;
  if (shape::contains_any_ci(inside, k_agencies)) return true;
  for (std::string_view staff : k_staff_words)
    if (shape::ends_with_ci(inside, staff) && inside.size() > staff.size() &&
        inside[inside.size() - staff.size() - 1] == ' ')
      return true;
  return false;
}

/// True when `text` up to `at` is empty or ends a sentence: white space, then '.', '!', '?', a
/// closing quote or a closing parenthesis before it.
bool closes_sentence_before(std::string_view text, std::size_t at) {
  std::string_view before = shape::trim(text.substr(0, at));
  if (before.empty()) return true;
  char last = before.back();
  return last == '.' || last == '!' || last == '?' || last == '"' || last == ')' || before.ends_with("\xE2\x80\x9D") ||
         before.ends_with("\xC2\xBB");  // ” »
}

/// "(AP Photo/Name)" alone, or closing a caption: the line ends with a parenthesised credit.
bool ends_with_parenthesised_credit(std::string_view text) {
  // Square brackets serve as well: "[Image: Reuters]".
  bool square = text.ends_with(']');
  if (!text.ends_with(')') && !square) return false;
  std::size_t open = text.rfind(square ? '[' : '(');
  if (open == std::string_view::npos) return false;
  return is_credit_inside(text.substr(open + 1, text.size() - open - 2));
}

/// "(Jolene Marsh/The Valley Ledger)" alone, or after a sentence's end ("... on Wednesday.
/// (Name/Outlet)"): the line ends with a parenthesised is_name_and_outlet().
bool ends_with_outlet_credit(std::string_view text) {
  if (!text.ends_with(')')) return false;
  std::size_t open = text.rfind('(');
  return open != std::string_view::npos && closes_sentence_before(text, open) &&
         is_name_and_outlet(text.substr(open + 1, text.size() - open - 2));
}

/// A photographer's name after an agency's slash ("EFE/Mariscal") runs to a few words.
constexpr std::size_t k_max_photographer_words = 4;

/// "Jane Doe/Getty Images", "John Smith / AFP via Getty Images": a name, a slash, an agency;
/// or, as some agencies sign, the agency, a slash, a name ("EFE/Mariscal", "EPA/Jane Roe").
bool is_slash_credit(std::string_view key) {
  std::size_t slash = key.find_last_of("/|");
  if (slash == std::string_view::npos || shape::key_word_count(key) > 10) return false;
  if (key.find_first_of(".;!?") != std::string_view::npos) return false;
  std::string_view after = shape::trim(key.substr(slash + 1));
  if (shape::is_one_of(shape::trim(key.substr(0, slash)), k_agencies) && !after.empty() &&
      shape::word_count(after) <= k_max_photographer_words)
    return true;
  for (std::string_view agency : k_agencies)
    if (shape::ends_with_ci(after, agency) &&
        (after.size() == agency.size() || after[after.size() - agency.size() - 1] == ' '))
      return true;
  return false;
}


/// True when the '.' at `at` of `text` closes a name's initial: one capital after a space, a
/// slash or the start ("L. Banda", "Wellspring Aid/J. Renner").
bool closes_initial(std::string_view text, std::size_t at) {
  if (at == 0 || text[at - 1] < 'A' || text[at - 1] > 'Z') return false;
  return at == 1 || text[at - 2] == ' ' || text[at - 2] == '/' || text[at - 2] == '-';  // "J.-M. Payet"
}

/// True when `text` holds one sentence: no ". ", "! ", "? " or ";" inside it (a domain's dots,
/// a name's initial and a final stop are fine).
bool is_one_sentence(std::string_view text) {
  text = shape::trim(text);
  for (std::size_t at = 0; at + 1 < text.size(); ++at) {
    char c = text[at];
    if (c == ';' || ((c == '.' || c == '!' || c == '?') && text[at + 1] == ' ' && !(c == '.' && closes_initial(text, at))))
      return false;
  }
  return !text.ends_with(';');
}

/// True when `text` holds a '/' or a '|' (two memchr, not find_first_of's one per byte).
bool has_slash(std::string_view text) {
  return text.find('/') != std::string_view::npos || text.find('|') != std::string_view::npos;
}

/// "Image copyright Getty Images", "Featured image via Flickr/Jane Roe": an opening that needs
/// no ':', then a source of a few words in one sentence.
bool is_colonless_credit(std::string_view text, ListLanguages languages) {
  text = shape::skip_opening_marks(text);
  std::string_view label = opening_in(text, k_colonless_labels, languages);
  if (label.empty()) return false;
  // The source is a name, a handle or a site ("via Flickr", "by Ana Souza", "via example.com"),
  // not prose ("Image via satellite shows ...").
  std::string_view source = text.substr(shape::phrase_at(text, label));
  return names_source(source) && shape::key_word_count(shape::scratch_key(text)) <= k_max_colonless_words &&
         is_one_sentence(text);
}

/// "Photo / Supplied", "Photo AFP / Jean Dupont", "Foto Agrarbote / Hans Meier": a label whose
/// colon is a slash (the form some New Zealand and Australian sites use), or a label, an agency's
/// or outlet's capitalised name and, after a slash, its photographer. `label` opens `text` (a
/// phrase of k_tail_labels). The source must read as a name (names_source()): "Photo / video
/// apps ..." is prose. One sentence of at most k_max_colonless_words words.
bool is_slashed_label_credit(std::string_view text, std::string_view label) {
  std::string_view rest = text.substr(shape::phrase_at(text, label));
  std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos || rest.empty() || rest[0] != ' ') return false;
  if (!is_one_sentence(text) || shape::word_count(text) > k_max_colonless_words) return false;
  std::string_view owner = shape::trim(rest.substr(0, slash)), source = rest.substr(slash + 1);
  if (source.empty() || source[0] != ' ' || source.find('/') != std::string_view::npos) return false;
  return (owner.empty() || is_name(owner, 1, k_max_outlet_words, true)) && names_source(source);
}

/// Words that say a photo came from the outlet's archive, between a credit's label and its
/// source ("Photo d'archives DR", "PHOTO | FILE | NATION", "Foto de archivo EFE").
constexpr std::string_view k_archive_words[] = {
    "file", "archive", "archives", "d'archives", "d’archives", "illustration", "d'illustration", "d’illustration",
    "archivo", "de archivo", "archiv", "archivio", "d'archivio", "d’archivio", "arquivo", "de arquivo",
};
/// "DR" or "D.R.", the French "droits réservés": rights reserved, its owner not named.
constexpr std::string_view k_rights_reserved[] = {"DR", "D.R.", "D. R."};

/// True when `text` ends on k_rights_reserved after a space ("... Photo D.R.").
bool ends_on_rights_reserved(std::string_view text) {
  text = shape::trim(text);
  for (std::string_view mark : k_rights_reserved)
    if (text.size() > mark.size() && text.ends_with(mark) && text[text.size() - mark.size() - 1] == ' ') return true;
  return false;
}

/// True when `source` (past a label, a bar or an archive word) names its owner as an outlet's
/// own credit does: "DR", an agency in capitals ("AFP"), an outlet's capitalised name and a
/// photographer after a slash ("Le Progrès/Jean Dupont"), or, when `set_off` (a bar or an
/// archive word came before it), any capitalised name ("Nation Media Group", "Le Progrès").
bool names_bare_owner(std::string_view source, bool set_off) {
  source = shape::trim(source);
  if (shape::is_one_of(source, k_rights_reserved)) return true;
  if (source.empty() || source.find_first_of(".;:") != std::string_view::npos) return false;
  std::size_t slash = source.find('/');
  if (slash != std::string_view::npos)
    return source.find('/', slash + 1) == std::string_view::npos &&
           is_name(shape::trim(source.substr(0, slash)), 1, k_max_outlet_words, false) &&
           is_name(shape::trim(source.substr(slash + 1)), 1, k_max_outlet_words, false);
  if (!is_name(source, 1, k_max_outlet_words, false)) return false;
  return set_off || std::none_of(source.begin(), source.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

/// "Photo DR", "Photo d'archives DR", "PHOTO | FILE | NAIROBI PULSE", "Photo AFP", "Photo Le
/// Progrès/Jean Dupont": a label without a colon, then perhaps a bar and an archive word, then
/// the owner (names_bare_owner()), as French and East African outlets credit their photos.
/// `label` opens `text` (a phrase of k_tail_labels). A name alone after the label must be in
/// capitals or carry a slash: "Photo Booth Rentals" could be a shop's name.
bool is_bare_label_credit(std::string_view text, std::string_view label) {
  if (shape::word_count(text) > k_max_colonless_words) return false;
  // The label is a word of its own: "Bild-Dokument" opens with no label.
  const std::size_t after = shape::phrase_at(text, label);
  if (after < text.size() && text[after] != ' ' && !label.ends_with('.')) return false;
  std::string_view rest = shape::trim(text.substr(after));
  // A courtesy's word after the label ("Photo gracieuseté – ..."), as Canadian French writes it.
  for (std::string_view courtesy : {std::string_view("gracieuseté"), std::string_view("cortesía"),
                                    std::string_view("cortesia")})
    if (shape::starts_with_word_ci(rest, courtesy)) rest = shape::trim(rest.substr(courtesy.size()));
  // The label's own abbreviation ("Ph.") or a bar or dash after it sets the owner off.
  bool set_off = label.ends_with('.');
  if (rest.starts_with('|')) {
    rest = shape::trim(rest.substr(1));
    set_off = true;
  } else if (std::size_t dash = shape::dash_at(rest); dash != 0 && dash < rest.size() && rest[dash] == ' ') {
    rest = shape::trim(rest.substr(dash));
    set_off = true;
  }
  if (std::string_view archive = shape::word_prefix_in(rest, k_archive_words); !archive.empty()) {
    rest = shape::trim(rest.substr(archive.size()));
    if (rest.starts_with('|')) rest = shape::trim(rest.substr(1));
    set_off = true;
  }
  return names_bare_owner(rest, set_off);
}

/// "(Screenshot: YouTube) Three brothers give a health update.": a caption opening with its credit.
bool opens_with_parenthesised_credit(std::string_view text) {
  text = shape::skip_opening_marks(text);
  if (!text.starts_with('(')) return false;
  std::size_t close = text.find(')');
  if (close == std::string_view::npos) return false;
  return is_credit_inside(text.substr(1, close - 1));
}

/// Labels that may open a credit at the end of a longer line: photo and image credits only
/// ("Watch:" or "Listen:" in the middle of prose may be the article's).
constexpr std::string_view k_tail_labels_en[] = {
    "featured image", "featured photo", "header image", "top image", "lead image", "cover image", "image", "images",
    "photo", "photos", "photograph", "picture", "credit", "image credit", "photo credit", "screenshot", "courtesy",
    "photo courtesy", "image courtesy", "picture courtesy",
    // Italian and trade credits shorten the label ("Ph. Marco Redaelli").
    "ph.",
};
constexpr std::string_view k_tail_labels_es[] = {"foto", "fotos", "fotografía", "imagen", "crédito", "imagen destacada",
                                                 // The courtesy's word alone, as the River Plate's "Gentileza" is.
                                                 "gentileza", "cortesía"};
constexpr std::string_view k_tail_labels_de[] = {"bild", "bildquelle", "foto", "fotos", "titelbild", "beitragsbild"};
constexpr std::string_view k_tail_labels_fr[] = {"crédit photo", "crédits photo", "crédit", "photo", "image à la une",
                                                 "gracieuseté"};
constexpr std::string_view k_tail_labels_pt[] = {"foto", "fotos", "fotografia", "imagem", "crédito", "imagem destacada",
                                                 "cortesia"};
constexpr std::string_view k_tail_labels_it[] = {"foto", "fotografia", "immagine", "credito", "immagine in evidenza",
                                                 "ph."};
constexpr LanguageWords k_tail_label_lists[] = {
    {ListLanguage::en, k_tail_labels_en}, {ListLanguage::es, k_tail_labels_es}, {ListLanguage::de, k_tail_labels_de},
    {ListLanguage::fr, k_tail_labels_fr}, {ListLanguage::pt, k_tail_labels_pt}, {ListLanguage::it, k_tail_labels_it},
};
constexpr LanguagePhrases<total_words(k_tail_label_lists)> k_tail_labels{k_tail_label_lists};
/// A credit closing a line names its source in a few words.
constexpr std::size_t k_max_tail_words = 12;
/// Sentence starts tried from a line's end when looking for its credit.
constexpr std::size_t k_max_tail_starts = 4;
/// Bytes of a line's end searched for a credit tail.
constexpr std::size_t k_tail_window = k_max_tail_bytes + 40;

/// "© Name / Agency", "© dpa", "© AdobeStock.com/Name": a copyright sign, then a source named
/// in a few words and one sentence, closing a caption.
bool is_copyright_sign_credit(std::string_view tail) {
  if (!tail.starts_with(shape::k_copyright_sign)) return false;
  std::string_view source = shape::trim(tail.substr(shape::k_copyright_sign.size()));
  return names_source(source) && shape::word_count(source) <= k_max_tail_words && is_one_sentence(source);
}

/// True when `tail` (from a sentence start to the line's end) is a credit and nothing else.
/// `after_stop` says that a sentence's full stop comes before it in its line (or, for a
/// parenthesis, nothing does).
bool is_credit_tail(std::string_view tail, ListLanguages languages, bool after_stop) {
  tail = shape::trim(tail);
  if (tail.size() > k_max_tail_bytes) return false;
  if (tail.starts_with('('))
    return ends_with_parenthesised_credit(tail) || (after_stop && ends_with_outlet_credit(tail));
  if (is_copyright_sign_credit(tail)) return true;
  std::string_view tail_label = opening_in(tail, k_tail_labels, languages);
  // A name and an outlet bare after a caption's stop ("... mardi. Sacha Berclaz/Rhône Hebdo"),
  // as in a parenthesis.
  if (tail_label.empty())
    return has_slash(tail) && (is_slash_credit(shape::scratch_key(tail)) || (after_stop && is_bare_name_and_outlet(tail)));
  // A label, then the sign: "Photo © Karl Whitlow / AeroBrief", "Foto © dpa".
  if (std::string_view signed_credit = shape::trim(tail.substr(shape::phrase_at(tail, tail_label)));
      signed_credit.starts_with(shape::k_copyright_sign))
    return is_copyright_sign_credit(signed_credit);
  if (is_colonless_credit(tail, languages)) return true;
  if (is_slashed_label_credit(tail, tail_label)) return true;
  if (is_bare_label_credit(tail, tail_label)) return true;
  if (!opening_in(tail, k_lead_labels, languages).empty())
    return is_one_sentence(tail) && is_lead_image_credit(tail, languages);
  std::size_t colon = tail.find(':');
  return colon != std::string_view::npos && names_source(tail.substr(colon + 1)) && is_one_sentence(tail) &&
         shape::word_count(tail) <= k_max_tail_words && is_labelled_credit(shape::scratch_key(tail), languages);
}

/// What a credit closing a line holds: a label's ':', a slash or bar before an agency,
/// brackets, or the word a colonless label names its source with ("Featured image via ...",
/// "Photo by ...", "Image copyright ...", "Photo courtesy of ...", "Foto di ...", "Foto von
/// ...", "Photo par ...", "Photo archives ...", "Ph. ...", "gracieuseté"), or the line ends on
/// "DR" ("Photo DR", rights reserved: ends_on_rights_reserved()), or the courtesy's word
/// ("Gentileza", "Cortesía"). Most lines hold none in their
/// last bytes, and skip the search. (The
/// copyright sign is looked for apart: its two bytes are in the signature's classes of every
/// character outside ASCII, so the signature could not rule it out.)
constexpr shape::Needles k_credit_marks{{" via ", " by ", "opyright", "ourtesy", "oto d", "oto v", "oto p", "oto a",
                                         " Ph. ", "acieuset", "entileza", "ortes"}};
constexpr shape::PairSet k_credit_mark_pairs{k_credit_marks.needles};

constexpr shape::PairGate k_credit_mark_gate{k_credit_mark_pairs};

/// The bytes whose presence may_hold_credit() tests first.
constexpr char k_credit_stops[] = {':', '/', '|', '('};

/// True when `text` holds a byte of k_credit_stops, told by `pairs`, the signature of `text` or
/// of a block that holds `text` and white space around it (no other byte): a byte with another
/// after it sets a bit in its row; the last byte of `text` has none.
bool holds_credit_stop(std::string_view text, const shape::LinePairs& pairs) {
  for (char stop : k_credit_stops)
    if (pairs.rows[shape::pair_class(stop)] != 0 || (!text.empty() && text.back() == stop)) return true;
  return false;
}

/// `pairs` is the signature of a line holding `tail`, or null when none was built; `whole` says
/// that `tail` is all of that line but for white space around it.
bool may_hold_credit(std::string_view tail, const shape::LinePairs* pairs, bool whole) {
  static constexpr ascii::StopBytes k_marks{0, {':', '/', '|', '('}};
  bool stop = pairs && whole ? holds_credit_stop(tail, *pairs) : ascii::next_stop(tail, 0, k_marks) < tail.size();
  return stop ||
         (pairs ? k_credit_mark_gate.may_hold_any(*pairs) &&
                      shape::contains_any(tail, k_credit_marks, k_credit_mark_pairs, *pairs)
                : shape::contains_any(tail, k_credit_marks)) ||
         tail.find(shape::k_copyright_sign) != std::string_view::npos || ends_on_rights_reserved(tail);
}

/// A first look for may_hold_credit() over a whole block, by its signature `pairs`: false when
/// `block` holds none of the bytes ':', '/', '|', '(', by the rarest pair of each none of the
/// credit marks, no copyright sign and no closing "DR" or "D.R.", so that no part of it can hold
/// a credit. A byte with another after it sets a bit in its row of the signature; the block's
/// last byte has none after it.
bool block_may_hold_credit(std::string_view block, const shape::LinePairs& pairs) {
  return holds_credit_stop(block, pairs) || k_credit_mark_gate.may_hold_any(pairs) ||
         block.find(shape::k_copyright_sign) != std::string_view::npos || ends_on_rights_reserved(block);
}

/// True when `tail` opens with a photo credit's label and its ':' ("Photo: ...", "Foto : ...").
bool opens_with_colon_label(std::string_view tail, ListLanguages languages) {
  std::string_view label = opening_in(tail, k_tail_labels, languages);
  if (label.empty()) return false;
  std::string_view rest = tail.substr(std::min(tail.size(), shape::phrase_at(tail, label)));
  if (rest.starts_with(' ')) rest.remove_prefix(1);
  return rest.starts_with(':');
}

/// The last position p of `text` with `stop` < p <= `at` whose byte may open a credit (an
/// ASCII capital, '(', C3, which leads a Latin-1 capital, or C2, which leads ©), or npos. Eight bytes at a time
/// over the bytes that cannot, most of a line's end: what it skips, credit_tail_at() passed
/// over one byte at a time without a look.
std::size_t last_opening(std::string_view text, std::size_t at, std::size_t stop) {
  while (at > stop) {
    if (at - stop >= 8) {
      std::uint64_t word = ascii::load8(text.data() + at - 7);  // bytes at - 7 .. at
      std::uint64_t capitals =
          ascii::bytes_below(word ^ (ascii::k_ones * 0x40), 0x1B) & ~ascii::bytes_equal(word, '@');  // A..Z
      std::uint64_t marks =
          capitals | ascii::bytes_equal(word, '(') | ascii::bytes_equal(word, 0xC3) | ascii::bytes_equal(word, 0xC2);
      if (marks == 0) {
        at -= 8;
        continue;
      }
      return at - 7 + static_cast<std::size_t>(63 - std::countl_zero(marks)) / 8;
    }
    char c = text[at];
    auto byte = static_cast<unsigned char>(c);
    if ((c >= 'A' && c <= 'Z') || c == '(' || byte == 0xC3 || byte == 0xC2) return at;
    --at;
  }
  return std::string_view::npos;
}

/// A caption's last word before its stop holds this many letters at least (an abbreviation's
/// stop, "vs." or "bzw.", is none).
constexpr std::size_t k_min_stop_word_letters = 4;

/// The bytes of the word's letters right before `at` in `text` (ASCII letters, and UTF-8's bytes).
std::size_t letters_before(std::string_view text, std::size_t at) {
  std::size_t letters = 0;
  while (at > 0 && shape::is_word_byte(text[at - 1]) && !shape::is_ascii_digit(text[at - 1])) {
    --at;
    ++letters;
  }
  return letters;
}

/// Stands for a position not yet looked for.
constexpr std::size_t k_unknown = std::string_view::npos - 1;

/// The last position p >= `from` of `text` holding `byte`, or npos.
std::size_t last_byte(std::string_view text, std::size_t from, char byte) {
  if (from >= text.size()) return std::string_view::npos;
  const void* at = memrchr(text.data() + from, byte, text.size() - from);
  return at ? static_cast<std::size_t>(static_cast<const char*>(at) - text.data()) : std::string_view::npos;
}

/// True when `owner` (what follows a copyright sign that no stop sets off from the caption) is
/// an owner's name as a credit prints it: a slash in it ("Faro del Vedeggio / Sandro
/// Pellandini", "iStock.com/djedzura"), or every word capitalised ("Burkard Meyer"); "© Acme in
/// gold letters" goes on a sentence.
bool is_signed_owner(std::string_view owner) {
  owner = shape::trim(owner);
  if (owner.empty()) return false;
  if (owner.find('/') != std::string_view::npos) return true;
  bool capitalised = true;
  shape::each_word(owner, [&](std::string_view word) {
    auto first = static_cast<unsigned char>(word[0]);
    capitalised = (first >= 'A' && first <= 'Z') || first >= 0xC3 || (first >= '0' && first <= '9');
    return capitalised;
  });
  return capitalised;
}

/// Where a credit closing `text` starts ("... on Monday. Photo: Name/Agency", "... (AP
/// Photo/Name)", "...said.Featured image via Flickr"): a sentence start by ICU, a paragraph
/// join that lost its space, or an opening parenthesis; npos when the line ends otherwise.
/// `pairs` is the signature of a line holding `text` (its block's text), or null: a long line's
/// end is searched without one, which would cost more than the search.
std::size_t credit_tail_at(std::string_view text, const shape::LinePairs* pairs, ListLanguages languages) {
  if (text.size() <= 8) return std::string_view::npos;
  std::size_t window = text.size() > k_tail_window ? text.size() - k_tail_window : 0;
  if (!may_hold_credit(text.substr(window), pairs, window == 0)) return std::string_view::npos;
  // Sentence starts from the end backwards, a few at most: the credit is the last sentence,
  // though a name's initial ("J. Smith") may open a false one after it.
  std::size_t tried = 0;
  // opens_with_colon_label() needs a ':' in the tail: a capital after the window's last ':'
  // (most capitals, names inside a sentence) is turned away without a look at the labels.
  // Found once, when first asked.
  std::size_t last_colon = k_unknown;
  auto colon_after = [&](std::size_t at) {
    if (last_colon == k_unknown) last_colon = last_byte(text, window, ':');
    return last_colon != std::string_view::npos && last_colon > at;
  };
  for (std::size_t at = text.size() - 1; tried < k_max_tail_starts; --at) {
    at = last_opening(text, at, std::max<std::size_t>(window, 1));
    if (at == std::string_view::npos) break;
    char c = text[at];
    // C2 leads many signs (a no-break space, «, °): only © may open a credit.
    bool copyright_sign = static_cast<unsigned char>(c) == 0xC2;
    if (copyright_sign && !text.substr(at).starts_with(shape::k_copyright_sign)) continue;
    // A sentence start (confirmed by ICU below) follows terminal punctuation or a closing
    // quote and a space; most capitals in a window are names inside a sentence.
    bool spaced = text[at - 1] == ' ';
    bool dashed = false, dashed_by_label = false, stop_before = false;
    if (spaced && c != '(') {
      std::size_t before = at - 1;
      while (before > 0 && text[before - 1] == ' ') --before;
      if (before == 0) continue;
      char mark = text[before - 1];
      // A sentence's stop, not an abbreviation's ("vs.", "bzw."): a word of four letters or
      // more before it ("mardi.", "Tuesday.").
      stop_before = mark == '.' && letters_before(text, before - 1) >= k_min_stop_word_letters;
      auto byte = static_cast<unsigned char>(mark);
      if (mark != '.' && mark != '!' && mark != '?' && mark != '"' && mark != ')' && mark != '-' && mark != '|' &&
          byte < 0x80) {
        // "... on Tuesday Photo: Jane Roe": a caption that lost its stop, set off by the label's
        // ':'; "... chiuso dallo scorso ottobre © Outlet / Name": by the sign itself.
        if (copyright_sign ? !is_signed_owner(text.substr(at + shape::k_copyright_sign.size()))
                           : (!colon_after(at) || !opens_with_colon_label(text.substr(at), languages)))
          continue;
        dashed_by_label = true;
      }
      // "... em Brasília — Foto: Name/Agency": a dash sets the credit off from the caption.
      // "... am Dienstag | Foto: Name/dpa": so does a bar.
      dashed = dashed_by_label || mark == '|' || shape::dash_at(text.substr(before - (byte < 0x80 ? 1 : std::min<std::size_t>(before, 3)))) != 0;
    }
    if (!spaced && !sentences::is_glued_start(text, at)) continue;
    ++tried;
    if (!is_credit_tail(text.substr(at), languages, stop_before || (c == '(' && closes_sentence_before(text, at))))
      continue;
    // The sign is no word, so ICU need not say a sentence starts at it: the stop before it did.
    if (spaced && c != '(' && !copyright_sign && !dashed && !sentences::is_start(text, at)) continue;
    return at;
  }
  return std::string_view::npos;
}

/// Words that plug a video ahead of its headline ("VIDEO | Crowds gather ...", "VÍDEO. Así fue
/// ...", "Watch: ..."), tried in all six languages.
constexpr std::string_view k_video_words[] = {
    "video", "videos", "vídeo", "vídeos", "vidéo", "vidéos", "watch", "watch live", "watch now", "en vidéo",
    "en vídeo", "im video", "assista", "guarda", "mira", "regardez", "videoclip", "live video",
    // Capitals outside ASCII, which the compare (folding ASCII only) does not fold: "VÍDEO".
    "vÍdeo", "vÍdeos", "vidÉo", "vidÉos", "en vidÉo", "en vÍdeo",
};
/// A plugged video's headline runs to a couple of dozen words.
constexpr std::size_t k_max_plug_words = 28;

/// "VIDEO | headline", "VÍDEO. headline", "VIDÉO - headline", "Watch: headline": a video word,
/// a separator, then a headline opening on a capital, a digit or a quote ("Video - which was
/// posted online - shows ..." is a sentence). A '.' separates only after a capitalised word
/// ("VÍDEO."), as a plug writes it.
bool is_video_plug(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > k_max_bytes + k_max_caption_body_bytes) return false;
  if (text.empty()) return false;
  // Most lines open on a byte no video word opens with: one test before the list is walked.
  char opening = text[0] >= 'A' && text[0] <= 'Z' ? static_cast<char>(text[0] + 32) : text[0];
  for (std::string_view word : k_video_words) {
    if (word[0] != opening || !shape::starts_with_word_ci(text, word)) continue;
    std::string_view rest = text.substr(word.size());
    std::size_t spaces = rest.find_first_not_of(' ');
    if (spaces == std::string_view::npos) continue;
    rest.remove_prefix(spaces);
    std::size_t separator = 0;
    if (rest.starts_with(':') || rest.starts_with('|')) separator = 1;
    else if (rest.starts_with('.') && !(text[1] >= 'a' && text[1] <= 'z')) separator = 1;
    else if (std::size_t dash = shape::dash_at(rest); dash && spaces > 0) separator = dash;
    else if (rest.starts_with("\xC2\xBB")) separator = 2;  // »
    if (separator == 0) continue;
    std::string_view headline = shape::trim(rest.substr(separator));
    if (headline.empty() || shape::word_count(headline) > k_max_plug_words) continue;
    auto first = static_cast<unsigned char>(headline[0]);
    if ((first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first == '"' || first == '\'' ||
        first == 0xC3 || first == 0xC2 || first == 0xE2)
      return true;
  }
  return false;
}

/// True when an earlier stage cut spans from `block`: what is left is the rest of a paragraph.
bool was_cut(const Block& block) { return !block.removed_spans.empty(); }

}  // namespace

std::optional<std::string> CreditFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.size() > k_max_caption_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  bool caption_kept = m_keep_captions && doc.blocks[index].kind == BlockKind::caption;
  ListLanguages languages = list_languages(doc);
  // A line an earlier stage cut a glued-in post from is an article paragraph, not a caption.
  if (!caption_kept && !was_cut(doc.blocks[index])) {
    // The parenthesis alone is a credit; after a caption's words, the line is a caption with its
    // credit (the caption stage takes the line over a credit, not over a credited caption).
    if (ends_with_parenthesised_credit(text) || ends_with_outlet_credit(text)) {
      std::size_t open = text.rfind(text.back() == ']' ? '[' : '(');
      if (open <= k_max_caption_body_bytes) return open == 0 ? "a photo credit" : "a caption ending in its credit";
    }
    if (text.size() <= k_max_caption_body_bytes + k_max_tail_bytes) {
      const shape::LinePairs& pairs = shape::line_pairs(doc.blocks[index].text);
      std::size_t tail = block_may_hold_credit(doc.blocks[index].text, pairs) ? credit_tail_at(text, &pairs, languages)
                                                                               : std::string_view::npos;
      if (tail != std::string_view::npos && tail <= k_max_caption_body_bytes) return "a caption ending in its credit";
    }
  }
  if (is_video_plug(text)) return "a video's plug";
  if (text.size() > k_max_bytes) return std::nullopt;
  if (!opening_in(text, k_lead_labels, languages).empty() && is_lead_image_credit(text, languages))
    return "a lead image's credit";
  if (!opening_in(text, k_labels, languages).empty() && is_labelled_credit(shape::scratch_key(text), languages))
    return "a photo or video credit";
  if (is_colonless_credit(text, languages)) return "a photo credit";
  // A label and the sign on a line of their own: "Photo © Karl Whitlow / AeroBrief", "Foto © dpa".
  if (text.find(shape::k_copyright_sign) != std::string_view::npos) {
    if (std::string_view label = opening_in(text, k_tail_labels, languages); !label.empty()) {
      std::string_view credit = shape::trim(text.substr(shape::phrase_at(text, label)));
      if (credit.starts_with(shape::k_copyright_sign) && is_copyright_sign_credit(credit)) return "a photo credit";
    }
  }
  if (has_slash(text)) {
    if (std::string_view label = opening_in(text, k_tail_labels, languages);
        !label.empty() && is_slashed_label_credit(shape::trim(text), label))
      return "a photo credit";
  }
  // A label and its owner with no colon, alone on the line ("Ph. Marco Redaelli", "Photo DR",
  // "Photo gracieuseté – Refuge Faune Boréale").
  if (text.size() <= k_max_slash_credit_bytes) {
    if (std::string_view label = opening_in(text, k_tail_labels, languages);
        !label.empty() && is_bare_label_credit(shape::trim(text), label))
      return "a photo credit";
  }
  if (opens_with_parenthesised_credit(text)) return "a credited caption";
  // A key that is a media label opens with its first byte and holds its pairs (see KeyGate):
  // most lines fail one or the other and are not keyed. The signature is the one the caption
  // test above built, for most lines.
  if (unsigned char first = text.size() <= k_max_slash_credit_bytes ? key_opening(text) : 0;
      k_media_label_gate.opens(first) && k_media_label_gate.may_open(first, shape::line_pairs(doc.blocks[index].text))) {
    std::string_view key = shape::scratch_key(text);
    if (is_one_of(key, k_media_labels, k_whole_line_languages))
      return "a media label";
  }
  if (text.size() <= k_max_slash_credit_bytes && has_slash(text) &&
      is_slash_credit(shape::scratch_key(text)))
    return "a photo credit";
  return std::nullopt;
}

void CreditFilter::mark_spans(Document& doc, std::size_t index, std::string_view name) const {
  Block& block = doc.blocks[index];
  std::string_view text = shape::trim(block.text);
  // A shorter line ending in a credit is a caption, which judge() removed whole.
  if (text.size() <= k_max_caption_body_bytes && !(m_keep_captions && block.kind == BlockKind::caption) &&
      !was_cut(block))
    return;
  // A line short enough for judge() to have built its signature, just now, gets it again for
  // nothing: with it, most lines are turned away by a few bit tests.
  const shape::LinePairs* pairs = nullptr;
  if (text.size() <= k_max_caption_body_bytes + k_max_tail_bytes) {
    pairs = &shape::line_pairs(block.text);
    if (!block_may_hold_credit(block.text, *pairs)) return;
  }
  std::size_t tail = credit_tail_at(text, pairs, list_languages(doc));
  if (tail == std::string_view::npos) return;
  std::size_t offset = static_cast<std::size_t>(text.data() - block.text.data());
  mark_span_removed(block, offset + tail, offset + text.size(), name, "a photo credit closing the line");
}

}  // namespace pith
