// subscribe: calls to subscribe to a site, channel or podcast go; prose about subscribers stays.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("subscribe removes calls to subscribe", "[filter][subscribe]") {
  for (const char* line : {
           "Subscribe to Lakeside Daily Herald for FREE",
           "Subscribe to The Valley Voice",
           "Subscribe to our YouTube channel.",
           "Please subscribe to the podcast on Apple Podcasts or Spotify",
           "Listen on Apple Podcasts",
           "Don't forget to like and subscribe and hit the bell!",
           "Download our free app for breaking news alerts",
           "Subscribe now",
           "Suscríbete a nuestro canal de YouTube",
           "Escucha nuestro pódcast en Spotify",
           "Abonnieren Sie unseren YouTube-Kanal",
           "Jetzt kostenlos abonnieren",
           "Abonnez-vous à notre chaîne YouTube",
           "Téléchargez l'application pour recevoir nos alertes",
           "Inscreva-se no nosso canal",
           "Ouça o podcast no Spotify",
           "Iscriviti al nostro canale Telegram",
           "Ascolta il podcast su Spotify",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe keeps prose about subscriptions", "[filter][subscribe]") {
  for (const char* line : {
           "Subscribe to the idea that markets are always efficient, and you will be disappointed.",
           "Subscribers to the channel grew by 20 percent last year, the company said.",
           "Subscribe to Netflix, Disney+ and Max together and the bill tops $50 a month, analysts noted.",
           "Download the report, which runs to 300 pages, from the ministry's website.",
           "Listen to the victims, the judge told the court.",
           "Los suscriptores del canal crecieron un 20 % el año pasado.",
           "Die Zahl der Abonnenten des Kanals stieg im vergangenen Jahr um 20 Prozent.",
           "Les abonnés de la chaîne ont augmenté de 20 % l'an dernier.",
           "Os assinantes do canal cresceram 20% no ano passado.",
           "Gli iscritti al canale sono cresciuti del 20% l'anno scorso.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}
