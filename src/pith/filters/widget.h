// widget: a page widget's row of data printed as a line of text: a weather box ("Stuttgart 11°C
// ☁ | Pollenflug: mäßig | Stau-Lage: 4 Meldungen"), a market or price ticker ("Butter 3,92 €/kg
// ▲ · Magermilchpulver 2,14 €/kg ▼"), a marine forecast, live scores ("Wolfsburg – Freiburg 3:0
// (71.) · ..."), a what's-on box ("Jazz Festival opens — Sat | Wine & Food — Sun"). A row is
// three or more short cells set apart by bars, middle dots, bullets or pointers (and wide spaces,
// in a row that has one of those), two and a third of them holding a datum, or two cells that
// both hold one. A site header's bar goes too: four cells or more, the weather first among the
// site's links ("Innsbruck 🌤 14 °C | Verkehr | Blaulicht | ePaper | Login"). A sentence is
// not cut into such cells, a table padded into columns has no mark, and a row with a year is a
// byline's.
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class WidgetFilter : public LineFilter {
 public:
  explicit WidgetFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
