// boilerplate: the features (several wordings, six languages), the model file, and the stage
// (page furniture goes, headings, questions and quotes inside an article stay).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "pith/filters/boilerplate.h"
#include "pith/filters/boilerplate_data.h"
#include "pith/filters/boilerplate_words.h"
#include "pith/pipeline.h"
#include "unit/test_support.h"

using namespace pith;
using namespace pith::boilerplate;

namespace {

std::size_t lang(std::string_view code) {
  for (std::size_t i = 0; i < std::size(boilerplate_data::k_languages); ++i)
    if (boilerplate_data::k_languages[i] == code) return i;
  FAIL("no language " << code);
  return 0;
}

/// Runs the whole pipeline over `lines` as a text document; the texts removed by boilerplate.
/// The (text, reason) of every line the boilerplate stage alone removes from `lines` under `config`.
std::vector<std::pair<std::string, std::string>> removals(const std::vector<std::string>& lines, Config config) {
  config.only = {"boilerplate"};
  std::string err;
  auto pipeline = Pipeline::create(config, &err);
  REQUIRE(pipeline);
  Document doc = test::document_of(lines);
  pipeline->run_stages(doc);
  std::vector<std::pair<std::string, std::string>> out;
  for (const Block& block : doc.blocks)
    if (block.removed_by == "boilerplate") out.emplace_back(block.text, block.reason);
  return out;
}

/// The lines the stage removes at `threshold`, and the reason of the last of them in `reason`.
std::vector<std::string> removed_by_stage(const std::vector<std::string>& lines, float threshold,
                                          std::string* reason = nullptr) {
  Config config;
  config.boilerplate_threshold = threshold;
  std::vector<std::string> out;
  for (auto& [text, why] : removals(lines, config)) {
    out.push_back(text);
    if (reason) *reason = why;
  }
  return out;
}

}  // namespace

TEST_CASE("stop words are counted in the six languages", "[boilerplate]") {
  struct Case {
    const char* line;
    const char* language;
    unsigned at_least;
  };
  for (const Case& c : std::vector<Case>{
           {"The council said that it would meet again in the spring.", "en", 6},
           {"Der Rat sagte, dass er sich im Frühjahr wieder treffen werde.", "de", 5},
           {"Über die Pläne wurde nicht gesprochen.", "de", 3},  // Ü folds to ü
           {"El consejo dijo que se reuniría de nuevo en la primavera.", "es", 5},
           {"Le conseil a dit qu'il se réunirait de nouveau au printemps.", "fr", 6},  // qu'il: qu + il
           {"Il consiglio ha detto che si riunirà dell'anno prossimo in primavera.", "it", 6},
           {"O conselho disse que se reuniria de novo na primavera.", "pt", 5},
       }) {
    INFO(c.line);
    LineCounts counts = count_line(c.line);
    CHECK(counts.stop[lang(c.language)] >= c.at_least);
  }
}

TEST_CASE("a line's byte classes are counted as one byte at a time would", "[boilerplate]") {
  // The reference: each byte by itself, as the feature table defines the counts.
  auto reference = [](std::string_view text) {
    LineCounts c;
    for (std::size_t i = 0; i < text.size(); ++i) {
      auto b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) {
        ++c.chars;
        if (b >= 'A' && b <= 'Z') ++c.upper, ++c.letters;
        else if (b >= 'a' && b <= 'z') ++c.letters;
        else if (b >= '0' && b <= '9') ++c.digits;
        else if (b > ' ' && b < 0x7F) ++c.punct;
      } else if (b >= 0xC0) {
        ++c.chars, ++c.letters;
        auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0xFF;
        if (b == 0xC3 && next <= 0x9E && next != 0x97) ++c.upper;
      }
    }
    return c;
  };
  std::string long_line;  // over the 255-byte runs the counts are taken in
  for (int i = 0; i < 40; ++i) long_line += "Über 12 «Ärzte» × 3 sagten: ÉTÉ, naïve! ";
  for (const std::string& line :
       {std::string("The council met on 12 May 2024, said Dr. O'Neil."), std::string("ÜBER DIE PLÄNE × 2 — ÉTÉ"),
        std::string("«Ver más» {x} [y] | ~ ` ^ _"), std::string("\tTabs\x7F and DEL\x01"), std::string("Ã"),
        std::string(300, 'a'), std::string(256, '!'), long_line}) {
    INFO(line);
    LineCounts got = count_line(line), want = reference(line);
    CHECK(got.chars == want.chars);
    CHECK(got.letters == want.letters);
    CHECK(got.upper == want.upper);
    CHECK(got.digits == want.digits);
    CHECK(got.punct == want.punct);
  }
}

