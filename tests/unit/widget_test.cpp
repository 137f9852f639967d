// widget: rows of a page widget's data cells go; rows of menu links, tables of scores and
// sentences that list figures stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("widget removes rows of data cells", "[filter][widget]") {
  for (const char* line : {
           "Stuttgart 11\xC2\xB0" "C \xE2\x98\x81 | Pollenflug: m\xC3\xA4\xC3\x9F" "ig | Stau-Lage: 4 Meldungen",
           "Milchpreis-Ticker \xC2\xB7 Butter (Kempten) 3,92 \xE2\x82\xAC/kg \xE2\x96\xB2 \xC2\xB7 Magermilchpulver 2,14 "
           "\xE2\x82\xAC/kg \xE2\x96\xBC \xC2\xB7 Spotmilch 34,5 ct/kg \xE2\x96\xBC",
           "M\xC3\xA9t\xC3\xA9o marine Lorient : vent O 18 n\xC5\x93uds, rafales 25 \xC2\xB7 mer agit\xC3\xA9" "e \xC2\xB7 14 \xC2\xB0" "C",
           "WHAT'S ON: Warm-up show, Town Hall \xE2\x80\x94 Fri | Jazz Festival opens \xE2\x80\x94 Sat | Wine & Food \xE2\x80\x94 Sun",
           "FTSE 100 7,412 \xE2\x96\xB2 0.4% | Dow 28,310 \xE2\x96\xBC 0.2% | Brent $61.20",
           "Madrid 24 \xC2\xB0" "C \xE2\x80\xA2 Humedad: 40% \xE2\x80\xA2 Viento: 12 km/h",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget keeps menus, score tables and sentences with figures", "[filter][widget]") {
  for (const char* line : {
           "Home | News | Sport | Weather",
           "Bayern 2 | Dortmund 1 | Leipzig 0",
           "Temperatures reached 41 \xC2\xB0" "C in Seville, 39 \xC2\xB0" "C in C\xC3\xB3rdoba and 38 \xC2\xB0" "C in Jaén.",
           "Butter rose to 3.92 \xE2\x82\xAC/kg | the highest since 2017 | dairies said on Tuesday that prices would "
           "keep climbing. Farmers welcomed the news.",
           "Weather | Traffic | Markets",
           "Prices: butter up 4% \xC2\xB7 milk flat",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}
