// loading: placeholders go, sentences about loading stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("loading removes placeholder lines", "[filter][loading]") {
  for (const char* line : {"Now loading...", "Loading…", "LOADING", "Cargando...", "Lädt…", "Chargement…",
                           "  Show more comments ", "Please enable JavaScript.", "Wird geladen …",
                           "Caricamento in corso...", "Carregando...", "Mostrar más comentarios",
                           "Please enable JavaScript to view the comments powered by Disqus.",
                           "Bitte aktivieren Sie JavaScript, um dieses Video zu sehen.",
                           "Media playback is unsupported on your device", "This slideshow requires JavaScript.",
                           "Comments", "Like Loading..."}) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading keeps sentences that mention loading", "[filter][loading]") {
  for (const char* line : {"Ships were loading grain at the port.",
                           "Loading the trucks took the crew most of the night, officials said.",
                           "Please enable JavaScript support in the kiosk, the vendor told staff in a memo that was "
                           "later shared with reporters by two employees.",
                           "Los estibadores seguían cargando contenedores al amanecer."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading removes a list's toggles and the comments' placeholders in six languages", "[filter][loading]") {
  for (const char* line : {"Show more", "Mehr anzeigen", "Mostrar más", "Afficher plus", "Ver mais", "Mostra altro",
                           "Weniger anzeigen", "Voir moins", "Bitte warten", "Veuillez patienter", "Kommentare",
                           "Lascia un commento", "Deja un comentario", "Adicionar comentário"}) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading keeps sentences that open with a toggle's words", "[filter][loading]") {
  for (const char* line : {"Show more compassion, the bishop urged the crowd.", "Mehr anzeigen will die Polizei nicht.",
                           "Ver más allá de la crisis es el reto del gobierno.",
                           "Kommentare von Lesern erreichten die Redaktion zu Hunderten."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading removes a placeholder naming what loads, in six languages", "[filter][loading]") {
  for (const char* line : {
           "Loading video player...",
           "Loading map…",
           "Cargando mapa...",
           "Chargement de la carte en cours…",
           "Karte wird geladen…",
           "Caricamento della mappa...",
           "Mapa a carregar...",
           "Loading live flight map...", "Loading election results map…", "Cargando últimos resultados...",
           "Chargement du lecteur vidéo…",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
  for (const char* line : {
           "Loading the trucks took hours...",
           "The video is loading...",
           "Loading video player",  // no ellipsis: a heading, perhaps
           "Cargando mapas y fotos, los voluntarios llegaron...",
           "Loading heavy equipment onto the barge took hours...", "Loading crews worked through the night...",
           "He spent the day loading video...",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading removes a placeholder for a tool or live coverage the page embeds", "[filter][loading]") {
  for (const char* line : {
           "Loading mortgage calculator\xE2\x80\xA6",
           "Chargement du direct en cours...",
           "Rechner wird geladen...",
           "Cargando el simulador...",
           "Caricamento della diretta...",
           "Loading live scores...",
           "Artikel wird geladen ...",
           "Caricamento articolo...",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
  for (const char* line : {
           "Loading the live cattle onto the trucks took hours...",
           "The calculator is loading...",
           "Loading mortgage calculator",
           "Chargement du camion de bois en direct devant les caméras...",
           "Der Artikel wurde gestern geladen und gelesen...",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading takes a live page's alerts and updates loading, and a request to wait before them",
          "[filter][loading]") {
  for (const char* line : {"Loading alerts\xE2\x80\xA6", "Please wait\xE2\x80\xA6 loading live updates",
                           "Loading live updates..."}) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
  for (const char* line : {"Loading updates to the timetable took the council three months...",
                           "Please wait... the best is yet to come, the mayor said of the new pool."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading takes German comments loading", "[filter][loading]") {
  CHECK(filter_removes_in_context("loading", "Kommentare werden geladen \xE2\x80\xA6"));
  CHECK_FALSE(filter_removes_in_context("loading", "Kommentare werden gelesen, sagt die Redaktion \xE2\x80\xA6"));
}

TEST_CASE("loading takes two placeholders as one line and an embed's consent placeholder", "[filter][loading]") {
  for (const char* line : {
           "Attendere prego, caricamento in corso\xE2\x80\xA6",
           "Please wait, loading...",
           "Externer Inhalt: An dieser Stelle finden Sie ein Video von YouTube. Mit dem Laden des Videos akzeptieren "
           "Sie die Datenschutzerkl\xC3\xA4rung von YouTube. \xE2\x96\xB6 Video laden",
           "External content: This article contains content from Twitter. To view it, you must accept cookies.",
           "Contenu externe : ce contenu est h\xC3\xA9" "berg\xC3\xA9 par Instagram. Acceptez les cookies pour l'afficher.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
  for (const char* line : {
           "Externer Inhalt: Die Stadt hat 2019 Inhalte von externen Firmen gekauft, sagte der Sprecher.",
           "External content: the council hired three firms, the mayor said.",
           "Please wait, the mayor said, until the loading bay reopens.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading takes an embed's consent placeholder closed by its load button, with no title", "[filter][loading]") {
  for (const char* line : {
           "Hier finden Sie einen Inhalt von YouTube. Mit dem Laden des Videos akzeptieren Sie die "
           "Datenschutzerkl\xC3\xA4rung von Google. \xE2\x96\xB6 Video laden",
           "This content is hosted by Instagram. By loading it you accept Instagram's privacy policy. Load content",
           "Este contenido de Twitter usa cookies; al cargarlo aceptas su pol\xC3\xADtica de privacidad. | Cargar "
           "contenido",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
  for (const char* line : {
           "Der Verein zeigt das Video auf YouTube; wer es sehen will, muss die Datenschutzerkl\xC3\xA4rung akzeptieren "
           "und das Video laden.",
           "Der Verein zeigt das Video auf YouTube; wer es sehen will, muss die Datenschutzerkl\xC3\xA4rung akzeptieren "
           "und das Video laden",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading takes a request to wait before a loading line", "[filter][loading]") {
  CHECK(filter_removes_in_context("loading", "Aguarde, carregando coment\xC3\xA1rios\xE2\x80\xA6"));
  CHECK(filter_removes_in_context("loading", "Please wait, loading comments\xE2\x80\xA6"));
  CHECK_FALSE(filter_removes_in_context("loading", "Aguarde, carregando os caminh\xC3\xB5" "es\xE2\x80\xA6"));
}

TEST_CASE("loading takes an embed's placeholder that asks consent to send data to third parties, closed by its button",
          "[filter][loading]") {
  for (const char* line : {
           "Hier steht ein externer Inhalt von YouTube. Um ihn anzuzeigen, m\xC3\xBCssen Sie der \xC3\x9C" "bermittlung "
           "von Daten an Drittanbieter zustimmen. Zustimmen und anzeigen",
           "This content is hosted by YouTube and may send data to third parties. Accept and show",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
  for (const char* line : {
           "Die Gemeinde zeigt das Video auf YouTube, Drittanbieter bekommen dabei keine Daten, sagt sie.",
           "YouTube shares data with third parties, the regulator found, and users can only accept and show.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading takes a placeholder closed by a request to wait instead of an ellipsis", "[filter][loading]") {
  for (const char* line : {
           "El video se est\xC3\xA1 cargando, espere por favor",
           "The video is loading, please wait",
           "Il video \xC3\xA8 in caricamento, attendere prego",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
  for (const char* line : {
           "El cami\xC3\xB3n se est\xC3\xA1 cargando, espere por favor",
           "The truck is loading, please wait.",
           "Loading the trucks took hours, please wait",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading takes a placeholder naming the platform whose content loads", "[filter][loading]") {
  CHECK(filter_removes_in_context("loading", "Caricamento del contenuto Instagram in corso\xE2\x80\xA6"));
  CHECK_FALSE(filter_removes_in_context("loading", "Caricamento dei camion in corso\xE2\x80\xA6"));
}

TEST_CASE("loading reads a hyphenated compound of a platform and a thing, and a chart's caption before its "
          "placeholder", "[filter][loading]") {
  for (const char* line : {
           "Instagram-Feed wird geladen \xE2\x80\xA6", "Video-Player wird geladen\xE2\x80\xA6",
           "Interactive chart: Mombasa auction average, US$/kg, Jan 2022\xE2\x80\x93Sep 2023 \xE2\x80\x94 loading data\xE2\x80\xA6",
           "Mapa interactivo de los embalses \xE2\x80\x94 cargando datos...",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
  for (const char* line : {
           "Die Bundes-Regierung wird geladen\xE2\x80\xA6",
           "The harbour chart was old \xE2\x80\x94 loading the trucks took hours...",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading takes a consent placeholder whose title names the platform after 'from', with the reader's data "
          "and a bracketed button", "[filter][loading]") {
  CHECK(filter_removes_in_context("loading", "Externer Inhalt von YouTube. Mit einem Klick laden Sie das Video und stimmen "
                                             "der \xC3\x9C" "bermittlung Ihrer Daten an Google zu. [Video laden]"));
  CHECK(filter_removes_in_context("loading", "External content from Instagram. Loading it sends your data to Meta. "
                                             "Show content"));
  CHECK_FALSE(filter_removes_in_context("loading", "Externer Inhalt von Fachleuten wird in der Studie zitiert."));
}

TEST_CASE("loading takes a placeholder whose thing has words around it, an updating page, and a thing then "
          "its loading word", "[filter][loading]") {
  for (const char* line : {
           "Cargando entradas recientes\xE2\x80\xA6",
           "Carregando mapa das unidades escolares...",
           "A carregar o leitor de \xC3\xA1udio\xE2\x80\xA6",
           "Caricamento del lettore in corso\xE2\x80\xA6",
           "Seite wird aktualisiert \xE2\x80\xA6",
           "Updating live scores\xE2\x80\xA6",
           "Live visitor counter loading\xE2\x80\xA6",
           "Chargement des articles r\xC3\xA9" "cents...",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
  for (const char* line : {
           "The page is updating...",
           "The video is loading...",
           "Updating the rules took years...",
           "Cargando sacos de arena, los vecinos esperaron...",
           "Seite 3 wurde aktualisiert, sagte er.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading takes a consent placeholder that asks for the reader's consent or names X alone",
          "[filter][loading]") {
  for (const char* line : {
           "Video-Inhalt von YouTube: Zum Abspielen m\xC3\xBCssen Sie der \xC3\x9C" "bertragung an Dritte zustimmen. "
           "Inhalt laden",
           "Inhalte von X werden erst nach Ihrer Zustimmung angezeigt. Externe Inhalte einmal laden",
           "Content from X is shown only with your consent. Load once",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
  for (const char* line : {
           "Der Gemeinderat will von X-Geb\xC3\xBChren nichts wissen und die Inhalte einmal laden.",
           "Die Eltern m\xC3\xBCssen zustimmen, bevor die Schule Videos von YouTube zeigt. Inhalt laden ist verboten.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
}

TEST_CASE("loading takes a placeholder loading more of the site's news", "[filter][loading]") {
  CHECK(filter_removes_in_context("loading", "Cargando m\xC3\xA1s noticias..."));
  CHECK(filter_removes_in_context("loading", "Loading more stories\xE2\x80\xA6"));
  CHECK(filter_removes_in_context("loading", "Weitere Nachrichten werden geladen \xE2\x80\xA6"));
  CHECK_FALSE(filter_removes_in_context("loading", "Cargando m\xC3\xA1s sacos de arena, los vecinos esperaron..."));
}

TEST_CASE("loading reads a consent placeholder's button in a text browser's brackets, and a radar loop",
          "[filter][loading]") {
  CHECK(filter_removes_in_context("loading", "Externer Inhalt von Instagram: Um ihn anzuzeigen, m\xC3\xBCssen Sie der "
                                             "\xC3\x9C" "bermittlung von Daten an Dritte zustimmen. [Inhalt anzeigen]"));
  CHECK(filter_removes_in_context("loading", "Loading radar loop\xE2\x80\xA6"));
  CHECK_FALSE(filter_removes_in_context("loading", "Die Eltern m\xC3\xBCssen zustimmen, wenn Instagram Daten an Dritte "
                                                   "gibt [Inhalt anzeigen sei verboten]."));
}
