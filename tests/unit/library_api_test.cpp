// The library as an NLP job uses it: one Pipeline, many documents, fields read straight off
// the Document — no command line involved.
#include <catch2/catch.hpp>

#include "pith/output/writers.h"
#include "pith/pipeline.h"

namespace {

const char* k_page = R"(<!doctype html><html lang="en"><head>
<title>Harbour expansion approved | The Coastal Times</title>
<meta property="og:url" content="https://example.org/news/harbour">
<meta name="author" content="Jane Roe">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Harbour expansion approved</h1>
<p>The harbour authority approved the long-debated expansion plan on Monday after two years of review and public hearings.</p>
<p>Advertisement</p>
<p>Construction is expected to begin next spring, officials said, and will take about three years to complete.</p>
<p>Local fishing groups said they would watch closely how the work affects the bay's water quality.</p>
</article>
<footer>© 2026 The Coastal Times</footer>
</body></html>)";

}  // namespace

TEST_CASE("a pipeline built once cleans HTML and text documents", "[library]") {
  std::string err;
  pith::Config config;
  std::unique_ptr<pith::Pipeline> pipeline = pith::Pipeline::create(config, &err);
  REQUIRE(pipeline);

  pith::Document page;
  REQUIRE(pipeline->clean(k_page, "harbour.html", &page, &err));
  CHECK(page.kind == pith::InputKind::html);
  CHECK(page.meta.title == "Harbour expansion approved");
  CHECK(page.meta.url == "https://example.org/news/harbour");
  CHECK(page.meta.author == "Jane Roe");
  CHECK(page.meta.language == "en");
  std::string text = pith::kept_text(page);
  CHECK(text.find("The harbour authority approved") == 0);
  CHECK(text.find("water quality.") != std::string::npos);
  CHECK(text.find("Advertisement") == std::string::npos);
  CHECK(text.find("Home") == std::string::npos);
  bool ad_reported = false;
  for (const pith::Block& block : page.blocks)
    if (block.removed_by == "ad" && block.text == "Advertisement") ad_reported = true;
  CHECK(ad_reported);

  pith::Document dump;
  REQUIRE(pipeline->clean("Short headline\nA line of article text that stays.\nAdvertisement\n", "dump.txt", &dump, &err));
  CHECK(dump.kind == pith::InputKind::text);
  CHECK(pith::kept_text(dump) == "Short headline\nA line of article text that stays.");
}

TEST_CASE("a bad configuration is an error value, not an exception", "[library]") {
  pith::Config config;
  config.disabled = {"no-such-stage"};
  std::string err;
  CHECK(pith::Pipeline::create(config, &err) == nullptr);
  CHECK(err.find("no-such-stage") != std::string::npos);
}
