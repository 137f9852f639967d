// Format sniffing: a WARC version line, or a first line that is a JSON object; the name as a fallback.
#include "pith/batch/format_sniff.h"

#include <simdjson.h>

#include <algorithm>

#include "pith/base/line_shape.h"
#include "pith/input/decompress.h"

namespace pith {

namespace {

/// The record format a file name promises ("dump.jsonl.zst" → jsonl), or detect.
InputFormat format_of_name(std::string_view name) {
  std::string lower = shape::lower_ascii(name);
  std::string_view stem = without_compression_suffix(lower);
  for (std::string_view suffix : {".jsonl", ".ndjson", ".jsonlines"})
    if (stem.ends_with(suffix)) return InputFormat::jsonl;
  if (stem.ends_with(".warc")) return InputFormat::warc;
  return InputFormat::detect;
}

/// "WARC/1.0" or "WARC/1.1" (any 1.x) alone on the first line, as every WARC record starts.
bool is_warc_version_line(std::string_view head) {
  if (!head.starts_with("WARC/1.") || head.size() < 9 || head[7] < '0' || head[7] > '9') return false;
  std::string_view rest = head.substr(8);
  return rest.starts_with("\r\n") || rest.starts_with("\n");
}

std::string_view suffix_name(InputFormat format) { return format == InputFormat::warc ? ".warc" : ".jsonl"; }

bool is_json_object(std::string_view line) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(line.data(), line.size()).get(root)) return false;
  simdjson::dom::object object;
  return !root.get_object().get(object);
}

}  // namespace

SniffedFormat sniff_format(std::string_view head, bool whole, std::string_view name) {
  SniffedFormat result;
  InputFormat named = name == "-" ? InputFormat::detect : format_of_name(name);
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  if (is_warc_version_line(head)) {
    result.format = InputFormat::warc;
    result.evidence = "it starts with a WARC/1.x record header";
    return result;
  }
  // Blank lines before the first record are allowed in JSON Lines (and skipped by its reader).
  std::size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) {
    if (named != InputFormat::detect) {
      result.format = named;
      result.evidence = std::string(whole ? "it is empty and named " : "named ") + std::string(suffix_name(named));
    }
    return result;
  }
  std::size_t end = head.find('\n', start);
  bool complete = end != std::string_view::npos || whole;
  std::string_view line = head.substr(start, end == std::string_view::npos ? head.size() - start : end - start);
  if (line.starts_with('{')) {
    if (complete && is_json_object(line)) {
      result.format = InputFormat::jsonl;
      result.evidence = named == InputFormat::jsonl ? "named .jsonl, and its first line is a JSON object"
                                                    : "its first line is a JSON object";
      return result;
    }
    std::size_t quote = line.find_first_not_of(" \t", 1);
    if (!complete && quote != std::string_view::npos && line[quote] == '"') {
      result.format = InputFormat::jsonl;
      result.evidence = "its first line opens a JSON object";
      return result;
    }
  }
  if (named == InputFormat::jsonl) {
    // The name is a promise the writer made: a broken first line is a broken record, an error
    // record in its place, not a sign that the whole file is one text.
    result.format = InputFormat::jsonl;
    result.evidence = "named .jsonl, though its first line is not a JSON object";
    return result;
  }
  if (named != InputFormat::detect)
    result.evidence = std::string("named ") + std::string(suffix_name(named)) +
                      (named == InputFormat::warc ? ", but it does not start with a WARC/1.x header"
                                                  : ", but its first line is not a JSON object");
  return result;
}

bool read_sniff_head(ByteSource& source, std::string* head, bool* whole, std::string* err) {
  head->clear();
  *whole = false;
  char buffer[4096];
  while (head->size() < k_sniff_bytes) {
    std::size_t got = 0;
    if (!source.read(buffer, std::min(sizeof buffer, k_sniff_bytes - head->size()), &got, err)) return false;
    if (got == 0) {
      *whole = true;
      return true;
    }
    std::size_t from = head->size();
    head->append(buffer, got);
    std::size_t content = head->find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (content != std::string::npos && head->find('\n', std::max(from, content)) != std::string::npos) return true;
  }
  return true;
}

SniffedFormat sniff_file(const std::string& path) {
  FileSource file;
  std::string head, err;
  bool whole = true;
  if (file.open(path, &err)) {
    DecompressingSource decoded(file);
    if (!read_sniff_head(decoded, &head, &whole, &err)) whole = true;
  }
  return sniff_format(head, whole, path);
}

}  // namespace pith
