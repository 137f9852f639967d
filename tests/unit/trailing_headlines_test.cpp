// trailing-headlines: other stories' headlines standing with no header after the article's last
// paragraph, with only the residue earlier stages removed around them, go; headlines right under
// the last paragraph, short lines, and documents with no paragraph stay.
#include <catch2/catch.hpp>

#include "pith/filters/filter.h"
#include "unit/test_support.h"

using pith::test::document_of;

namespace {

/// Runs trailing-headlines over `lines`, where a line opening "[x] " (the mark is cut) stands
/// for residue an earlier stage removed; true for each line trailing-headlines removed.
std::vector<bool> trailing_removed(const std::vector<std::string>& lines) {
  std::vector<std::string> texts;
  std::vector<bool> earlier;
  for (const std::string& line : lines) {
    earlier.push_back(line.starts_with("[x] "));
    texts.push_back(earlier.back() ? line.substr(4) : line);
  }
  pith::Document doc = document_of(texts);
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (earlier[i]) pith::mark_removed(doc.blocks[i], "earlier");
  pith::find_filter("trailing-headlines")->make(pith::Config{})->apply(doc, "trailing-headlines");
  std::vector<bool> removed;
  for (const pith::Block& block : doc.blocks) removed.push_back(block.removed_by == "trailing-headlines");
  return removed;
}

const std::string k_pt_paragraph =
    "Douglas diz que o efeito Tóquio não pode ser desperdiçado e que a cidade precisa de uma pista digna.";
const std::string k_en_paragraph =
    "The council will publish the full list of closures on its website before the end of the month.";
const std::string k_de_paragraph =
    "Der Gemeinderat will im Herbst über den Bau eines zweiten Windrads entscheiden, sagte der Präsident.";

}  // namespace

TEST_CASE("trailing-headlines removes headlines among the closing residue", "[filter][trailing-headlines]") {
  // Between a comment notice and the copyright line (pt).
  CHECK(trailing_removed({"Pista de skate espera reforma", k_pt_paragraph,
                          "[x] Os comentários são de responsabilidade exclusiva de seus autores.",
                          "Joinville registra a madrugada mais fria do ano, com 3,8 °C no Pirabeiraba",
                          "Festa das Flores volta em novembro com ingressos a R$ 15",
                          "[x] © 2021 Portal Vale Notícias. Todos os direitos reservados."}) ==
        std::vector<bool>{false, false, false, true, true, false});
  // One headline closing the document, after a share row (en); a question is a headline too.
  CHECK(trailing_removed({"Public toilets to close", k_en_paragraph, "[x] Share: Facebook | X | Email",
                          "Could the old station become the town's new museum?"}) ==
        std::vector<bool>{false, false, false, true});
  // Residue between the headlines, and a headline in quotes (de).
  CHECK(trailing_removed({"Windpark: Gemeinde entscheidet im Herbst", k_de_paragraph,
                          "[x] Jetzt den Newsletter abonnieren",
                          "„Wir wurden nie gefragt“: Anwohner wehren sich gegen neue Stromleitung",
                          "[x] Anzeige", "Hagel zerstört Ernte in der Oststeiermark, Bauern fordern Hilfe"}) ==
        std::vector<bool>{false, false, false, true, false, true});
  // Spanish opens a question on '¿' (es).
  CHECK(trailing_removed({"Simulacro de tsunami", "La evacuación de la zona baja duró once minutos, dos menos que "
                          "en el ejercicio del año pasado.",
                          "[x] Síguenos en Instagram", "¿Qué hacer si suena la alarma de tsunami durante la noche?"}) ==
        std::vector<bool>{false, false, false, true});
}

TEST_CASE("trailing-headlines keeps what the article may close on", "[filter][trailing-headlines]") {
  // Right under the last paragraph, with no residue between: the article's own closing line.
  CHECK(trailing_removed({"Public toilets to close", k_en_paragraph,
                          "What the closures mean for visitors to the national park",
                          "[x] © 2021 Strathspey Herald"}) == std::vector<bool>{false, false, false, false});
  // Lines shorter than a story's headline: a crosshead, a sign-off.
  CHECK(trailing_removed({"Public toilets to close", k_en_paragraph, "[x] Share: Facebook | X | Email",
                          "Reporting by Jane Roe"}) == std::vector<bool>{false, false, false, false});
  // A paragraph after the residue: the headline-shaped line above it belongs to the article.
  CHECK(trailing_removed({"Public toilets to close", k_en_paragraph, "[x] Advertisement",
                          "What the closures mean for visitors to the national park",
                          "Visitors will find the nearest open toilets at the station and the library."}) ==
        std::vector<bool>{false, false, false, false, false});
  // No paragraph to close: a document of headlines is a list, not an article with residue.
  CHECK(trailing_removed({"Festa das Flores volta em novembro com ingressos a R$ 15", "[x] Publicidade",
                          "Joinville registra a madrugada mais fria do ano, com 3,8 °C no Pirabeiraba"}) ==
        std::vector<bool>{false, false, false});
  // A sentence ending on a stop is no headline.
  CHECK(trailing_removed({"Public toilets to close", k_en_paragraph, "[x] Advertisement",
                          "The toilets at the harbour will stay open until the end of October."}) ==
        std::vector<bool>{false, false, false, false});
}

TEST_CASE("trailing-headlines leaves a table's rows and an HTML page's last blocks", "[filter][trailing-headlines]") {
  // A table's rows after the article read as headlines once flattened.
  CHECK(trailing_removed({"Public toilets to close", k_en_paragraph, "[x] Advertisement",
                          "Aberconwy | Robin Millar | robin.millar.mp@parliament.uk",
                          "Aldershot | Leo Docherty | leo.docherty.mp@parliament.uk"}) ==
        std::vector<bool>{false, false, false, false, false});
  // A page's DOM tells its related lists by their links: the stage reads plain text only.
  pith::Document page = document_of({"Public toilets to close", k_en_paragraph, "Advertisement",
                                     "African Americans hit hard by coronavirus in Chicago and Detroit"});
  page.kind = pith::InputKind::html;
  pith::mark_removed(page.blocks[2], "earlier");
  pith::find_filter("trailing-headlines")->make(pith::Config{})->apply(page, "trailing-headlines");
  CHECK(page.blocks[3].kept());
}
