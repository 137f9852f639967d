// The fuzzed entry points, each checking what must hold for any input: no crash, and valid
// UTF-8 text and valid JSON out.
#include "fuzz/entry_points.h"

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "pith/input/utf8.h"
#include "pith/output/writers.h"
#include "pith/pipeline.h"

namespace pith::fuzz {

namespace {

/// Small enough that a decompression bomb is refused long before libFuzzer's RSS limit.
constexpr std::size_t k_max_bytes = std::size_t{4} << 20;

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "pith fuzz invariant broken: %s\n", what);
  std::abort();
}

const Pipeline& pipeline_for(InputFormat format) {
  auto build = [](InputFormat f) {
    Config config;
    config.input_format = f;
    config.max_bytes = k_max_bytes;
    std::string err;
    std::unique_ptr<Pipeline> built = Pipeline::create(config, &err);
    if (!built) fail(err.c_str());
    return built;
  };
  static const std::unique_ptr<Pipeline> detect = build(InputFormat::detect);
  static const std::unique_ptr<Pipeline> text = build(InputFormat::text);
  static const std::unique_ptr<Pipeline> html = build(InputFormat::html);
  switch (format) {
    case InputFormat::text: return *text;
    case InputFormat::html: return *html;
    default: return *detect;
  }
}

/// Every writer must give valid UTF-8, and the JSON ones valid JSON, whatever the input held.
void check_writers(const Document& doc) {
  std::string out;
  write_text(doc, out);
  if (!utf8::is_valid(out)) fail("text output is not valid UTF-8");
  out.clear();
  write_explain(doc, true, out);
  if (!utf8::is_valid(out)) fail("--explain output is not valid UTF-8");
  out.clear();
  write_json_line(doc, out);
  if (out.empty() || out.back() != '\n' || out.find('\n') != out.size() - 1) fail("a JSON line is not one line");
  simdjson::dom::parser parser;
  simdjson::dom::element parsed;
  if (parser.parse(out).get(parsed) != simdjson::SUCCESS) fail("JSON Lines output does not parse");
  out.clear();
  write_json_pretty(doc, out);
  if (parser.parse(out).get(parsed) != simdjson::SUCCESS) fail("pretty JSON output does not parse");
}

void clean_with(InputFormat format, std::string_view bytes) {
  Document doc;
  std::string err;
  if (!pipeline_for(format).clean(bytes, "fuzz-input", &doc, &err)) {
    if (err.empty()) fail("an input failed without saying why");
    return;
  }
  for (const Block& block : doc.blocks)
    if (!utf8::is_valid(block.text)) fail("a block holds invalid UTF-8");
  check_writers(doc);
}

void run_detect(std::string_view bytes) { clean_with(InputFormat::detect, bytes); }
void run_text(std::string_view bytes) { clean_with(InputFormat::text, bytes); }
void run_html(std::string_view bytes) { clean_with(InputFormat::html, bytes); }

constexpr Target k_targets[] = {
    {"pipeline", "any input: decompression, kind sniffing, then text or HTML", run_detect},
    {"text", "a text dump through the whole pipeline", run_text},
    {"html", "a page through the whole pipeline", run_html},
};

}  // namespace

std::span<const Target> targets() { return k_targets; }

const Target* find_target(std::string_view name) {
  for (const Target& target : k_targets)
    if (target.name == name) return &target;
  return nullptr;
}

}  // namespace pith::fuzz