TEST_CASE("the word table finds words of every length in any case", "[boilerplate]") {
  const std::string letters = "abcdefghijklmnopq";
  WordTable words;
  for (std::size_t n = 1; n <= k_max_word_bytes; ++n) words.add(letters.substr(0, n), k_navigation);
  words.add("über", k_call_word);
  for (std::size_t n = 1; n <= k_max_word_bytes; ++n) {
    std::string word = letters.substr(0, n), shouted = word, other = word;
    for (char& c : shouted) c = static_cast<char>(c - 32);
    other.back() = 'z';
    INFO(word);
    CHECK(words.flags(word) == k_navigation);
    CHECK(words.flags(shouted) == k_navigation);
    CHECK(words.flags(other) == 0);
  }
  CHECK(words.flags(letters) == 0);  // 17 bytes: over k_max_word_bytes
  CHECK(words.flags("ÜBER") == k_call_word);
  CHECK(words.flags("Über") == k_call_word);
  CHECK(words.flags("übe") == 0);
}

TEST_CASE("imperative calls are seen in the six languages, not in prose", "[boilerplate]") {
  for (const char* line : {"Subscribe to our YouTube channel.", "Click here to download the report",
                           "Please share this article", "* Donate today", "Abonnieren Sie unseren Kanal",
                           "Suscríbete a nuestro boletín", "Abonnez-vous à notre lettre", "Iscriviti alla newsletter",
                           "Assine a nossa newsletter", "Teilen Sie diesen Artikel"}) {
    INFO(line);
    CHECK(count_line(line).opens_call);
  }
  for (const char* line : {"The subscription numbers rose last year.", "Donations to the party fell.",
                           "Clicks are not readers, the editor said.", "Die Abonnenten wurden mehr."}) {
    INFO(line);
    CHECK_FALSE(count_line(line).opens_call);
  }
}

TEST_CASE("the line's marks are told apart", "[boilerplate]") {
  CHECK(count_line("See http://example.com/a for more").has_url);
  CHECK(count_line("Visit www.example.org today").has_url);
  CHECK(count_line("Details at example.com/report").has_url);
  CHECK_FALSE(count_line("The U.S. economy grew 2.5 percent.").has_url);
  CHECK(count_line("She can be reached at jroe@example.com.").has_email);
  CHECK_FALSE(count_line("Follow @janedoe for updates").has_email);
  CHECK(count_line("Follow @janedoe for updates").has_handle);
  CHECK(count_line("Join the debate with #ClimateWeek").has_hashtag);
  CHECK_FALSE(count_line("He was ranked #1 in the poll.").has_hashtag);
  CHECK(count_line("Tags: politics, economy").label_colon);
  CHECK(count_line("Filed under: Local, Fire").label_colon);
  CHECK_FALSE(count_line("At 10:30 the meeting began: nobody came.").label_colon);
  CHECK_FALSE(count_line("http://example.com").label_colon);
  CHECK(count_line("He said \"we will not stop.\"").ends_terminal);
  CHECK(count_line("Was it worth it?").question);
  CHECK(count_line("Home | About | Contact").separators == 2);
  CHECK(count_line("* Economy").opens_bullet);
  CHECK(count_line("12. The last point").opens_bullet);
  CHECK_FALSE(count_line("12.5 million people voted.").opens_bullet);
  CHECK(count_line("“We will not stop,” she said.").opens_quote);
  CHECK(count_line("[logo.svg]").bracketed);
  CHECK(count_line("© 2024 Example Media").has_copyright);
  for (const char* line : {"Copyright 2024 Example Media", "COPYRIGHT NOTICE", "cOpYrIgHt", "(c) copyrighted"})
    CHECK(count_line(line).has_copyright);
  for (const char* line : {"copy right", "Copyrigh t", "c o p y r i g h t", "copyrite"}) CHECK_FALSE(count_line(line).has_copyright);
  CHECK(count_line("You can help: your donation counts").second_person == 2);
}

