// related: links to other stories go; sentences inviting further reading stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("related removes links to other stories", "[filter][related]") {
  for (const char* line : {
           "Read more: Council approves new cycle lanes for the city centre",
           "READ MORE: Why fuel prices keep rising",
           "Related: Storm damage bill tops $2 billion",
           "Lee también: El Gobierno aprueba la reforma de las pensiones",
           "Mehr zum Thema: Bahnstreik legt Fernverkehr lahm",
           "Leia também: Chuvas deixam 20 cidades em alerta",
           "Leggi anche: Maltempo, allerta rossa in Liguria",
           "À lire aussi : Les prix de l'énergie repartent à la hausse",
           "Related stories",
           "See also — The long road to the peace deal",
           "[Related: Dreamforce keynote draws protesters and a surprise guest]",
           "SEE MORE: Students stay inside the campus as police ring the university",
           "Click here to get the Riverside News app",
           "READ MORE ON THE BUSINESS DESK BY CLICKING HERE",
           "Para ver la galería completa, haz clic aquí",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related keeps sentences about reading more", "[filter][related]") {
  for (const char* line : {
           "Readers can read more about the ruling in the court's 40-page opinion.",
           "Read more about the ruling in the court's opinion, which was published on Friday.",
           "More than 300 people attended the vigil on Saturday.",
           "Related charges were filed against two other men, prosecutors said.",
           "Click here, the fake message urged, and the malware installed itself on thousands of phones across "
           "the region within a single weekend, investigators said.",
           "Lee también el informe completo quien quiera conocer los detalles, dijo la ministra.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}
