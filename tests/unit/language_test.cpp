// Language identification: fixtures and dev records come out in their language, short texts
// get weak scores, declared languages the text contradicts move aside, --language selects.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <span>
#include <string>

#include "pith/language/identify.h"
#include "pith/language/word_lists.h"
#include "pith/output/writers.h"
#include "pith/pipeline.h"
#include "unit/test_support.h"

namespace fs = std::filesystem;

namespace {

pith::Document cleaned(const std::string& bytes, const std::string& name) {
  std::string err;
  auto pipeline = pith::Pipeline::create(pith::Config{}, &err);
  REQUIRE(pipeline);
  pith::Document doc;
  REQUIRE(pipeline->clean(bytes, name, &doc, &err));
  return doc;
}

/// An HTML page declaring `lang` around paragraphs `body`.
std::string page(const std::string& lang, const std::string& body) {
  return "<!doctype html><html lang=\"" + lang + "\"><head><title>T</title></head><body><article>" + body +
         "</article></body></html>";
}

}  // namespace

TEST_CASE("every text fixture comes out in the language its name gives", "[language]") {
  // fixtures/text-<language>-<topic>/: German, Spanish, French, Italian, Portuguese, English.
  int seen = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(pith::test::source_dir()) / "fixtures")) {
    std::string name = entry.path().filename().string();
    if (!name.starts_with("text-") || name.size() < 8 || name[7] != '-') continue;
    std::string expected = name.substr(5, 2);
    INFO(name);
    pith::Document doc = cleaned(pith::test::read_file((entry.path() / "input.txt").string()), name);
    CHECK(doc.meta.language == expected);
    REQUIRE(doc.meta.language_score);
    CHECK(*doc.meta.language_score >= pith::k_reliable_language_score);
    ++seen;
  }
  CHECK(seen >= 12);
}

TEST_CASE("the English dev records come out English", "[language]") {
  fs::path dev = fs::path(pith::test::source_dir()) / ".." / "shared" / "bench" / "text-dumps" /
                 "fakenewscorpus-dev.jsonl";
  if (!fs::exists(dev)) {
    WARN("skipped: " << dev << " is absent");
    return;
  }
  auto result = pith::test::run_pith({"-i", "jsonl", "-q", "-j", "1", dev.string()});
  REQUIRE(result.status == 0);
  int records = 0, english = 0;
  std::size_t at = 0;
  while ((at = result.out.find("\"language\":", at)) != std::string::npos) {
    ++records;
    if (result.out.compare(at, 15, "\"language\":\"en\"") == 0) ++english;
    at += 11;
  }
  CHECK(records >= 150);
  CHECK(english == records);
}

TEST_CASE("identify_language names the language of a paragraph in each of the six", "[language]") {
  const std::pair<const char*, const char*> cases[] = {
      {"The city council voted on Tuesday to extend the bus lanes on the main road, despite objections from "
       "shop owners who said the works would drive customers away.",
       "en"},
      {"Der Stadtrat hat am Dienstag beschlossen, die Busspuren auf der Hauptstraße zu verlängern, obwohl "
       "Ladenbesitzer befürchten, dass die Bauarbeiten Kunden vertreiben.",
       "de"},
      {"El ayuntamiento aprobó el martes ampliar los carriles bus de la avenida principal, pese a las quejas de "
       "los comerciantes, que temen perder clientes durante las obras.",
       "es"},
      {"Le conseil municipal a voté mardi l'extension des voies de bus sur l'avenue principale, malgré les "
       "critiques des commerçants qui craignent de perdre des clients.",
       "fr"},
      {"Il consiglio comunale ha approvato martedì l'estensione delle corsie preferenziali sulla via principale, "
       "nonostante le proteste dei commercianti che temono di perdere clienti.",
       "it"},
      {"A câmara municipal aprovou na terça-feira a ampliação das faixas de ônibus na avenida principal, apesar "
       "das queixas dos comerciantes, que temem perder clientes durante as obras.",
       "pt"},
      {"Городской совет во вторник проголосовал за продление автобусных полос на главной улице, несмотря на "
       "возражения владельцев магазинов.",
       "ru"},
      {"ההחלטה התקבלה ביום שלישי לאחר דיון ארוך במועצת העיר, למרות התנגדות של בעלי החנויות ברחוב הראשי.", "he"},
  };
  for (const auto& [text, language] : cases) {
    INFO(text);
    pith::LanguageGuess guess = pith::identify_language(text);
    CHECK(guess.language == language);
    CHECK(guess.score >= pith::k_reliable_language_score);
    CHECK(guess.score <= 1.0);
  }
}

