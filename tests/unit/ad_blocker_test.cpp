// ad-blocker: notices about the reader's ad blocker and pleas that the site lives on its ads go;
// articles' sentences about ad blocking and ad revenue stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("ad-blocker removes notices about the reader's ad blocker and pleas that the site lives on its ads", "[filter][ad-blocker]") {
  for (const char* line : {
           "If you’re running an ad-blocker it’s costing me money. Our website relies on internet advertisements to pay the bills.",
           "We noticed you're using an ad blocker. Please consider whitelisting our site.",
           "Please disable your AdBlock to keep reading.",
           "Sie verwenden einen Adblocker. Bitte deaktivieren Sie ihn für unsere Seite.",
           "Wir haben festgestellt, dass du einen Werbeblocker nutzt.",
           "Vous utilisez un bloqueur de publicité. Merci de le désactiver sur notre site.",
           "Parece que estás usando un bloqueador de anuncios.",
           "Hemos detectado que utiliza un bloqueador de publicidad. Por favor, desactívelo.",
           "Stai usando un AdBlock: disattivalo per continuare a leggere.",
           "Abbiamo rilevato un blocco degli annunci attivo sul browser.",
           "Você está usando um bloqueador de anúncios. Desative-o para continuar.",
           "This site is funded by advertising. Thank you for your support.",
           "Diese Seite finanziert sich durch Werbung.",
           "Notre site vit de la publicité : merci de nous soutenir.",
           "Nuestro sitio se financia con publicidad.",
           "Il nostro sito si sostiene grazie alla pubblicità.",
           "O nosso site depende de anúncios para continuar gratuito.",
           // the site speaking of its readers' ad blockers
           "Wir nötigen unsere Besucher nicht, den Adblocker zu deaktivieren.",
           "We never ask our readers to turn off their ad blockers.",
           "Nous ne demandons jamais à nos lecteurs de désactiver leur bloqueur de publicité.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("ad-blocker", line));
  }
}

TEST_CASE("ad-blocker keeps articles' sentences about ad blockers and advertising revenue", "[filter][ad-blocker]") {
  for (const char* line : {
           "Ad blockers cost publishers an estimated $20 billion a year, the report found.",
           "Viele Nutzer verwenden inzwischen einen Adblocker, sagt die Studie.",
           "Viele Nutzer haben ihren Adblocker abgeschaltet, weil sie die Seiten sonst nicht lesen konnten.",
           "Les bloqueurs de publicité sont utilisés par un internaute sur trois, selon l'étude.",
           "El uso de bloqueadores de anuncios creció un 15 % el año pasado.",
           "L'uso di AdBlock è in crescita tra i giovani, secondo il rapporto.",
           "Os bloqueadores de anúncios já são usados por 40% dos internautas brasileiros.",
           "Police warned you could expect a roadblock near the bridge on Sunday.",
           "The newspaper, which relies on advertising for most of its revenue, said on Tuesday that it would cut "
           "200 jobs after digital ad sales fell for a third consecutive year and print circulation dropped.",
           "Die Zeitung finanziert sich zu 70 Prozent über Anzeigen, teilte der Verlag mit.",
           "\"Our website relies on advertising,\" the publisher said, adding that subscriptions were growing.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("ad-blocker", line));
  }
}
