// loading: a line that is nothing but a loading or "enable JavaScript" placeholder.
#include "pith/filters/loading.h"

#include <array>

#include "pith/filters/line_shape.h"

namespace pith {

namespace {
/// Whole-line placeholders, compared against shape::key() of the line.
constexpr std::array<std::string_view, 16> k_placeholders = {
    "now loading", "loading", "loading more", "load more", "show more comments", "load more comments",
    "please enable javascript", "javascript is disabled", "cargando", "lädt", "wird geladen",
    "chargement", "chargement en cours", "caricamento", "carregando", "cargando comentarios",
};
}  // namespace

std::optional<std::string> LoadingFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  if (text.size() > 64) return std::nullopt;
  std::string k = shape::key(text);
  for (std::string_view placeholder : k_placeholders)
    if (k == placeholder) return "a loading placeholder";
  return std::nullopt;
}

}  // namespace pith
