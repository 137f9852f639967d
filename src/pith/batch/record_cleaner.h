// Cleaning one Record into the text the run writes for it: the same step for a whole document,
// a JSON line or a WARC record, safe to call from many threads at once.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pith/batch/jsonl_record.h"
#include "pith/batch/record.h"
#include "pith/config.h"
#include "pith/document.h"
#include "pith/pipeline.h"

namespace pith {

/// How records are written.
struct RecordOutputOptions {
  OutputFormat format = OutputFormat::jsonl;
  bool explain = false;
  /// JSON output gains a "markdown" member.
  bool markdown_member = false;
  bool color = false;
  JsonlFields fields;
  /// The kind of a JSON line's content: forced, or sniffed per record when empty.
  std::optional<InputKind> content_kind;
};

/// What cleaning one record produced.
struct CleanedRecord {
  std::string output;  ///< what to write for it (an error record for a failed JSON line)
  std::string error;   ///< why it failed; empty when it did not
  bool skipped = false;
  /// Blocks removed, per filter, for the run's summary.
  std::vector<std::pair<std::string, std::size_t>> removed;
  std::size_t bytes_in = 0;
};

class RecordCleaner {
 public:
  RecordCleaner(const Pipeline& pipeline, RecordOutputOptions options)
      : m_pipeline(pipeline), m_options(std::move(options)) {}

  /// Cleans `record` into `result` (which it resets first).
  void clean(const Record& record, CleanedRecord* result) const;

 private:
  void clean_document(const Record& record, CleanedRecord* result) const;
  void clean_jsonl(const Record& record, CleanedRecord* result) const;
  void clean_warc(const Record& record, CleanedRecord* result) const;
  /// A whole document in the chosen format (text, JSON, JSON line or --explain).
  void write_document(const Document& doc, std::string& out) const;
  /// A batch record: `members` are the record's own (raw JSON, may be empty), pith's beside them.
  void write_record(const Document& doc, const std::string& members, const std::vector<std::string>& names,
                    std::string& out) const;

  const Pipeline& m_pipeline;
  RecordOutputOptions m_options;
};

}  // namespace pith