TEST_CASE("short texts get no language or a weak score", "[language]") {
  for (const char* text : {"", "   ", "12 345 678", "!!! ... ???", "OK", "Read more"}) {
    INFO(text);
    pith::LanguageGuess guess = pith::identify_language(text);
    CHECK(guess.language.empty());
    CHECK(guess.score == 0);
  }
  // CLD2 calls these reliable; under k_min_language_letters letters pith does not.
  for (const char* text : {"Danke schön", "Merci beaucoup", "By Looking at Lyme Disease on Friday Dec 29"}) {
    INFO(text);
    pith::LanguageGuess guess = pith::identify_language(text);
    CHECK(guess.letters < pith::k_min_language_letters);
    CHECK(guess.score < pith::k_reliable_language_score);
  }
  pith::Document doc = cleaned("Danke schön\n", "short.txt");
  REQUIRE(doc.meta.language_score);
  CHECK(*doc.meta.language_score < pith::k_reliable_language_score);
}

TEST_CASE("a declared language the text contradicts gives way and is kept as declared", "[language]") {
  const std::string german =
      "<p>Der Stadtrat hat am Dienstag beschlossen, die Busspuren auf der Hauptstraße zu verlängern, obwohl "
      "Ladenbesitzer befürchten, dass die Bauarbeiten Kunden vertreiben.</p>"
      "<p>Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, teilte die Stadt mit.</p>";
  pith::Document contradicted = cleaned(page("en", german), "p.html");
  CHECK(contradicted.meta.language == "de");
  CHECK(contradicted.meta.declared_language == "en");
  REQUIRE(contradicted.meta.language_score);

  pith::Document agreed = cleaned(page("de-AT", german), "p.html");
  CHECK(agreed.meta.language == "de-AT");  // the text agrees: the page's tag stands, region and all
  CHECK(agreed.meta.declared_language == "de-AT");
  CHECK(agreed.meta.language_score);

  // Too little text to contradict anything: the declaration stands, with no score.
  pith::Document short_page = cleaned(page("fr", "<p>Bonjour</p>"), "p.html");
  CHECK(short_page.meta.language == "fr");
  CHECK(short_page.meta.declared_language == "fr");
  CHECK_FALSE(short_page.meta.language_score);

  pith::Document text = cleaned("Der Stadtrat hat am Dienstag beschlossen, die Busspuren zu verlängern.\n", "t.txt");
  CHECK(text.meta.declared_language.empty());
}

TEST_CASE("JSON carries language, language_score and declared_language", "[language][output]") {
  auto html = pith::test::run_pith({"--format", "jsonl"},
                                   page("en", "<p>Der Stadtrat hat am Dienstag beschlossen, die Busspuren auf der "
                                              "Hauptstraße zu verlängern, obwohl Ladenbesitzer protestieren.</p>"));
  CHECK(html.out.find("\"language\":\"de\",\"language_score\":0.") != std::string::npos);
  CHECK(html.out.find("\"declared_language\":\"en\"") != std::string::npos);
  auto text = pith::test::run_pith({"--format", "jsonl", "--input-format", "text"}, "Hello\n");
  CHECK(text.out.find("\"language\":null,\"language_score\":null,\"declared_language\":null") != std::string::npos);
}

TEST_CASE("primary_language_subtag keeps the language of a BCP 47 tag", "[language]") {
  const std::pair<const char*, const char*> cases[] = {
      {"en", "en"}, {"EN", "en"}, {"pt-BR", "pt"}, {"zh_Hant", "zh"}, {"gsw", "gsw"}, {"de-CH-1996", "de"},
      {"", ""},     {"e", ""},    {"english", ""}, {"12", ""},         {"x-klingon", ""}, {" en", ""},
  };
  for (const auto& [tag, primary] : cases) {
    INFO(tag);
    CHECK(pith::primary_language_subtag(tag) == primary);
  }
}

TEST_CASE("language_wanted keeps listed languages and says why others go", "[language]") {
  pith::Config config;
  pith::Document doc;
  doc.meta.language = "fr";
  std::string reason;
  CHECK(pith::language_wanted(doc, config, &reason));  // no --language: everything
  config.languages = {"de", "fr"};
  CHECK(pith::language_wanted(doc, config, &reason));
  config.languages = {"de", "es"};
  CHECK_FALSE(pith::language_wanted(doc, config, &reason));
  CHECK(reason == "language fr is not one of de, es");
  doc.meta.language.clear();
  CHECK_FALSE(pith::language_wanted(doc, config, &reason));
  CHECK(reason.find("language not identified") == 0);
}

