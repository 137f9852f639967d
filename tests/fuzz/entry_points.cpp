// The fuzzed entry points, each checking what must hold for any input: no crash, and valid
// UTF-8 text and valid JSON out.
#include "fuzz/entry_points.h"

#include <simdjson.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "pith/batch/buffered_reader.h"
#include "pith/batch/json_scan.h"
#include "pith/batch/record_cleaner.h"
#include "pith/batch/warc_reader.h"
#include "pith/input/byte_source.h"
#include "pith/input/decompress.h"
#include "pith/input/utf8.h"
#include "pith/output/writers.h"
#include "pith/pipeline.h"
#include "pith/rules/rules_file.h"

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

/// What simdjson refuses in valid JSON: numbers past 64-bit range, escaped lone surrogates, and
/// nesting past its depth limit. Pass-through members may hold any of them.
bool is_simdjson_limit(simdjson::error_code error) {
  return error == simdjson::NUMBER_OUT_OF_RANGE || error == simdjson::NUMBER_ERROR || error == simdjson::STRING_ERROR ||
         error == simdjson::DEPTH_ERROR;
}

/// Every line of a record's output is one JSON object that parses, in valid UTF-8: by simdjson,
/// or, for what it cannot represent, by the grammar scan the JSON Lines reader uses.
void check_json_lines(std::string_view output) {
  if (!utf8::is_valid(output)) fail("a batch record's output is not valid UTF-8");
  simdjson::dom::parser parser;
  simdjson::dom::element parsed;
  std::vector<json::RawMember> members;
  std::string err;
  while (!output.empty()) {
    std::size_t end = output.find('\n');
    if (end == std::string_view::npos) fail("a batch record's output does not end its line");
    std::string line(output.substr(0, end));
    simdjson::error_code error = parser.parse(line).get(parsed);
    if (error != simdjson::SUCCESS &&
        (!is_simdjson_limit(error) || json::scan_object(line, &members, &err) != json::Shape::object))
      fail("a batch record's output line does not parse as JSON");
    output.remove_prefix(end + 1);
  }
}

/// The grammar scan and simdjson agree on `line` (valid UTF-8): an object one accepts the other
/// does, but for the values simdjson cannot represent.
void check_scan_agrees(const std::string& line) {
  simdjson::dom::parser parser;
  simdjson::dom::element parsed;
  simdjson::error_code error = parser.parse(line).get(parsed);
  std::vector<json::RawMember> members;
  std::string err;
  json::Shape shape = json::scan_object(line, &members, &err);
  bool simdjson_object = error == simdjson::SUCCESS && parsed.is_object();
  if (simdjson_object && shape != json::Shape::object) fail("the JSON scan refuses an object simdjson reads");
  if (shape == json::Shape::object && error != simdjson::SUCCESS && !is_simdjson_limit(error))
    fail("the JSON scan accepts a line simdjson finds invalid");
  if (simdjson_object && members.size() != parsed.get_object().value().size())
    fail("the JSON scan splits an object into other members than simdjson");
}

const RecordCleaner& record_cleaner() {
  static const RecordCleaner cleaner(pipeline_for(InputFormat::detect), RecordOutputOptions{});
  return cleaner;
}

void clean_record(const Record& record) {
  CleanedRecord result;
  record_cleaner().clean(record, &result);
  check_json_lines(result.output);
}

/// A JSON Lines stream as a batch reads it: maybe compressed, split into lines, each cleaned.
void run_jsonl(std::string_view bytes) {
  MemorySource memory(bytes);
  DecompressingSource decoded(memory);
  BufferedReader lines(decoded);
  Record record;
  bool too_long = false;
  std::string err;
  for (;;) {
    record = Record{};
    record.kind = RecordKind::jsonl;
    ReadStatus status = lines.read_line(k_max_bytes, &record.bytes, &too_long, &err);
    if (status == ReadStatus::end) return;
    if (status == ReadStatus::error) {
      if (err.empty()) fail("a read error without a reason");
      if (lines.failed()) return;
      continue;  // a damaged member was skipped: reading goes on after it
    }
    if (too_long || is_blank_line(record.bytes)) continue;
    if (utf8::is_valid(record.bytes)) check_scan_agrees(record.bytes);
    clean_record(record);
  }
}

/// A WARC stream as a batch reads it: records until the end, resynchronising after bad ones.
void run_warc(std::string_view bytes) {
  MemorySource memory(bytes);
  DecompressingSource decoded(memory);
  WarcReader reader(decoded, k_max_bytes);
  std::uint64_t last_offset = 0;
  std::size_t stalls = 0;
  for (;;) {
    Record record;
    std::string err;
    ReadStatus status = reader.next(&record, &err);
    if (status == ReadStatus::end) return;
    if (status == ReadStatus::error) {
      if (err.empty()) fail("a WARC error without a reason");
      if (reader.failed()) return;
    } else {
      clean_record(record);
    }
    // Each call must consume input, or a damaged file would loop the batch for ever. A damaged
    // compressed member consumes compressed bytes only, at least one for each error.
    bool advanced = reader.offset() != last_offset;
    last_offset = reader.offset();
    stalls = advanced ? 0 : stalls + 1;
    std::size_t allowed = status == ReadStatus::error ? bytes.size() + 2 : 2;
    if (stalls > allowed) fail("the WARC reader stopped advancing");
  }
}

/// Lines a rules file's filters are tried on: short residue, article text, and one long line
/// that a backtracking engine would choke on under a pattern like '(a+)+$'.
const Document& rules_sample() {
  static const Document doc = [] {
    Document d;
    for (std::string text : {std::string("Advertisement"), std::string("Sign up for our newsletter"),
                             std::string("The council voted 7-2 on Tuesday, officials said."),
                             std::string("Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80"),
                             std::string(2000, 'a') + "!"}) {
      Block block;
      block.text = std::move(text);
      d.blocks.push_back(std::move(block));
    }
    return d;
  }();
  return doc;
}

/// A rules file: TOML parsing, validation, RE2 compilation, then its filters over sample lines.
void run_rules(std::string_view bytes) {
  // The parser takes a path; an anonymous in-memory file gives it one without touching the disk.
  static const int fd = memfd_create("pith-fuzz-rules", 0);
  if (fd < 0) fail("memfd_create failed");
  if (ftruncate(fd, 0) != 0 || pwrite(fd, bytes.data(), bytes.size(), 0) != static_cast<ssize_t>(bytes.size()))
    fail("cannot write the rules file");
  std::vector<UserFilter> filters;
  std::string err;
  if (!load_rules_file("/proc/self/fd/" + std::to_string(fd), &filters, &err)) {
    if (err.empty()) fail("a rules file refused without a reason");
    return;
  }
  for (const UserFilter& filter : filters) {
    Document doc = rules_sample();
    filter.filter->apply(doc, filter.name);
  }
}

constexpr Target k_targets[] = {
    {"pipeline", "any input: decompression, kind sniffing, then text or HTML", run_detect},
    {"text", "a text dump through the whole pipeline", run_text},
    {"html", "a page through the whole pipeline", run_html},
    {"jsonl", "a JSON Lines stream: reader, record parser, cleaning, JSON output", run_jsonl},
    {"warc", "a WARC stream: reader, resynchronisation, HTTP parsing, cleaning", run_warc},
    {"rules", "a rules file: TOML, validation, RE2 patterns, then its filters", run_rules},
};

}  // namespace

std::span<const Target> targets() { return k_targets; }

const Target* find_target(std::string_view name) {
  for (const Target& target : k_targets)
    if (target.name == name) return &target;
  return nullptr;
}

}  // namespace pith::fuzz
