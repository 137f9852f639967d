// Every built-in filter together: article sentences that mention noise words stay.
#include <catch2/catch.hpp>

#include "pith/filters/filter.h"
#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("no built-in filter removes article sentences about noise topics", "[filter]") {
  const char* sentences[] = {
      "The company said it would stop advertising on the platform after the tweet went viral.",
      "Ships were loading grain at the port.",
      "Readers can read more about the ruling in the court's 40-page opinion.",
      "\"We will not be intimidated,\" the mayor wrote on X, a post that was shared thousands of times.",
      "The regulator fined the newspaper 50,000 euros over its cookie policy, saying it misled readers.",
      "Reuters reported that the central bank would hold rates steady.",
      "The activist, who posts as (@riverwatch), has documented dozens of spills along the river.",
      "Subscribers to the paper's print edition will see the price rise in January.",
      "The disclaimer at the bottom of the advert was too small to read, the watchdog ruled.",
      "Share prices in Frankfurt rose 2 percent after the announcement.",
      "Follow-up tests confirmed the first results, the laboratory said.",
      "El periódico informó de que la publicidad institucional creció un 20 % el año pasado.",
      "Die Zeitung berichtete, dass die Anzeige gegen den Minister zurückgezogen wurde.",
      "Le journal a été condamné pour ses cookies publicitaires, déposés sans consentement.",
      "O jornal publicou a íntegra da decisão, que pode ser lida no site do tribunal.",
      "Il quotidiano ha pubblicato un'intervista esclusiva con il ministro.",
  };
  for (const pith::FilterEntry& entry : pith::filter_registry()) {
    for (const char* sentence : sentences) {
      INFO(entry.name << ": " << sentence);
      CHECK_FALSE(filter_removes_in_context(entry.name, sentence));
    }
  }
}