TEST_CASE("option --language skips documents and records in other languages", "[language][cli]") {
  std::string french = pith::test::read_file(pith::test::source_dir() + "/fixtures/text-fr-energie-prix/input.txt");
  auto skipped = pith::test::run_pith({"--language", "de,es"}, french);
  CHECK(skipped.status == 0);
  CHECK(skipped.out.empty());
  CHECK(skipped.err.find("skipped: language fr is not one of de, es") != std::string::npos);
  auto quiet = pith::test::run_pith({"--language", "de", "--quiet"}, french);
  CHECK(quiet.err.empty());
  auto kept = pith::test::run_pith({"--language", "DE,fr"}, french);
  CHECK(kept.out.find("Les tarifs") != std::string::npos);

  // Batch records keep their place: a skipped one is its id, its fields and the reason.
  std::string records =
      "{\"id\":1,\"text\":\"Der Stadtrat hat am Dienstag beschlossen, die Busspuren auf der Hauptstra\\u00dfe zu "
      "verl\\u00e4ngern, obwohl Ladenbesitzer protestieren.\"}\n"
      "{\"id\":2,\"src\":\"x\",\"text\":\"The city council voted on Tuesday to extend the bus lanes on the main "
      "road, despite objections from shop owners.\"}\n";
  auto batch = pith::test::run_pith({"-i", "jsonl", "-q", "--language", "de"}, records);
  CHECK(batch.status == 0);
  REQUIRE(std::count(batch.out.begin(), batch.out.end(), '\n') == 2);
  CHECK(batch.out.find("{\"id\":1,") == 0);
  CHECK(batch.out.find("\"language\":\"de\"") != std::string::npos);
  CHECK(batch.out.find("{\"id\":2,\"src\":\"x\",\"skipped\":\"language en is not one of de\"}\n") !=
        std::string::npos);
  // The summary counts the skip by its reason, --language, never as a short text.
  auto told = pith::test::run_pith({"-i", "jsonl", "--language", "de"}, records);
  CHECK(told.err.find("1 skipped (not in a --language asked for)") != std::string::npos);
  CHECK(told.err.find("min-chars") == std::string::npos);

  auto bad = pith::test::run_pith({"--language", "german1"}, french);
  CHECK(bad.status == 2);
  // Tags of the right shape that no identified text can carry are refused too, with a hint.
  for (const char* tag : {"xx", "qq", "zz-ZZ", "abc"}) {
    INFO(tag);
    auto unknown = pith::test::run_pith({"--language", tag}, french);
    CHECK(unknown.status == 2);
    CHECK(unknown.err.find("is not a language pith can identify") != std::string::npos);
  }
  for (const char* tag : {"fr", "pt-BR", "zh", "he", "haw"}) {
    INFO(tag);
    CHECK(pith::is_identifiable_language(pith::primary_language_subtag(tag)));
  }
}

TEST_CASE("list_languages picks the identified language's lists, or all of them", "[language]") {
  using pith::ListLanguage;
  using pith::ListLanguages;
  struct Row {
    const char* language;
    std::optional<double> score;
    ListLanguages expected;
  };
  const ListLanguages german = ListLanguages::only(ListLanguage::de) | ListLanguages::only(ListLanguage::en);
  const Row rows[] = {
      {"de", 0.99, german},
      {"de", 0.5, german},
      {"en", 0.9, ListLanguages::only(ListLanguage::en)},
      {"pt", 0.8, ListLanguages::only(ListLanguage::pt) | ListLanguages::only(ListLanguage::en)},
      {"de", 0.3, ListLanguages::all()},          // a weak guess
      {"de", std::nullopt, ListLanguages::all()},  // only declared
      {"ru", 0.99, ListLanguages::all()},          // no lists for it
      {"", std::nullopt, ListLanguages::all()},
  };
  for (const Row& row : rows) {
    INFO(row.language << " " << row.score.value_or(-1));
    pith::Document doc;
    doc.meta.language = row.language;
    doc.meta.language_score = row.score;
    CHECK(pith::list_languages(doc) == row.expected);
  }
  constexpr std::string_view en[] = {"advertisement"}, de[] = {"anzeige"};
  const pith::LanguageWords lists[] = {{ListLanguage::en, en}, {ListLanguage::de, de}};
  auto says = [](std::string_view word) {
    return [word](std::span<const std::string_view> words) {
      return std::find(words.begin(), words.end(), word) != words.end();
    };
  };
  CHECK(pith::any_list(german, lists, says("anzeige")));
  CHECK_FALSE(pith::any_list(ListLanguages::only(ListLanguage::fr), lists, says("anzeige")));
  CHECK(pith::any_list(ListLanguages::all(), lists, says("advertisement")));
}
