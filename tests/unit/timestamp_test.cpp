// timestamp: publish and update stamps, a byline with only a stamp, and reading-time estimates
// go; sentences that open with the same words, or speak of time, stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("timestamp removes publish and update stamps", "[filter][timestamp]") {
  for (const char* line : {
           "Updated: 5 minutes ago",
           "Posted on March 3, 2024",
           "Last updated 10:42 a.m. EST, Tue April 9, 2024",
           "Published 9:15 AM ET Oct. 4, 2023",
           "Zuletzt aktualisiert: vor 15 Minuten",
           "Veröffentlicht: 03.04.2024 | 11:02 Uhr",
           "Actualizado hace 20 minutos",
           "Publicado el 3 de abril de 2024, 09:41",
           "Mis à jour il y a 2 heures",
           "Publié le mardi 9 avril 2024 à 17h30",
           "Aggiornato il 9 aprile 2024 alle 16:05",
           "Aggiornato: domenica 6 ottobre 2019 alle 10:15",
           "Pubblicato: 09/04/2024 - 08:00",
           "Atualizado em 09/04/2024 às 15h20",
           "Publicado há 3 horas",
           "vor 2 Stunden",
           "2 ore fa",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("timestamp", line));
  }
}

TEST_CASE("timestamp removes a byline that carries only a stamp", "[filter][timestamp]") {
  for (const char* line : {
           "By Sam Lee · Updated 12 minutes ago",
           "Von Anna Schmidt | 09.04.2024",
           "Di Luca Rossi - 9 aprile 2024",
           "Por Carmen Gil — hace 1 hora",
           "Par Julien Martin | Publié le 9 avril 2024",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("timestamp", line));
  }
}

TEST_CASE("timestamp removes reading-time estimates", "[filter][timestamp]") {
  for (const char* line : {
           "3 min read",
           "Read time: 6 minutes",
           "Lesedauer: ca. 4 Minuten",
           "5 minutos de lectura",
           "Lecture 4 min.",
           "Tempo de leitura: 5 min",
           "Leitura: 2 minutos",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("timestamp", line));
  }
}

