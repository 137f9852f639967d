// widget: a row of a page widget's data cells (see widget.h).
#include "pith/filters/widget.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"
#include "pith/sites/date_words.h"

namespace pith {

namespace {

/// A widget's row fits a narrow box: a few cells of a few words.
constexpr std::size_t k_max_bytes = 260;
/// A draw's result box is one short line (keno's twenty numbers with their label fit).
constexpr std::size_t k_max_draw_bytes = 160;
constexpr std::size_t k_max_cell_bytes = 90;
constexpr std::size_t k_min_cells = 3;
constexpr std::size_t k_max_cells = 12;
/// Cells with a datum, at least: two, and a third of the row (a row's title and its link to the
/// full table hold none: "FT  Kilbrack 1-21  Ballyvorda 0-22  ·  Cusack Park  ·  Match centre »").
constexpr std::size_t k_min_data_cells = 2;
/// A "Label: value" cell names its value in a few words ("Pollenflug: mäßig", "Stretto di
/// Messina: poco mosso"), after a label of a few.
constexpr std::size_t k_max_label_value_words = 4;
constexpr std::size_t k_max_label_words = 3;

/// What sets a row's cells apart, spaced: a bar, a middle dot, a bullet, a small square, a
/// white circle, and the pointers ► ▸ a listing puts before each entry; or a run of two spaces
/// or more.
constexpr std::string_view k_cell_marks[] = {
    "|", "\xC2\xB7", "\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x96\xBA", "\xE2\x96\xB8",
};

/// Units a figure in a widget carries after it (lower case; "°" covers °C and °F): money, rates,
/// weather and market units. Distances and counts are left out: prose lists them too.
constexpr std::string_view k_units[] = {
    "°", "%", "€", "$", "£", "ct", "cts", "km/h", "mph", "kn", "kts", "knots", "nœuds", "noeuds", "nudos", "nodi",
    "nós", "hpa", "mm", "€/kg", "€/l", "ct/kg", "ct/l", "$/bbl", "/kg", "/l", "bft", "pts", "points", "punkte",
    // West and Central Africa's CFA franc, as prices are printed there ("1 500 FCFA/kg"), and
    // the British penny glued to a pump price ("189.9p").
    "fcfa", "cfa", "fcfa/kg", "fcfa/l", "f cfa", "p",
    // Canada's pump price in cents a litre ("98,9 ¢/L").
    "¢", "¢/l",
};
/// Currency signs a figure may follow ("$4.10", "£12", Peru's sol "S/ 3,94", Brazil's real "R$ 63,50").
constexpr std::string_view k_leading_signs[] = {"\xE2\x82\xAC", "$", "\xC2\xA3", "S/ ", "S/", "R$ ", "R$", "$ "};
/// Trend arrows of a ticker: ▲ ▼ △ ▽ ↑ ↓ ⬆ ⬇, and the live ticker's dot ●.
constexpr std::string_view k_trend_arrows[] = {
    "\xE2\x97\x8F",
    "\xE2\x96\xB2", "\xE2\x96\xBC", "\xE2\x96\xB3", "\xE2\x96\xBD", "\xE2\x86\x91", "\xE2\x86\x93", "\xE2\xAC\x86",
    "\xE2\xAC\x87",
};
/// A month as a listing abbreviates or writes it after the day ("20 sept.", "3 oct."), in the
/// six languages, lower case.
constexpr std::string_view k_months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr",
    "mars", "avr", "mai", "juin", "juil", "août", "déc", "ene", "abr", "ago", "dic", "gen", "mag", "giu", "lug",
    "ott", "set", "dez", "fev", "out", "okt", "mär", "march", "april", "june", "july",
};
/// A weekday as a listing abbreviates it after a dash ("— Fri"), in the six languages.
constexpr std::string_view k_weekdays[] = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "mo", "di", "mi", "do", "fr", "sa", "so", "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
    "mié", "jue", "vie", "sáb", "dom", "gio", "seg", "ter", "qua", "qui", "sex",
};

