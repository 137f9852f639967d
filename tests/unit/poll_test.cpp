// poll: a reader poll's widget lines go; surveys reported in prose stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("poll removes a reader poll's widget lines", "[filter][poll]") {
  for (const char* line : {
           "% of readers think this story is Fact. Add your two cents.",
           "72% of readers think this story is Fiction. Add your two cents.",
           "% of visitors found this article useful",
           "48 % of respondents agree. Cast your vote",
           "View results",
           "Vote now",
           "% de los lectores cree que esta noticia es cierta. ¿Qué opinas?",
           "Ver resultados",
           "% der Leser halten diese Meldung für glaubwürdig. Jetzt abstimmen",
           "Ergebnisse anzeigen",
           "% des lecteurs trouvent cet article utile. Votez !",
           "Voir les résultats",
           "% dos leitores acham esta notícia verdadeira. Vote agora",
           "% dei lettori pensa che questa notizia sia vera. Vota ora",
           "Vedi i risultati",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll keeps surveys reported in prose", "[filter][poll]") {
  for (const char* line : {
           "62% of readers think the mayor should resign, a poll by the newspaper found.",
           "40% of voters said the economy was their main concern.",
           "% change figures are given against the same month last year.",
           "Results of the vote will be announced on Sunday.",
           "El 55 % de los encuestados apoya la reforma, según el sondeo.",
           "55 % der Befragten lehnen den Plan ab, wie die Umfrage zeigt.",
           "62 % des lecteurs interrogés jugent la réforme injuste, selon l'institut.",
           "70% dos entrevistados aprovam o governo, segundo a pesquisa.",
           "Il 60% degli intervistati è contrario, secondo il sondaggio.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}
