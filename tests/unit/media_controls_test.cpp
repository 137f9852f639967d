// media-controls: a gallery's controls and counter and an audio player's prompt go, in six
// languages; sentences and headings that open alike, counts in prose and dates stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("media-controls removes a gallery's controls and counters", "[filter][media-controls]") {
  for (const char* line : {
           "1 of 12", "12 of 140", "Photo 3 of 8", "Image 2 / 9", "3 / 12", "Bild 1 von 12", "Bild 4/20",
           "Foto 3 de 12", "Image 2 sur 8", "Immagine 1 di 5", "Imagem 1 de 9", "Previous", "Next image",
           "Previous image", "Open gallery", "View all photos", "Galerie öffnen", "Nächstes Bild",
           "Imagen siguiente", "Abrir galería", "Image précédente", "Voir la galerie", "Immagine successiva",
           "Apri la galleria", "Próxima imagem", "Abrir galeria",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
}

TEST_CASE("media-controls removes an audio player's prompt, with its duration", "[filter][media-controls]") {
  for (const char* line : {
           "Listen to this article", "Listen to this article · 4 min", "Listen to this story (5:32)",
           "Escucha esta nota aquí", "Escuchar este artículo - 3 minutos", "Écouter cet article",
           "Écouter l'article · 6 min", "Artikel anhören", "Artikel vorlesen lassen", "Ascolta l'articolo",
           "Ascolta l’articolo 2 minuti", "Ouvir este artigo", "Ouça este artigo",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
}

TEST_CASE("media-controls keeps prose, headings and dates that look alike", "[filter][media-controls]") {
  for (const char* line : {
           "1 of 12 passengers was injured, the airline said.", "Part 1 of 3", "Step 2 of 5: prepare the dough",
           "3/12", "24/7", "12 of 3", "0 of 12", "Listen to this article's critics, and you will hear a different "
           "story about the bridge.",
           "Listen to this article about the harbour and then decide.", "Next image processing tools are "
           "cheaper than ever, the survey found.",
           "Artikel anhören ist für viele Pendler inzwischen Alltag, sagt die Studie.",
           "Escucha esta nota de voz que envió el alcalde a los vecinos.", "Open gallery hours are listed below.",
           "Previous governments had promised the same bridge.", "Ouvir este artigo foi uma surpresa para muitos.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("media-controls", line));
  }
}

TEST_CASE("media-controls removes the Portuguese read-aloud button", "[filter][media-controls]") {
  for (const char* line : {"Ouvir texto", "Ouvir o texto", "Ouça o texto"}) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
  CHECK_FALSE(filter_removes_in_context("media-controls", "Ouvir o texto da lei em voz alta foi a proposta do deputado."));
}

TEST_CASE("media-controls removes a player's sound, replay and subtitle buttons in six languages",
          "[filter][media-controls]") {
  for (const char* line : {
           "Mute", "Unmute", "Replay", "Subtitles", "Stummschalten", "Ton aus", "Stummschaltung aufheben",
           "Untertitel", "Couper le son", "Activer le son", "Sous-titres", "Silenciar", "Activar sonido",
           "Subtítulos", "Disattiva audio", "Attiva l'audio", "Sottotitoli", "Ativar som", "Legendas",
           "Jetzt ansehen", "Regarder maintenant", "Guarda ora", "Assista agora", "Ver ahora",
           "Audio herunterladen", "Scarica l'audio", "Baixar áudio", "Reproducir audio", "Écouter maintenant",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
}

TEST_CASE("media-controls removes a gallery's slide, full-screen and image controls in six languages",
          "[filter][media-controls]") {
  for (const char* line : {
           "Vollbild beenden", "Weiter", "Zurück", "Alle Fotos anzeigen", "Quitter le plein écran",
           "Diapositive suivante", "Voir toutes les images", "Salir de pantalla completa", "Diapositiva siguiente",
           "Ver todas las imágenes", "Esci da schermo intero", "Diapositiva precedente", "Vedi tutte le immagini",
           "Sair da tela cheia", "Imagem seguinte", "Ver todas as imagens",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
}

TEST_CASE("media-controls removes read-aloud prompts worded otherwise", "[filter][media-controls]") {
  for (const char* line : {"Diesen Beitrag anhören", "Diese Seite anhören · 4 Minuten", "Écoutez l'article",
                           "Escucha el artículo", "Ascolta questa pagina", "Ouvir esta página"}) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
}

TEST_CASE("media-controls keeps sentences about sound, subtitles and play", "[filter][media-controls]") {
  for (const char* line : {
           "Play", "Pause", "Pausa", "Lecture",
           "Die Regierung will die Kritiker stumm schalten, sagte die Opposition.",
           "Der Sender hat den Ton aus dem Studio erst nach zehn Minuten wieder eingeschaltet.",
           "Los vecinos denuncian que quieren silenciar sus protestas.",
           "Le gouvernement veut couper le son des chaînes d'opposition, selon le syndicat.",
           "Weiter geht es am Montag mit der Anhörung der Zeugen.",
           "Zurück in Berlin traf der Minister die Gewerkschaften.",
           "Les sous-titres du film ont été traduits en douze langues.",
           "Disattiva audio e video durante le riunioni, consiglia l'azienda.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("media-controls", line));
  }
}

TEST_CASE("media-controls takes a player's prompt with its clock and speed, and a gallery's counter with its "
          "control", "[filter][media-controls]") {
  for (const char* line : {
           "\xF0\x9F\x94\x8A Ascolta l'articolo  \xC2\xB7  0:00 / 5:31  \xC2\xB7  Velocit\xC3\xA0 1x",
           "Listen to this article \xC2\xB7 0:00 / 4:12 \xC2\xB7 Speed 1x",
           "\xE2\x96\xB6 Artikel anh\xC3\xB6ren \xC2\xB7 4:12 Min.",
           "\xE2\x97\x80  1 / 8  \xE2\x96\xB6    Voir le diaporama en plein \xC3\xA9" "cran",
           "3 of 12 Next image",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
  for (const char* line : {
           "Listen to this article about the speed of 1x cameras",
           "3 of 12 people said they would vote again",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("media-controls", line));
  }
}

TEST_CASE("media-controls takes a player's prompt after its pictograph, with the duration behind a play sign",
          "[filter][media-controls]") {
  CHECK(filter_removes_in_context("media-controls", "\xF0\x9F\x94\x8A Ascolta questo articolo \xE2\x96\xB6 4 min"));
  CHECK(filter_removes_in_context("media-controls", "\xF0\x9F\x94\x8A Listen to this article \xE2\x96\xB6 5 min"));
  CHECK_FALSE(filter_removes_in_context("media-controls", "\xF0\x9F\x94\x8A Listen to this: the band plays for 5 minutes"));
}

TEST_CASE("media-controls takes a player's row of controls, and a video card's title with its running time",
          "[filter][media-controls]") {
  for (const char* line : {
           "Vid\xC3\xA9o \xC2\xB7 01:52 \xC2\xB7 Activer le son",
           "Video | 3:20 | Untertitel",
           "Glockenguss in Zofingen im Zeitraffer (2:41)",
           "Highlights from the county final in under three minutes (2:58)",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
  for (const char* line : {
           "Vid\xC3\xA9o \xC2\xB7 Le maire r\xC3\xA9pond",
           "Jan van der Berg (13:05)",
           "Die Glocke l\xC3\xA4utet zum ersten Mal (2:41).",
           "Eliud Kiptum Kenya (2:01:25)",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("media-controls", line));
  }
}

TEST_CASE("media-controls takes a video card after its play mark, its platform beside its running time",
          "[filter][media-controls]") {
  for (const char* line : {
           "\xE2\x96\xB6 V\xC3\xAD" "deo | As\xC3\xAD escancia el campe\xC3\xB3n de Nava 2019 (1:12)",
           "\xE2\x96\xB6 Grogue, a alma de Santo Ant\xC3\xA3o | reportagem completa (YouTube \xC2\xB7 6:41)",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
  CHECK_FALSE(filter_removes_in_context("media-controls", "Final 2019: Nava gana a Villaviciosa (1:12)"));
}

TEST_CASE("media-controls takes a gallery's link with its pictures' count, and a listen prompt behind any play sign",
          "[filter][media-controls]") {
  for (const char* line : {
           "\xF0\x9F\x93\xB7 Zur Bildergalerie vom Landesfinale (64 Fotos)",
           "View gallery: the harbour storm (12 photos)",
           "Beitrag anh\xC3\xB6ren \xE2\x96\xB7 2:41",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
  for (const char* line : {
           "Zur Bildergalerie geh\xC3\xB6ren 64 Fotos aus dem Stadtarchiv (1955)",
           "View gallery owners say the harbour storm cost them dearly (12 of them)",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("media-controls", line));
  }
}

TEST_CASE("media-controls takes a gallery's name with its pictures' count after a colon, and a listen prompt with a "
          "note and the player's clock", "[filter][media-controls]") {
  for (const char* line : {
           "\xF0\x9F\x93\xB7 Bildergalerie: 14 Fotos aus dem Maschinenraum \xE2\x80\xBA",
           "\xF0\x9F\x93\xB7 Galer\xC3\xAD" "a: 24 fotos del desfile de boyeros 2017 \xE2\x80\xBA",
           "Ou\xC3\xA7" "a esta mat\xC3\xA9ria (beta) \xE2\x96\xB6 00:00 / 04:12",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
  for (const char* line : {
           "Galer\xC3\xAD" "a: 24 obras del pintor se exhiben desde hoy",
           "Ou\xC3\xA7" "a esta mat\xC3\xA9ria: o prefeito explica o plano",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("media-controls", line));
  }
}

TEST_CASE("media-controls takes a clip's card after its play mark with its running time anywhere in it",
          "[filter][media-controls]") {
  for (const char* line : {
           "\xE2\x96\xB6 As\xC3\xAD fue el primer cruce del \xC2\xABLemuy\xC2\xBB (2:37) \xE2\x80\x94 Cruce Austral en YouTube",
           "\xE2\x96\xB6 Serra da Leba vista do c\xC3\xA9u | Rumo V\xC3\xAD" "deos \xC2\xB7 1:56",
           "\xE2\x96\xBA Das Spiel in voller L\xC3\xA4nge | 1:32:10",
           "\xE2\x96\xB6 Harbour wall: the storm night in pictures \xC2\xB7 0:48 \xC2\xB7 Herald TV",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
  for (const char* line : {
           // A live entry's time of day closes on a stop; a time inside a part is no running time.
           "\xE2\x96\xB6 14:30: Der Zug f\xC3\xA4hrt ab.",
           "\xE2\x96\xB6 Watch the 14:30 kick-off at Kingsholm",
           // No play mark.
           "As\xC3\xAD fue el primer cruce del Lemuy (2:37), dijo el capit\xC3\xA1n, y fue un \xC3\xA9xito total.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("media-controls", line));
  }
}

TEST_CASE("media-controls reads a running time written with an apostrophe or a prime", "[filter][media-controls]") {
  CHECK(filter_removes_in_context("media-controls", "\xE2\x96\xB6 Passage \xC3\xA0 niveau de Bovenistier : les riverains "
                                                    "mobilis\xC3\xA9s (2'41)"));
  CHECK(filter_removes_in_context("media-controls", "Il porto di Tropea visto dal drone (1\xE2\x80\xB2" "58)"));
  CHECK_FALSE(filter_removes_in_context("media-controls", "Il sindaco ha parlato per 2'41 davanti al consiglio comunale."));
  CHECK_FALSE(filter_removes_in_context("media-controls", "Il a couru le 100 m en (10'41)"));
}

TEST_CASE("media-controls reads seconds marked by two apostrophes", "[filter][media-controls]") {
  CHECK(filter_removes_in_context("media-controls", "\xE2\x96\xB6 \xC3\x89" "couter le reportage de Thomas Collard (1'48'')"));
}
