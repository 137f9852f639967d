// donate: a site's appeals for money go; prose about donations and support stays.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("donate removes appeals for money", "[filter][donate]") {
  for (const char* line : {
           "Donate now",
           "Please consider supporting our independent journalism with a small donation.",
           "You can support my work through my PayPal account. Thanks https://www.paypal.com/donate?id=AB12",
           "Become a patron on Patreon and help keep this site free.",
           "If you enjoyed this article, please consider donating to keep us going.",
           "Support independent media: donate today",
           "Haz una donación para apoyar nuestro trabajo.",
           "Apoya el periodismo independiente con una donación",
           "Unterstützen Sie unsere Arbeit mit einer Spende.",
           "Jetzt spenden",
           "Soutenez notre travail : faites un don.",
           "Faites un don",
           "Apoie o jornalismo independente: faça uma doação.",
           "Sostieni il nostro lavoro con una donazione.",
           "Fai una donazione a questo sito",
           "Support us",
           "Unterstützen Sie uns",
           "Apóyanos",
           "Soutenez-nous",
           "Apoie-nos",
           "Sostienici",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate keeps prose about donations and support", "[filter][donate]") {
  for (const char* line : {
           "Donate blood if you can, health officials urged on Tuesday.",
           "Help us find the missing girl, police said in a statement.",
           "Support for the party fell to 20 percent in the latest poll.",
           "The charity asked people to donate to its winter appeal, which raised £2 million.",
           "Contribute to the pension scheme for ten years and you qualify, the minister explained.",
           "Apoya la reforma el 60 % de los votantes, según el sondeo.",
           "Unterstützen Sie die Nachbarn, sagte der Bürgermeister bei der Feier.",
           "Soutenez les commerçants du quartier, a lancé la maire.",
           "Apoie a campanha de vacinação, pediu o ministro.",
           "Sostieni la candidatura, ha detto il sindaco ai cittadini.",
           "Support us, the strikers chanted outside the factory gates on Monday.",
           "Unterstützen Sie uns bei der Suche, bat die Polizei die Anwohner.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}