TEST_CASE("a line's words count the same wherever they sit: across 64-byte blocks, at its end, in long lines",
          "[boilerplate]") {
  // A line of pieces joined by white space counts what the pieces count one by one.
  const std::vector<std::string> pieces = {
      "The", "council", "said,", "\"you'll", "see\"", "über", "ÜBER", "Über", "l'homme", "dell’anno", "@janedoe",
      "#ClimateWeek", "2024", "U.S.", "«Ver", "más»", "|", "•", "abcdefghijklmnop", "abcdefghijklmnopq",
      "subscribe", "Impressum", "x", "jroe@example.com", "example.com/report", "don't", "DIE", "que", "(Reuters),"};
  std::mt19937 random(7);
  for (std::size_t length : {1, 2, 5, 13, 40, 300}) {
    std::string line;
    LineCounts want;
    for (std::size_t i = 0; i < length; ++i) {
      const std::string& piece = pieces[random() % pieces.size()];
      std::string space = std::string(1 + random() % 3, " \t"[random() % 2]);
      LineCounts one = count_line(piece);
      want.words += one.words, want.title_words += one.title_words, want.separators += one.separators;
      want.second_person += one.second_person, want.navigation += one.navigation;
      for (std::size_t l = 0; l < want.stop.size(); ++l) want.stop[l] += one.stop[l];
      want.chars += one.chars + static_cast<std::uint32_t>(space.size());
      want.letters += one.letters, want.upper += one.upper, want.digits += one.digits, want.punct += one.punct;
      line += space + piece;
    }
    for (std::size_t shift = 0; shift < 70; shift += 23) {  // the words at other offsets
      std::string shifted = std::string(shift, ' ') + line;
      INFO(shifted);
      LineCounts got = count_line(shifted);
      CHECK(got.words == want.words);
      CHECK(got.title_words == want.title_words);
      CHECK(got.separators == want.separators);
      CHECK(got.second_person == want.second_person);
      CHECK(got.navigation == want.navigation);
      CHECK(got.stop == want.stop);
      CHECK(got.chars == want.chars + shift);
      CHECK(got.letters == want.letters);
      CHECK(got.upper == want.upper);
      CHECK(got.digits == want.digits);
      CHECK(got.punct == want.punct);
    }
  }
  // Over 63 blocks of 64 bytes, where the byte counters are summed in groups.
  LineCounts one = count_line("The council met. ");
  LineCounts many = count_line([] {
    std::string s;
    for (int i = 0; i < 400; ++i) s += "The council met. ";
    return s;
  }());
  CHECK(many.words == 400 * one.words);
  CHECK(many.chars == 400 * one.chars);
  CHECK(many.upper == 400 * one.upper);
  CHECK(many.punct == 400 * one.punct);
  CHECK(many.stop[lang("en")] == 400 * one.stop[lang("en")]);
}

TEST_CASE("the document's language is the reliably identified one, else picked by stop-word coverage",
          "[boilerplate]") {
  Document de = test::document_of({"Der Rat sagte am Montag, dass er sich im Frühjahr wieder treffen werde.",
                                   "Die Stadt will die Pläne nicht weiter verfolgen, hieß es."});
  CHECK(document_features(de).language == static_cast<int>(lang("de")));
  Document fr = test::document_of({"Le conseil a dit qu'il se réunirait de nouveau au printemps.",
                                   "La ville ne veut pas poursuivre ces projets, a-t-on appris."});
  CHECK(document_features(fr).language == static_cast<int>(lang("fr")));
  // A reliable identification of one of the six is taken as it is (language_score >= 0.5).
  fr.meta.language = "it";
  fr.meta.language_score = 0.9;
  CHECK(document_features(fr).language == static_cast<int>(lang("it")));
  fr.meta.language = "en";
  CHECK(document_features(fr).language == static_cast<int>(lang("en")));
  // A weak guess, a tag without a score (only declared) or a language without lists: coverage.
  fr.meta.language = "it";
  fr.meta.language_score = 0.3;
  CHECK(document_features(fr).language == static_cast<int>(lang("fr")));
  fr.meta.language_score.reset();
  CHECK(document_features(fr).language == static_cast<int>(lang("fr")));
  fr.meta.language = "nl";
  fr.meta.language_score = 0.9;
  CHECK(document_features(fr).language == static_cast<int>(lang("fr")));
  Document pl = test::document_of({"Rada powiedziała w poniedziałek, że spotka się ponownie wiosną."});
  CHECK(document_features(pl).language == -1);
  pl.meta.language = "pl";
  pl.meta.language_score = 0.99;
  CHECK(document_features(pl).language == -1);
}

TEST_CASE("every feature has a name, a measure and both phrases", "[boilerplate]") {
  for (const FeatureInfo& info : feature_table()) {
    INFO(info.name);
    CHECK(feature_index(info.name) == static_cast<int>(info.id));
    CHECK_FALSE(info.measures.empty());
    CHECK_FALSE(info.high.empty());
    CHECK_FALSE(info.low.empty());
  }
}

