// ascii-punct: typographic punctuation folds to ASCII only when switched on.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "pith/pipeline.h"
#include "unit/normalize_support.h"
#include "unit/test_support.h"

using pith::test::Case;
using pith::test::normalized;

TEST_CASE("ascii-punct folds quotes, dashes and ellipses", "[normalize][ascii-punct]") {
  const Case cases[] = {
      {"\u201CQuoted,\u201D she said", "\"Quoted,\" she said"},
      {"It\u2019s \u2018fine\u2019", "It's 'fine'"},
      {"\u201EAnf\u00FChrung\u201C", "\"Anf\u00FChrung\""},
      {"\u00AB Bonjour \u00BB", "\" Bonjour \""},
      {"1990\u20131995", "1990-1995"},
      {"wait\u2014what", "wait--what"},
      {"and then\u2026", "and then..."},
      {"\u2212 5 degrees", "- 5 degrees"},
      {"caf\u00E9 stays, \u4E2D\u6587 too", "caf\u00E9 stays, \u4E2D\u6587 too"},
      {"plain", "plain"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(normalized("ascii-punct", c.in) == c.out);
  }
}

TEST_CASE("ascii-punct runs only with its switch", "[normalize][ascii-punct]") {
  auto runs = [](bool flag) {
    pith::Config config;
    config.ascii_punct = flag;
    std::string err;
    auto pipeline = pith::Pipeline::create(config, &err);
    REQUIRE(pipeline);
    for (const pith::StageInfo& stage : pipeline->stages())
      if (stage.name == "ascii-punct") return stage.enabled;
    FAIL("ascii-punct is not registered");
    return false;
  };
  CHECK_FALSE(runs(false));
  CHECK(runs(true));
}

TEST_CASE("the ascii-punct and nfkc switches reach the normalisers from the command line", "[normalize][cli]") {
  const std::string input = "\u201C\uFB01nal\u201D \u2014 done\u2026\n";
  CHECK(pith::test::run_pith({"--input-format", "text"}, input).out == input);
  CHECK(pith::test::run_pith({"--input-format", "text", "--ascii-punct"}, input).out == "\"\uFB01nal\" -- done...\n");
  CHECK(pith::test::run_pith({"--input-format", "text", "--nfkc"}, input).out == "\u201Cfinal\u201D \u2014 done...\n");
}
