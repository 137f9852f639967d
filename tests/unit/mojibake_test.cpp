// mojibake: UTF-8 read through a legacy code page repaired span by span; look-alikes untouched.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pith/document.h"
#include "pith/normalize/mojibake.h"
#include "unit/normalize_support.h"
#include "unit/test_support.h"

using pith::test::Case;
using pith::test::normalized;

namespace {

void check_repairs(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    INFO(c->in);
    CHECK(normalized("mojibake", c->in) == c->out);
  }
}

}  // namespace

TEST_CASE("mojibake repairs Windows-1252 readings of dump lines in the six languages", "[normalize][mojibake]") {
  const Case cases[] = {
      {"Die Gewerkschaft kÃ¼ndigte fÃ¼r Donnerstag weitere Streiks an, die ZÃ¼ge fallen grÃ¶ÃŸtenteils aus.",
       "Die Gewerkschaft kündigte für Donnerstag weitere Streiks an, die Züge fallen größtenteils aus."},
      {"Les dÃ©putÃ©s ont adoptÃ© mardi le projet de loi, malgrÃ© lâ€™opposition de la gauche.",
       "Les députés ont adopté mardi le projet de loi, malgré l’opposition de la gauche."},
      {"El presidente anunciÃ³ un plan de inversiÃ³n de 3.000 millones para la regiÃ³n de CÃ¡diz.",
       "El presidente anunció un plan de inversión de 3.000 millones para la región de Cádiz."},
      {"Il sindaco ha firmato lâ€™ordinanza: cittÃ\u00A0 chiusa al traffico fino a venerdÃ¬.",
       "Il sindaco ha firmato l’ordinanza: città chiusa al traffico fino a venerdì."},
      {"A Prefeitura de SÃ£o Paulo decretou situaÃ§Ã£o de emergÃªncia apÃ³s as chuvas de terÃ§a.",
       "A Prefeitura de São Paulo decretou situação de emergência após as chuvas de terça."},
      {"The ministerâ€™s office said the talks would resume â€œas soon as possibleâ€\u009D â€” probably in May.",
       "The minister’s office said the talks would resume “as soon as possible” — probably in May."},
      {"Ãœber 300 BeschÃ¤ftigte streikten in KÃ¶ln; Ã–sterreich und die Schweiz prÃ¼fen Ã¤hnliche MaÃŸnahmen.",
       "Über 300 Beschäftigte streikten in Köln; Österreich und die Schweiz prüfen ähnliche Maßnahmen."},
      {"Â«Â Câ€™est trÃ¨s Ã©mouvantÂ Â», a dÃ©clarÃ© lâ€™Ã©lue. Lâ€™Ã‰tat paiera.",
       "«\u00A0C’est très émouvant\u00A0», a déclaré l’élue. L’État paiera."},
      {"Â¿HabrÃ¡ mÃ¡s cambios? Â¡SÃ\u00AD! EspaÃ±a creciÃ³ un 2,5Â % en AndalucÃ\u00ADa.",
       "¿Habrá más cambios? ¡Sí! España creció un 2,5\u00A0% en Andalucía."},
      {"Temperatures reached 40Â°C; prices start at Â£1,200 (about â‚¬1,400) for the modelâ„¢ Â© 2024.",
       "Temperatures reached 40°C; prices start at £1,200 (about €1,400) for the model™ © 2024."},
      {"La cittÃ\u00A0 Ã¨ stata colpita: piÃ¹ di 200 persone evacuate lunedÃ¬, perchÃ© la Liguria?",
       "La città è stata colpita: più di 200 persone evacuate lunedì, perché la Liguria?"},
      {"Polityka: Å‚Ã³dzkie szkoÅ‚y, Å›wiÄ™ta, zaÅ¼Ã³Å‚Ä‡ gÄ™Å›lÄ… jaÅºÅ„.",
       "Polityka: łódzkie szkoły, święta, zażółć gęślą jaźń."},
      {"Party time ðŸŽ‰ and ðŸ˜€ emoji", "Party time 🎉 and 😀 emoji"},
  };
  check_repairs(std::begin(cases), std::end(cases));
}

