// Options as a user gives them, checked into a Config: every bad value is refused naming its option.
#include <catch2/catch.hpp>

#include "pith/config_options.h"

using pith::ConfigOptions;

TEST_CASE("to_config refuses a bad option and names it", "[config_options]") {
  struct Case {
    const char* what;
    void (*set)(ConfigOptions&);
    const char* option;
  };
  const Case cases[] = {
      {"unknown output format", [](ConfigOptions& o) { o.format = std::string("xml"); }, "format"},
      {"unknown input format", [](ConfigOptions& o) { o.input_format = std::string("pdf"); }, "input_format"},
      {"unknown content format", [](ConfigOptions& o) { o.content_format = std::string("jsonl"); }, "content_format"},
      {"unknown HTML part to keep", [](ConfigOptions& o) { o.keep = {"tables", "footers"}; }, "keep"},
      {"unknown HTML part to drop", [](ConfigOptions& o) { o.drop = {"ads"}; }, "drop"},
      {"size with a unit pith does not know", [](ConfigOptions& o) { o.max_bytes = std::string("64X"); }, "max_bytes"},
      {"size of zero", [](ConfigOptions& o) { o.max_bytes = std::string("0"); }, "max_bytes"},
      {"size that is not a number", [](ConfigOptions& o) { o.max_bytes = std::string("lots"); }, "max_bytes"},
      {"size past 64 bits", [](ConfigOptions& o) { o.max_bytes = std::string("99999999999999999999"); }, "max_bytes"},
      {"empty content field", [](ConfigOptions& o) { o.content_field.clear(); }, "field"},
      {"empty id field", [](ConfigOptions& o) { o.id_field.clear(); }, "id_field"},
      {"empty output field", [](ConfigOptions& o) { o.output_field.clear(); }, "output_field"},
      {"too many jobs", [](ConfigOptions& o) { o.jobs = pith::k_max_jobs + 1; }, "jobs"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    ConfigOptions options;
    c.set(options);
    pith::Config config;
    pith::OptionError err;
    CHECK_FALSE(pith::to_config(options, &config, &err));
    CHECK(err.option == c.option);
    CHECK_FALSE(err.reason.empty());
  }
}

TEST_CASE("to_config turns good options into the Config they mean", "[config_options]") {
  ConfigOptions options;
  pith::Config config;
  pith::OptionError err;
  REQUIRE(pith::to_config(options, &config, &err));
  CHECK(config.format == pith::OutputFormat::text);  // documents come out as text by default
  CHECK(config.max_bytes == std::size_t{64} << 20);
  CHECK(config.keep_tables);
  CHECK_FALSE(config.keep_captions);

  options.input_format = "jsonl";
  options.keep = {"captions", "tables"};
  options.drop = {"tables"};  // drop wins over keep
  options.nfkc = true;
  options.max_bytes = "3K";
  options.disable = {"share"};
  REQUIRE(pith::to_config(options, &config, &err));
  CHECK(config.format == pith::OutputFormat::jsonl);  // records come out as JSON Lines by default
  CHECK(config.input_format == pith::InputFormat::jsonl);
  CHECK(config.keep_captions);
  CHECK_FALSE(config.keep_tables);
  CHECK(config.unicode_form == pith::UnicodeForm::nfkc);
  CHECK(config.max_bytes == 3072);
  CHECK(config.disabled == std::vector<std::string>{"share"});
}

TEST_CASE("parse_size reads bytes with an optional K, M or G", "[config_options]") {
  struct Case {
    const char* text;
    bool ok;
    std::size_t bytes;
  };
  const Case cases[] = {
      {"4096", true, 4096},  {"1K", true, 1024},     {"64M", true, std::size_t{64} << 20},
      {"2G", true, std::size_t{2} << 30}, {"10B", true, 10}, {"", false, 0},
      {"M", false, 0},       {"1T", false, 0},       {"-1", false, 0},
      {"1.5M", false, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::size_t bytes = 0;
    CHECK(pith::parse_size(c.text, &bytes) == c.ok);
    if (c.ok) CHECK(bytes == c.bytes);
  }
}
