// credit: photo and video credits go; prose about photos and agencies stays.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("credit removes photo and video credits", "[filter][credit]") {
  for (const char* line : {
           "Photo: Sarah Collins/Getty Images",
           "(AP Photo/Evan Carter)",
           "Firefighters battle a blaze near the highway on Tuesday. (AP Photo/Maria Gomez)",
           "Watch: Drone footage shows the scale of the flooding",
           "Foto: EFE/Juan Pérez",
           "Foto: dpa",
           "Photo : AFP",
           "Crédit photo : Jean Martin",
           "Michael Brown/AFP via Getty Images",
           "Video: Highlights of the final",
           "Image copyright Getty Images",
           "Photo by Ana Souza",
           "Natalie Brooks | Bloomberg | Getty Images",
           "VIDEO",
           "Galería de fotos",
           "Guarda il video: le immagini dell'alluvione",
           "Visitors queue outside the museum on Saturday. Photo: Daniel Ortiz/Getty Images",
           "Manifestantes frente al Congreso este jueves. Foto: Ana Ruiz/Europa Press",
           "Un carro allagato a Genova. (Foto di Marco Bianchi)",
           "Le président lors de son discours. (Photo : Jean Durand)",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("credit", line));
  }
}

TEST_CASE("credit keeps prose about photos and agencies", "[filter][credit]") {
  for (const char* line : {
           "The photo was taken by a passer-by, police said.",
           "Photo by photo, the archive was rebuilt by volunteers over three years.",
           "Video shows the moment the bridge collapsed.",
           "Watch the skies on Friday night for the meteor shower, astronomers advised.",
           "The minister resigned on Friday, according to the news agency (AFP).",
           "Reuters reported that the talks had stalled over the border question.",
           "He said the museum was busy. Photo: a relative took one of the queue, which he later sold.",
           "Nigerian Singer Wins Top Award At Lagos Ceremony (Photos)",
           "Flood Waters Reach Town Centre (Photos and Video)",
           "He sold the rights to the image to a stock agency in 2019 for a small fee, court papers show.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("credit", line));
  }
}
