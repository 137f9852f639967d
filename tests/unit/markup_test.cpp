// markup: HTML comments and CDATA markers a dump printed as text go; prose with arrows stays.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;
using pith::test::removed_by_filter;

TEST_CASE("markup removes one-line HTML comments and CDATA markers", "[filter][markup]") {
  for (const char* line : {
           "<!-- related articles -->",
           "<!-- AddThis Button END -->",
           "< !– this is where we need to show the related articles –>",
           "<!—Anzeige Ende—>",
           "<!-- fin de la publicité",
           "//<![CDATA[",
           "//]]>",
           "/* <![CDATA[ */",
           "-->",
           "–>",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("markup", line));
  }
}

TEST_CASE("markup removes a text browser's placeholders", "[filter][markup]") {
  for (const char* line : {
           "(BUTTON)",
           "(BUTTON) Close",
           "(BUTTON) Menü schließen",
           "(BUTTON) (BUTTON)",
           "[INS: :INS]",
           "[DEL: :DEL]",
           "#alternate alternate alternate",
           "[logo-compact.svg]",
           "[blank_1x1.gif]",
           "[Audible_Article_320x600.jpg] [Audible_Mobile_250x200_2x.JPG]",
           "[IMG]",
           "[ ]",
           "[X]",
           "( ) ( )",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("markup", line));
  }
}

TEST_CASE("markup keeps text with brackets and the same words", "[filter][markup]") {
  for (const char* line : {
           "The (BUTTON) label is what screen readers announce, the designer explained.",
           "[INS: The council added this paragraph after the vote. :INS]",
           "[Photo: the new bridge at dawn]",
           "[Updated at 3 p.m. with the mayor's statement]",
           "The file logo.svg was leaked before the launch, the company said.",
           "#alternate facts is trending again after the briefing",
           "(*) Nombres cambiados para proteger la identidad de las víctimas.",
           "[ ] 2 cups flour",
           "[ ] 200 g Zucker",
           "[X]-rated films are banned from the festival, the jury announced.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("markup", line));
  }
}

TEST_CASE("markup removes a comment over a few lines, up to its close", "[filter][markup]") {
  CHECK(removed_by_filter("markup", {"Le conseil a voté le budget.", "< !– ici la liste des articles liés",
                                     "à afficher plus tard", "–>", "La séance a duré quatre heures."}) ==
        std::vector<bool>{false, true, true, true, false});
  // A close that never comes: only the opening line goes.
  CHECK(removed_by_filter("markup", {"<!-- TODO: galería", "O conselho votou o orçamento.", "A sessão durou horas.",
                                     "O prefeito assina na sexta.", "Os vereadores saíram cedo.",
                                     "A oposição vai recorrer.", "Il voto è previsto a giugno."}) ==
        std::vector<bool>{true, false, false, false, false, false, false});
}

TEST_CASE("markup keeps prose with arrows and angle brackets", "[filter][markup]") {
  for (const char* line : {
           "Step one --> step two --> done: the process took less than a minute.",
           "The score was <3 points, well under the limit, the report said.",
           "Ein Pfeil (-->) zeigt auf die Stelle, an der der Damm brach.",
           "The tag <!DOCTYPE html> opens every page, the instructor explained.",
           "Il simbolo ]]> chiude una sezione CDATA nei documenti XML.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("markup", line));
  }
}

TEST_CASE("markup removes lines of UI icons' alt texts", "[filter][markup]") {
  for (const char* line : {
           "Sections arrow icon",
           "Follow Us arrow icon",
           "+ email icon",
           "+ rss icon",
           "* Trending Latest Sections search icon menu icon",
           "Facebook Icon Twitter Icon LinkedIn Icon Xing Icon E-Mail Icon",
           "Compartir icono WhatsApp icono",
           "Menu icône Recherche icône",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("markup", line));
  }
}

TEST_CASE("markup keeps headings and instructions that end in an icon word", "[filter][markup]") {
  for (const char* line : {
           "A fashion icon",
           "Pop Icon",
           "Click the search icon",
           "3. Haz clic en el botón Actualizar refresh icon .",
           "ICON Magazine",
           "Silicon",
           "Facebook Icon silicon",
           "The late singer remained a style icon",
           "Madonna, icona pop",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("markup", line));
  }
}

TEST_CASE("markup removes the head-link row a text browser prints first", "[filter][markup]") {
  const std::string prose = "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt beschlossen.";
  for (const char* line : {
           "#alternate KATAPULT-Magazin KATAPULT-Magazin",
           "#publisher",
           "#Marktplatz für ein gutes Leben » Feed Marktplatz für ein gutes Leben » Kommentar-Feed",
           "#The Sound Of Science » Flux The Sound Of Science » Flux des commentaires",
           "#RSS",
           "#my6sense » Feed my6sense » Comments Feed alternate alternate my6sense RSS2 Feed",
           "#next Fuente RSS Los Andes",
           "#RFE/RL - Top Stories [RSS]",
       }) {
    INFO(line);
    CHECK(removed_by_filter("markup", {line, prose, prose}) == std::vector<bool>{true, false, false});
  }
}

TEST_CASE("markup keeps a hashtag headline, and a head-link row that is not first", "[filter][markup]") {
  const std::string prose = "The city council approved the budget on Tuesday after a long debate.";
  for (const char* line : {
           "#MeToo: the next chapter for Hollywood",
           "#BlackLivesMatter protests spread to 40 cities",
           "#Fail: Minister deletes tweet after backlash",
           "# Introduction",
           "## Results",
       }) {
    INFO(line);
    CHECK(removed_by_filter("markup", {line, prose, prose}) == std::vector<bool>{false, false, false});
  }
  CHECK(removed_by_filter("markup", {prose, "#RSS", prose}) == std::vector<bool>{false, false, false});
  CHECK(removed_by_filter("markup", {prose, "#publisher Feed", prose}) == std::vector<bool>{false, false, false});
}

TEST_CASE("markup takes an ad slot's label with its empty insertion, and a line of images' file names",
          "[filter][markup]") {
  for (const char* line : {
           "Anzeige[INS: :INS]", "- Advertisement - [INS: :INS]", "Publicit\xC3\xA9 [INS: :INS]",
           "gabya_morgenansicht.jpg gabya_vogelhaus.jpg 22-12-2007_02.jpg", "i.redd.it/whs5mnaxwft31.jpg",
           "smiling-woman.jpg", "IMG_2041.JPG", "logo-header.svg",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("markup", line));
  }
  for (const char* line : {
           "Die Datei hie\xC3\x9F urlaub.jpg", "The council's report [INS: :INS] was amended twice in March",
           "Photos: harbour.jpg and pier.jpg were sent to the paper", "jpg",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("markup", line));
  }
}
