// credit: photo and video credits ("Photo: Name/Getty Images", "(AP Photo/Name)", "Watch: ...").
#include "pith/filters/credit.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A credit or a video teaser is a line of a few words; longer is an article paragraph.
constexpr std::size_t k_max_bytes = 240;
constexpr std::size_t k_max_words = 22;
/// A caption ending in a credit may run to a few sentences.
constexpr std::size_t k_max_caption_bytes = 700;
/// A trailing credit ("Photo: Name/Agency") fits in this many bytes.
constexpr std::size_t k_max_tail_bytes = 120;
/// A bare "Name/Agency" line is a handful of words.
constexpr std::size_t k_max_slash_credit_bytes = 120;

/// Labels that open a credit or a video teaser; ':' (or "by"/"de"/"von") follows them.
constexpr std::string_view k_labels[] = {
    "photo", "photos", "photograph", "photo credit", "photo by", "image", "image credit", "images",
    "picture", "pictures", "credit", "credits", "video", "watch", "watch live", "listen",
    "foto", "fotos", "foto de", "imagen", "crédito", "créditos", "vídeo", "mira", "míralo", "ver vídeo",
    "bild", "bildquelle", "fotos von", "foto von", "quelle", "zum video", "video ansehen",
    "crédit photo", "crédits photo", "crédit", "regarder", "à voir", "image d'illustration",
    "imagem", "crédito da foto", "assista", "assista ao vídeo", "veja o vídeo",
    "immagine", "credito", "crediti", "guarda", "guarda il video",
};

/// Openings that need no ':' after them: "Image copyright Getty Images", "Photo by Name".
constexpr std::string_view k_colonless_labels[] = {
    "image copyright", "picture copyright", "image source", "image caption", "photo by", "photograph by",
    "photo courtesy of", "foto de", "foto di", "foto von", "photo de", "foto cedida por",
};
/// A colonless credit names a source in a few words.
constexpr std::size_t k_max_colonless_words = 10;

/// Whole lines that only label a media slot (compared with shape::key()).
constexpr std::string_view k_media_labels[] = {
    "video", "videos", "photo", "photos", "gallery", "photo gallery", "watch", "watch now", "listen",
    "vídeo", "vídeos", "galería", "galería de fotos", "bildergalerie", "galerie", "galerie photos",
    "galeria", "galeria de fotos", "fotogalleria", "galleria fotografica",
};

/// Words that make a parenthesised note a credit; an agency name alone ("(AFP)") is a
/// source in prose, not a credit.
constexpr std::string_view k_credit_words[] = {
    "photo", "photos", "foto", "fotos", "image", "images", "imagen", "imagem", "immagine", "bild", "getty",
    "shutterstock", "credit", "crédito", "crédit", "courtesy", "cortesía", "handout", "ap photo", "afp photo",
    "reuters photo", "epa photo",
};

/// Words that introduce whose photo it is, when no ':' or '/' does.
constexpr std::string_view k_source_markers[] = {
    " by ", " de ", " di ", " von ", " par ", "courtesy", "cortesía", "cortesia", "handout",
};

/// Agencies a bare "Name/Agency" credit line ends with.
constexpr std::string_view k_agencies[] = {
    "getty images", "getty", "shutterstock", "reuters", "afp", "ap", "epa", "epa-efe", "dpa", "efe", "ansa",
    "alamy", "imago", "picture alliance", "bloomberg", "sipa", "abaca", "lusa", "ap photo", "afp photo",
    "reuters photo", "istock", "unsplash", "anadolu", "xinhua", "ddp", "keystone", "europa press",
};

/// "Photo: Name/Agency", "Watch: headline", "Foto de Name": a label, a separator, a few words.
bool is_labelled_credit(std::string_view key) {
  if (shape::key_word_count(key) > k_max_words) return false;
  for (std::string_view label : k_labels) {
    if (!shape::starts_with_word_ci(key, label)) continue;
    std::string_view rest = key.substr(label.size());
    if (rest.starts_with(" :")) rest.remove_prefix(1);  // French spacing: "Photo : AFP"
    if (rest.starts_with(':') && !shape::trim(rest.substr(1)).empty()) return true;
  }
  return false;
}

/// Whether the text between parentheses reads as a credit: short, naming a photo or agency, and
/// naming whose ("Photo: Name", "AP Photo/Name", "Photo by Name") — a headline's "(Photos)" is not one.
bool is_credit_inside(std::string_view inside) {
  if (inside.empty() || shape::word_count(inside) > 8) return false;
  bool names_source = inside.find_first_of(":/") != std::string_view::npos ||
                      shape::contains_any_ci(inside, k_source_markers);
  if (!names_source) return false;
  for (std::string_view word : k_credit_words)
    if (shape::starts_with_word_ci(inside, word)) return true;
  return inside.find('/') != std::string_view::npos && shape::contains_any_ci(inside, k_agencies);
}

/// "(AP Photo/Name)" alone, or closing a caption: the line ends with a parenthesised credit.
bool ends_with_parenthesised_credit(std::string_view text) {
  if (!text.ends_with(')')) return false;
  std::size_t open = text.rfind('(');
  if (open == std::string_view::npos) return false;
  return is_credit_inside(text.substr(open + 1, text.size() - open - 2));
}

/// "Jane Doe/Getty Images", "John Smith / AFP via Getty Images": a name, a slash, an agency.
bool is_slash_credit(std::string_view key) {
  std::size_t slash = key.find_last_of("/|");
  if (slash == std::string_view::npos || shape::key_word_count(key) > 10) return false;
  if (key.find_first_of(".;!?") != std::string_view::npos) return false;
  std::string_view after = shape::trim(key.substr(slash + 1));
  for (std::string_view agency : k_agencies)
    if (shape::ends_with_ci(after, agency) &&
        (after.size() == agency.size() || after[after.size() - agency.size() - 1] == ' '))
      return true;
  return false;
}

/// A caption whose last sentence is a credit: "... on Saturday. Photo: Name/Agency".
bool ends_with_credit_sentence(std::string_view text) {
  std::string_view tail = text.substr(text.size() > k_max_tail_bytes ? text.size() - k_max_tail_bytes : 0);
  if (tail.find('/') == std::string_view::npos) return false;
  std::size_t stop = text.rfind(". ");
  if (stop == std::string_view::npos) return false;
  std::string_view key = shape::scratch_key(text.substr(stop + 2));
  if (key.find('/') == std::string::npos) return false;
  return is_labelled_credit(key) || is_slash_credit(key);
}

}  // namespace

std::optional<std::string> CreditFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.size() > k_max_caption_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  if (ends_with_parenthesised_credit(text) || ends_with_credit_sentence(text)) return "a photo credit";
  if (text.size() > k_max_bytes) return std::nullopt;
  if (!shape::opening_in(text, k_labels).empty() &&
      is_labelled_credit(shape::scratch_key(text)))
    return "a photo or video credit";
  if (!shape::opening_in(text, k_colonless_labels).empty() &&
      shape::key_word_count(shape::scratch_key(text)) <= k_max_colonless_words &&
      text.find_first_of(".;!?") == std::string_view::npos)
    return "a photo credit";
  if (text.size() <= k_max_slash_credit_bytes && shape::is_one_of(shape::scratch_key(text), k_media_labels))
    return "a media label";
  if (text.size() <= k_max_slash_credit_bytes && text.find_first_of("/|") != std::string_view::npos &&
      is_slash_credit(shape::scratch_key(text)))
    return "a photo credit";
  return std::nullopt;
}

}  // namespace pith
