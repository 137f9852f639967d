// widget: rows of a page widget's data cells go; rows of menu links, tables of scores and
// sentences that list figures stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("widget removes rows of data cells", "[filter][widget]") {
  for (const char* line : {
           "Stuttgart 11\xC2\xB0" "C \xE2\x98\x81 | Pollenflug: m\xC3\xA4\xC3\x9F" "ig | Stau-Lage: 4 Meldungen",
           "Milchpreis-Ticker \xC2\xB7 Butter (Kempten) 3,92 \xE2\x82\xAC/kg \xE2\x96\xB2 \xC2\xB7 Magermilchpulver 2,14 "
           "\xE2\x82\xAC/kg \xE2\x96\xBC \xC2\xB7 Spotmilch 34,5 ct/kg \xE2\x96\xBC",
           "M\xC3\xA9t\xC3\xA9o marine Lorient : vent O 18 n\xC5\x93uds, rafales 25 \xC2\xB7 mer agit\xC3\xA9" "e \xC2\xB7 14 \xC2\xB0" "C",
           "WHAT'S ON: Warm-up show, Town Hall \xE2\x80\x94 Fri | Jazz Festival opens \xE2\x80\x94 Sat | Wine & Food \xE2\x80\x94 Sun",
           "FTSE 100 7,412 \xE2\x96\xB2 0.4% | Dow 28,310 \xE2\x96\xBC 0.2% | Brent $61.20",
           "Madrid 24 \xC2\xB0" "C \xE2\x80\xA2 Humedad: 40% \xE2\x80\xA2 Viento: 12 km/h",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget keeps menus, score tables and sentences with figures", "[filter][widget]") {
  for (const char* line : {
           "Home | News | Sport | Weather",
           "Bayern 2 | Dortmund 1 | Leipzig 0",
           "Temperatures reached 41 \xC2\xB0" "C in Seville, 39 \xC2\xB0" "C in C\xC3\xB3rdoba and 38 \xC2\xB0" "C in Jaén.",
           "Butter rose to 3.92 \xE2\x82\xAC/kg | the highest since 2017 | dairies said on Tuesday that prices would "
           "keep climbing. Farmers welcomed the news.",
           "Weather | Traffic | Markets",
           "Prices: butter up 4% \xC2\xB7 milk flat",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget removes live scores, listings and forecasts set apart by marks and wide spaces", "[filter][widget]") {
  for (const char* line : {
           "LIVE \xE2\x96\xB8 Sussex 211-4 (62 ov) v Glamorgan \xE2\x80\xA2 Leics 98 all out v Durham \xE2\x80\xA2 "
           "Northants 40-1 v Glos | All scores \xE2\x86\x92",
           "FT  Kilbrack 1-21  Ballyvorda 0-22  \xC2\xB7  Cusack Park, Ennis  \xC2\xB7  Match centre \xC2\xBB",
           "LIVE \xE2\x9A\xBD Wolfsburg \xE2\x80\x93 Freiburg 3:0 (71.) \xC2\xB7 Frankfurt \xE2\x80\x93 Leverkusen 1:1 "
           "(68.) \xC2\xB7 Alle Spiele im Ticker \xE2\x80\xBA",
           "AGENDA \xE2\x80\xA2 12-13 sept. : F\xC3\xAAte du Cr\xC3\xA9mant \xE2\x80\xA2 20 sept. : portes ouvertes des "
           "caves de Pommard \xE2\x80\xA2 3 oct. : march\xC3\xA9 aux vins",
           "CARTELERA \xE2\x96\xBA Vie. 19: Recital de guitarra (22.00 h \xC2\xB7 12 \xE2\x82\xAC) \xE2\x96\xBA S\xC3\xA1" "b. "
           "20: Gala de clausura (22.30 h \xC2\xB7 18 \xE2\x82\xAC)",
           "Saint-Amand-Montrond  14 \xC2\xB0" "C  \xF0\x9F\x8C\xA6 averses \xE2\x80\xA2 demain 17 \xC2\xB0" "C",
           "METEO MARE \xE2\x9A\x93 Eolie: mosso, maestrale 20 nodi \xC2\xB7 Stretto di Messina: poco mosso \xC2\xB7 "
           "Tirreno meridionale: molto mosso",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
  // A table's row padded into columns has no mark; a byline's or dateline's row holds a year.
  for (const char* line : {
           "Listenpreis  9.990 \xE2\x82\xAC  9.990 \xE2\x82\xAC  9.990 \xE2\x82\xAC",
           "Endstand intern  15:6  7:14  13:4  21:1",
           "November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm",
           "By Jane Roe | 19:14 GMT | Topic: Hardware",
           "Kilbrack won 1-21 to 0-22. Ballyvorda, beaten in 2018 too, had led at half-time \xC2\xB7 a first.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget takes a listing of numeric dates and a live score with a spaced x", "[filter][widget]") {
  CHECK(filter_removes_in_context("widget", "Veranstaltungen in der Region \xE2\x96\xB8 Fr 18.05. Fr\xC3\xBChlingsmarkt "
                                            "Hersbruck \xE2\x96\xB8 Sa 19.05. Jazz am Marktplatz Lauf \xE2\x96\xB8 Alle Termine"));
  CHECK(filter_removes_in_context("widget", "\xF0\x9F\x94\xB4 AO VIVO \xC2\xB7 S\xC3\xA9rie C \xC2\xB7 Volta Redonda 1 x 0 "
                                            "Ituano \xC2\xB7 2\xC2\xBA tempo 31'"));
  CHECK_FALSE(filter_removes_in_context("widget", "The vote was 7 x 2 in favour \xC2\xB7 a first for the council."));
}

TEST_CASE("widget takes two cells that both hold data, and a chess ticker's half points", "[filter][widget]") {
  CHECK(filter_removes_in_context("widget", "M\xC3\x89T\xC3\x89O G\xC3\xA9rardmer 6 \xC2\xB0" "C \xE2\x98\x81 Pluie faible "
                                            "\xC2\xB7 Vent SO 25 km/h"));
  CHECK(filter_removes_in_context("widget", "LIVE-TICKER \xE2\x97\x8F 15. Runde \xC2\xB7 SK Lahntal \xE2\x80\x93 SF "
                                            "Rheinufer K\xC3\xB6ln 4\xC2\xBD:3\xC2\xBD \xC2\xB7 alle Bretter \xC2\xBB"));
  CHECK_FALSE(filter_removes_in_context("widget", "Prices rose 4% in March \xC2\xB7 the highest since 2008"));
}

TEST_CASE("widget takes a site header's bar: the weather among the site's links", "[filter][widget]") {
  for (const char* line : {
           "LOWELL, MA  54\xC2\xB0" "F \xE2\x98\x81 | Traffic | Obituaries | e-Edition | Sign In",
           "Innsbruck \xF0\x9F\x8C\xA4 14 \xC2\xB0" "C | Verkehr | Blaulicht | ePaper | Login",
           "Montevideo \xF0\x9F\x8C\xA1 27 \xC2\xB0" "C | D\xC3\xB3lar $U 37,80 | Suscribite | Ingresar",
           "Lyon 12 \xC2\xB0" "C \xC2\xB7 Faits divers \xC2\xB7 Sport \xC2\xB7 Se connecter",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
  // Links alone are a menu (nav-links' to judge), a cell of more words is no link, and a
  // score table holds no datum.
  for (const char* line : {
           "Home | News | Sport | Weather | Sign In",
           "Milan 14 \xC2\xB0" "C | the coldest morning since records began | schools closed | trains late",
           "Bayern 2 | Dortmund 1 | Leipzig 0 | Mainz 0",
           "Lowell 54\xC2\xB0" "F | Traffic",
           // A table's row: a figure with a unit among names, no weather.
           "| Rosa Ortega | B\xC3\xBCrgerb\xC3\xBCndnis | 48.212 | 46,8 % |",
           "Tesco | Retail | 3.2% | Buy",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget takes a forecast whose cells are set apart by wide spaces alone, every cell the weather",
          "[filter][widget]") {
  CHECK(filter_removes_in_context("widget", "Graz 24\xC2\xB0 \xE2\x9B\x85   Leoben 21\xC2\xB0 \xF0\x9F\x8C\xA6   Bad "
                                            "Radkersburg 26\xC2\xB0 \xE2\x98\x80"));
  // A table padded into columns, with figures but no weather in a cell, stays.
  CHECK_FALSE(filter_removes_in_context("widget", "Graz  24  21  26"));
  CHECK_FALSE(filter_removes_in_context("widget", "Listenpreis  9.990 \xE2\x82\xAC  9.990 \xE2\x82\xAC  10.490 \xE2\x82\xAC"));
  CHECK_FALSE(filter_removes_in_context("widget", "Graz 24\xC2\xB0   Leoben 21\xC2\xB0   Sieger: Sturm Graz"));
}

TEST_CASE("widget counts a clock's time beside the weather and a rate after a currency's code as data",
          "[filter][widget]") {
  for (const char* line : {
           "Ballina 11\xC2\xB0" "C \xE2\x98\x81 Light showers \xC2\xB7 Sunset 22:04",
           "C\xC3\xA2mbio: USD 63,87 MT \xC2\xB7 ZAR 4,39 MT \xC2\xB7 EUR 75,10 MT",
           "Cambio: USD 4.012,50 \xC2\xB7 EUR 4.398,10 \xC2\xB7 Petr\xC3\xB3leo WTI 71,20",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
  // A byline's time, a name with its figure, and a sentence that quotes a rate stay.
  for (const char* line : {
           "Jane Doe | 22:04",
           "Der Dollar stieg auf USD 1,12 je Euro | ein Plus von 2 Prozent, sagte die Bank",
           "Sunset at 22:04 tonight, the latest of the year",
           // A table's row of standings: small numbers are no data.
           "1 | Unione Sportiva Borgo Calcio | 52 | 48-21",
           "Harbour Rovers | 10 | 6 | 2 | 2 | 20",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget takes currency pairs, rates after a currency's name, and the weather with one link", "[filter][widget]") {
  for (const char* line : {
           "EUR/XOF 655,96 \xC2\xB7 USD/XOF 553,40 \xC2\xB7 BRVM Composite 142,81 \xE2\x96\xB2" "0,37 %",
           "D\xC3\xB3lar 28,45 / 29,85 | Euro 31,10 / 33,60 | Real 8,55 / 9,95 | UI 3,6521",
           "Galashiels 11\xC2\xB0" "C \xE2\x98\x81 Light rain later \xC2\xB7 5-day forecast \xE2\x80\xBA",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
  for (const char* line : {
           "Real Madrid 3 | Barcelona 1 | Sevilla 2",
           "Euro zone | inflation | outlook",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget takes a weather readout on one line: a place, its temperature, then a pictograph or the wind",
          "[filter][widget]") {
  for (const char* line : {
           "Puerto del Rosario 23\xC2\xB0 \xE2\x98\x80 Viento NE 30 km/h",
           "Galway 14\xC2\xB0 \xF0\x9F\x8C\xA7 Wind SW 40 km/h",
           "Ballina 11 \xC2\xB0" "C \xE2\x98\x81 Showers",
           "Frankfurt am Main 18 \xC2\xB0" "C Wind 12 km/h",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
  for (const char* line : {
           "Las temperaturas llegaron a 41\xC2\xB0 en Sevilla \xE2\x98\x80",
           "Temperatures hit 31\xC2\xB0 in Leeds \xE2\x98\x80 on Tuesday",
           "Galway 14\xC2\xB0",
           "In Galway it was 14\xC2\xB0 with wind from the south-west at 40 km/h.",
           "Madrid 20-25\xC2\xB0 \xE2\x98\x80",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget takes a place's temperature, then its forecast in short cells that name the weather",
          "[filter][widget]") {
  for (const char* line : {
           "Brixen 14 \xC2\xB0" "C \xC2\xB7 morgen heiter bis wolkig \xC2\xB7 Schneefallgrenze 2.300 m",
           // A weather cell of two words, once kept as too thin a row; its words name the weather.
           "Galashiels 11\xC2\xB0" "C \xC2\xB7 Light rain",
           "Braga \xE2\x9B\x85 17\xC2\xBA  Guimar\xC3\xA3" "es 16\xC2\xBA  Barcelos 17\xC2\xBA",
           "Tipo de cambio: Compra S/ 3,94 \xC2\xB7 Venta S/ 3,97",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
  for (const char* line : {
           "Brixen 14 \xC2\xB0" "C \xC2\xB7 Der Gemeinderat hat am Montag \xC3\xBC" "ber die neue Umfahrung beraten",
           "1\xC2\xBA | Flamengo | 45 pts",
           "1\xC2\xBA  Flamengo  45",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget takes rates after any currency sign or set equal to a figure, and a traffic box's report",
          "[filter][widget]") {
  for (const char* line : {
           "USD/NGN \xE2\x82\xA6" "365 \xC2\xB7 GBP/NGN \xE2\x82\xA6" "472 \xC2\xB7 EUR/NGN \xE2\x82\xA6" "410 \xC2\xB7 "
           "Brent $54.12",
           "1 EUR = 110,27 ECV \xC2\xB7 1 USD = 103,40 ECV",
           "TR\xC3\x81" "FICO \xC2\xB7 Retenciones en la AS-I sentido Gij\xC3\xB3n a la altura de Porceyo",
           "VERKEHR | Stau auf der A1 zwischen Hohenems und Dornbirn",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
  for (const char* line : {
           "O pre\xC3\xA7o subiu para \xE2\x82\xA6" "365 \xC2\xB7 o governo promete baixar",
           "Verkehr: Die Stadt plant eine neue Umfahrung.",
           "VERKEHR | Die Stadt plant eine neue Umfahrung, die 2026 fertig sein soll.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget takes a traffic box's label in any case after a pictograph, and a labelled weather readout",
          "[filter][widget]") {
  for (const char* line : {
           "\xF0\x9F\x9A\x97 Verkehr: A4 Knonauer Amt \xE2\x80\x93 Unfall, 4 km Stau \xC2\xB7 A2 Gotthard Nordportal 6 km",
           "\xF0\x9F\x9A\x97 Trafic : E429 vers Tournai, ralentissements \xC3\xA0 hauteur de Leuze (accident sur la "
           "bande de droite)",
           "\xE2\x9D\x84 Wetter Pramtal: \xE2\x88\x92" "4 \xC2\xB0" "C, leichter Schneefall",
           "M\xC3\xA9t\xC3\xA9o G\xC3\xA9rardmer : 6 \xC2\xB0" "C, pluie faible",
           "Weather Ballina: 11\xC2\xB0" "C, showers later",
           "Tiempo Oviedo: 14 \xC2\xB0" "C, nubes y claros",
           "\xF0\x9F\x9A\x97 Verkehr aktuell: SS38 Vinschgauer Stra\xC3\x9F" "e bei Rabland \xE2\x80\x93 Baustelle, "
           "einspurig mit Ampelregelung",
           "Wetter Hallertau: heute 24\xC2\xB0/12\xC2\xB0, Regenrisiko 30 %, Wind SW 12 km/h \xE2\x80\x93 Spritzwetter: "
           "bedingt geeignet",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
  for (const char* line : {
           "Verkehr: Die Stadt plant eine neue Umgehungsstra\xC3\x9F" "e",
           "\xF0\x9F\x93\xB0 Verkehr: Die Stadt plant eine neue Umgehungsstra\xC3\x9F" "e.",
           "Wetter: Der Sommer war zu hei\xC3\x9F, sagen Forscher.",
           "Weather: 11\xC2\xB0" "C was the high, the Met Office said.",
           "Weather Service: 40 \xC2\xB0" "C is expected",
           "Wetter: heute 24 Grad, sagte der Meteorologe, und morgen Regen.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget takes a draw's result box: a game's label, five rising numbers or more, a bonus ball",
          "[filter][widget][draw]") {
  for (const char* line : {
           "Lotto 6aus49: 4 \xE2\x80\x93 11 \xE2\x80\x93 19 \xE2\x80\x93 27 \xE2\x80\x93 38 \xE2\x80\x93 45, Superzahl 3",
           "Lottozahlen vom Samstag: 2, 9, 17, 30, 41, 44 \xE2\x80\x93 Superzahl: 6",
           "Euromillions : 5 - 17 - 23 - 38 - 44, \xC3\xA9toiles 2 et 9",
           "Loto du 12 mars : 3 - 14 - 22 - 35 - 48, num\xC3\xA9ro chance 7",
           "Mega-Sena: 04-15-22-37-41-58",
           "Resultado da Lotof\xC3\xA1" "cil (concurso 3012): 01 02 04 05 07 09 10 12 15 17 18 20 21 23 25",
           "SuperEnalotto: 12 25 33 48 71 86 Jolly 5",
           "La Primitiva: 6, 13, 21, 29, 40, 47. Complementario: 11. Reintegro: 3",
           "Lotto: 7, 12, 19, 33, 41, 52 Bonus 28",
           "\xF0\x9F\x8E\xB0 Keno | 3 | 8 | 15 | 22 | 31 | 44 | 59 | 63",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
  for (const char* line : {
           // Prose joins its last number; a list of routes goes on with a verb and no number.
           "The winning numbers were 4, 11, 19, 27, 38 and 45, the lottery operator said on Sunday.",
           "Bus lines 12, 15, 22, 31, 40, 52 run on Sunday timetables",
           "Die Gewinnzahlen lauteten 3, 8, 19, 24, 36 und 41",
           // Phone numbers: five pairs from 0, a country code, an area code before the run.
           "Accueil : 01 23 45 67 89",
           "Standard : +33 1 23 45 67 89",
           "Tel. 089 / 5 14 69 76 11",
           // Tables: a row's numbers do not rise, or its label holds a number, or they are decimals.
           "Rockledge 14 11 6 15 \xE2\x80\x94 44",
           "33 Quin Houff 77 0 0 0 0",
           "Direktzusagen 3,86 4,6 4,75 4,71",
           "Scheine zu 1,2,5,10,25,50,100,1000,10.000 Singapur Dollar",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget reads the CFA franc and the penny as a price's units", "[filter][widget]") {
  for (const char* line : {
           "Cours du jour : Cacao 1 500 FCFA/kg \xC2\xB7 Caf\xC3\xA9 1 200 FCFA/kg \xC2\xB7 Anacarde 425 FCFA/kg",
           "Prix \xC3\xA0 la pompe : Super 695 FCFA \xC2\xB7 Gasoil 715 FCFA",
           "Fuel prices today: Unleaded 189.9p | Diesel 195.4p",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
  for (const char* line : {
           "The co-op paid 1 500 FCFA per kilo | a record, farmers said.",
           "Page 12 p | Chapter 3",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget takes a what's-on box's listing: its label, a colon, an event with its day or hour",
          "[filter][widget][agenda]") {
  for (const char* line : {
           "Agenda : 24 avril, Verviers \xE2\x80\x94 petit-d\xC3\xA9jeuner \xC2\xAB C\xC3\xA9" "der son entreprise \xC2\xBB "
           "Inscription \xE2\x80\xBA",
           "Agenda : marche ADEPS au d\xC3\xA9part de la salle des f\xC3\xAAtes, dimanche 8 juin \xC3\xA0 8 h (parcours "
           "de 5, 10 et 20 km)",
           "Agenda comunale: seduta del Consiglio comunale, 19 giugno, sala multiuso, ore 20.00",
           "Termine: F\xC3\xBChrung durch die M\xC3\xBChle am Sonntag, 14. Mai, 15 Uhr, Anmeldung erbeten",
           "What's on: Swansea branch meeting, Thursday 7pm, Dylan Thomas Centre",
           "Agenda : concert de l'harmonie, samedi \xC3\xA0 20h30, \xC3\xA9glise Saint-Remacle",
           "Pr\xC3\xB3ximos eventos: feria del libro, 3 de mayo, plaza central",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("widget", line));
  }
  for (const char* line : {
           // A sentence of a report, reported speech, a label that sums up a story, no day or hour.
           "Agenda: the council will vote on 12 March on the harbour wall.",
           "Agenda: Der Rat will am 12. M\xC3\xA4rz \xC3\xBC" "ber den Haushalt beraten, sagte der B\xC3\xBCrgermeister",
           "Events: 12 March changed the town forever",
           "Agenda : la mairie veut r\xC3\xA9nover la salle des f\xC3\xAAtes",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget leaves the date field of an event's own page", "[filter][widget][agenda]") {
  for (const char* line : {
           "Termin: 21.02.2020, 19 Uhr",
           "Termin: Montag, 15. November 2021 um 10.30 Uhr",
           "Termine: vom 05. September bis zum 22. November",
           "Agenda: 10:00 Begr\xC3\xBC\xC3\x9Fung, 11:00 Vortrag",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("widget", line));
  }
}

TEST_CASE("widget reads Brazil's real before a price and Canada's cents a litre after one", "[filter][widget]") {
  CHECK(filter_removes_in_context("widget", "Cota\xC3\xA7\xC3\xB5" "es: Soja (PR) R$ 63,50/sc \xC2\xB7 Milho (MT) R$ 17,80/sc "
                                            "\xC2\xB7 Caf\xC3\xA9 ar\xC3\xA1" "bica R$ 425,00/sc"));
  CHECK(filter_removes_in_context("widget", "Prix de l'essence ordinaire : Hawkesbury 98,9 \xC2\xA2/L \xC2\xB7 Grenville "
                                            "104,4 \xC2\xA2/L \xC2\xB7 Rockland 97,7 \xC2\xA2/L"));
  CHECK_FALSE(filter_removes_in_context("widget", "O governo pagou R$ 63,50 por saca \xC2\xB7 disse o ministro \xC2\xB7 "
                                                  "em Bras\xC3\xADlia, na semana passada, aos produtores."));
}
