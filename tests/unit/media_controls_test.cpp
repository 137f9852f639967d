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
