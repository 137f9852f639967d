// Author normalisation: bylines and author fields in many languages become names only;
// roles, outlets, places, dates and prose never pass as names.
#include <catch2/catch.hpp>
#include <string>

#include "pith/html/byline.h"

using pith::html::AuthorSource;
using pith::html::normalize_author;

namespace {

struct Case {
  const char* raw;
  const char* names;
};

}  // namespace

TEST_CASE("bylines become names only, in many languages", "[html][byline]") {
  const Case cases[] = {
      // English wire and newspaper bylines
      {"By TOM KRISHER, AP Auto Writer", "Tom Krisher"},
      {"By MEG KINNARD and ERRIN HAINES, Associated Press", "Meg Kinnard; Errin Haines"},
      {"By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press",
       "Lisa Mascaro; Mary Clare Jalonick; Eric Tucker"},
      {"By Glen Owen And Brendan Carlin For The Mail On Sunday", "Glen Owen; Brendan Carlin"},
      {"Analysis by Chris Cillizza, CNN Editor-at-large", "Chris Cillizza"},
      {"By Jane Doe in Kyiv", "Jane Doe"},
      {"By Jane Doe | Published March 5, 2024", "Jane Doe"},
      {"by Dana Whitfield 4:05 PM UTC • March 1, 2024", "Dana Whitfield"},
      {"Written by Sarah E. Needleman", "Sarah E. Needleman"},
      {"By Perry Bacon Jr.", "Perry Bacon Jr."},
      // German
      {"Von Anna Schmidt und Peter Berg", "Anna Schmidt; Peter Berg"},
      {"Von Anna Schmidt am Samstag, 19. Oktober 2019 um 11:14 Uhr", "Anna Schmidt"},
      {"Ein Kommentar von Moritz Gathmann", "Moritz Gathmann"},
      {"Eingestellt von Moritz Gathmann", "Moritz Gathmann"},
      {"Pubblicato da Mario Rossi", "Mario Rossi"},
      {"Text: Julia Lauter | Fotos: Peter Berg", "Julia Lauter"},
      {"Von Christoph von Ritter", "Christoph von Ritter"},
      {"Jule Radeck Vom 3. Februar 2022", "Jule Radeck"},
      // French, Spanish, Italian, Portuguese, Dutch
      {"Par Jean-Pierre Martin et Claire Dubois", "Jean-Pierre Martin; Claire Dubois"},
      {"Par JEAN-PIERRE MARTIN, envoyé spécial à Kiev", "Jean-Pierre Martin"},
      {"Por María García y Juan Pérez", "María García; Juan Pérez"},
      {"Por Ana de Armas, corresponsal en Madrid", "Ana de Armas"},
      {"Di Mario Rossi e Giulia Bianchi", "Mario Rossi; Giulia Bianchi"},
      {"Por Luana Patriolino, Raphael Felice", "Luana Patriolino; Raphael Felice"},
      {"Door Jan de Vries en Piet Jansen", "Jan de Vries; Piet Jansen"},
      // Other scripts keep their names as written.
      {"Текст: Лида "
       "Буслаева",
       "Лида Буслаева"},
  };
  for (const Case& c : cases) {
    INFO(c.raw);
    CHECK(normalize_author(c.raw, AuthorSource::visible) == c.names);
    CHECK(normalize_author(c.raw, AuthorSource::declared) == c.names);
  }
}

TEST_CASE("declared author fields lose outlets, degrees, addresses and glue", "[html][byline]") {
  const Case cases[] = {
      {"Victor Tangermann, Futurism", "Victor Tangermann"},
      {"Jill Disis, CNN Business", "Jill Disis"},
      {"Troy L. Smith, Cleveland.com", "Troy L. Smith"},
      {"Amy Kuperinsky | NJ Advance Media for NJ.com", "Amy Kuperinsky"},
      {"Finian Cunningham. Sputnik International", "Finian Cunningham"},
      {"Ilana Muhlstein, MS, RDN", "Ilana Muhlstein"},
      {"Grant Tinsley, PhD", "Grant Tinsley"},
      {"Markus M. Haefliger, London, Beat Bumbacher", "Markus M. Haefliger; Beat Bumbacher"},
      {"Sadhbh O'Sullivan,Elisabeth Kochan", "Sadhbh O'Sullivan; Elisabeth Kochan"},
      {"'Luana Patriolino, Raphael Felice'", "Luana Patriolino; Raphael Felice"},
      {"Lüder Hoppe info@buero-hoppe.de", "Lüder Hoppe"},
      {"Michael L.  Anderson", "Michael L. Anderson"},
      {"JANIE HAR", "Janie Har"},
      {"unocero - Alberto Ávila", "Alberto Ávila"},
      // Organisations stand when no person is named.
      {"Reuters", "Reuters"},
      {"BBC News", "BBC News"},
      {"The Associated Press", "The Associated Press"},
      {"Olympia-Verlag GmbH, Nürnberg, Germany", "Olympia-Verlag GmbH"},
      // Not names at all.
      {"admin", ""},
      {"Super User", ""},
      {"publisher", ""},
      {"anónimo", ""},
      {"Staff Reports", ""},
      {"HNN Staff", ""},
      {"https://www.example.org/author/jane-doe/", ""},
      {"ORF.at", ""},
      {"christian.stadtfeld", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.raw);
    CHECK(normalize_author(c.raw, AuthorSource::declared) == c.names);
  }
}

