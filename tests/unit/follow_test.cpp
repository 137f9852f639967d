// follow: prompts to follow the site go; sentences about following stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("follow removes follow prompts", "[filter][follow]") {
  for (const char* line : {
           "Follow us on Twitter",
           "Follow us on Facebook and Instagram.",
           "Follow Anna Lee on X: @annalee",
           "Like us on Facebook",
           "Síguenos en redes sociales",
           "Folgen Sie uns auf Instagram",
           "Suivez-nous sur Facebook",
           "Siga-nos no Instagram",
           "Seguici su Telegram",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("follow", line));
  }
}

TEST_CASE("follow keeps sentences about following", "[filter][follow]") {
  for (const char* line : {
           "Follow the money, investigators told the committee on Tuesday.",
           "Follow the senator's posts on X, aides said.",
           "Followers of the account on Instagram doubled within a week.",
           "Suivez le guide, a lancé le maire aux journalistes.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("follow", line));
  }
}

TEST_CASE("follow removes a prompt ending on a Telegram link", "[filter][follow]") {
  for (const char* line : {
           "Follow us on Telegram: t.me/citynews",
           "Síguenos en Telegram: t.me/diariodelsur",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("follow", line));
  }
}

TEST_CASE("follow removes a prompt that names the platform early and says what for", "[filter][follow]") {
  for (const char* line : {
           "Seguici su Telegram per tutte le news in tempo reale",
           "Síguenos en Google Noticias",
           "Follow us on Instagram for daily photos from the valley",
           "Folgen Sie uns auf Instagram für tägliche Fotos aus der Region",
           "Suivez-nous sur Facebook pour ne rien manquer",
           "Siga-nos no Instagram para ver os bastidores",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("follow", line));
  }
  for (const char* line : {
           "Sigue a la espera de que Facebook responda a la carta del regulador europeo.",
           "Follow Twitter closely, analysts say, because the company is changing fast.",
           "Follow the debate on Facebook, where the mayor answered questions for two hours.",
           "Segui le indicazioni degli agenti, ha detto il prefetto, anche se su Telegram circolano voci.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("follow", line));
  }
}

TEST_CASE("follow removes the prompts English has in every language", "[filter][follow]") {
  // Find us on, join us on, like us on, subscribe to our, and each language's other "follow us".
  for (const char* line : {
           "Folgt uns auf Instagram", "Finden Sie uns auf Facebook", "Folgen Sie uns auf Social Media",
           "Encuéntranos en Facebook", "Únete a nosotros en Telegram", "Rejoignez-nous sur Facebook",
           "Suis-nous sur Instagram", "Segue-nos no Instagram", "Junte-se a nós no Telegram", "Trovaci su Instagram",
           "Iscriviti al nostro canale YouTube", "Seguiteci su Facebook",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("follow", line));
  }
  for (const char* line : {
           "Folgt man der Argumentation, bleibt Facebook der Gewinner",
           "Finden Sie uns auf der Straße, sagte die Polizistin.",
           "Sigue abierta la investigación sobre Facebook",
           "Rejoignez-nous sur la place du marché samedi, a dit le maire.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("follow", line));
  }
}

TEST_CASE("follow removes a lone follow label, in every language", "[filter][follow]") {
  // The label stands alone: the platform icons after it were images the dump lost.
  for (const char* line : {
           "Follow us", "Follow Us:", "Follow us on", "Find us on:", "Connect with us", "Folge uns", "Folgen Sie uns",
           "Folgen Sie uns auf:", "Folgt uns", "Síguenos", "Síguenos en:", "Encuéntranos en", "Suivez-nous",
           "Suivez-nous sur :", "Retrouvez-nous sur", "Seguici", "Seguici su:", "Trovaci su", "Siga-nos",
           "Segue-nos", "Acompanhe-nos", "Acompanhe-nos nas", "Follow Us arrow icon", "Folgen Sie uns icon",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("follow", line));
  }
}

TEST_CASE("follow keeps sentences that open as a lone label does", "[filter][follow]") {
  for (const char* line : {
           "Follow us as we travel the coast this summer.",
           "Folgen Sie uns nicht blind, sagte der Trainer.",
           "Síguenos contando tu historia, pidió la madre.",
           "Suivez-nous jusqu'au bout, a lancé la capitaine.",
           "Seguici fino alla fine, ha detto il sindaco.",
           "Siga-nos até a praça, pediu o guia aos turistas.",
           "Follow us, the officers told the crowd.",
           "Folge uns auf dem Weg durch die Altstadt, lud die Führerin ein.",
           // An icon's alt text follows a label only: a word before it keeps the line.
           "Follow us for the icon", "Folge uns zur Ikone",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("follow", line));
  }
}

TEST_CASE("follow takes a prompt that closes on a tagline after a dash, and one behind a pictograph",
          "[filter][follow]") {
  for (const char* line : {
           "\xF0\x9F\x94\x94 Segui Il Faro dello Stretto anche su Telegram: t.me/ilfarodellostretto \xE2\x80\x93 "
           "notizie in tempo reale",
           "Follow us on Instagram @herald \xE2\x80\x93 daily photos from the valley",
           "\xF0\x9F\x94\x94 Follow the Herald on Telegram",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("follow", line));
  }
  for (const char* line : {
           "Follow the money \xE2\x80\x93 that was the advice of the auditor on Tuesday",
           "Follow the signs to Instagram Point \xE2\x80\x93 a lookout on the ridge above the lake that hikers love",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("follow", line));
  }
}

TEST_CASE("follow takes a prompt that closes on emoji after its platforms", "[filter][follow]") {
  for (const char* line : {"Segui La Voce del Ceresio anche su Instagram e Facebook \xF0\x9F\x91\x8D",
                           "Follow us on Instagram and Facebook \xF0\x9F\x91\x87 \xF0\x9F\x93\xB8",
                           "Folgen Sie der Limmatpost auch auf Instagram \xE2\x9C\x85"}) {
    INFO(line);
    CHECK(filter_removes_in_context("follow", line));
  }
  CHECK_FALSE(filter_removes_in_context(
      "follow", "Follow the river for two miles and you reach the old mill, the guide said \xF0\x9F\x91\x8D"));
}