namespace {
/// A model file over every feature of the table with `trees` after "base 0.5".
std::string model_file(const std::string& trees) {
  std::string text = "pith-boilerplate-model 2\n";
  for (const FeatureInfo& info : feature_table()) text += "feature " + std::string(info.name) + " 0\n";
  return text + "base 0.5\n" + trees;
}
}  // namespace

TEST_CASE("the shipped model parses, and broken model files are refused with the line", "[boilerplate]") {
  Model model;
  std::string err;
  REQUIRE(Model::parse(boilerplate_data::model_text(), &model, &err));
  CHECK(model.tree_count() > 0);
  CHECK_FALSE(Model::parse("base 1\n", &model, &err));
  CHECK(err.find("line 1") != std::string::npos);
  CHECK_FALSE(Model::parse("pith-boilerplate-model 2\nfeature log_chars 0\nbase 0\ntree\nleaf 1\n", &model, &err));
  CHECK(err.find("features") != std::string::npos);
  CHECK_FALSE(Model::parse("pith-boilerplate-model 2\nfeature not_a_feature 0\n", &model, &err));
  CHECK(err.find("log_chars") != std::string::npos);
  CHECK_FALSE(Model::parse(model_file(""), &model, &err));
  CHECK(err.find("no trees") != std::string::npos);
  CHECK_FALSE(Model::parse(model_file("tree\nsplit 0 1.5 1 7 0\nleaf 1\nleaf 2\n"), &model, &err));
  CHECK(err.find("points outside its tree") != std::string::npos);
  CHECK_FALSE(Model::parse(model_file("tree\nsplit 9999 1.5 1 2 0\nleaf 1\nleaf 2\n"), &model, &err));
  CHECK(err.find("split FEATURE") != std::string::npos);
  CHECK_FALSE(Model::parse(model_file("leaf 1\n"), &model, &err));
  CHECK(err.find("before the first") != std::string::npos);
}

TEST_CASE("a model's trees add up their leaves, and --explain names the splits that pushed", "[boilerplate]") {
  // Tree 1 splits on log_chars, tree 2 on ends_terminal; a short line without a full stop
  // reaches the positive leaf of both.
  auto index = [](std::string_view name) { return std::to_string(feature_index(name)); };
  Model model;
  std::string err;
  REQUIRE(Model::parse(model_file("tree\nsplit " + index("log_chars") + " 3 1 2 0\nleaf 2\nleaf -2\n" +
                                  "tree\nsplit " + index("ends_terminal") + " 0.5 1 2 0\nleaf 1\nleaf -1\n"),
                       &model, &err));
  INFO(err);
  FeatureVector short_bare{}, long_sentence{};
  short_bare[static_cast<std::size_t>(Feature::log_chars)] = 2;
  long_sentence[static_cast<std::size_t>(Feature::log_chars)] = 5;
  long_sentence[static_cast<std::size_t>(Feature::ends_terminal)] = 1;
  CHECK(model.score(short_bare) == Approx(1 / (1 + std::exp(-3.5))));
  CHECK(model.score(long_sentence) == Approx(1 / (1 + std::exp(2.5))));
  auto reasons = model.top_reasons(short_bare, 3);
  REQUIRE(reasons.size() == 2);
  CHECK(reasons[0].first == Feature::log_chars);  // pushed by 2, ends_terminal by 1
  CHECK(reasons[1].first == Feature::ends_terminal);
  CHECK(model.top_reasons(long_sentence, 3).empty());
}

