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

TEST_CASE("donate removes appeals for journalism, buttons and appeals after a lead-in", "[filter][donate]") {
  for (const char* line : {
           "Support independent journalism",
           "Quality journalism costs money. Please consider supporting our work.",
           "Jetzt spenden",
           "Unterstützen Sie unseren Journalismus",
           "Unabhängiger Journalismus kostet Geld. Unterstützen Sie den Alpenboten schon ab 5 Euro im Monat.",
           "Haz una donación",
           "El periodismo independiente necesita lectores. Apóyanos desde 2 euros.",
           "Faites un don",
           "Le journalisme de qualité a un prix. Soutenez la rédaction.",
           "Apoie o jornalismo independente",
           "Faça uma doação",
           "O jornalismo de qualidade precisa de si. Contribua para o Jornal do Norte.",
           "Fai una donazione",
           "Il giornalismo libero ha un costo. Sostieni la nostra redazione.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate keeps news about journalism and support", "[filter][donate]") {
  for (const char* line : {
           "The foundation said it would support local journalism with $5 million over three years.",
           "Journalism schools reported a rise in applications. Support for the programme came from the state.",
           "Die Stiftung will den Lokaljournalismus mit fünf Millionen Euro fördern.",
           "El Gobierno anunció ayudas al periodismo local por valor de 10 millones.",
           "Le ministère a annoncé un fonds de soutien au journalisme local.",
           "O governo anunciou apoio ao jornalismo regional.",
           "La fondazione sostiene il giornalismo locale da dieci anni.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate removes appeals opening as English's do, in the other five languages", "[filter][donate]") {
  for (const char* line : {"Bitte unterstützen Sie unsere Arbeit", "Por favor, considere apoiar o nosso trabalho",
                           "Per favore, considera di sostenere il nostro lavoro",
                           "Considera apoyar nuestro periodismo con una donación",
                           "Vous pouvez soutenir notre travail par un don", "Hilf uns mit einer Spende",
                           "Se ti è piaciuto questo articolo, sostieni il nostro giornalismo"}) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  // The same openings without what an appeal asks money for: prose.
  for (const char* line : {"Bitte unterstützen Sie die Feuerwehr bei der Suche, appellierte der Bürgermeister.",
                           "Considere apoiar a proposta, disse o ministro aos deputados.",
                           "Hilf uns, den Hund zu finden, schrieb die Familie auf Facebook.",
                           "Se ti è piaciuto il film, non perderti il seguito in uscita a maggio."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate removes appeals said of the reader's gift and of a reader-funded site", "[filter][donate]") {
  for (const char* line : {
           "The Liberty Lantern is 100% reader-funded. We take no corporate money. If you value independent "
           "reporting, please chip in $5 today.",
           "Your gift makes ministry possible. Give online securely today — every dollar goes to feed a family in "
           "need.",
           "Your donation keeps this site online.",
           "Give online today: every dollar is tax-deductible.",
           "Ihre Spende hilft uns, unabhängigen Journalismus zu machen.",
           "Votre don permet à ce site de rester gratuit.",
           "Tu donación mantiene vivo nuestro trabajo.",
           "Il tuo sostegno permette al nostro giornalismo di restare libero.",
           "Sua doação mantém este site no ar.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  for (const char* line : {
           "Your gift to the museum will fund the new wing, the director said.",
           "Your support for the bill is appreciated, the senator told voters.",
           "Your donation of blood can save three lives, the Red Cross says.",
           "If you value your privacy, turn off location tracking in the settings.",
           "Ihre Spende an die Tafel ist steuerlich absetzbar, erklärte das Finanzamt.",
           "Votre soutien au maire ne suffira pas, a répondu l'opposition.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate removes appeals that name a tipping service or the blog", "[filter][donate]") {
  for (const char* line : {
           "Ce blog est indépendant et sans publicité intrusive. Soutenez-nous sur Tipeee à partir de 1 € par mois.",
           "Soutenez-nous sur Tipeee",
           "Support this project on Liberapay",
           "Si te gusta lo que hago, apóyame en Ko-fi o en Buymeacoffee.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  for (const char* line : {
           "Help us keep a steady supply of blood, the Red Cross said on Monday.",
           "Tipeee, a French crowdfunding platform, said donations rose 20 percent last year.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate removes an appeal whose call follows a condition, in several languages", "[filter][donate]") {
  for (const char* line : {
           "If our reporting is useful to you, chip in with a one-off contribution.",
           "AeroBrief is independent and ad-light. If our reporting is useful to you, chip in with a one-off "
           "contribution.",
           "If this blog helps you, please consider a small donation via PayPal.",
           "Si ce site vous est utile, soutenez notre travail.",
           "Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie unsere Arbeit.",
           "Se ti è piaciuto questo articolo, sostieni il nostro lavoro con un contributo.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  for (const char* line : {
           "If you have a ticket, donate it to the shelter before Friday.",
           "If the vote fails, support our work will end, the union said.",
           "If the council agrees, contribute to the fund, residents were told.",
           "If in doubt, help us find the missing dog by sharing its photo.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate removes appeals to keep any journalism going, or that name the smallest sum", "[filter][donate]") {
  for (const char* line : {
           "The Echo has reported on Ashcombe since 1871. Help keep local journalism alive \xE2\x80\x93 support us "
           "from just \xC2\xA3" "1.",
           "Support us from just $1 a month.",
           "Help keep community journalism free for everyone.",
           "You can help us keep going for as little as \xE2\x82\xAC" "2.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  for (const char* line : {
           "Help keep the playground open, parents urged the council, which plans to close it in June.",
           "Support us, the strikers chanted, as the journalism students filmed the march.",
           "Help keep journalism alive, the union said, as the paper cut 40 jobs.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate takes an appeal that points at its button with an arrow, and one that keeps the newsroom at work",
          "[filter][donate]") {
  for (const char* line : {
           "Our fire coverage is free for everyone, always. If you can, chip in $5 a month so our reporters can stay "
           "on the fire lines \xE2\x9E\x9C Support the Courier",
           "Chip in $5 a month so our reporters can stay on the fire lines.",
           "Please support our journalism with a donation \xE2\x9E\x9C Donate now",
           "Independent journalism needs you. Become a member from $3 a month \xE2\x86\x92 Join",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  for (const char* line : {
           "Please support our reporters, the union said after the layoffs.",
           "Readers donated $5,000 so our reporters could travel to the trial \xE2\x86\x92 a first for the paper.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate takes a call to back the site's journalism", "[filter][donate]") {
  for (const char* line : {
           "Towpath Times is independent and reader-funded. Back our waterways journalism from \xC2\xA3" "3 a month.",
           "Back us from \xC2\xA3" "3 a month and keep local journalism alive.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  CHECK_FALSE(filter_removes_in_context("donate", "Back our campaign to save the canal, the trust urged residents."));
}

TEST_CASE("donate takes a call to support the reader's local paper", "[filter][donate]") {
  CHECK(filter_removes_in_context("donate", "Support your local paper. Independent local journalism costs money \xE2\x80\x93 "
                                            "if you value the Echo, please contribute from just \xC2\xA3" "1. It only "
                                            "takes a minute."));
  CHECK_FALSE(filter_removes_in_context("donate", "Support your local team at the final on Saturday, the mayor urged."));
}

TEST_CASE("donate takes an appeal closed by its button or set off by a dash, and the River Plate's voseo",
          "[filter][donate]") {
  for (const char* line : {
           "Ihnen ist Lokaljournalismus etwas wert? Unterstützen Sie den Talboten freiwillig – schon ab 3 € im Monat. "
           "\xE2\x9D\xA4 Jetzt unterstützen",
           "O jornalismo local precisa de si. Contribua com um donativo por MB WAY ou transferência bancária — cada "
           "euro conta.",
           "El periodismo independiente también se hace a pulmón. Hacete socio de La Rambla Hoy desde $U 190 al mes",
           "Local news matters. Support our journalism – every dollar counts. Donate now",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  // Reported speech, and a call that asks for no money.
  for (const char* line : {
           "The hospital needs blood. Donate blood at the town hall on Saturday between 9am and noon, the trust said.",
           "Der Verein lebt von Spenden. Unterstützen Sie den Chor beim Konzert am Samstag, sagte die Vorsitzende.",
           "Der Chor probt dienstags. Unterstützen Sie die Sänger – am Samstag ab 19 Uhr in der Stadthalle.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate takes an appeal for money sent by PIX, MB WAY or Bizum", "[filter][donate]") {
  for (const char* line : {
           "O Portal Vale \xC3\xA9 independente e gratuito. Apoie com qualquer valor via PIX: apoie@portalvale.com.br",
           "Apoie o jornalismo local: contribua por MB WAY para o 912 345 678.",
           "Colabora con nuestro periodismo local por Bizum al 01234.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  CHECK_FALSE(filter_removes_in_context("donate", "O banco central disse que o PIX movimentou 4 bilhões de reais em 2021."));
}

TEST_CASE("donate takes an appeal closed by a button in the reader's voice after a pictograph", "[filter][donate]") {
  CHECK(filter_removes_in_context("donate", "Unabh\xC3\xA4ngiger Lokaljournalismus kostet Geld. Unterst\xC3\xBCtzen Sie "
                                            "uns ab 3 \xE2\x82\xAC im Monat \xE2\x9D\xA4 Ich spende"));
  CHECK_FALSE(filter_removes_in_context("donate", "Le club a re\xC3\xA7u 3 000 \xE2\x82\xAC de dons cette ann\xC3\xA9" "e "
                                                  "\xE2\x9D\xA4 Je fais un don"));
}

TEST_CASE("donate takes an appeal after a purpose clause, and one that names its sum for a period", "[filter][donate]") {
  for (const char* line : {
           "Kazinfo est gratuit et ind\xC3\xA9pendant. Pour continuer \xC3\xA0 vous informer sans publicit\xC3\xA9 "
           "intrusive, soutenez-nous \xC3\xA0 partir de 1 \xE2\x82\xAC \xE2\x9D\xA4 Je fais un don",
           "Sostieni l'informazione locale: con 2 \xE2\x82\xAC al mese ci aiuti a restare gratuiti e indipendenti "
           "\xF0\x9F\x92\x9A Dona ora",
           "To keep our journalism free for everyone, chip in from just $1",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  for (const char* line : {
           "Le club est ouvert \xC3\xA0 tous. Pour continuer \xC3\xA0 jouer en hiver, les membres doivent payer 2 "
           "\xE2\x82\xAC par mois.",
           "To be fair, donate blood if you can.",
           "Pour \xC3\xAAtre honn\xC3\xAAte, soutenez vos voisins.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate takes a call to become a member whose terms run past a short call's length", "[filter][donate]") {
  CHECK(filter_removes_in_context(
      "donate", "La Gaceta del Urola es un medio local e independiente. Hazte socia o socio desde 4 euros al mes y "
                "ay\xC3\xBA" "danos a seguir contando lo que pasa aqu\xC3\xAD."));
  CHECK_FALSE(filter_removes_in_context(
      "donate", "El club de remo es un club local e independiente. Hazte socia o socio si quieres remar, dijo su "
                "presidenta."));
}

TEST_CASE("donate takes a call to buy the writer a coffee, and an appeal naming a bank transfer or a member's fee",
          "[filter][donate]") {
  for (const char* line : {
           "\xC2\xBFTe sirve el blog? Inv\xC3\xADtanos un caf\xC3\xA9 en Ko-fi \xE2\x98\x95 y nos ayudas a pagar el hosting",
           "Buy us a coffee on Ko-fi",
           "Offrez-nous un caf\xC3\xA9 pour soutenir ce blog",
           "Contribua para as obras da igreja matriz: transfer\xC3\xAAncia banc\xC3\xA1ria ou pagamento Vinti4, "
           "refer\xC3\xAAncia PSJ-2018",
           "Lust auf Eisstock? Werde Mitglied beim ESV \xE2\x80\x93 Jahresbeitrag 35 \xE2\x82\xAC, Jugend gratis.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  for (const char* line : {
           "Werde Mitglied im Verein, sagte der Pr\xC3\xA4sident, der Jahresbeitrag bleibt bei 35 Euro.",
           "Contribua com ideias, pediu o padre aos fi\xC3\xA9is na missa de domingo.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate reads an appeal closed by a pictograph", "[filter][donate]") {
  CHECK(filter_removes_in_context("donate", "Kalikasan Now is reader-funded. Chip in from \xE2\x82\xB1" "100 a month and keep "
                                            "our science reporting free for every Filipino student. \xF0\x9F\x92\x9A"));
  CHECK_FALSE(filter_removes_in_context("donate", "The school is reader-funded, the head said, and chipped in \xF0\x9F\x92\x9A"));
}

TEST_CASE("donate takes a patron's fee for a period and a member's monthly fee as what the money is for",
          "[filter][donate]") {
  for (const char* line : {
           "Unterst\xC3\xBCtze uns mit einem G\xC3\xB6nnerbeitrag ab 30 Franken pro Saison.",
           "Kurvenecho ist werbearm und unabh\xC3\xA4ngig. Unterst\xC3\xBCtze uns mit einem G\xC3\xB6nnerbeitrag ab 30 "
           "Franken pro Saison.",
           "Sumate a la Asociaci\xC3\xB3n Amigos del Museo: con tu cuota mensual apoy\xC3\xA1s las excavaciones",
           "Hazte socio con una cuota mensual de 5 euros.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  for (const char* line : {
           "Unterst\xC3\xBCtzen Sie den Verein pro Saison mit zwei Helfern, sagte der Pr\xC3\xA4sident.",
           "La cuota mensual del club subi\xC3\xB3 a 12 euros este a\xC3\xB1o.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}

TEST_CASE("donate takes a row of donation and membership buttons, and a note that gifts are tax deductible",
          "[filter][donate]") {
  for (const char* line : {
           "\xF0\x9F\x92\x9A Faire un don  |  Devenir membre", "Donate \xC2\xB7 Become a member",
           "Jetzt spenden | Mitglied werden",
           "Help protect vulnerable wildlife: give to the STU Biodiversity Fund today. Gifts of $2 or more are tax "
           "deductible.",
           "Donations over $2 are tax deductible.", "Spenden sind steuerlich absetzbar.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("donate", line));
  }
  for (const char* line : {
           "Devenir membre | Nos clubs | Contact",
           "Donations to political parties are not tax deductible, the minister said.",
           "The new tax deductible for home offices starts in July.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("donate", line));
  }
}
