// duplicate: second copies of paragraphs and of the headline below the text go; the first copy,
// short repeated lines and the headline's title block stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::removed_by_filter;

namespace {
const std::string k_headline = "Council Approves Plan to Reopen Riverside Rail Line";
const std::string k_first =
    "The county council voted 7-2 on Thursday to reopen the Riverside rail line to passenger trains, ending a "
    "decade-long campaign.";
const std::string k_second =
    "Officials said the first passenger services could run by the spring of 2027 if the national fund agrees to "
    "pay for new signals.";
}  // namespace

TEST_CASE("duplicate removes a second copy of a paragraph", "[filter][duplicate]") {
  CHECK(removed_by_filter("duplicate", {k_headline, k_first, k_second, k_first}) ==
        std::vector<bool>{false, false, false, true});
  // The copy may differ in white space at its ends only.
  CHECK(removed_by_filter("duplicate", {k_headline, k_first, "  " + k_first + " ", k_second}) ==
        std::vector<bool>{false, false, true, false});
  // Every language: the rule reads no words.
  std::string es = "El pleno aprobó la reforma con 200 votos a favor y 140 en contra tras un debate de más de seis "
                   "horas en el Congreso.";
  std::string de = "Die Gewerkschaft kündigte an, den Streik bis Freitag fortzusetzen, falls die Bahn kein neues "
                   "Angebot vorlegt und weiter verhandelt.";
  CHECK(removed_by_filter("duplicate", {"Reforma aprobada", es, de, es, de}) ==
        std::vector<bool>{false, false, false, true, true});
}

TEST_CASE("duplicate removes the headline repeated below the article", "[filter][duplicate]") {
  CHECK(removed_by_filter("duplicate", {k_headline, k_first, k_second, "Related Posts:", k_headline}) ==
        std::vector<bool>{false, false, false, false, true});
  CHECK(removed_by_filter("duplicate", {"Le festival bat son record", k_first, k_second,
                                        "le festival bat son record"}) ==
        std::vector<bool>{false, false, false, true});
}

TEST_CASE("duplicate keeps first copies, refrains and the headline's title block", "[filter][duplicate]") {
  // The title printed twice at the top, past a byline: no article text stands between.
  CHECK(removed_by_filter("duplicate", {k_headline, "By Jane Roe", k_headline, k_first, k_second}) ==
        std::vector<bool>{false, false, false, false, false});
  // Short lines repeat on purpose: a refrain, headings, names in a list.
  CHECK(removed_by_filter("duplicate", {k_headline, k_first, "I remained silent;", k_second, "I remained silent;",
                                        "Advantages", "Disadvantages", "Advantages"}) ==
        std::vector<bool>{false, false, false, false, false, false, false, false});
  // Paragraphs that only share words are no copies.
  CHECK(removed_by_filter("duplicate", {k_headline, k_first, k_first + " It was the third vote.", k_second}) ==
        std::vector<bool>{false, false, false, false});
}

TEST_CASE("duplicate keeps repeated questions and items that are no statements", "[filter][duplicate]") {
  // An interview puts one question to each guest; a meal plan names the same dish each day.
  std::string question = "What do you cook for yourself at home, and is there a dish you would never eat again?";
  std::string item = "Chicken Zoodles [1 cup zucchini noodles, 4 oz. cooked chicken, 1 tsp. sesame oil, 1 tsp. soy "
                     "sauce, 1 Tbsp. green onions]";
  CHECK(removed_by_filter("duplicate", {k_headline, question, k_first, question, k_second, item, item}) ==
        std::vector<bool>{false, false, false, false, false, false, false});
}