TEST_CASE("timestamp keeps sentences that speak of time", "[filter][timestamp]") {
  for (const char* line : {
           "Published in 2019, the book became a bestseller within weeks.",
           "Updated figures released on Tuesday show 4,000 more jobs than expected.",
           "The report was updated three hours ago after the ministry corrected an error.",
           "Stand 2 of the exhibition hall was closed on Monday.",
           "Veröffentlicht wurde die Studie im März 2023 von der Universität Bonn.",
           "Hace 5 horas que los bomberos trabajan para apagar el incendio.",
           "Il y a 3 heures, le ministre a présenté sa démission.",
           "Two hours ago, the river burst its banks.",
           "It takes about 5 minutes to read the full report, which runs to 12 pages.",
           "Lettura: la poesia di Montale sarà letta in piazza domenica.",
           "By 2 p.m. the square was full.",
           "Von Montag bis Freitag | 9 bis 17 Uhr",
           "Publicado em 2020, o livro vendeu 1 milhão de cópias.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("timestamp", line));
  }
}

TEST_CASE("timestamp finds the digit of a line by its signature wherever it stands", "[filter][timestamp]") {
  // Digits in the middle, at the end of the line, before trailing white space: each line holds
  // a number and is judged by its key.
  for (const char* line : {"Posted on March 3, 2024", "Posted on March 3, 2024   ", "Posted on March 3, 2024\t",
                           "Di Luca Rossi - 9 aprile 2024", "Von Anna Schmidt | 09.04.2024", "  Posted on March 3, 2024"}) {
    INFO(line);
    CHECK(filter_removes_in_context("timestamp", line));
  }
  // Near misses without a digit, or with digits that make no stamp, stay.
  for (const char* line : {"Posted on March third", "Posted on a Tuesday", "Von Anna Schmidt", "Room 2"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("timestamp", line));
  }
}

TEST_CASE("timestamp removes a stamp after a section's crumbs", "[filter][timestamp]") {
  for (const char* line : {
           "Moda · Tendências · Publicado há 4 horas",
           "Politics · Updated 3 hours ago",
           "News · 5 min read",
           "Sport | Aktualisiert vor 2 Stunden",
           "Cultura • Actualizado hace 20 minutos",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("timestamp", line));
  }
  for (const char* line : {
           "Our team won 3 games | Updated 3 hours ago",
           "The mayor said yes, then no · Updated 3 hours ago",
           "Politics · Trump says he will sign the bill",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("timestamp", line));
  }
}

TEST_CASE("timestamp takes a reading time and a stamp in one row, either after a pictograph, and more time zones",
          "[filter][timestamp]") {
  for (const char* line : {
           "3 min read \xC2\xB7 Updated 14:22 EAT",
           "Updated 14:22 EAT \xC2\xB7 3 min read",
           "Atualizado h\xC3\xA1 2 horas \xC2\xB7 \xF0\x9F\x95\x91 3 min de leitura",
           "\xE2\x8F\xB1 Tempo di lettura: 3 minuti",
           "Lesezeit: 4 Minuten \xC2\xB7 Aktualisiert vor 2 Stunden",
           "Updated 09:10 SAST",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("timestamp", line));
  }
  for (const char* line : {
           "We eat at 14:22",
           // A part that is no time keeps the row.
           "3 min read \xC2\xB7 The mayor's plan in full",
           "\xE2\x8F\xB1 Three minutes was all it took, the fire chief said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("timestamp", line));
  }
}

TEST_CASE("timestamp takes a reading time's row with the text size's and the print buttons", "[filter][timestamp]") {
  CHECK(filter_removes_in_context("timestamp", "Temps de lecture : 4 min \xC2\xB7 A- A+ \xC2\xB7 Imprimer"));
  CHECK(filter_removes_in_context("timestamp", "Lesezeit 3 Minuten | Drucken"));
  CHECK_FALSE(filter_removes_in_context("timestamp", "Temps de lecture : le livre se lit en 4 heures \xC2\xB7 Imprimer"));
}

TEST_CASE("timestamp takes a reading time's row with its listen, print or share buttons, and a listen button "
          "with its recording's length", "[filter][timestamp]") {
  for (const char* line : {
           "4 min read \xC2\xB7 Listen to this story",
           "Lesezeit: 5 Minuten | Artikel vorlesen lassen",
           "Lesedauer: 3 Minuten \xC2\xB7 Artikel drucken",
           "Lettura: 6 min \xC2\xB7 Ascolta l'articolo",
           "Tempo di lettura: 4 min \xC2\xB7 Ascolta \xC2\xB7 Stampa",
           "Temps de lecture : 4 min \xC2\xB7 \xC3\x89" "couter \xC2\xB7 Partager",
           "Tiempo de lectura: 3 min | Escuchar | Compartir",
           "\xE2\x96\xB6 Listen to this update \xC2\xB7 5 min",
           "Ouvir \xC2\xB7 4 min",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("timestamp", line));
  }
  for (const char* line : {
           // A part of more than a button's few words, or a duration without a listen button.
           "5 min read | Share your view on the plan with the council",
           "Print edition \xC2\xB7 5 min",
           "Share \xC2\xB7 5 min",
           "Lesezeit: 5 Minuten | Die Pl\xC3\xA4ne des B\xC3\xBCrgermeisters im \xC3\x9C" "berblick",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("timestamp", line));
  }
}

TEST_CASE("timestamp takes a reading time's row with its comment count", "[filter][timestamp]") {
  CHECK(filter_removes_in_context("timestamp", "Lesezeit: 3 Min. \xC2\xB7 14 Kommentare"));
  CHECK(filter_removes_in_context("timestamp", "4 min read | 2 comments"));
  CHECK_FALSE(filter_removes_in_context("timestamp", "14 comments \xC2\xB7 The council's plan"));
}