/// True when `cell` holds a figure followed by one of k_units (perhaps after a space: "14 °C",
/// "3,92 €/kg") or preceded by a currency sign ("$4.10", "₦365").
bool holds_measure(std::string_view cell) {
  for (std::size_t at = 0; at < cell.size(); ++at) {
    if (!shape::is_ascii_digit(cell[at])) continue;
    for (std::string_view sign : k_leading_signs)
      if (at >= sign.size() && cell.substr(at - sign.size(), sign.size()) == sign) return true;
    // Any sign of Unicode's Currency Symbols block, U+20A0-U+20CF ("₦365", "₹ 82", "₱54").
    for (std::size_t back : {std::size_t{3}, std::size_t{4}})
      if (at >= back && static_cast<unsigned char>(cell[at - back]) == 0xE2 &&
          (static_cast<unsigned char>(cell[at - back + 1]) == 0x82 ||
           (static_cast<unsigned char>(cell[at - back + 1]) == 0x83 && static_cast<unsigned char>(cell[at - back + 2]) <= 0x8F)) &&
          (back == 3 || cell[at - 1] == ' '))
        return true;
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
/// "Stau-Lage: 4 Meldungen"): a few words before the colon.
bool is_label_value(std::string_view cell) {
  std::size_t colon = cell.find(": ");
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view label = cell.substr(0, colon), value = cell.substr(colon + 2);
  return shape::word_count(label) <= k_max_label_words && !value.empty() &&
         shape::word_count(value) <= k_max_label_value_words && value.find(':') == std::string_view::npos;
}

/// True when `cell` holds a score or a range: digits, a '-', '–' or ':' and digits ("211-4",
/// "1-21", "3:0", "12-13"), or a football score with a spaced "x" ("1 x 0"). A clock's time
/// ("4:20", "19:14": two digits after the colon) is none.
bool holds_score(std::string_view cell) {
  for (std::size_t at = cell.find(" x "); at != std::string_view::npos; at = cell.find(" x ", at + 1))
    if (at > 0 && at + 3 < cell.size() && shape::is_ascii_digit(cell[at - 1]) && shape::is_ascii_digit(cell[at + 3]))
      return true;
  for (std::size_t at = 1; at + 1 < cell.size(); ++at) {
    std::size_t width = cell[at] == '-' || cell[at] == ':' ? 1 : cell.substr(at).starts_with("\xE2\x80\x93") ? 3 : 0;
    // A half ("4½:3½", chess) counts as a digit.
    bool before = shape::is_ascii_digit(cell[at - 1]) || (at >= 2 && cell.substr(at - 2, 2) == "\xC2\xBD");
    if (width == 0 || at + width >= cell.size() || !before || !shape::is_ascii_digit(cell[at + width])) continue;
    bool clock = cell[at] == ':' && at + 2 < cell.size() && shape::is_ascii_digit(cell[at + 2]);
    if (!clock) return true;
  }
  return false;
}

/// True when `cell` holds a date or a day as a listing gives it: a day's number and a month
/// ("20 sept.", "3 oct"), or a weekday and a day's number ("Vie. 19", "Sáb. 12").
bool holds_listing_date(std::string_view cell) {
  std::string_view previous;
  bool dated = false;
  shape::each_word(cell, [&](std::string_view word) {
    std::string_view bare = word;
    while (!bare.empty() && (bare.back() == '.' || bare.back() == ':' || bare.back() == ',')) bare.remove_suffix(1);
    // A numeric date, day and month ("18.05.", "3/11").
    if (std::size_t mark = bare.find_first_of("./"); mark != std::string_view::npos && mark > 0 && mark <= 2 &&
        bare.size() - mark - 1 >= 1 && bare.size() - mark - 1 <= 2 && shape::all_digits(bare.substr(0, mark)) &&
        shape::all_digits(bare.substr(mark + 1))) {
      dated = true;
      return false;
    }
    char folded[8];
    std::string_view lower = shape::lower_ascii_into(bare, folded, sizeof folded);
    if (!previous.empty() && shape::all_digits(previous) && previous.size() <= 2 && shape::is_one_of(lower, k_months))
      dated = true;
    if (!previous.empty() && shape::all_digits(bare) && bare.size() <= 2) {
      char folded_day[8];
      if (shape::is_one_of(shape::lower_ascii_into(previous, folded_day, sizeof folded_day), k_weekdays)) dated = true;
    }
    previous = bare;
    return !dated;
  });
  return dated;
}

/// ISO 4217 codes a rate widget prints before a figure ("USD 63,87 MT", "EUR 75,10"): the
/// currencies of the six languages' countries and the ones their tickers quote.
constexpr std::string_view k_currency_codes[] = {
    "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "NZD", "INR", "ZAR", "NGN", "KES", "BRL", "ARS", "MXN",
    "COP", "CLP", "PEN", "UYU", "AOA", "MZN", "CVE", "XOF", "XAF", "MAD", "DZD", "TND", "GHS", "EGP", "TZS", "UGX",
    "RWF", "ETB", "ZMW", "BWP", "NAD", "JMD", "TTD", "BBD", "DOP", "CRC", "GTQ", "PYG", "BOB", "PHP", "SGD", "MYR",
    "HKD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "TRY", "ILS", "AED", "SAR",
};

/// True when `cell` holds a currency's ISO 4217 code (k_currency_codes), or a pair of them
/// ("EUR/XOF"), then a figure ("ZAR 4,39 MT", "EUR/XOF 655,96", "USD/NGN ₦365"), or an amount
/// of one set equal to a figure ("1 EUR = 110,27 ECV").
bool holds_coded_rate(std::string_view cell) {
  for (std::size_t at = 0; at + 4 < cell.size(); ++at) {
    if (cell[at] < 'A' || cell[at] > 'Z' || (at > 0 && cell[at - 1] != ' ' && cell[at - 1] != '/')) continue;
    if (!shape::is_one_of(cell.substr(at, 3), k_currency_codes)) continue;
    std::size_t after = at + 3;
    if (cell[after] == '/' && after + 4 < cell.size() && shape::is_one_of(cell.substr(after + 1, 3), k_currency_codes))
      after += 4;
    if (after + 1 < cell.size() && cell[after] == ' ' &&
        (shape::is_ascii_digit(cell[after + 1]) || holds_measure(cell.substr(after + 1, 8))))
      return true;
    if (at >= 2 && shape::is_ascii_digit(cell[at - 2]) && cell.substr(after).starts_with(" = ") &&
        after + 3 < cell.size() && shape::is_ascii_digit(cell[after + 3]))
      return true;
  }
  return false;
}

/// Currencies a rate widget names before its figures ("Dólar 28,45 / 29,85", "Euro 31,10"),
/// lower case.
constexpr std::string_view k_currency_names[] = {
    "dollar", "dólar", "dolar", "euro", "real", "peso", "libra", "pound", "franc", "franco", "franken", "yen",
    "yuan", "rand", "naira", "kwanza", "metical", "sterling",
};

/// True when `cell` opens on a currency's name (k_currency_names) and a figure follows it.
bool opens_with_named_rate(std::string_view cell) {
  std::size_t space = cell.find(' ');
  if (space == std::string_view::npos || space + 1 >= cell.size() || !shape::is_ascii_digit(cell[space + 1]))
    return false;
  // The key folds Latin-1 capitals too ("DÓLAR").
  return shape::is_one_of(shape::scratch_key(cell.substr(0, space)), k_currency_names);
}

/// True when `cell` holds a clock's time ("Sunset 22:04", "Abfahrt 7:15"): one or two digits, a
/// colon and two digits, with no digit around them.
bool holds_clock_time(std::string_view cell) {
  for (std::size_t colon = cell.find(':'); colon != std::string_view::npos; colon = cell.find(':', colon + 1)) {
    if (colon == 0 || colon + 3 > cell.size() || !shape::is_ascii_digit(cell[colon - 1]) ||
        !shape::is_ascii_digit(cell[colon + 1]) || !shape::is_ascii_digit(cell[colon + 2]))
      continue;
    std::size_t first = colon - 1;
    if (first > 0 && shape::is_ascii_digit(cell[first - 1])) --first;
    if ((first > 0 && shape::is_ascii_digit(cell[first - 1])) ||
        (colon + 3 < cell.size() && shape::is_ascii_digit(cell[colon + 3])))
      continue;
    return true;
  }
  return false;
}

/// True when `cell` holds a datum: a measure, an arrow or pictograph, a score, a listing's date,
/// a weekday after a dash, a label and its value, or a rate after a currency's code. (A clock's
/// time is a datum only beside the weather: widget_row(). A small number alone is none: a
/// table's row of standings is a row of them, "1 | Borgo Calcio | 52 | 48-21".)
bool holds_datum(std::string_view cell) {
  return holds_measure(cell) || holds_sign(cell) || holds_score(cell) || holds_listing_date(cell) ||
         ends_with_weekday(cell) || is_label_value(cell) || holds_coded_rate(cell) || opens_with_named_rate(cell);
}

/// Byte width of a cell mark at `at` of `text` (a mark of k_cell_marks with a space or more on
/// either side, or a run of two spaces or more), or 0. `glyph` is set when the mark is one of
/// k_cell_marks.
std::size_t cell_mark_at(std::string_view text, std::size_t at, bool& glyph) {
  if (text[at] != ' ') return 0;
  std::size_t end = at;
  while (end < text.size() && text[end] == ' ') ++end;
  for (std::string_view mark : k_cell_marks)
    if (text.substr(end).starts_with(mark) && end + mark.size() < text.size() && text[end + mark.size()] == ' ') {
      std::size_t after = end + mark.size();
      while (after < text.size() && text[after] == ' ') ++after;
      glyph = true;
      return after - at;
    }
  return end - at >= 2 ? end - at : 0;
}

/// True when `cell` holds a sentence's break: a word of four letters or more, a full stop, a
/// space and a capital ("... clause. The ..."); an abbreviation's stop ("Vie. 19", "sept. :") is none.
bool breaks_sentence(std::string_view cell) {
  for (std::size_t at = cell.find(". "); at != std::string_view::npos; at = cell.find(". ", at + 1)) {
    if (at + 2 >= cell.size() || cell[at + 2] < 'A' || cell[at + 2] > 'Z') continue;
    std::size_t letters = 0;
    while (letters < at && cell[at - 1 - letters] >= 'a' && cell[at - 1 - letters] <= 'z') ++letters;
    if (letters >= 4) return true;
  }
  return false;
}

/// A site header's link is a word or three ("Obituaries", "e-Edition", "Sign In").
constexpr std::size_t k_max_link_words = 3;
constexpr std::size_t k_max_link_bytes = 28;
/// A header bar has this many cells at least: its datum and its links.
constexpr std::size_t k_min_bar_cells = 4;

/// Words that join a place's name ("Puerto del Rosario", "Frankfurt am Main"), lower case, in
/// the six languages.
constexpr std::string_view k_place_joiners[] = {"de", "del", "la", "las", "los", "el", "di", "da", "do", "das",
                                                "dos", "am", "an", "der", "im", "sur", "le", "les", "en", "upon"};
/// Units of a wind's speed as a weather widget prints them.
constexpr shape::Needles k_wind_speeds{{"km/h", " mph", " m/s"}};
/// A weather readout: a place of a few words, its temperature, then a few words of weather.
constexpr std::size_t k_max_place_words = 5;
constexpr std::size_t k_max_readout_words = 12;
constexpr std::size_t k_max_readout_bytes = 90;

/// The end of a place's name and its temperature opening `text` ("Brixen 14 °C", "Puerto del
/// Rosario 23°", "Oslo -3 °C"): capitalised words and joiners, k_max_place_words at most, then a
/// figure, a degree sign and perhaps its scale's letter; npos when `text` opens otherwise.
/// "Temperatures reached 41°" opens on a sentence's words, not a place; "20-25°" is a range.
std::size_t place_temperature_end(std::string_view text) {
  std::size_t degree = text.find("\xC2\xB0");
  if (degree == std::string_view::npos) return std::string_view::npos;
  std::size_t digits = degree;
  if (digits > 0 && text[digits - 1] == ' ') --digits;
  std::size_t figure = digits;
  while (figure > 0 && shape::is_ascii_digit(text[figure - 1])) --figure;
  if (figure == digits || figure < 2 || text[figure - 1] != ' ') return std::string_view::npos;
  if (text[figure - 2] == '-') return std::string_view::npos;  // a range is a forecast's prose
  std::string_view place = shape::trim(text.substr(0, figure));
  if (!place.empty() && place.back() == '-') place = shape::trim(place.substr(0, place.size() - 1));  // a minus sign
  if (place.empty()) return std::string_view::npos;
  std::size_t words = 0;
  bool named = true;
  shape::each_word(place, [&](std::string_view word) {
    ++words;
    bool capital = (word[0] >= 'A' && word[0] <= 'Z') || static_cast<unsigned char>(word[0]) == 0xC3;
    char folded[8];
    named = words <= k_max_place_words &&
            (capital || (words > 1 && shape::is_one_of(shape::lower_ascii_into(word, folded, sizeof folded), k_place_joiners)));
    return named;
  });
  if (!named || words == 0) return std::string_view::npos;
  std::size_t end = degree + 2;
  if (end < text.size() && (text[end] == 'C' || text[end] == 'F')) ++end;
  return end;
}

/// "Puerto del Rosario 23° ☀ Viento NE 30 km/h", "Ballina 11 °C ☁ Showers": a weather widget
/// printed as one line with no cell marks: a place and its temperature (place_temperature_end()),
/// and after that a pictograph or a wind's speed, with no colon (a row of results "Graz 24°
/// Leoben 21°   Sieger: Sturm Graz" has one).
bool is_weather_readout(std::string_view text) {
  if (text.size() > k_max_readout_bytes || shape::word_count(text) > k_max_readout_words) return false;
  std::size_t end = place_temperature_end(text);
  if (end == std::string_view::npos) return false;
  // The weather after the temperature is a few words, no label and its value.
  std::string_view weather = text.substr(end);
  if (weather.find(':') != std::string_view::npos) return false;
  return holds_sign(weather) || shape::contains_any(weather, k_wind_speeds);
}

/// A forecast's cell after the place's temperature is a few words ("morgen heiter bis wolkig").
constexpr std::size_t k_max_forecast_cell_words = 6;
/// ... that name the weather: stems of the sky's, the rain's and the wind's words in the six
/// languages, lower case.
constexpr std::string_view k_weather_stems[] = {
    "sun", "cloud", "rain", "shower", "snow", "fog", "mist", "wind", "storm", "thunder", "drizzle", "frost",
    "sonn", "heiter", "wolk", "bewölk", "regen", "schnee", "nebel", "gewitter", "schauer",
    "sol", "nub", "lluv", "niev", "niebla", "tormenta", "viento", "ensoleill", "nuag", "pluie", "neige",
    "brouillard", "orage", "éclairci", "averse", "vent", "sereno", "nuvol", "pioggia", "neve", "nebbia",
    "temporal", "chuv", "nevoeiro", "trovoada", "vento",
    // The sun's ultraviolet index ("Índice UV alto (8)", "UV-Index 6").
    "ndice uv", "uv index", "uv-index",
};

/// True when `text` holds a stem of k_weather_stems, in any case.
bool names_weather(std::string_view text) { return shape::contains_any_ci(text, k_weather_stems); }

/// What a row is, by its cells (see widget_row()).
enum class Row { none, data, header_bar };

/// True when `cell` holds the weather as a header prints it: a pictograph or a temperature
/// ("54°F ☁", "🌤 14 °C").
bool holds_weather(std::string_view cell) {
  return holds_sign(cell) || cell.find("\xC2\xB0") != std::string_view::npos;
}

/// A weather box's labels, lower case, in the six languages.
constexpr std::string_view k_weather_labels[] = {"weather", "wetter", "météo", "meteo", "tiempo", "clima", "tempo"};
/// A labelled readout's place is a few words, its weather after the temperature a few more.
constexpr std::size_t k_max_labelled_place_bytes = 40;
constexpr std::size_t k_max_labelled_weather_words = 12;

/// "❄ Wetter Pramtal: −4 °C, leichter Schneefall", "Météo Gérardmer : 6 °C, pluie faible": a weather
/// box's label (k_weather_labels, perhaps after a pictograph) and a place, a colon, then the
/// temperature (a minus sign allowed) and a few words that name the weather, no stop closing them.
bool is_labelled_weather(std::string_view text) {
  text = shape::past_pictograph(text);
  std::size_t space = text.find(' ');
  if (space == std::string_view::npos || space > 8) return false;
  char folded[8];
  std::string_view label = shape::lower_ascii_into(text.substr(0, space), folded, sizeof folded);
  if (!label.empty() && static_cast<unsigned char>(label[0]) == 0xC3) return false;  // "Météo" folds below
  if (!shape::is_one_of(label, k_weather_labels) && !shape::equals_ci(text.substr(0, space), "m\xC3\xA9t\xC3\xA9o"))
    return false;
  std::size_t colon = text.substr(0, space + k_max_labelled_place_bytes).find(':');
  if (colon == std::string_view::npos || colon <= space + 1) return false;
  std::string_view place = shape::trim(text.substr(space + 1, colon - space - 1));
  if (place.empty() || !((place[0] >= 'A' && place[0] <= 'Z') || static_cast<unsigned char>(place[0]) == 0xC3))
    return false;
  std::string_view rest = shape::trim(text.substr(colon + 1));
  // A day's word may come before the temperature ("Wetter Hallertau: heute 24°/12°, ...").
  for (std::string_view day : {"heute ", "today ", "hoy ", "oggi ", "hoje ", "aujourd'hui ", "morgen ", "tomorrow "})
    if (shape::starts_with_ci(rest, day)) {
      rest = shape::trim(rest.substr(day.size()));
      break;
    }
  if (rest.starts_with('-')) rest.remove_prefix(1);
  else if (rest.starts_with("\xE2\x88\x92")) rest.remove_prefix(3);  // U+2212, the minus sign
  std::size_t digits = 0;
  while (digits < rest.size() && shape::is_ascii_digit(rest[digits])) ++digits;
  if (digits == 0) return false;
  rest = shape::trim(rest.substr(digits));
  if (!rest.starts_with("\xC2\xB0")) return false;
  std::string_view weather = rest.substr(2);
  // The day's high and low ("24°/12°").
  if (weather.starts_with('/')) {
    std::size_t low = 1;
    while (low < weather.size() && (shape::is_ascii_digit(weather[low]) || weather[low] == '-')) ++low;
    if (low > 1 && weather.substr(low).starts_with("\xC2\xB0")) weather = weather.substr(low + 2);
  }
  return !weather.ends_with('.') && shape::word_count(weather) <= k_max_labelled_weather_words &&
         (holds_sign(weather) || names_weather(weather));
}


/// What `text` is: a widget's row (see widget.h), a site header's bar (the weather among the
/// site's links, first: "Innsbruck 🌤 14 °C | Verkehr | Blaulicht | ePaper | Login"), or neither.
/// A table's row ("| Rosa Ortega | Bürgerbündnis | 48.212 | 46,8 % |") holds no weather.
Row widget_row(std::string_view text) {
  std::size_t cells = 0, data = 0, links = 0, weather = 0;
  std::size_t clocks = 0;  // cells with no datum but a clock's time ("Sunset 22:04")
  std::size_t rates = 0;   // cells with a rate after a currency's code ("USD/GHS 4.79 ▲")
  bool weather_first = false;   // the weather in the row's first two cells
  bool strong_weather = false;  // the first cell holds a weather sign and a temperature
  bool place_first = false;     // the first cell is a place and its temperature, and nothing else
  std::size_t short_cells = 0;  // cells after the first of a forecast's few words
  // Iberian sites write the degree as the ordinal sign ("Braga ⛅ 17º"); in a row with a weather
  // sign it is one (a table of standings writes places so: "1º | Flamengo | 45").
  const bool ordinal_degrees = text.find("\xC2\xBA") != std::string_view::npos && holds_sign(text);
  auto ordinal_degree = [&](std::string_view cell) {
    for (std::size_t at = cell.find("\xC2\xBA"); at != std::string_view::npos; at = cell.find("\xC2\xBA", at + 1))
      if (at > 0 && shape::is_ascii_digit(cell[at - 1])) return true;
    return false;
  };
  auto take = [&](std::string_view cell) {
    cell = shape::trim(cell);
    // A cell is a few words, no sentence.
    if (cell.empty() || cell.size() > k_max_cell_bytes || breaks_sentence(cell) || ++cells > k_max_cells) return false;
    // (The forecast's cells are looked at only after a place's temperature.)
    if (cells == 1) place_first = place_temperature_end(cell) == cell.size();
    else if (place_first && shape::word_count(cell) <= k_max_forecast_cell_words &&
             (holds_datum(cell) || shape::contains_stem_ci(cell, k_weather_stems)))
      ++short_cells;
    const bool degree_cell = ordinal_degrees && ordinal_degree(cell);
    if (holds_datum(cell) || degree_cell) {
      ++data;
      // (A ticker's rates are code pairs or equations: "USD/GHS 4.79", "1 EUR = 110,27".)
      rates += (cell.find('/') != std::string_view::npos || cell.find('=') != std::string_view::npos) &&
               holds_coded_rate(cell);
      const bool weather_cell = holds_weather(cell) || degree_cell;
      weather += weather_cell;
      if (cells <= 2 && weather_cell) weather_first = true;
      if (cells == 1 && holds_sign(cell) && cell.find("\xC2\xB0") != std::string_view::npos) strong_weather = true;
    } else if (holds_clock_time(cell)) {
      ++clocks;
    } else if (cell.size() <= k_max_link_bytes && shape::word_count(cell) <= k_max_link_words) {
      ++links;
    }
    return true;
  };
  std::size_t start = 0;
  // Wide spaces set cells apart only in a row that also has a mark: a table's row, padded by a
  // text browser into columns, has none ("Listenpreis  9.990 €  9.990 €"), and is article text
  // (but for a row of the weather alone, below).
  bool glyph = false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    std::size_t width = cell_mark_at(text, at, glyph);
    if (width == 0) continue;
    // A pointer may open the row's first cell ("► Vie. 19: ..."), with nothing before it.
    if (at > start && !take(text.substr(start, at - start))) return Row::none;
    start = at + width;
    at = start - 1;
  }
  if (!take(text.substr(start))) return Row::none;
  // Without a mark, wide spaces set apart a forecast's cells when every cell holds the weather
  // ("Graz 24° ⛅   Leoben 21° 🌦   Bad Radkersburg 26° ☀"): no article's table reads so.
  // So do they a rate ticker's, every cell a rate but for its time ("USD/GHS 4.79 ▲  GBP/GHS
  // 6.33 ▼  Interbank, 10:00 GMT").
  if (!glyph)
    return cells >= k_min_cells && (weather == cells || (rates >= k_min_cells && rates + clocks == cells)) ? Row::data
                                                                                                            : Row::none;
  // Beside the weather a time is the sun's or the tide's ("Ballina 11°C ☁ · Sunset 22:04"); a
  // byline's row gives its time of posting ("By Jane Roe | 19:14 GMT | Topic: Hardware").
  if (weather_first) data += clocks;
  // Two cells make a row when both hold a datum ("MÉTÉO Gérardmer 6 °C ☁ Pluie faible · Vent SO 25 km/h"),
  // or when the weather, its sign and its temperature, comes first and a link after it
  // ("Galashiels 11°C ☁ Light rain later · 5-day forecast ›").
  if (cells == 2 && (data == 2 || (weather_first && strong_weather && links == 1))) return Row::data;
  // A place's temperature, then its forecast in a few short cells, each naming the weather or
  // holding a datum ("Brixen 14 °C · morgen heiter bis wolkig · Schneefallgrenze 2.300 m").
  if (place_first && cells >= 2 && short_cells == cells - 1) return Row::data;
  if (cells >= k_min_cells && data >= k_min_data_cells && 3 * data >= cells) return Row::data;
  // The weather first, every other cell a datum or a link, the links two at least.
  if (weather_first && cells >= k_min_bar_cells && links >= 2 && data + links == cells) return Row::header_bar;
  return Row::none;
}

/// A traffic box's labels, lower case, in the six languages.
constexpr std::string_view k_traffic_labels[] = {
    "traffic", "traffic news", "tráfico", "trafic", "info trafic", "verkehr", "verkehrslage", "traffico",
    "viabilità", "trânsito", "trafego", "tráfego",
    // With the word that says it is current ("Verkehr aktuell", "Traffic update").
    "verkehr aktuell", "traffic update", "live traffic", "trafic en direct", "tráfico ahora", "tráfico en directo",
    "traffico in tempo reale", "trânsito agora",
};
constexpr std::size_t k_max_traffic_label_bytes = 16;
constexpr std::size_t k_max_traffic_report_words = 20;

/// "TRÁFICO · Retenciones en la AS-I sentido Gijón", "VERKEHR | Stau auf der A1 ...": a traffic
/// box's label in capitals (k_traffic_labels), a mark, then its report of a few words with no
/// sentence's stop; or the label in any case after a pictograph ("🚗 Trafic : E429 vers Tournai,
/// ralentissements ..."). A section's heading in small letters ("Verkehr: Die Stadt plant ...") stays.
bool is_traffic_box(std::string_view text) {
  // A pictograph before the label marks it as a box's as capitals do ("🚗 Verkehr: A4 ...").
  const bool flagged = text.size() > 5 && static_cast<unsigned char>(text[0]) == 0xF0 && text[4] == ' ';
  if (flagged) text = shape::trim(text.substr(5));
  std::size_t end = 0;
  while (end < text.size() && end <= k_max_traffic_label_bytes && text[end] != ' ' && text[end] != ':') ++end;
  // After a pictograph the label may run to its colon ("🚗 Verkehr aktuell: SS38 ...").
  if (flagged && end < text.size() && text[end] == ' ')
    if (std::size_t colon = text.substr(0, k_max_traffic_label_bytes + 1).find(':'); colon != std::string_view::npos)
      end = colon;
  std::string_view label = shape::trim(text.substr(0, end));
  if (label.size() < 4 ||
      (!flagged && std::any_of(label.begin(), label.end(), [](char c) { return c >= 'a' && c <= 'z'; })))
    return false;
  std::string_view rest = shape::trim(text.substr(end));
  std::size_t mark = 0;
  for (std::string_view candidate : {std::string_view("\xC2\xB7 "), std::string_view("| "), std::string_view(": "),
                                     std::string_view(":")})
    if (rest.starts_with(candidate)) mark = candidate.size();
  if (mark == 0) return false;
  std::string_view report = shape::trim(rest.substr(mark));
  if (report.empty() || report.ends_with('.') || shape::word_count(report) > k_max_traffic_report_words) return false;
  return shape::is_one_of(shape::scratch_key(label), k_traffic_labels);
}

/// A draw's result box: the numbers drawn, five at least (EuroMillions draws five, lotto six,
/// keno twenty), each of one or two digits; its label (the game, perhaps its date) a few words
/// at most; after the numbers a bonus ball's few words at most.
constexpr std::size_t k_min_drawn_numbers = 5;
constexpr std::size_t k_max_draw_label_words = 6;
constexpr std::size_t k_max_draw_label_bytes = 64;
constexpr std::size_t k_max_draw_tail_words = 6;
/// Words that join a sentence's last item ("38 and 45"), lower case, in the six languages: a
/// result box prints its numbers without one.
constexpr std::string_view k_list_conjunctions[] = {"and", "or", "und", "oder", "et", "ou", "y", "o", "e", "ed"};

/// The width of a separator between two drawn numbers at `at` of `text`: spaces around at most
/// one comma, semicolon, dot, hyphen, slash, bar, middle dot, en or em dash; 0 when `at` holds
/// none (or only a mark with no number after it, checked by the caller). A comma, semicolon or
/// dot is a separator only before a space.
std::size_t draw_separator_at(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && text[end] == ' ') ++end;
  if (end < text.size()) {
    std::string_view rest = text.substr(end);
    std::size_t mark = 0;
    // A comma or dot between two digits is a decimal or a thousands mark ("1,07", "10.000").
    if ((rest[0] == ',' || rest[0] == ';' || rest[0] == '.') && rest.size() > 1 && rest[1] == ' ') mark = 1;
    else if (rest[0] == '-' || rest[0] == '/' || rest[0] == '|') mark = 1;
    else if (rest.starts_with("\xC2\xB7")) mark = 2;  // ·
    else if (rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94")) mark = 3;  // – —
    end += mark;
    while (end < text.size() && text[end] == ' ') ++end;
  }
  return end - at;
}

/// "Lotto 6aus49: 4 – 11 – 19 – 27 – 38 – 45, Superzahl 3", "Mega-Sena 04-15-22-37-41-58",
/// "SuperEnalotto: 12 25 33 48 71 86 Jolly 5": a draw's result box. A label of a few words that
/// holds a letter (ending on a colon when it runs past three words), then k_min_drawn_numbers
/// numbers or more, each of one or two digits, each above the one before, with only separators
/// between them; then nothing, or a bonus ball's few words with its number, not closed by a
/// stop. "The winning numbers were 4, 11, 19, 27, 38 and 45, the operator said." joins its last
/// number with "and" and stays; so does "Bus lines 12, 15, 22, 31, 40 and 52 run on Sundays",
/// and a French phone number ("Accueil : 04 78 12 34 56": five pairs, the first opening on 0).
bool is_draw_row(std::string_view text) {
  text = shape::past_pictograph(text);
  if (text.ends_with('.')) return false;
  const std::size_t label_limit = std::min(text.size(), k_max_draw_label_bytes);
  // Each number that opens a word within the label's reach may open the run.
  for (std::size_t at = 0; at < label_limit; ++at) {
    if (!shape::is_ascii_digit(text[at]) || (at > 0 && text[at - 1] != ' ')) continue;
    std::string_view label = shape::trim(text.substr(0, at));
    const std::size_t label_words = shape::word_count(label);
    if (label_words > k_max_draw_label_words) return false;
    // A label closed by a bare number, or a country code, is the first group of a phone number
    // ("+33 1 23 45 67 89", "0800 12 34 56 78").
    std::string_view last = label.substr(label.rfind(' ') == std::string_view::npos ? 0 : label.rfind(' ') + 1);
    if (last.starts_with('+')) last.remove_prefix(1);
    if (!last.empty() && std::all_of(last.begin(), last.end(), shape::is_ascii_digit)) return false;
    bool colon = label.ends_with(':');
    // Without a colon the label is a game's name of a few words, no number in it (a table's row
    // opens so: "Rockledge 14 11 6 15 — 44", "33 Quin Houff 77 0 0 0 0").
    if (label_words == 0 || (!colon && (label_words > 3 || shape::has_digit(label))) ||
        !std::any_of(label.begin(), label.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }))
      continue;
    // The numbers rise, as a result box sorts them; a table's row or a phone number seldom does.
    std::size_t numbers = 0, end = at, next = at;
    int previous = -1;
    while (true) {
      std::size_t digits = 0;
      while (next + digits < text.size() && shape::is_ascii_digit(text[next + digits])) ++digits;
      const std::size_t after = next + digits;
      // A number of one or two digits, ending at a space, a mark or the line's end.
      if (digits == 0 || digits > 2 ||
          (after < text.size() && text[after] != ' ' && !draw_separator_at(text, after)))
        break;
      const int value = digits == 1 ? text[next] - '0' : 10 * (text[next] - '0') + (text[next + 1] - '0');
      if (value <= previous) break;
      previous = value;
      ++numbers;
      end = after;
      std::size_t width = after < text.size() ? draw_separator_at(text, after) : 0;
      if (width == 0) break;
      next = after + width;
    }
    if (numbers < k_min_drawn_numbers) continue;
    if (numbers == 5 && text[at] == '0' && shape::is_ascii_digit(text[at + 1])) return false;  // a French phone number
    std::string_view tail = shape::trim(text.substr(end));
    while (!tail.empty() && (tail[0] == ',' || tail[0] == ';' || tail[0] == '.' || tail[0] == '|'))
      tail = shape::trim(tail.substr(1));
    if (tail.empty()) return true;
    std::string_view first = tail.substr(0, std::min(tail.find(' '), tail.size()));
    char folded[8];
    if (shape::is_one_of(shape::lower_ascii_into(first, folded, sizeof folded), k_list_conjunctions)) return false;
    return shape::word_count(tail) <= k_max_draw_tail_words && shape::has_digit(tail);
  }
  return false;
}

