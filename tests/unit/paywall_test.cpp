// paywall: subscription walls go; reporting about subscriptions stays.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("paywall removes subscription walls", "[filter][paywall]") {
  for (const char* line : {
           "Subscribe to keep reading",
           "Already have an account? Sign in",
           "This article is for subscribers only.",
           "You have reached your limit of free articles this month.",
           "Suscríbete para seguir leyendo",
           "¿Ya tienes una cuenta? Inicia sesión",
           "Jetzt abonnieren und weiterlesen",
           "Déjà abonné ? Se connecter",
           "Assine para continuar lendo",
           "Sei già abbonato? Accedi",
           "Sign in",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall keeps reporting about subscriptions", "[filter][paywall]") {
  for (const char* line : {
           "Subscribers can keep reading on their phones after the update, the company said.",
           "Subscriptions to streaming services rose 8 percent last year.",
           "Already, the account has been used to send thousands of messages, investigators said.",
           "\"Subscribe to keep reading\" banners will also be examined, she said, as part of a wider review.",
           "Los suscriptores ya tienen acceso al nuevo servicio desde el lunes.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall removes calls to log in or register that say what for", "[filter][paywall]") {
  for (const char* line : {
           "Sign in to keep reading this story",
           "Register for free to read the full article",
           "Regístrese para guardar este artículo",
           "Melden Sie sich an, um diesen Artikel zu speichern",
           "Connectez-vous pour commenter cet article",
           "Registrati per leggere l'articolo completo",
           "Faça login para comentar",
           "Melde dich jetzt an, um selbst Artikel zu verfassen, zu kommentieren und mitzubestimmen.",
           "Logge dich ein, um diesen Beitrag zu speichern",
           "Registriere dich kostenlos, um den ganzen Artikel zu lesen",
           "Connecte-toi pour commenter cet article",
           "Inscris-toi pour lire la suite",
           "Regista-te para continuar a ler",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall keeps sentences about logging in", "[filter][paywall]") {
  for (const char* line : {
           "Register offices will continue to open on Saturdays, the council said.",
           "Login attempts from abroad rose sharply after the breach, the bank said.",
           "Gli utenti potranno accedere con lo SPID per leggere i referti online.",
           "Los usuarios que inicien sesión podrán guardar sus búsquedas.",
           "Melde dich beim Bürgeramt an, sagte die Sprecherin, wenn du umziehst.",
           "Inscris-toi au club, lui avait dit son père, et tu verras.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall removes a purpose then a call to subscribe or log in, in six languages", "[filter][paywall]") {
  for (const char* line : {
           "To view the full story, please subscribe to the Harbour Times.",
           "To read this story in full, log in or become a subscriber.",
           "For unlimited access to our journalism, subscribe today.",
           "Para leer la noticia completa, suscríbete a El Diario del Valle.",
           "Um den ganzen Beitrag zu lesen, bitte abonnieren Sie den Kurier.",
           "Pour accéder en illimité à nos articles, abonnez-vous.",
           "Para ler a matéria completa, assine o Jornal do Vale.",
           "Per leggere l'articolo completo, abbonati al Corriere della Valle.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall keeps a purpose followed by anything but a call to the reader", "[filter][paywall]") {
  for (const char* line : {
           "To read the full report, visit the ministry's website.",
           "To read this book is to understand why subscribers loved the magazine.",
           "To keep reading the minutes of the meeting, residents can subscribe to the council's bulletin.",
           "To read the full report, subscribers must log in, the site said.",
           "To read the full minutes, subscribers to the council's bulletin need only log in.",
           "Para leer el informe completo, los vecinos pueden suscribirse al boletín municipal.",
           "Pour lire le rapport, il faut s'abonner au bulletin officiel, a expliqué le maire.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall removes subscribers-only badges", "[filter][paywall]") {
  for (const char* line : {
           "Subscriber-only",
           "Subscribers only",
           "Premium content",
           "Rheinkurier+ Artikel",
           "Gazette+ article",
           "Abo-Inhalt",
           "Nur für Abonnenten",
           "Exclusivo para suscriptores",
           "Réservé aux abonnés",
           "Article abonné",
           "Exclusivo para assinantes",
           "Só para assinantes",
           "Contenuto riservato agli abbonati",
           "Solo per abbonati",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall keeps sentences about subscribers and plus tiers", "[filter][paywall]") {
  for (const char* line : {
           "Subscriber-only features like offline mode were added in the update, the company said.",
           "18+ Artikel",
           "Disney+ added two million subscribers in the quarter.",
           "Die Zahl der Abonnenten stieg im Jahr um zwölf Prozent.",
           "Les abonnés ont reçu un courriel du service client.",
           "Os assinantes receberão o reembolso em dezembro.",
           "Gli abbonati potranno vedere le partite in diretta.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall removes a metered wall's counter of free articles", "[filter][paywall]") {
  for (const char* line : {
           "You've read 3 of 5 free articles this month.",
           "You have 2 free articles left",
           "Sie haben 4 von 5 kostenlosen Artikeln gelesen.",
           "Noch 2 kostenlose Artikel für dich in diesem Monat",
           "Il vous reste 2 articles gratuits ce mois-ci.",
           "Te quedan 3 artículos gratuitos este mes",
           "Você tem 1 artigo gratuito restante",
           "Hai letto 4 articoli gratuiti su 5",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall removes a meter's counter with its call to log in or pay after it", "[filter][paywall]") {
  for (const char* line : {
           "You've read 4 of your 5 free stories this month. Sign in or become a member to keep reading local journalism.",
           "Sie haben 3 von 4 kostenlosen Artikeln gelesen. Jetzt registrieren und unbegrenzt weiterlesen, ohne Werbung und jederzeit kündbar.",
           "Il vous reste 1 article gratuit ce mois-ci. Abonnez-vous pour continuer à lire toutes nos enquêtes et nos reportages.",
           "Subscribe today to keep reading the stories that matter to your town. You have 1 free article left this month.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
  for (const char* line : {
           "You have 2 free articles a month on the new plan, the publisher said. Readers who want more will pay $9 a month, "
           "up from $7, and the paper expects to lose some of them over the next year as prices rise again.",
           "The paper lets readers see 5 free stories a month. Executives said the limit would fall to 3 next year, and that "
           "you would need an account to read more than that, a change that critics have called a wall by another name.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall keeps reports on metered walls", "[filter][paywall]") {
  for (const char* line : {
           "The site offers 10 free articles a month before readers must pay.",
           "Die Zeitung erlaubt 5 kostenlose Artikel im Monat, sagte der Verlag.",
           "Le site propose 3 articles gratuits par mois aux lecteurs inscrits.",
           "You can read the report for free on the ministry's website from 9 a.m.",
           "El diario publicó 20 artículos gratuitos sobre la pandemia en 2020.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall removes a subscription offer with its price, in six languages", "[filter][paywall]") {
  for (const char* line : {
           "Try 4 weeks for £1. Cancel anytime.",
           "Subscribe for $2 a month and read without limits",
           "Jetzt 4 Wochen für 0,99 € testen. Jederzeit kündbar.",
           "Digital-Abo: 9,99 € im Monat, monatlich kündbar",
           "Prueba un mes por 1 €. Sin permanencia.",
           "Abonnez-vous pour 1 € le premier mois, sans engagement",
           "Abbonati a 4,99€ al mese  |  Sei già abbonato? Accedi",
           "Assine por 1€ no primeiro mês. Cancele quando quiser.",
       }) {
    INFO(line);
    CHECK(pith::test::filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall keeps prices and subscriptions reported in prose", "[filter][paywall]") {
  for (const char* line : {
           "The streaming service now costs $15.49 a month, up from $13.99.",
           "Das Deutschlandticket kostet künftig 58 € im Monat.",
           "El abono mensual costará 20 € a partir de enero, según el consorcio.",
           "L'abonnement mensuel à 10 € pour les moins de 26 ans a été voté.",
           "Il biglietto costa 25 euro per gli adulti e 10 per i bambini.",
           "A assinatura anual passa a custar 120€, sem fidelização, disse a operadora.",
           "Try as they might, the players could not find a way past the 6ft 5in keeper.",
       }) {
    INFO(line);
    CHECK_FALSE(pith::test::filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall removes a wall's prompts role for role in six languages", "[filter][paywall]") {
  for (const char* line : {
           "Sie haben bereits ein Konto? Anmelden", "Kostenloses Konto erstellen und weiterlesen",
           "Poursuivre la lecture avec un abonnement", "Sigue leyendo con tu suscripción digital",
           "Sblocca questo articolo con un abbonamento", "Você atingiu o limite de artigos gratuitos",
           "Crea un account gratuito per continuare", "Débloquez cet article pour 1 €",
           // The button alone.
           "Lee sin límites", "Unbegrenzt lesen", "Leggi senza limiti", "Read without limits", "Lisez en illimité",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall keeps prose that opens with a wall's words or speaks of limits", "[filter][paywall]") {
  for (const char* line : {
           // The button's words open a longer sentence: only the whole line is a button.
           "Unbegrenzt lesen dürfen die Häftlinge nicht, sagte der Leiter der Anstalt.",
           "Leggi senza limiti di tempo: la biblioteca resta aperta tutta la notte.",
           "The library lets children read without limits during the summer, the council said.",
           // A limit reached, said of something else.
           "Il fiume ha raggiunto il limite di guardia nella notte, secondo la protezione civile.",
           "Los vecinos siguen leyendo con atención cada bando del ayuntamiento.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall removes the cancel note that closes a subscription pitch, in six languages", "[filter][paywall]") {
  for (const char* line : {
           "Cancel anytime.",
           "Support independent reporting for the price of a coffee. Cancel at any time.",
           "Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.",
           "Jederzeit kündbar.",
           "Unabhängiger Journalismus braucht Sie: Digital-Abo ohne Papier. Jederzeit kündbar.",
           "Le journal complet sur votre mobile. Sans engagement.",
           "Tutte le notizie della tua città, ogni giorno. Disdici quando vuoi.",
           "Jornalismo local de confiança. Cancele quando quiser.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall keeps sentences that speak of cancelling", "[filter][paywall]") {
  for (const char* line : {
           "Customers can cancel anytime, the company said, but few do.",
           "The gym lets members cancel at any time. Critics say the fees are still too high.",
           "Los clientes podrán cancelar cuando quieran, según la empresa.",
           "Der Vertrag ist nach Angaben des Anbieters jederzeit kündbar, was Verbraucherschützer begrüßen.",
           "Sans engagement militaire, la France ne pourra rien faire.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall removes a membership offer after a question or a call to join", "[filter][paywall]") {
  for (const char* line : {
           "Want unlimited match coverage? Baseline+ members get live scores, full replays and zero ads for "
           "$4.99/mo.",
           "Become a member for $4.99 a month and get unlimited access.",
           "Werden Sie Mitglied f\xC3\xBCr 3,99 \xE2\x82\xAC im Monat.",
           "Vous aimez nos enqu\xC3\xAA" "tes ? Les abonn\xC3\xA9s lisent tout pour 5 \xE2\x82\xAC par mois.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
  for (const char* line : {
           "Netflix subscribers pay $15.49 a month for the standard plan, up from $13.99.",
           "Why did prices rise? Subscribers now pay $15.49 a month, the company said.",
           "Members of the club get free entry, and pay $4.99 for a guest.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall takes a metered wall's counter that greets the reader by a salutation", "[filter][paywall]") {
  for (const char* line : {
           "Caro leitor, atingiu o limite de artigos gratuitos. Assine a Mobilidade Hoje a partir de 4,99 \xE2\x82\xAC/m"
           "\xC3\xAA" "s e leia sem limites.",
           "Dear reader, that was the last of your 5 free articles this month.",
           "Cher lecteur, vous avez lu vos 3 articles gratuits ce mois-ci.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
  for (const char* line : {
           "Dear reader, the site offered 10 free articles a month until 2019, the editor wrote in a letter.",
           "The site gives readers 5 free articles a month before asking them to subscribe.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall takes an offer of unlimited access", "[filter][paywall]") {
  CHECK(filter_removes_in_context("paywall", "Enjoy unlimited access to local news from \xE2\x82\xAC" "1 for your first 3 "
                                             "months. Already a subscriber? Sign in"));
  CHECK_FALSE(filter_removes_in_context("paywall", "Members enjoy unlimited access to the gardens from May, the trust "
                                                   "said."));
}

TEST_CASE("paywall takes a prompt in gender-inclusive German, after a badge set off by wide spaces", "[filter][paywall]") {
  for (const char* line : {
           "Abo  Dieser Artikel ist f\xC3\xBCr Abonnentinnen und Abonnenten. Digital-Abo im ersten Monat f\xC3\xBCr Fr. 1.\xE2\x80\x93, "
           "danach Fr. 19.90 pro Monat. Jetzt testen",
           "Dieser Artikel ist f\xC3\xBCr Abonnentinnen und Abonnenten.",
           "F\xC3\xBCr Abonnentinnen und Abonnenten",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
  CHECK_FALSE(filter_removes_in_context("paywall", "Abo  Die Zahl der Abonnentinnen und Abonnenten stieg 2020 um 4 Prozent."));
}

TEST_CASE("paywall takes a prompt after a site's 'Name+' badge set off by a bar or a middle dot", "[filter][paywall]") {
  for (const char* line : {"OK+ | Exklusiv f\xC3\xBCr Abonnenten \xE2\x80\x93 jetzt 4 Wochen f\xC3\xBCr 0,99 \xE2\x82\xAC testen",
                           "Gazette+ \xC2\xB7 This article is for subscribers only"}) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
  CHECK_FALSE(filter_removes_in_context("paywall",
                                        "Bayern | Exklusiv f\xC3\xBCr Abonnenten war die Halle nicht, sagte der Wirt."));
}

TEST_CASE("paywall takes a box that closes on the question to subscribers and its login button",
          "[filter][paywall]") {
  for (const char* line : {
           "Continue reading for just KES 10. Unlimited access from KES 250 a month. Already a subscriber? Log in",
           "Sigue leyendo por 1 euro al mes. \xC2\xBFYa eres suscriptor? Inicia sesi\xC3\xB3n",
           "PREMIUM | You've reached your limit of free stories this month. Subscribe to Herald Digital Plus for "
           "J$1,500 a month to keep reading. Already a subscriber? Sign in",
           "Abo+ Dieser Artikel ist f\xC3\xBCr Abonnentinnen und Abonnenten.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
  for (const char* line : {
           "The council will vote on the budget on Tuesday. Already a subscriber? Log in",
           "Premium bonds rose again. Who is a subscriber? Log in",
           "C++ ist eine Programmiersprache, die an Schulen gelehrt wird.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall takes a subscription's plus badge alone", "[filter][paywall]") {
  CHECK(filter_removes_in_context("paywall", "ABO+"));
  CHECK(filter_removes_in_context("paywall", "Premium+"));
  CHECK_FALSE(filter_removes_in_context("paywall", "C++"));
  CHECK_FALSE(filter_removes_in_context("paywall", "Disney+"));
}

TEST_CASE("paywall takes French's 'Connectez-vous' as the login button closing a wall's box", "[filter][paywall]") {
  CHECK(filter_removes_in_context(
      "paywall", "Contenu premium \xE2\x80\x94 la suite de cet article est r\xC3\xA9serv\xC3\xA9" "e \xC3\xA0 nos "
                 "abonn\xC3\xA9s. D\xC3\xA9j\xC3\xA0 abonn\xC3\xA9 ? Connectez-vous"));
  CHECK_FALSE(filter_removes_in_context(
      "paywall", "Connectez-vous au r\xC3\xA9seau de la m\xC3\xA9" "diath\xC3\xA8que avec votre carte de lecteur, "
                 "explique la biblioth\xC3\xA9" "caire."));
}

TEST_CASE("paywall takes 'réservé à nos abonnés' as a badge, and a registration call after a plus badge",
          "[filter][paywall]") {
  CHECK(filter_removes_in_context("paywall", "Article r\xC3\xA9serv\xC3\xA9 \xC3\xA0 nos abonn\xC3\xA9s"));
  CHECK(filter_removes_in_context("paywall", "Plus-Inhalt \xC2\xB7 Jetzt registrieren und drei Plus-Artikel im Monat "
                                             "gratis lesen"));
  CHECK_FALSE(filter_removes_in_context(
      "paywall", "Le parking est r\xC3\xA9serv\xC3\xA9 \xC3\xA0 nos abonn\xC3\xA9s du club de tennis depuis mars."));
}

TEST_CASE("widget takes a rate ticker whose cells are set apart by wide spaces, with its time", "[filter][widget]") {
  CHECK(filter_removes_in_context("widget", "USD/GHS 4.79 \xE2\x96\xB2  GBP/GHS 6.33 \xE2\x96\xBC  EUR/GHS 5.58 "
                                            "\xE2\x96\xB2  Interbank, 10:00 GMT"));
  CHECK_FALSE(filter_removes_in_context("widget", "Listenpreis  9.990 \xE2\x82\xAC  9.990 \xE2\x82\xAC"));
}

TEST_CASE("paywall takes a padlock before a brand's tier or a known badge", "[filter][paywall]") {
  for (const char* line : {"\xF0\x9F\x94\x92 TB+", "\xF0\x9F\x94\x92 SZ+", "\xF0\x9F\x94\x92 Premium",
                           "\xF0\x9F\x94\x90 Abo"}) {
    INFO(line);
    CHECK(filter_removes_in_context("paywall", line));
  }
  for (const char* line : {"\xF0\x9F\x94\x92 Gesperrt: Die Stra\xC3\x9F" "e bleibt bis Freitag zu",
                           "\xF0\x9F\x94\x92 18+", "TB+"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("paywall", line));
  }
}

TEST_CASE("paywall takes a tier's badge with its noun after a bar", "[filter][paywall]") {
  CHECK(filter_removes_in_context("paywall", "AP+ | Plus-Artikel"));
  CHECK_FALSE(filter_removes_in_context("paywall", "AP+ | Die Hopfenbauern klagen"));
}

TEST_CASE("paywall takes a brand of a few words with its '+' before a known badge", "[filter][paywall]") {
  CHECK(filter_removes_in_context("paywall", "Il Molo+ | Articolo riservato agli abbonati"));
  CHECK(filter_removes_in_context("paywall", "Der Bote+ | Exklusiv f\xC3\xBCr Abonnenten"));
  CHECK_FALSE(filter_removes_in_context("paywall", "Il Molo+ | Il porto di Trieste cresce ancora"));
}