TEST_CASE("trees of uneven depth, and trees too deep for the complete layout, score their leaves", "[boilerplate]") {
  auto index = [](std::string_view name) { return std::to_string(feature_index(name)); };
  auto at = [](float log_chars, float ends_terminal) {
    FeatureVector x{};
    x[static_cast<std::size_t>(Feature::log_chars)] = log_chars;
    x[static_cast<std::size_t>(Feature::ends_terminal)] = ends_terminal;
    return x;
  };
  auto z_of = [](const Model& model, const FeatureVector& x) { return -std::log(1 / model.score(x) - 1); };
  // A leaf at depth 1 beside a split at depth 1: the complete layout spreads it over two leaves.
  Model uneven;
  std::string err;
  REQUIRE(Model::parse(model_file("tree\nsplit " + index("log_chars") + " 3 1 2 0\nleaf 2\nsplit " +
                                  index("ends_terminal") + " 0.5 3 4 0\nleaf 1\nleaf -1\n"),
                       &uneven, &err));
  CHECK(z_of(uneven, at(2, 1)) == Approx(2.5));
  CHECK(z_of(uneven, at(5, 1)) == Approx(-0.5));
  CHECK(z_of(uneven, at(5, 0)) == Approx(1.5));
  // A chain of 12 splits (deeper than the complete layout takes): split k sends log_chars up
  // to k + 0.5 to a leaf of value k.
  std::string chain = "tree\n";
  for (int k = 0; k < 12; ++k)
    chain += "split " + index("log_chars") + " " + std::to_string(k) + ".5 " + std::to_string(2 * k + 1) + " " +
             std::to_string(2 * k + 2) + " 0\nleaf " + std::to_string(k) + "\n";
  chain += "leaf 9\n";
  Model deep;
  REQUIRE(Model::parse(model_file(chain), &deep, &err));
  CHECK(z_of(deep, at(5, 0)) == Approx(5.5));
  CHECK(z_of(deep, at(0, 0)) == Approx(0.5));
  CHECK(z_of(deep, at(20, 0)) == Approx(9.5).epsilon(1e-2));
}

TEST_CASE("four lines scored at once score as each alone, to the bit", "[boilerplate]") {
  // The shipped model and an uneven one (a leaf above the last level), over lines whose
  // features fall on both sides of the splits and on the thresholds themselves.
  auto index = [](std::string_view name) { return std::to_string(feature_index(name)); };
  Model uneven;
  std::string err;
  REQUIRE(Model::parse(model_file("tree\nsplit " + index("log_chars") + " 3 1 2 0\nleaf 2\nsplit " +
                                  index("ends_terminal") + " 0.5 3 4 0\nleaf 1\nleaf -1.25\n"),
                       &uneven, &err));
  std::vector<FeatureVector> lines(23);
  std::uint32_t state = 12345;  // a fixed linear congruential sequence: the same lines every run
  for (std::size_t n = 0; n < lines.size(); ++n)
    for (std::size_t f = 0; f < k_feature_count; ++f) {
      state = state * 1664525u + 1013904223u;
      lines[n][f] = static_cast<float>(state >> 8) / static_cast<float>(1u << 24) * 6.0f - 1.0f;
      if (n % 5 == 0) lines[n][f] = std::round(lines[n][f] * 2) / 2;  // on the half steps splits use
    }
  for (const Model* model : {&Model::shipped(), static_cast<const Model*>(&uneven)}) {
    for (std::size_t n = 0; n + 4 <= lines.size(); ++n) {
      const FeatureVector* four[4] = {&lines[n], &lines[n + 1], &lines[n + 2], &lines[n + 3]};
      float scores[4];
      model->score4(four, scores);
      for (std::size_t k = 0; k < 4; ++k) {
        INFO("line " << n + k);
        CHECK(scores[k] == model->score(lines[n + k]));
      }
    }
  }
}

TEST_CASE("a bad --boilerplate-model or threshold stops the run at start", "[boilerplate]") {
  Config config;
  config.boilerplate_model = test::source_dir() + "/README.md";
  std::string err;
  CHECK_FALSE(Pipeline::create(config, &err));
  CHECK(err.find("--boilerplate-model") != std::string::npos);
  config.boilerplate_model.clear();
  config.boilerplate_threshold = 1.5f;
  CHECK_FALSE(Pipeline::create(config, &err));
}