TEST_CASE("mojibake repairs text encoded twice or three times", "[normalize][mojibake]") {
  const Case cases[] = {
      {"Die Gewerkschaft kÃƒÂ¼ndigte fÃƒÂ¼r Donnerstag weitere Streiks an.",
       "Die Gewerkschaft kündigte für Donnerstag weitere Streiks an."},
      {"Les prix de lÃ¢â‚¬â„¢ÃƒÂ©nergie ont augmentÃƒÂ© de 12 % en un an.",
       "Les prix de l’énergie ont augmenté de 12 % en un an."},
      {"ÃƒÆ’Ã¢â‚¬â€œsterreich prÃƒÆ’Ã‚Â¼ft ÃƒÆ’Ã‚Â¤hnliche MaÃƒÆ’Ã…Â¸nahmen.",
       "Österreich prüft ähnliche Maßnahmen."},
      {"A situaÃƒÂ§ÃƒÂ£o Ã©", "A situação é"},  // two depths on one line
      {"en ÃƒÅ½le-de-France", "en Île-de-France"},    // the first reading ("ÃŽle") looks fine too
  };
  check_repairs(std::begin(cases), std::end(cases));
}

TEST_CASE("mojibake repairs Latin-1, MacRoman and Windows-1251 readings", "[normalize][mojibake]") {
  const Case cases[] = {
      // ISO-8859-1: the bytes 0x80–0x9F became C1 controls.
      {"Une Å\u0093uvre inÃ©dite, prÃ©sentÃ©e Ã\u00A0 lâ\u0080\u0099OpÃ©ra â\u0080\u0094 en premiÃ¨re mondiale.",
       "Une œuvre inédite, présentée à l’Opéra — en première mondiale."},
      {"Ã\u0081LVARO y Ã\u008DÃ±igo llegaron a Ã\u0081vila el miÃ©rcoles.",
       "ÁLVARO y Íñigo llegaron a Ávila el miércoles."},
      // MacRoman.
      {"Die B√ºrgermeisterin sagte, die Stra√üe bleibe bis M√§rz gesperrt.",
       "Die Bürgermeisterin sagte, die Straße bleibe bis März gesperrt."},
      {"Le gouvernement s‚Äôest engag√© √† r√©duire les d√©lais d√®s l‚Äô√©t√©.",
       "Le gouvernement s’est engagé à réduire les délais dès l’été."},
      {"Finance Minister Wolfgang Sch√§uble and Malm√∂", "Finance Minister Wolfgang Schäuble and Malmö"},
      // Windows-1251.
      {"The companyвЂ™s shares fell 4% вЂ” вЂњa difficult weekвЂќ, the CEO said.",
       "The company’s shares fell 4% — “a difficult week”, the CEO said."},
      {"Le cafГ© de la gare a fermГ© aprГЁs 40 ans.", "Le café de la gare a fermé après 40 ans."},
      // Cyrillic text read as Windows-1252.
      {"ÐœÐ¾Ñ\u0081ÐºÐ²Ð° Ð¸ ÐšÐ¸ÐµÐ²", "Москва и Киев"},
  };
  check_repairs(std::begin(cases), std::end(cases));
}

TEST_CASE("mojibake repairs spans beside correct characters on the same line", "[normalize][mojibake]") {
  const Case cases[] = {
      {"„Wir sind bereit“, sagte MÃ¼ller in München.", "„Wir sind bereit“, sagte Müller in München."},
      {"The café’s owner, JosÃ© NÃºÃ±ez, said “no” — twice.", "The café’s owner, José Núñez, said “no” — twice."},
      {"Mali’s ministry and the Stiftung fÃ¼r LÃ¤ndliche Entwicklung in SÃ©gou",
       "Mali’s ministry and the Stiftung für Ländliche Entwicklung in Ségou"},
      {"« Déjà vu », dit-elle Ã  lâ€™Ã©quipe.", "« Déjà vu », dit-elle à l’équipe."},
      {"Ñandú in Córdoba, Ã±andÃº in CÃ³rdoba", "Ñandú in Córdoba, ñandú in Córdoba"},
  };
  check_repairs(std::begin(cases), std::end(cases));
}

TEST_CASE("mojibake restores bytes that a later step lost", "[normalize][mojibake]") {
  const Case cases[] = {
      // 0xA0 (a no-break space) turned into a space: "Â " was U+00A0, "Ã " was "à".
      {"to the capital, BamakoÂ and its suburbs", "to the capital, Bamako\u00A0and its suburbs"},
      {"a distance of 10Â km", "a distance of 10\u00A0km"},
      {"Radia Maryja.Â  GÅ‚os", "Radia Maryja.\u00A0 Głos"},
      {"le rendez-vous Ã  Paris", "le rendez-vous à Paris"},
      {"le rendez-vous Ã Paris", "le rendez-vous à Paris"},  // the space after it collapsed too
      {"um alerta Ã s famÃ\u00ADlias", "um alerta às famílias"},  // Portuguese à + as
      {"chegou Ã quele ponto", "chegou àquele ponto"},
      {"la cittÃ chiusa e Ã sud", "la città chiusa e à sud"},
      // The 0x9D of a right double quote, undefined in Windows-1252: dropped or U+FFFD.
      {"He said â€œyesâ€ and left.", "He said “yes” and left."},
      {"He said â€œyesâ€\uFFFD and left.", "He said “yes” and left."},
  };
  check_repairs(std::begin(cases), std::end(cases));
}