/// Labels of a what's-on box's listing, keyed, in the six languages ("Agenda : ...", "Termine:
/// ...", "What's on: ..."). A bare "Events:" may sum up a story's events, and is left out.
constexpr std::string_view k_agenda_labels[] = {
    "agenda", "agenda comunale", "agenda culturale", "agenda cultural", "agenda culturelle", "à l'agenda",
    "l'agenda", "termine", "termintipp", "veranstaltung", "veranstaltungen", "veranstaltungstipp",
    "what's on", "whats on", "upcoming events", "save the date", "próximos eventos", "prossimi eventi",
    "appuntamenti", "appuntamento", "rendez-vous", "prochains rendez-vous", "cartelera", "programação",
    "próximas atividades", "evento", "eventi",
};
/// A label runs to a few bytes; a listing to a sentence or two, of which this many words at
/// least (of three letters or more, no number, no month) name the event, its place or its
/// organiser: a field of an event's own page gives its date alone ("Termin: 21.02.2020, 19
/// Uhr", "Termin: vom 05. September bis zum 22. November"), and is the article's.
constexpr std::size_t k_max_agenda_label_bytes = 28;
constexpr std::size_t k_max_agenda_words = 40;
constexpr std::size_t k_min_agenda_event_words = 5;

/// True when `text` names a day or a time as a listing does: a day's number and a month
/// (sites::k_month_names: "8 juin", "19 giugno", "24 avril"), a listing's date (holds_listing_date()),
/// or a clock's time (holds_clock_time(), "ore 20.00", "20 Uhr", "à 8 h", "7pm", "19h30").
bool names_listing_day(std::string_view text) {
  if (holds_listing_date(text) || holds_clock_time(text)) return true;
  std::string_view before, previous;
  bool day = false;
  auto day_number = [](std::string_view word) { return !word.empty() && word.size() <= 2 && shape::all_digits(word); };
  shape::each_word(text, [&](std::string_view word) {
    std::string_view bare = word;
    while (!bare.empty() && (bare.back() == '.' || bare.back() == ',' || bare.back() == ':')) bare.remove_suffix(1);
    char folded[16];
    std::string_view lower = shape::lower_ascii_into(bare, folded, sizeof folded);
    // (Spanish and Portuguese put "de" between the day and its month: "3 de mayo".)
    const bool number = day_number(previous) || (previous == "de" && day_number(before));
    // A day and its month, or an hour and its unit ("8 h", "20 Uhr", "ore 20.00").
    if (number && (shape::is_one_of(lower, sites::k_month_names) || lower == "h" || lower == "uhr")) day = true;
    if (previous == "ore" && bare.size() >= 4 && shape::is_ascii_digit(bare[0])) day = true;
    // An hour glued to its unit: "7pm", "7.30pm", "20h", "19h30".
    if (!bare.empty() && shape::is_ascii_digit(bare[0])) {
      std::size_t digits = 0;
      while (digits < bare.size() && (shape::is_ascii_digit(bare[digits]) || bare[digits] == '.')) ++digits;
      std::string_view unit = lower.substr(std::min(digits, lower.size()));
      if (digits <= 5 && (unit == "pm" || unit == "am" || unit == "h" ||
                          (unit.size() == 3 && unit[0] == 'h' && shape::all_digits(unit.substr(1)))))
        day = true;
    }
    before = previous;
    previous = bare;
    return !day;
  });
  return day;
}

