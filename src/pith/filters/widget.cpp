// widget: a row of a page widget's data cells (see widget.h).
#include "pith/filters/widget.h"

#include <array>

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A widget's row fits a narrow box: a few cells of a few words.
constexpr std::size_t k_max_bytes = 260;
constexpr std::size_t k_max_cell_bytes = 90;
constexpr std::size_t k_min_cells = 3;
constexpr std::size_t k_max_cells = 12;
/// Cells with a datum, at least: two, and half of the row.
constexpr std::size_t k_min_data_cells = 2;
/// A "Label: value" cell names its value in a few words ("Pollenflug: mäßig").
constexpr std::size_t k_max_label_value_words = 4;

/// What sets a row's cells apart: a bar, a middle dot, a bullet, a small square, spaced.
constexpr std::string_view k_cell_marks[] = {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xE2\x96\xAA ", " \xE2\x97\xA6 "};

/// Units a figure in a widget carries after it (lower case; "°" covers °C and °F): money, rates,
/// weather and market units. Distances and counts are left out: prose lists them too.
constexpr std::string_view k_units[] = {
    "°", "%", "€", "$", "£", "ct", "cts", "km/h", "mph", "kn", "kts", "knots", "nœuds", "noeuds", "nudos", "nodi",
    "nós", "hpa", "mm", "€/kg", "€/l", "ct/kg", "ct/l", "$/bbl", "/kg", "/l", "bft", "pts", "points", "punkte",
};
/// Currency signs a figure may follow ("$4.10", "£12").
constexpr std::string_view k_leading_signs[] = {"\xE2\x82\xAC", "$", "\xC2\xA3"};
/// Trend arrows of a ticker: ▲ ▼ △ ▽ ↑ ↓ ⬆ ⬇.
constexpr std::string_view k_trend_arrows[] = {
    "\xE2\x96\xB2", "\xE2\x96\xBC", "\xE2\x96\xB3", "\xE2\x96\xBD", "\xE2\x86\x91", "\xE2\x86\x93", "\xE2\xAC\x86",
    "\xE2\xAC\x87",
};
/// A weekday as a listing abbreviates it after a dash ("— Fri"), in the six languages.
constexpr std::string_view k_weekdays[] = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "mo", "di", "mi", "do", "fr", "sa", "so", "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
    "mié", "jue", "vie", "sáb", "dom", "gio", "seg", "ter", "qua", "qui", "sex",
};

/// True when `cell` holds a figure followed by one of k_units (perhaps after a space: "14 °C",
/// "3,92 €/kg") or preceded by a currency sign ("$4.10").
bool holds_measure(std::string_view cell) {
  for (std::size_t at = 0; at < cell.size(); ++at) {
    if (!shape::is_ascii_digit(cell[at])) continue;
    for (std::string_view sign : k_leading_signs)
      if (at >= sign.size() && cell.substr(at - sign.size(), sign.size()) == sign) return true;
    std::size_t end = at;
    while (end < cell.size() && (shape::is_ascii_digit(cell[end]) || cell[end] == ',' || cell[end] == '.')) ++end;
    std::size_t unit = end < cell.size() && cell[end] == ' ' ? end + 1 : end;
    std::size_t unit_end = cell.find_first_of(" ,;)", unit);
    std::string_view word = cell.substr(unit, unit_end == std::string_view::npos ? cell.size() - unit : unit_end - unit);
    char folded[16];
    if (!word.empty() && (shape::is_one_of(shape::lower_ascii_into(word, folded, sizeof folded), k_units) ||
                          word.starts_with("\xC2\xB0")))
      return true;
    at = end;
  }
  return false;
}

/// True when `cell` holds a trend arrow or a pictograph (U+2600-U+27BF, or a 4-byte sequence:
/// weather symbols and emoji).
bool holds_sign(std::string_view cell) {
  for (std::string_view arrow : k_trend_arrows)
    if (cell.find(arrow) != std::string_view::npos) return true;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    auto byte = static_cast<unsigned char>(cell[i]);
    if (byte >= 0xF0) return true;
    if (byte == 0xE2 && i + 1 < cell.size()) {
      auto next = static_cast<unsigned char>(cell[i + 1]);
      if (next >= 0x98 && next <= 0x9E) return true;
    }
  }
  return false;
}

/// True when `cell` ends on a weekday after a dash ("Wellington Jazz Festival opens — Sat").
bool ends_with_weekday(std::string_view cell) {
  std::size_t space = cell.rfind(' ');
  if (space == std::string_view::npos || space < 2) return false;
  std::string_view day = shape::without_final_stops(cell.substr(space + 1));
  char folded[8];
  if (!shape::is_one_of(shape::lower_ascii_into(day, folded, sizeof folded), k_weekdays)) return false;
  std::string_view before = shape::trim(cell.substr(0, space));
  std::size_t dash_space = before.rfind(' ');
  return dash_space != std::string_view::npos && shape::dash_at(before.substr(dash_space + 1)) == before.size() - dash_space - 1;
}

/// True when `cell` is a label, a colon and a value of a few words ("Pollenflug: mäßig",
/// "Stau-Lage: 4 Meldungen"): one word before the colon.
bool is_label_value(std::string_view cell) {
  std::size_t colon = cell.find(": ");
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view label = cell.substr(0, colon), value = cell.substr(colon + 2);
  return label.find(' ') == std::string_view::npos && !value.empty() &&
         shape::word_count(value) <= k_max_label_value_words && value.find(':') == std::string_view::npos;
}

/// True when `cell` holds a datum: a measure, an arrow or pictograph, a weekday after a dash, or
/// a label and its value.
bool holds_datum(std::string_view cell) {
  return holds_measure(cell) || holds_sign(cell) || ends_with_weekday(cell) || is_label_value(cell);
}

/// Byte offset and width of the first cell mark in `text` at or after `from`, or npos.
std::pair<std::size_t, std::size_t> next_mark(std::string_view text, std::size_t from) {
  std::size_t best = std::string_view::npos, width = 0;
  for (std::string_view mark : k_cell_marks)
    if (std::size_t at = text.find(mark, from); at < best) best = at, width = mark.size();
  return {best, width};
}

/// True when `text` is a widget's row (see widget.h).
bool is_widget_row(std::string_view text) {
  std::size_t cells = 0, data = 0;
  for (std::size_t start = 0;;) {
    auto [mark, width] = next_mark(text, start);
    std::string_view cell = shape::trim(text.substr(start, mark == std::string_view::npos ? text.size() - start : mark - start));
    // A cell is a few words, no sentence: a stop inside it or closing it (but an abbreviation's
    // in the last cell's word) is prose.
    if (cell.empty() || cell.size() > k_max_cell_bytes || cell.find(". ") != std::string_view::npos) return false;
    if (++cells > k_max_cells) return false;
    if (holds_datum(cell)) ++data;
    if (mark == std::string_view::npos) break;
    start = mark + width;
  }
  return cells >= k_min_cells && data >= k_min_data_cells && 2 * data >= cells;
}

}  // namespace

std::optional<std::string> WidgetFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.size() > k_max_bytes || text.size() < 12) return std::nullopt;
  // Most lines hold no cell mark at all: looked for first, one search for each.
  if (next_mark(text, 0).first == std::string_view::npos) return std::nullopt;
  if (text.ends_with('.') && !text.ends_with("..")) return std::nullopt;
  if (is_widget_row(text)) return "a widget's row of data";
  return std::nullopt;
}

}  // namespace pith
