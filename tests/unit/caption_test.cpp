// caption: a photo's caption over its credit, or pointing into its picture, goes; article
// sentences and headings over a credit, and prose about people, stay.
#include <catch2/catch.hpp>

#include "pith/filters/filter.h"
#include "unit/test_support.h"

namespace {

/// Two article sentences in `language`, `line`, a credit line `credit` (or none), and one more
/// sentence; credit, copyright and caption run as the pipeline runs them. True when caption took `line`.
bool caption_takes(const char* language, const std::string& line, const std::string& credit) {
  std::vector<std::string> lines = {
      "The council voted on Tuesday to approve the new budget for the coming year.",
      "Officials said the plan would add money for schools, parks and roads.",
      line,
  };
  if (!credit.empty()) lines.push_back(credit);
  lines.push_back("Several residents spoke against the measure during a four-hour hearing.");
  pith::Document doc = pith::test::document_of(lines);
  doc.meta.language = language;
  doc.meta.language_score = 0.99;
  for (std::string_view name : {"credit", "copyright", "caption"})
    pith::find_filter(name)->make(pith::Config{})->apply(doc, name);
  return doc.blocks[2].removed_by == "caption";
}

struct Case {
  const char* language;
  const char* line;
  const char* credit;
};

}  // namespace

TEST_CASE("caption removes the caption over a photo credit, in six languages", "[filter][caption]") {
  for (const Case& c : {
           Case{"en", "Cyclists on the old section of Mill Road during the morning rush.", "Photo: Tom Ashby/Courier"},
           Case{"en", "Firefighters outside the gutted warehouse on Dock Street on Sunday",
                "Photo: Jane Roe / Reuters"},
           Case{"de", "Demonstranten vor dem Landratsamt am Donnerstagabend.", "Foto: Markus Lindner"},
           Case{"de", "Der neue Hafenkran im Abendlicht über dem Südkai", "© imago/Eibner"},
           Case{"es", "Turistas en la plaza Mayor, el pasado agosto.", "Foto: Jordi Bellver / EFE"},
           Case{"fr", "Une maquette du tramway présentée en 2022.", "Photo : Yann Le Goff"},
           Case{"it", "La scuola primaria di Lumezzane, tra quelle incluse nel piano", "Foto: Fotolive/Cavicchi"},
           Case{"pt", "Contentores de recolha seletiva no centro da vila", "Foto: Hugo Delgado/Global Imagens"},
       }) {
    INFO(c.line);
    CHECK(caption_takes(c.language, c.line, c.credit));
  }
}

TEST_CASE("caption keeps a headline over a caption that ends in its credit", "[filter][caption]") {
  // The line under it is a caption of its own, credit and all: the line above is no caption.
  for (const Case& c : {
           Case{"it", "Demonte, in 35 mila alla fiera dei formaggi d'alpeggio: vince una toma di 18 mesi",
                "Le forme in esposizione sotto l'ala del mercato di via Martiri (foto Giorgio Fissore)"},
           Case{"en", "Lowell High girls' eight wins first Head of the Merrimack title in 27 years",
                "Lowell's varsity eight pulls away from Andover near the bridge on Sunday. (Staff photo by Ray Beaulieu)"},
           Case{"fr", "Gel tardif : les vignerons du Layon comptent les pertes",
                "Des bougies allumées entre les rangs de chenin, mardi à l'aube. (Photo Jean Dupont/Le Courrier)"},
       }) {
    INFO(c.line);
    CHECK_FALSE(caption_takes(c.language, c.line, c.credit));
  }
  // Once the article's prose has begun, the same pair is a teaser's card: its headline goes.
  const std::string prose =
      "The county council voted seven to two on Thursday night to reopen the old rail line between the two towns, "
      "ending a campaign that residents began more than a decade ago.";
  for (const char* headline : {"China censors a lot, from Winnie the Pooh to the NBA",
                               "Harry and Meghan talk about their decision to leave royal life"}) {
    pith::Document doc = pith::test::document_of(
        {prose, prose, headline, "Flags are seen as the two ministers meet in Washington. (Photo by Jane Roe/Getty Images)",
         "Officials said the first trains could run by 2027."});
    doc.meta.language = "en";
    doc.meta.language_score = 0.99;
    for (std::string_view name : {"credit", "copyright", "caption"})
      pith::find_filter(name)->make(pith::Config{})->apply(doc, name);
    INFO(headline);
    CHECK(doc.blocks[2].removed_by == "caption");
    CHECK(doc.blocks[4].kept());
  }
  // A parenthesised credit alone is the credit: the line over it is its caption.
  CHECK(caption_takes("en", "Cyclists on the old section of Mill Road during the morning rush.", "(Photo: Tom Ashby/Courier)"));
}