/// "Agenda : marche ADEPS au départ de la salle des fêtes, dimanche 8 juin à 8 h", "Agenda
/// comunale: seduta del Consiglio comunale, 19 giugno, sala multiuso, ore 20.00": a what's-on
/// box's listing, its label (k_agenda_labels) and a colon opening the line, then an event with
/// its day or time (names_listing_day()) in a few phrases with no stop closing them, and no
/// reported speech. "Agenda: the council will vote on 12 March." is a sentence of a report.
bool is_agenda_listing(std::string_view text) {
  std::size_t colon = text.substr(0, k_max_agenda_label_bytes + 2).find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view label = shape::trim(text.substr(0, colon));
  char folded[k_max_agenda_label_bytes + 2];
  if (label.size() > k_max_agenda_label_bytes) return false;
  if (!shape::is_one_of(shape::lower_latin1_into(label, folded, sizeof folded), k_agenda_labels)) return false;
  // A listing is a string of its event's facts, not a sentence closed by a stop.
  std::string_view listing = shape::trim(text.substr(colon + 1));
  if (listing.empty() || listing.back() == '.' || shape::word_count(listing) > k_max_agenda_words) return false;
  std::string_view key = shape::scratch_key(listing);
  if (shape::key_contains_any(key, k_reported_speech) || !names_listing_day(listing)) return false;
  std::size_t event_words = 0;
  shape::each_word(key, [&](std::string_view word) {
    std::size_t letters = 0;
    for (char c : word) letters += (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0xC0;
    event_words += letters >= 3 && !shape::has_digit(word) && !shape::is_one_of(word, sites::k_month_names);
    return event_words < k_min_agenda_event_words;
  });
  return event_words >= k_min_agenda_event_words;
}

/// True when `text` may hold a cell mark: a bar, a middle dot, a bullet, a square, a pointer or
/// two spaces in a row (most lines hold none).
bool may_hold_cells(std::string_view text) {
  if (text.find("  ") != std::string_view::npos || text.find(" |") != std::string_view::npos) return true;
  for (std::size_t at = text.find(' '); at != std::string_view::npos && at + 1 < text.size(); at = text.find(' ', at + 1)) {
    auto next = static_cast<unsigned char>(text[at + 1]);
    if (next == 0xC2 || next == 0xE2) return true;
  }
  return false;
}

}  // namespace