namespace {
/// Four paragraphs of one article, with a heading, a question and a quote among them, in `lang`.
struct Article {
  const char* language;
  std::vector<std::string> lines;
};
const std::vector<Article>& articles() {
  static const std::vector<Article> k = {
      {"en",
       {"Council approves new fire station for the east side",
        "The city council voted on Tuesday to build a new fire station on the east side, ending a debate that had "
        "lasted for more than two years.",
        "The station will cost about 12 million dollars and should open in the spring of next year, the mayor said.",
        "What comes next",
        "Residents who had asked for the station for years said they were relieved by the decision of the council.",
        "“We waited a long time for this, and we will keep watching,” said one of the neighbours.",
        "Would you feel safer with a fire station around the corner?",
        "The council will vote on the budget for the new station in its next meeting, which is planned for May."}},
      {"de",
       {"Stadtrat beschließt neue Feuerwache im Osten",
        "Der Stadtrat hat am Dienstag beschlossen, im Osten der Stadt eine neue Feuerwache zu bauen, nachdem die "
        "Debatte mehr als zwei Jahre gedauert hatte.",
        "Die Wache soll etwa zwölf Millionen Euro kosten und im nächsten Frühjahr eröffnet werden, sagte der "
        "Bürgermeister.",
        "Wie es weitergeht",
        "Anwohner, die seit Jahren eine Wache gefordert hatten, zeigten sich erleichtert über die Entscheidung.",
        "„Wir haben lange darauf gewartet, und wir werden genau hinsehen“, sagte eine Nachbarin.",
        "Würden Sie sich mit einer Feuerwache um die Ecke sicherer fühlen?",
        "Über den Haushalt für die neue Wache will der Rat in seiner nächsten Sitzung im Mai abstimmen."}},
      {"es",
       {"El ayuntamiento aprueba un nuevo cuartel de bomberos",
        "El ayuntamiento votó el martes a favor de construir un nuevo cuartel de bomberos en el este de la ciudad, "
        "tras un debate que duró más de dos años.",
        "El cuartel costará unos doce millones de euros y debería abrir en la primavera del año que viene, dijo el "
        "alcalde.",
        "Qué viene ahora",
        "Los vecinos que lo pedían desde hace años dijeron que la decisión del consejo era un alivio para ellos.",
        "«Esperamos mucho tiempo por esto, y vamos a estar atentos», dijo una vecina.",
        "¿Se sentiría usted más seguro con un cuartel de bomberos en la esquina?",
        "El consejo votará el presupuesto del nuevo cuartel en su próxima reunión, prevista para el mes de mayo."}},
      {"fr",
       {"Le conseil municipal approuve une nouvelle caserne",
        "Le conseil municipal a voté mardi la construction d'une nouvelle caserne de pompiers dans l'est de la "
        "ville, après un débat qui a duré plus de deux ans.",
        "La caserne coûtera environ douze millions d'euros et devrait ouvrir au printemps prochain, a dit le maire.",
        "Et maintenant",
        "Les habitants qui la réclamaient depuis des années se sont dits soulagés par la décision du conseil.",
        "« Nous avons attendu longtemps, et nous resterons vigilants », a dit une voisine.",
        "Vous sentiriez-vous plus en sécurité avec une caserne au coin de la rue ?",
        "Le conseil votera le budget de la nouvelle caserne lors de sa prochaine séance, prévue pour le mois de mai."}},
      {"it",
       {"Il consiglio comunale approva una nuova caserma",
        "Il consiglio comunale ha votato martedì la costruzione di una nuova caserma dei vigili del fuoco nella "
        "parte est della città, dopo un dibattito durato più di due anni.",
        "La caserma costerà circa dodici milioni di euro e dovrebbe aprire nella primavera del prossimo anno, ha "
        "detto il sindaco.",
        "Cosa succede ora",
        "Gli abitanti che la chiedevano da anni si sono detti sollevati per la decisione del consiglio.",
        "«Abbiamo aspettato a lungo, e continueremo a vigilare», ha detto una vicina.",
        "Vi sentireste più sicuri con una caserma dietro l'angolo?",
        "Il consiglio voterà il bilancio della nuova caserma nella prossima seduta, prevista per il mese di maggio."}},
      {"pt",
       {"Câmara aprova novo quartel de bombeiros",
        "A câmara municipal votou na terça-feira a construção de um novo quartel de bombeiros no leste da cidade, "
        "depois de um debate que durou mais de dois anos.",
        "O quartel vai custar cerca de doze milhões de euros e deve abrir na primavera do próximo ano, disse o "
        "prefeito.",
        "O que vem agora",
        "Os moradores que pediam o quartel há anos disseram que a decisão da câmara foi um alívio para eles.",
        "“Esperamos muito tempo por isso, e vamos continuar atentos”, disse uma vizinha.",
        "Você se sentiria mais seguro com um quartel de bombeiros na esquina?",
        "A câmara vai votar o orçamento do novo quartel na próxima sessão, prevista para o mês de maio."}},
  };
  return k;
}
}  // namespace

TEST_CASE("headings, questions and quotes inside an article stay, in the six languages", "[boilerplate]") {
  for (const Article& article : articles()) {
    INFO(article.language);
    CHECK(removed_by_stage(article.lines, Config{}.boilerplate_threshold).empty());
  }
}