TEST_CASE("caption keeps article sentences and headings over a photo credit", "[filter][caption]") {
  for (const Case& c : {
           // A sentence of the article with a verb, where the picture was dropped and its credit kept.
           Case{"en", "The school has 31 pupils now, against 17 in 2022.", "Photo: Tom Ashby/Courier"},
           Case{"en", "Mr Lyle said the survey had been carried out on a market day.", "Photo: Tom Ashby"},
           Case{"de", "Die Reederei hat zugesagt, ihre drei Schiffe umzurüsten.", "Foto: Markus Lindner"},
           Case{"es", "La concejala aseguró que los alquileres se revisarán dentro de un año.", "Foto: EFE"},
           Case{"fr", "Une nouvelle enseignante a été nommée pour les élèves de CM1.", "Photo : Marc Veyrier"},
           Case{"it", "I biglietti costano 25 euro per gli adulti e 10 per i bambini.", "Foto: Cavicchi"},
           Case{"pt", "A vereadora anunciou que a feira terá mais três dias.", "Foto: Hugo Delgado"},
           // A longer sentence of the article, whatever its verbs.
           Case{"de", "Nach Angaben der Bahn fielen rund 80 Prozent der Fernzüge aus, auch im Regionalverkehr kam "
                      "es zu erheblichen Einschränkungen.", "Foto: Markus Lindner/dpa"},
           Case{"en", "The county council voted 7-2 on Thursday to reopen the rail line, ending a decade-long "
                      "campaign by residents.", "Photo: Jane Roe/Reuters"},
           // A section's heading the photo opens.
           Case{"en", "Traders' objections", "Photo: Tom Ashby/Courier"},
           Case{"de", "Heftige Kritik der Opposition", "Foto: Markus Lindner"},
           // A quote, a question, a lead-in, two sentences.
           Case{"en", "\"We are not anti-car,\" she said.", "Photo: Tom Ashby"},
           Case{"es", "¿Qué pasará con los pisos turísticos?", "Foto: EFE"},
           Case{"en", "The approved plan includes:", "Photo: Tom Ashby"},
           Case{"fr", "Le vote a été serré. Plusieurs élus se sont abstenus.", "Photo : Marc Veyrier"},
       }) {
    INFO(c.line);
    CHECK_FALSE(caption_takes(c.language, c.line, c.credit));
  }
  // A phrase-shaped line with no credit under it is the article's.
  CHECK_FALSE(caption_takes("en", "Cyclists on the old section of Mill Road during the morning rush.", ""));
  CHECK_FALSE(caption_takes("pt", "Contentores de recolha seletiva no centro da vila", ""));
}

TEST_CASE("caption removes a short caption pointing into its picture", "[filter][caption]") {
  for (const Case& c : {
           Case{"en", "Mayor Ann Lee (left) with the new fire chief at the station.", ""},
           Case{"de", "Nils Karstensen (Mitte) jubelt nach dem Schlusspfiff mit den Fans.", ""},
           Case{"es", "La alcaldesa (izquierda) durante la inauguración del mercado.", ""},
           Case{"fr", "Le maire (à droite) lors de l'inauguration de l'école.", ""},
           Case{"it", "Il sindaco (a sinistra) con i tecnici davanti alla scuola.", ""},
           Case{"pt", "O presidente da Câmara (à esquerda) durante a visita à feira.", ""},
           Case{"en", "Pictured: the new bridge over the Wensum at dusk.", ""},
           Case{"de", "Auf dem Bild: die neue Brücke über den Fluss.", ""},
           Case{"es", "En la imagen: el nuevo puente sobre el río al atardecer.", ""},
           Case{"fr", "Sur la photo : le nouveau pont au crépuscule.", ""},
           Case{"it", "Nella foto: il nuovo ponte sul fiume al tramonto.", ""},
           Case{"pt", "Na foto: a nova ponte sobre o rio ao entardecer.", ""},
       }) {
    INFO(c.line);
    CHECK(caption_takes(c.language, c.line, c.credit));
  }
  for (const Case& c : {
           // Long prose about the people in a photo, a party's letter, a word in brackets.
           Case{"en", "Smith (left) was arrested after officers found the stolen car outside his home in the early "
                      "hours of Sunday morning, police said.", ""},
           Case{"en", "Senator Jane Roe (R) voted against the bill.", ""},
           Case{"de", "Der Antrag der Fraktion (Linke) wurde abgelehnt.", ""},
           Case{"en", "Pictured in the report are the six wards with the longest waits.", ""},
       }) {
    INFO(c.line);
    CHECK_FALSE(caption_takes(c.language, c.line, c.credit));
  }
}
