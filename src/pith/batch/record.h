// A Record: one unit of batch work (a whole document, a JSON line, a WARC record) as read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "pith/document.h"

namespace pith {

enum class RecordKind { document, jsonl, warc };

struct Record {
  RecordKind kind = RecordKind::document;
  /// Index of the input (file) the record came from, so output can follow input names.
  std::size_t input = 0;
  /// Where it came from, for messages: "page.html", "dump.jsonl:12", "crawl.warc.gz@1234".
  std::string name;
  /// The document's decompressed bytes, the JSON line, or the WARC record's block.
  std::string bytes;
  /// Set when the reader already knows the record is bad (too large, truncated); the record
  /// still gets its place in the output.
  std::string error;
  /// A record the run reads past by design (a WARC request or metadata record): counted only.
  bool skipped = false;
  /// On the first record of an input whose format was sniffed (-i auto), why it was read as it
  /// was: "its first line is a JSON object". Empty otherwise, and for ordinary documents.
  std::string detected;

  // What a library caller knows of a document before it is read (the Python module's url= and
  // input_format=): its URL, and its kind (html or text) when not to be sniffed.
  std::string url;
  std::optional<InputKind> content_kind;

  // WARC header fields the output carries.
  std::string warc_type;
  std::string warc_target_uri;
  std::string warc_record_id;
  std::string warc_date;
  std::string warc_content_type;
};

}  // namespace pith