TEST_CASE("page furniture around an article goes, with a reason naming score and features", "[boilerplate]") {
  for (const Article& article : articles()) {
    INFO(article.language);
    std::vector<std::string> page = {"Home", "Politics", "Sport", "Culture", "Log in", "Search", "Menu"};
    page.insert(page.end(), article.lines.begin(), article.lines.end());
    for (const char* furniture : {"Facebook", "Twitter", "Instagram", "Privacy", "Contact", "© 2024 Example Media",
                                  "Jobs", "Newsletter"})
      page.emplace_back(furniture);
    std::string reason;
    // 0.7: far under the 0.98 a document this short is judged at. (At 0.5 the model trained on
    // the audit dumps too scores the English article's last sentence, alone between the article
    // and the footer, 0.68; on the whole-page benchmarks that model removes a page's last content
    // line less often than the one before it, 116 of 629 pages against 128.)
    std::vector<std::string> removed = removed_by_stage(page, 0.7f, &reason);
    // Most of the furniture goes, and none of the article's sentences (a short heading may go
    // with the menus).
    CHECK(removed.size() >= 10);
    for (const std::string& line : article.lines) {
      if (count_line(line).words < 7) continue;
      INFO(line);
      CHECK(std::find(removed.begin(), removed.end(), line) == removed.end());
    }
    CHECK(reason.starts_with("boilerplate "));
    CHECK(reason.find(": ") != std::string::npos);
  }
}

TEST_CASE("without removal reasons the stage removes the same lines and spells out none", "[boilerplate]") {
  for (const Article& article : articles()) {
    INFO(article.language);
    std::vector<std::string> page = {"Home", "Politics", "Sport", "Culture", "Log in", "Search", "Menu"};
    page.insert(page.end(), article.lines.begin(), article.lines.end());
    for (const char* furniture : {"Facebook", "Twitter", "Privacy", "Contact", "Jobs", "Newsletter"})
      page.emplace_back(furniture);
    Config with;
    with.boilerplate_threshold = 0.5f;
    Config without = with;
    without.removal_reasons = false;
    auto explained = removals(page, with);
    auto bare = removals(page, without);
    REQUIRE(!explained.empty());
    REQUIRE(bare.size() == explained.size());
    for (std::size_t i = 0; i < bare.size(); ++i) {
      CHECK(bare[i].first == explained[i].first);
      CHECK(bare[i].second.empty());
      CHECK(!explained[i].second.empty());
    }
  }
}

namespace {
/// The reasons the boilerplate stage gives for the lines it removes from `lines`, with the
/// article threshold at its default and the whole-page threshold at `page_threshold`.
std::vector<std::string> reasons_of(const std::vector<std::string>& lines, float page_threshold) {
  Config config;
  config.boilerplate_page_threshold = page_threshold;
  std::vector<std::string> out;
  for (auto& [text, why] : removals(lines, config)) out.push_back(why);
  return out;
}
}  // namespace

TEST_CASE("a long dump of mostly short lines is judged as a whole page, a long article is not", "[boilerplate]") {
  const std::vector<std::string> furniture = {"Home", "World", "Business", "Markets", "Tech", "Opinion",
                                              "Sport", "Weather", "Log in", "Subscribe", "Search", "Podcasts",
                                              "Video", "Newsletters", "Contact us", "Careers"};
  for (const Article& article : articles()) {
    INFO(article.language);
    // 96 lines: menus above and below the article, as lynx -dump gives a news page.
    std::vector<std::string> page;
    for (std::size_t i = 0; page.size() < 44; ++i) page.push_back(furniture[i % furniture.size()]);
    page.insert(page.end(), article.lines.begin(), article.lines.end());
    for (std::size_t i = 0; page.size() < 96; ++i) page.push_back(furniture[(i * 7) % furniture.size()]);
    std::vector<std::string> at_page_threshold = reasons_of(page, Config{}.boilerplate_page_threshold);
    REQUIRE_FALSE(at_page_threshold.empty());
    for (const std::string& reason : at_page_threshold) CHECK(reason.find("on a whole page") != std::string::npos);
    // The lower threshold is what removes more of the menus.
    CHECK(at_page_threshold.size() > reasons_of(page, Config{}.boilerplate_threshold).size());

    // Near-miss: as long, but all article (its paragraphs again and again): judged as an article.
    std::vector<std::string> long_article;
    while (long_article.size() < 96) long_article.insert(long_article.end(), article.lines.begin(), article.lines.end());
    for (const std::string& reason : reasons_of(long_article, Config{}.boilerplate_page_threshold))
      CHECK(reason.find("on a whole page") == std::string::npos);
  }
}

