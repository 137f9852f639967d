// loading: a line that is nothing but a loading, "show more" or "enable JavaScript" placeholder.
#include "pith/filters/loading.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// Placeholders are a few words; longer lines are never compared.
constexpr std::size_t k_max_bytes = 100;
/// A JavaScript notice is a short sentence; longer is prose about JavaScript.
constexpr std::size_t k_max_script_notice_words = 16;

/// Whole-line placeholders, compared against shape::key() of the line.
constexpr std::string_view k_placeholders[] = {
    "now loading", "loading", "loading more", "loading comments", "loading video", "load more",
    "show more comments", "load more comments", "show comments", "view comments", "load comments",
    "please wait", "javascript is disabled", "javascript is required", "like loading", "comments",
    "add a comment", "leave a comment", "show less", "media playback is unsupported on your device",
    // Spanish
    "cargando", "cargando comentarios", "cargando más", "cargar más", "mostrar más comentarios",
    "ver comentarios",
    // German
    "lädt", "wird geladen", "laden", "inhalt wird geladen", "mehr laden", "weitere kommentare anzeigen",
    "kommentare anzeigen", "kommentare laden",
    // French
    "chargement", "chargement en cours", "charger plus", "afficher plus de commentaires",
    "voir les commentaires", "afficher les commentaires",
    // Portuguese
    "carregando", "a carregar", "carregar mais", "ver mais comentários", "mostrar comentários",
    // Italian
    "caricamento", "caricamento in corso", "carica altri", "mostra altri commenti", "mostra commenti",
};

/// How notices that a script must run start; the line must also be short.
constexpr std::string_view k_script_notices[] = {
    "please enable javascript", "enable javascript", "you need to enable javascript",
    "javascript must be enabled", "this content requires javascript", "to view this content, please enable",
    "this slideshow requires javascript", "this video requires javascript", "your browser does not support",
    "activa javascript", "habilita javascript", "por favor, activa javascript", "bitte aktivieren sie javascript",
    "bitte javascript aktivieren", "veuillez activer javascript", "activez javascript",
    "ative o javascript", "por favor, ative o javascript", "abilita javascript", "attiva javascript",
};

bool is_script_notice(std::string_view text) {
  return !shape::word_prefix_in(text, k_script_notices).empty() &&
         shape::word_count(text) <= k_max_script_notice_words;
}

}  // namespace

std::optional<std::string> LoadingFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::is_one_of(key, k_placeholders)) return "a loading placeholder";
  if (is_script_notice(key)) return "a JavaScript notice";
  return std::nullopt;
}

}  // namespace pith