/// The classes a byte after a space has when it may open a cell mark: another space, a bar, or
/// the lead byte of the UTF-8 marks (C2 ·, E2 • ▪ ◦ ► ▸), by LinePairs' classes.
constexpr std::uint64_t k_after_space_marks = std::uint64_t{1} << shape::pair_class(' ') |
                                              std::uint64_t{1} << shape::pair_class('|') |
                                              std::uint64_t{1} << shape::pair_class('\xC2');

/// The classes of the bytes that may follow a drawn number within its run, by LinePairs' classes:
/// a space, a comma, a semicolon, a dot, a hyphen, a slash or a bar.
constexpr std::uint64_t k_after_drawn_number = [] {
  std::uint64_t classes = 0;
  for (char c : {' ', ',', ';', '.', '-', '/', '|'}) classes |= std::uint64_t{1} << shape::pair_class(c);
  return classes;
}();

std::optional<std::string> WidgetFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.size() > k_max_bytes || text.size() < 12) return std::nullopt;
  // A labelled weather readout, cells or none ("❄ Wetter Pramtal: −4 °C, leichter Schneefall"):
  // its label's first letter, or a pictograph's lead byte, opens the line.
  if (const char first = static_cast<char>(text[0] | 0x20);
      (first == 'w' || first == 'm' || first == 't' || first == 'c' || static_cast<unsigned char>(text[0]) >= 0xE2) &&
      is_labelled_weather(text))
    return "a weather widget's readout";
  // A what's-on listing's label and colon open the line (a colon among its first bytes).
  if (std::memchr(text.data(), ':', std::min(text.size(), k_max_agenda_label_bytes + 2)) && is_agenda_listing(text))
    return "a what's-on box's listing";
  // Most lines hold no space before a mark's byte: the row's shared signature says so first.
  const shape::LinePairs& pairs = shape::line_pairs(doc.blocks[index].text);
  // A draw's numbers follow one another, each a digit or two, a separator between them.
  if (text.size() <= k_max_draw_bytes && (pairs.after_digit() & k_after_drawn_number) != 0 && is_draw_row(text))
    return "a draw's result box: the numbers drawn";
  if ((pairs.rows[shape::pair_class(' ')] & k_after_space_marks) == 0) return std::nullopt;
  if (!may_hold_cells(text)) {
    // A traffic box's label after a pictograph needs no cell ("🚗 Trafic : E429 ...").
    if (static_cast<unsigned char>(text[0]) == 0xF0 && is_traffic_box(text)) return "a traffic box's report";
    // A readout's degree sign follows a digit or a space, and a pictograph a space.
    bool degree_may = (pairs.after_digit() & std::uint64_t{1} << shape::pair_class('\xC2')) != 0;
    if (degree_may && !text.ends_with('.') && is_weather_readout(text)) return "a weather widget's readout";
    return std::nullopt;
  }
  if (text.ends_with('.') && !text.ends_with("..")) return std::nullopt;
  // A row with a year is a byline's or a dateline's ("November 19, 2019 | 4:20am | Updated ..."),
  // which the widgets this stage knows do not print.
  if (shape::has_year(text)) return std::nullopt;
  switch (widget_row(text)) {
    case Row::data: return "a widget's row of data";
    case Row::header_bar: return "a site header's bar: the weather among its links";
    case Row::none: break;
  }
  if (is_weather_readout(text)) return "a weather widget's readout";
  if (is_traffic_box(text)) return "a traffic box's report";
  return std::nullopt;
}

}  // namespace pith