TEST_CASE("on a whole page a line's score is blended with the two lines on each side", "[boilerplate]") {
  CHECK(with_neighbours({}).empty());
  // A lone high score among low ones: 0.6 x 1 + 0.4 x (1 / 5) in the middle; at the edges the
  // window is cut short (line 0 averages lines 0..2, line 1 lines 0..3).
  std::vector<float> lone = with_neighbours({0.0f, 0.0f, 1.0f, 0.0f, 0.0f});
  REQUIRE(lone.size() == 5);
  CHECK(lone[2] == Approx(0.68f));
  CHECK(lone[1] == Approx(0.4f / 4.0f));  // lines 0..3 around line 1
  CHECK(lone[0] == Approx(0.4f / 3.0f));  // lines 0..2
  CHECK(lone[4] == Approx(0.4f / 3.0f));
  // A line of prose (0.3) among furniture (0.9) rises over the page threshold 0.4; the same line
  // among prose stays under it.
  std::vector<float> among_menus = with_neighbours({0.9f, 0.9f, 0.3f, 0.9f, 0.9f});
  CHECK(among_menus[2] > Config{}.boilerplate_page_threshold);
  std::vector<float> among_prose = with_neighbours({0.1f, 0.1f, 0.3f, 0.1f, 0.1f});
  CHECK(among_prose[2] < Config{}.boilerplate_page_threshold);
  // Equal scores stay as they are.
  for (float s : with_neighbours(std::vector<float>(7, 0.5f))) CHECK(s == Approx(0.5f));
}

namespace {
/// keep_lead_in_lists over `lines`, every line after the first `kept` ones flagged as removed
/// (what the model does to a list's last items near an article's end); the lines it takes back.
std::vector<std::string> taken_back(const std::vector<std::string>& lines, std::size_t kept) {
  Document doc = test::document_of(lines);
  DocumentFeatures features = document_features(doc);
  REQUIRE(features.blocks.size() == lines.size());
  std::vector<bool> removed(lines.size());
  for (std::size_t i = kept; i < lines.size(); ++i) removed[i] = true;
  keep_lead_in_lists(features, removed);
  std::vector<std::string> out;
  for (std::size_t i = kept; i < lines.size(); ++i)
    if (!removed[i]) out.push_back(lines[i]);
  return out;
}
}  // namespace

TEST_CASE("a list the article introduces with a colon keeps its last items", "[boilerplate]") {
  const std::string prose = "The council met on Monday and agreed the budget after a long debate.";
  // Lead-in, two items kept by the model, then the rest of the list over the threshold.
  CHECK(taken_back({prose, "You can find magnesium in foods like:", "Spinach", "Almonds", "Dark Chocolate",
                    "Goat Cheese"},
                   4) == std::vector<std::string>{"Dark Chocolate", "Goat Cheese"});
  CHECK(taken_back({prose, "So geht der Cocktail nach dem alten Rezept:", "1 Würfelzucker", "1 TL Wasser",
                    "5 cl Rye Whiskey"},
                   3) == std::vector<std::string>{"1 TL Wasser", "5 cl Rye Whiskey"});
  CHECK(taken_back({prose, "Les avantages de cette méthode sont les suivants :", "- plus rapide;", "- moins chère;",
                    "- plus simple;"},
                   3) == std::vector<std::string>{"- moins chère;", "- plus simple;"});
  CHECK(taken_back({prose, "Estos son los pasos que recomienda la guía oficial:", "1. Lavar las manos.",
                    "2. Secar bien.", "3. Repetir cada hora."},
                   3) == std::vector<std::string>{"2. Secar bien.", "3. Repetir cada hora."});

  // Near-misses: nothing is taken back.
  // A label, not a sentence, over the list ("Related Posts:", "Tags:").
  CHECK(taken_back({prose, "Related Posts:", "Fire guts warehouse", "Mayor visits school", "New bridge opens"}, 3)
            .empty());
  // The lead-in or the first item was itself removed: no list began as content.
  CHECK(taken_back({prose, "Sign up now to get our stories straight to your inbox:", "Email address", "Subscribe"},
                   1)
            .empty());
  CHECK(taken_back({prose, "You can find magnesium in foods like:", "Spinach", "Almonds"}, 2).empty());
  // A line of another shape ends the list: a sentence, a long line, a link.
  CHECK(taken_back({prose, "You can find magnesium in foods like:", "Spinach", "Almonds", "Share this article.",
                    "Facebook"},
                   4) == std::vector<std::string>{});
  CHECK(taken_back({prose, "Wikipedia has more about the scrolls here:", "RR", "http://example.blogspot.com – The Blog"},
                   3)
            .empty());
  CHECK(taken_back({prose, "You can find magnesium in foods like:", "Spinach", "Almonds",
                    "Copyright 2017 The Lakeside Daily Herald, all rights reserved worldwide"},
                   4)
            .empty());
}
