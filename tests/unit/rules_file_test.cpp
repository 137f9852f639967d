// Rules files: both kinds of filter applied through the Pipeline, and every error at its line.
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include "pith/pipeline.h"
#include "pith/rules/rules_file.h"
#include "unit/batch_test_data.h"
#include "unit/limited_run.h"
#include "unit/test_support.h"

namespace fs = std::filesystem;

namespace {

/// A rules file in the temporary directory, removed when the test is done with it.
class TempRules {
 public:
  explicit TempRules(const std::string& toml) {
    static std::atomic<int> counter{0};
    m_path = (fs::temp_directory_path() /
              ("pith-rules-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + ".toml"))
                 .string();
    std::ofstream(m_path, std::ios::binary) << toml;
  }
  ~TempRules() { fs::remove(m_path); }
  TempRules(const TempRules&) = delete;
  TempRules& operator=(const TempRules&) = delete;
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
};

/// The document the pipeline plus `rules` makes of `lines` (text input); when `only` is given,
/// just those stages run, so that built-in filters cannot take a line first.
pith::Document run_with_rules(const TempRules& rules, const std::vector<std::string>& lines,
                              const std::vector<std::string>& only = {}) {
  pith::Config config;
  config.rules_files = {rules.path()};
  config.only = only;
  std::string err;
  auto pipeline = pith::Pipeline::create(config, &err);
  INFO(err);
  REQUIRE(pipeline);
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  pith::Document doc;
  REQUIRE(pipeline->clean_as(text, pith::InputKind::text, &doc, &err));
  return doc;
}

/// The error loading `toml` gives, with the temporary path replaced by "RULES".
std::string load_error(const std::string& toml) {
  TempRules rules(toml);
  std::vector<pith::UserFilter> filters;
  std::string err;
  if (pith::load_rules_file(rules.path(), &filters, &err)) return "(loaded)";
  if (err.starts_with(rules.path())) err.replace(0, rules.path().size(), "RULES");
  return err;
}

const std::vector<std::string> k_article = {
    "The regional council approved the new transit plan on Monday after a long debate.",
    "Loading the comments thread",
    "Ships were loading grain at the port when the strike began, the union said.",
    "Get our best stories delivered to your inbox every morning",
    "Recevez nos meilleurs articles dans votre bo\u00EEte mail",
    "A reader who tried to sign up for our newsletter said the prompts kept appearing, and that, in her view, "
    "the site had become harder to read than the paper edition she had subscribed to for twenty years.",
    "SPONSORED",
    "Sponsored research at the university grew by a third last year.",
    "Sign up for our newsletter!",
};

}  // namespace

TEST_CASE("rules add patterns to a built-in filter, under its name", "[rules]") {
  TempRules rules(
      "# Comment threads that load late on two CMSes\n"
      "[filters.loading]\n"
      "patterns = ['^Loading (the )?comments', '^Chargement des commentaires']\n");
  pith::Document doc = run_with_rules(rules, k_article);
  REQUIRE(doc.blocks.size() == k_article.size());
  CHECK(doc.blocks[1].removed_by == "loading");
  CHECK(doc.blocks[1].reason.find("pattern '^Loading (the )?comments'") != std::string::npos);
  CHECK(doc.blocks[1].reason.find(":3:") != std::string::npos);
  CHECK(doc.blocks[2].kept());  // searched, yet anchored by the user's ^
}

TEST_CASE("rules define a new named filter with phrases, patterns and limits", "[rules]") {
  TempRules rules(
      "[filters.newsletter-signup]\n"
      "summary = \"newsletter sign-up prompts\"\n"
      "max-length = 120\n"
      "phrases = [\"sign up for our newsletter\"]\n"
      "patterns = [\n"
      "  '^(get|receive) .{0,40} (in|to) your inbox',\n"
      "  '^recevez .{0,40} dans votre bo\u00EEte',\n"
      "  { regex = '^SPONSORED$', case-sensitive = true },\n"
      "]\n");
  pith::Document doc = run_with_rules(rules, k_article, {"newsletter-signup"});
  std::vector<bool> removed;
  for (const pith::Block& block : doc.blocks) removed.push_back(!block.kept());
  CHECK(removed == std::vector<bool>{false, false, false, true, true, false, true, false, true});
  CHECK(doc.blocks[3].removed_by == "newsletter-signup");
  CHECK(doc.blocks[3].reason.find("pattern '^(get|receive)") != std::string::npos);
  CHECK(doc.blocks[8].reason.find("phrase 'sign up for our newsletter'") != std::string::npos);

  std::string err;
  pith::Config config;
  config.rules_files = {rules.path()};
  auto pipeline = pith::Pipeline::create(config, &err);
  REQUIRE(pipeline);
  bool listed = false;
  for (const pith::StageInfo& stage : pipeline->stages())
    if (stage.name == "newsletter-signup") listed = stage.summary == "newsletter sign-up prompts" && stage.enabled;
  CHECK(listed);
}

TEST_CASE("a new rules filter can be switched off by name", "[rules]") {
  TempRules rules("[filters.edition-tag]\nsummary = \"edition labels\"\nphrases = [\"kiosk edition\"]\nmax-length = 20\n");
  auto kept = [&](std::vector<std::string> disabled) {
    pith::Config config;
    config.rules_files = {rules.path()};
    config.disabled = std::move(disabled);
    std::string err;
    auto pipeline = pith::Pipeline::create(config, &err);
    REQUIRE(pipeline);
    pith::Document doc;
    REQUIRE(pipeline->clean_as("Kiosk Edition\n", pith::InputKind::text, &doc, &err));
    return doc.blocks[0].kept();
  };
  CHECK_FALSE(kept({}));
  CHECK(kept({"edition-tag"}));
}

TEST_CASE("a pattern that backtracking engines choke on runs in linear time", "[rules]") {
  TempRules rules("[filters.runaway]\nsummary = \"nested quantifiers\"\npatterns = ['(a+)+$', '(a+)+b']\n");
  std::string as(100000, 'a');
  pith::Document doc = run_with_rules(rules, {as, "x" + as + "x"});
  CHECK(doc.blocks[0].removed_by == "runaway");  // (a+)+$ matches
  CHECK(doc.blocks[1].kept());                   // neither matches; RE2 says so without exploding
}

TEST_CASE("a bad rules file is reported at its line", "[rules]") {
  struct Bad {
    const char* toml;
    const char* error;
  };
  const Bad cases[] = {
      {"[filters.loading]\npatterns = ['a'\n", "RULES:2: "},  // invalid TOML
      {"\n\nthreshold = 3\n", "RULES:3: unknown key 'threshold'"},
      {"[filters.loading]\npatterns = ['x']\nmax-len = 80\n", "RULES:3: unknown key 'max-len'"},
      {"[filters.loading]\npatterns = [{ regex = 'x', casesensitive = true }]\n", "RULES:2: unknown key 'casesensitive'"},
      {"[filters.loading]\n\npatterns = 'Loading'\n", "RULES:3: 'patterns' must be an array"},
      {"[filters.loading]\npatterns = [42]\n", "RULES:2: each pattern must be a string"},
      {"[filters.loading]\npatterns = ['x']\ncase-sensitive = 'yes'\n", "RULES:3: 'case-sensitive' must be true or false"},
      {"[filters.loading]\npatterns = ['x']\nmax-length = 0\n", "RULES:3: 'max-length' must be a positive"},
      // A float out of an integer's range (fuzz_rules found toml++'s cast of it undefined).
      {"[filters.loading]\npatterns = ['x']\nmax-length = 1E40\n", "RULES:3: 'max-length' must be a positive"},
      {"[filters.loading]\npatterns = ['x']\nmax-length = 80.0\n", "RULES:3: 'max-length' must be a positive"},
      {"[filters.loading]\npatterns = [\n  'ok',\n  '(unclosed',\n]\n", "RULES:4: invalid pattern '(unclosed'"},
      {"[filters.loading]\npatterns = ['a{2,1}']\n", "RULES:2: invalid pattern"},
      {"[filters.loading]\npatterns = ['']\n", "RULES:2: an empty pattern"},
      {"\n[filters.Cookie_Banner]\nsummary = 's'\npatterns = ['x']\n", "RULES:2: filter name 'Cookie_Banner' is not kebab-case"},
      {"[filters.cookie--banner]\nsummary = 's'\npatterns = ['x']\n", "RULES:1: filter name 'cookie--banner' is not kebab-case"},
      {"[filters.whitespace]\nsummary = 's'\npatterns = ['x']\n", "RULES:1: 'whitespace' is a normaliser"},
      {"[filters.cookie-banner]\npatterns = ['x']\n", "RULES:1: new filter 'cookie-banner' needs a one-line 'summary'"},
      {"[filters.loading]\nsummary = 'mine'\npatterns = ['x']\n", "RULES:2: 'loading' is a built-in filter"},
      {"[filters.cookie-banner]\nsummary = 's'\n", "RULES:1: filter 'cookie-banner' has no patterns or phrases"},
      {"filters = 3\n", "RULES:1: 'filters' must hold [filters.NAME] tables"},
  };
  for (const Bad& c : cases) {
    INFO(c.toml);
    CHECK_THAT(load_error(c.toml), Catch::StartsWith(c.error));
  }
}

TEST_CASE("a missing rules file is an error naming it", "[rules]") {
  std::vector<pith::UserFilter> filters;
  std::string err;
  CHECK_FALSE(pith::load_rules_file("/nonexistent/pith-rules.toml", &filters, &err));
  CHECK_THAT(err, Catch::StartsWith("/nonexistent/pith-rules.toml: "));
}

TEST_CASE("the command line fails at start on a bad rules file", "[rules][cli]") {
  TempRules rules("[filters.loading]\npatterns = ['(']\n");
  pith::test::RunResult result = pith::test::run_pith({"--rules", rules.path()}, "text\n");
  CHECK(result.status == 2);
  CHECK(result.err.find(rules.path() + ":2: invalid pattern") != std::string::npos);
  CHECK(result.out.empty());
}

TEST_CASE("rules errors that come from other regex habits carry a hint", "[rules]") {
  struct Hinted {
    const char* toml;
    const char* error;  ///< where the message starts
    const char* hint;   ///< what it must go on to say
  };
  const Hinted cases[] = {
      // A regex in double quotes: TOML reads its backslashes as escapes.
      {"[filters.ad]\npatterns = [\"^\\d+ sponsored$\"]\n", "RULES:2: ", "'single quotes'"},
      {"[filters.ad]\nphrases = [\"a\\.b\"]\n", "RULES:2: ", "'single quotes'"},
      {"[filters.ad]\npatterns = [{ regex = \"\\s+Anzeige\" }]\n", "RULES:2: ", "'single quotes'"},
      // Lookaround, which RE2 leaves out so that matching stays linear.
      {"[filters.ad]\npatterns = ['(?<=Sponsored by )\\w+']\n", "RULES:2: invalid pattern", "no lookbehind or lookahead"},
      {"[filters.ad]\npatterns = ['(?<!not )sponsored']\n", "RULES:2: invalid pattern", "no lookbehind"},
      {"[filters.ad]\npatterns = ['^Anzeige(?= )']\n", "RULES:2: invalid pattern", "no lookbehind or lookahead"},
      {"[filters.ad]\npatterns = ['^Publicidad(?!s)']\n", "RULES:2: invalid pattern", "no lookbehind or lookahead"},
  };
  for (const Hinted& c : cases) {
    INFO(c.toml);
    std::string err = load_error(c.toml);
    CHECK_THAT(err, Catch::StartsWith(c.error));
    CHECK(err.find(c.hint) != std::string::npos);
  }
  // Near misses: other escape-free mistakes and other RE2 errors get no such hint.
  CHECK(load_error("[filters.ad]\npatterns = ['(unclosed']\n").find("lookbehind") == std::string::npos);
  CHECK(load_error("[filters.ad]\npatterns = ['a'\n").find("single quotes") == std::string::npos);
  CHECK(load_error("[filters.ad]\npatterns = ['(?P<name>x']\n").find("lookbehind") == std::string::npos);
}

TEST_CASE("all rules of a filter match in one pass, the first in its order names the block", "[rules]") {
  // A filter holds its patterns, then its phrases (TOML tables are read by key), each in file
  // order; matching them in one pass must name the same rule as trying them one by one.
  TempRules rules(
      "[filters.promo-lines]\n"
      "summary = \"promotion lines\"\n"
      "max-length = 60\n"
      "phrases = [\"special offer\", { phrase = \"Limited Time\", case-sensitive = true }]\n"
      "patterns = [\n"
      "  '^special',\n"
      "  { regex = 'offer ends \\d+ (may|june)', max-length = 200 },\n"
      "  { regex = '^Deal of the day', case-sensitive = true },\n"
      "  '(x+x+)+y$',\n"
      "]\n");
  const std::vector<std::string> lines = {
      "Special offer: two for one",                   // pattern 1 and phrase 1: the pattern comes first
      "SPECIAL OFFER",                                 // both ignore case
      "special",                                       // pattern 1 only
      "Limited Time: free shipping",                   // the case-sensitive phrase
      "limited time: free shipping",                   // near miss: wrong case
      "deal of the day",                               // near miss: the pattern keeps its case
      "Deal of the day: a kettle",                     // the case-sensitive pattern
      "The special offer ends 12 June, and the shop said on Monday that it would not be extended further.",
      "Our special offer had ended by the time the council met to discuss the shop's licence on Tuesday.",
      std::string(30, 'x') + "y",                      // a nested quantifier, in linear time
  };
  pith::Document doc = run_with_rules(rules, lines, {"promo-lines"});
  REQUIRE(doc.blocks.size() == lines.size());
  auto rule_of = [&](std::size_t i) { return doc.blocks[i].kept() ? std::string("kept") : doc.blocks[i].reason; };
  CHECK(rule_of(0).find("pattern '^special'") != std::string::npos);
  CHECK(rule_of(1).find("pattern '^special'") != std::string::npos);
  CHECK(rule_of(2).find("pattern '^special'") != std::string::npos);
  CHECK(rule_of(3).find("phrase 'Limited Time'") != std::string::npos);
  CHECK(rule_of(4) == "kept");
  CHECK(rule_of(5) == "kept");
  CHECK(rule_of(6).find("pattern '^Deal of the day'") != std::string::npos);
  // Over the filter's 60 code points only the rule with its own larger limit may match.
  CHECK(rule_of(7).find("pattern 'offer ends") != std::string::npos);
  CHECK(rule_of(8) == "kept");
  CHECK(rule_of(9).find("pattern '(x+x+)+y$'") != std::string::npos);
}

TEST_CASE("1,000 phrases or 2,000 patterns cost one pass over the text, not one per rule", "[rules][robust]") {
  TempRules phrases([] {
    std::string toml = "[filters.many-phrases]\nsummary = \"s\"\nphrases = [\n";
    for (int i = 0; i < 1000; ++i) toml += "  \"promo code " + std::to_string(i * 7919) + " today\",\n";
    return toml + "]\n";
  }());
  TempRules patterns([] {
    std::string toml = "[filters.many-patterns]\nsummary = \"s\"\npatterns = [\n";
    for (int i = 0; i < 2000; ++i)
      toml += "  'deal\\s+n" + std::to_string(i) + "\\b|^offer " + std::to_string(i) + " ends',\n";
    return toml + "]\n";
  }());
  pith::test::TempDir dir;
  // The lines to catch come first: the limited run keeps the first MiB of the output.
  std::string text = "Use promo code 7919 today\nA deal  n1999 here\n";
  for (int i = 0; text.size() < (std::size_t{1} << 20); ++i)
    text += "The council approved the budget on Tuesday, line " + std::to_string(i) + ", officials said.\n";
  std::string input = dir.write("dump.txt", text);
  for (const TempRules* rules : {&phrases, &patterns}) {
    INFO(rules->path());
    // Rule by rule this took 10 s of CPU for the phrases (60 s on 6 MB); in one pass, well under 1.
    pith::test::LimitedResult result = pith::test::run_pith_limited(
        {"--rules", rules->path(), "--only", rules == &phrases ? "many-phrases" : "many-patterns", "--explain",
         "--color", "never", input},
        "", pith::test::Limits{4, 256});
    INFO(result.describe());
    REQUIRE(result.ok());
    CHECK(result.status == 0);
    CHECK(result.out.find(rules == &phrases ? "- [many-phrases] Use promo code 7919 today"
                                            : "- [many-patterns] A deal  n1999 here") != std::string::npos);
  }
}

TEST_CASE("a pattern that would fall back to RE2's slow path is refused at load, at its line", "[rules]") {
  const char* slow[] = {
      "(a|b)*a(a|b){20}c",  // the DFA's states double with each of the 20 repeats
      "(x|y)*x(x|y){14}z",
      "\\\\s.{0,80}\\\\.",  // every space starts a match that the next 80 characters must track
      "q.{0,60}r",
  };
  for (const char* pattern : slow) {
    INFO(pattern);
    std::string toml = std::string("[filters.slow-one]\nsummary = \"s\"\npatterns = [\n  'ok',\n  \"") + pattern + "\",\n]\n";
    std::string err = load_error(toml);
    CHECK_THAT(err, Catch::StartsWith("RULES:5: pattern"));
    CHECK(err.find("slower") != std::string::npos);
  }
  // Near misses: repeats that RE2 runs on its fast path, anchored or after a long literal.
  const char* fast[] = {
      "^(a|b)*a(a|b){6}c", "(?i)^(photo|image|foto): .{0,80}/getty images$", "Photo: .{0,80}Getty",
      "^(a+)+$", "(?i)\\\\b(sign up|subscribe) (for|to) our (daily |weekly )?newsletter\\\\b", ".*foo.*bar.*baz",
      "^(get|receive) .{0,60}\\\\b(in|to) your inbox", "[0-9]{1,3}(,[0-9]{3})* (views|shares)",
  };
  for (const char* pattern : fast) {
    INFO(pattern);
    CHECK(load_error(std::string("[filters.fast-one]\nsummary = \"s\"\npatterns = [\"") + pattern + "\"]\n") == "(loaded)");
  }
  // The shipped example loads.
  std::vector<pith::UserFilter> filters;
  std::string err;
  CHECK(pith::load_rules_file(pith::test::source_dir() + "/fixtures/rules-example/rules.toml", &filters, &err));
}