TEST_CASE("mojibake leaves text that only looks similar byte-identical", "[normalize][mojibake]") {
  const char* near_misses[] = {
      // Real Ã and Â: Portuguese capitals, names, product codes.
      "NÃO ao aumento, diz o sindicato",
      "SÃO PAULO — A Bolsa caiu",
      "JOÃO E MARIA",
      "“A IRMÃ” foi lançada ontem",
      "O livro “AMANHÃ…” esgotou",
      "Model Â 300 in stock",
      "Part no. Â-12 and Ã-4",
      "Type ÂB-12 fits",
      "ÂÃÄ",
      "Ã",
      // Accented capitals before quotes, guillemets and soft hyphens.
      "Das Wort „MENÜ“ steht oben",
      "„Gruß“ heißt es",
      "« CAFÉ» en vitrine",
      "»MENÜ« und »GRÜN«",
      "„Äähm…“, sagte er",
      "die Stra\u00DF\u00ADe und der Fu\u00DF\u00ADball",
      "Ö–Ä",
      "MÜLLER’S and GARÇON’S",
      "DÜSSELDORF” and ÉTÉ»",
      "Österreich–Ungarn",
      // Other scripts and letters.
      "Москва — столица России.",
      "Тёмный лес и ёлка",
      "Україна: вії, їжак, Євген",
      "Αθήνα και Θεσσαλονίκη",
      "Tiếng Việt có dấu",
      "București, Sâmbătă, Timișoara",
      "Łódź, zażółć gęślą jaźń",
      "Příliš žluťoučký kůň úpěl",
      "İstanbul, Şişli, ağaç",
      "Þórður og Ærø, Øresund, Århus",
      "São Tomé e Príncipe; Äußerst, Ödland, Übersee; Ñandú y ÑOÑO; Æsop, Œuvre",
      // Signs and symbols in ordinary use.
      "© 2024 Reuters",
      "5°C à l’ombre, n° 5, nº 5, 1ª vez",
      "½ cup of sugar, x²+y³",
      "Brand™ and Brand®",
      "«Hola», dijo. ¿Qué? ¡Ya!",
      "Ça va ? À bientôt. È stato bello. Ô Brasil!",
      "√2 ≈ 1.41",
      "Smile 😀 please",
      "40 €, €40, £1, 12 °C",
  };
  for (const char* text : near_misses) {
    INFO(text);
    CHECK(normalized("mojibake", text) == text);
  }
}

TEST_CASE("mojibake records each repaired span with its text before and after", "[normalize][mojibake]") {
  pith::MojibakeNormalizer normalizer{pith::Config{}};
  std::string text = "fÃ¼r MÃ¼ller, lâ€™Ã©tÃ© and “fine” quotes";
  std::vector<pith::TextRepair> repairs;
  normalizer.apply_recorded(text, "mojibake", repairs);
  CHECK(text == "für Müller, l’été and “fine” quotes");
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"Ã¼", "ü"}, {"Ã¼", "ü"}, {"â€™Ã©", "’é"}, {"Ã©", "é"}};
  REQUIRE(repairs.size() == expected.size());
  for (std::size_t i = 0; i < repairs.size(); ++i) {
    CHECK(repairs[i].stage == "mojibake");
    CHECK(repairs[i].before == expected[i].first);
    CHECK(repairs[i].after == expected[i].second);
  }
  std::string clean = "für Müller";
  repairs.clear();
  normalizer.apply_recorded(clean, "mojibake", repairs);
  CHECK(repairs.empty());
}

TEST_CASE("mojibake shows its repairs under --explain and is switched off by --disable", "[normalize][mojibake][cli]") {
  const std::string dump = "Die Stiftung fÃ¼r LÃ¤ndliche Entwicklung in SÃ©gou.\n";
  auto repaired = pith::test::run_pith({"--input-format", "text"}, dump);
  CHECK(repaired.out == "Die Stiftung für Ländliche Entwicklung in Ségou.\n");
  auto explained = pith::test::run_pith({"--input-format", "text", "--explain", "--color", "never"}, dump);
  CHECK(explained.out.find("    ~ [mojibake] Ã¼ → ü\n") != std::string::npos);
  CHECK(explained.out.find("    ~ [mojibake] Ã© → é\n") != std::string::npos);
  auto disabled = pith::test::run_pith({"--input-format", "text", "--disable", "mojibake"}, dump);
  CHECK(disabled.out == dump);
}
