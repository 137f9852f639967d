// correction: prompts to report an error go; reports about errors and corrections stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("correction removes prompts to report an error", "[filter][correction]") {
  for (const char* line : {
           "See an error in this article? Send us a correction",
           "Spotted a typo? Let us know at corrections@example.com.",
           "Did we get something wrong? Tell the newsroom.",
           "Report an error",
           "To report an error in this story, email the editors.",
           "¿Has visto un error? Escríbenos a redaccion@example.es",
           "Informar de un error",
           "Fehler gefunden? Schreiben Sie uns.",
           "Fehler melden",
           "Vous avez repéré une erreur ? Signalez-la à la rédaction.",
           "Signaler une erreur",
           "Encontrou um erro? Envie uma correção.",
           "Comunicar erro",
           "Hai trovato un errore? Segnalalo alla redazione.",
           "Segnala un errore",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("correction", line));
  }
}

TEST_CASE("correction keeps reports about errors and corrections", "[filter][correction]") {
  for (const char* line : {
           "Report an error on your tax return within 30 days, the revenue service advised.",
           "The agency said it had found an error in the data and would issue a correction.",
           "See an error message on the screen, and the machine stops, the engineer explained.",
           "Found an error in the census, the statistician spent a year fixing it.",
           "El ministerio informó de un error en el cálculo de las pensiones.",
           "Die Behörde räumte einen Fehler ein und kündigte eine Korrektur an.",
           "Une erreur de calcul a retardé le projet de plusieurs mois.",
           "O tribunal reconheceu um erro na sentença.",
           "Il ministero ha segnalato un errore nei dati pubblicati ieri.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("correction", line));
  }
}