TEST_CASE("visible text that only looks like a byline gives no name", "[html][byline]") {
  // Near-misses: sentences opening with a by-word, credits for photos, organisations in
  // visible text, capitalised German nouns, licence lines.
  const char* near_misses[] = {
      "By Monday, the river had risen by two metres.",
      "By Tuesday, Smith and Jones had agreed to a deal.",
      "Von Montag an gilt die neue Regelung.",
      "Par ailleurs, le gouvernement a annoncé une hausse.",
      "Por primera vez en diez años, el equipo ganó la liga.",
      "Di recente, il comune ha approvato il bilancio.",
      "Door de regen werd de wedstrijd afgelast.",
      "Foto: Peter Berg",
      "Photo by Jane Doe/Getty Images",
      "Von dpa",
      "By contrast, the council said nothing.",
      "Credaris-Kundin A.K. Credaris ist ein Partner-Service",
      "CC BY NC ND 4.0",
      "By subscribing you agree to our terms",
  };
  for (const char* text : near_misses) {
    INFO(text);
    CHECK(normalize_author(text, AuthorSource::visible).empty());
  }
}

TEST_CASE("names are not cut where they only look like the end of a byline", "[html][byline]") {
  const Case cases[] = {
      {"By Reuters", "Reuters"},                      // an agency, named after a by-word
      {"von Ulrike 18.10.2019 16:06 Uhr", "Ulrike"},  // a first name alone, on a blog
      {"By April Roach", "April Roach"},              // a month's name as a first name
      {"By Bryan DeArdo", "Bryan DeArdo"},            // capitals inside a name
      {"Von Isabella.DiBiase", "Isabella Di Biase"},  // a user name with a dot
      {"By Jean-Marie Le Pen", "Jean-Marie Le Pen"},  // a particle written with a capital
      {"By Ludwig van Beethoven", "Ludwig van Beethoven"},
  };
  for (const Case& c : cases) {
    INFO(c.raw);
    CHECK(normalize_author(c.raw, AuthorSource::visible) == c.names);
  }
}

TEST_CASE("a line opens like a byline", "[html][byline]") {
  for (const char* text :
       {"By Jane Doe", "von Anna Schmidt", "Par Claire Dubois", "Por Juan Pérez", "Di Mario Rossi", "Door Jan de Vries",
        "Text: Julia Lauter", "Written by Sarah Smith", "Autor: Peter Berg", "Av Anna Lindqvist"}) {
    INFO(text);
    CHECK(pith::html::opens_with_byword(text));
  }
  for (const char* text : {"Jane Doe", "Foto: Peter Berg", "Bystanders watched", "Vonovia shares fell",
                           "Parliament voted", "By", "Themen: Politik"}) {
    INFO(text);
    CHECK_FALSE(pith::html::opens_with_byword(text));
  }
}

TEST_CASE("an institution's name goes on over the word that joins it, a person's does not", "[html][byline]") {
  const Case declared[] = {
      {"Eidgenössisches Departement für auswärtige Angelegenheiten",
       "Eidgenössisches Departement für auswärtige Angelegenheiten"},
      {"Bundesministerium für Bildung und Forschung", "Bundesministerium für Bildung und Forschung"},
      {"Department for Education", "Department for Education"},
      {"Ministry of Defence", "Ministry of Defence"},
      {"Office for National Statistics", "Office for National Statistics"},
      {"Ministère de la Culture", "Ministère de la Culture"},
      {"Umweltbundesamt", "Umweltbundesamt"},
      {"Unknown Diesen Post per E-Mail versenden", ""},
      // Near-misses: a person's name still ends at "for"/"für" and at a place.
      {"Jane Doe for The Times", "Jane Doe"},
      {"Anna Schmidt für die Badische Zeitung", "Anna Schmidt"},
      {"Peter Berg, Stiftung Warentest", "Peter Berg"},
      {"Reuters in Washington", "Reuters in Washington"},
  };
  for (const Case& c : declared) {
    INFO(c.raw);
    CHECK(normalize_author(c.raw, AuthorSource::declared) == c.names);
  }
  const Case visible[] = {
      {"Von Eidgenössisches Departement für auswärtige Angelegenheiten",
       "Eidgenössisches Departement für auswärtige Angelegenheiten"},
      {"By The Department for Transport", "The Department for Transport"},
      {"By Anonymous Share This Story", ""},
      // Near-misses: a person's byline ends at the preposition as before.
      {"By Jane Doe for The Mail on Sunday", "Jane Doe"},
      {"Von Anna Schmidt für Zeit Online", "Anna Schmidt"},
      {"Par Claire Dubois pour Le Monde", "Claire Dubois"},
  };
  for (const Case& c : visible) {
    INFO(c.raw);
    CHECK(normalize_author(c.raw, AuthorSource::visible) == c.names);
  }
}
