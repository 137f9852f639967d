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
#include "pith/sites/site_learner.h"

namespace pith {

/// How records are written.
struct RecordOutputOptions {
  OutputFormat format = OutputFormat::jsonl;
  bool explain = false;
  bool color = false;
  JsonlFields fields;
  /// The kind of a JSON line's content: forced, or sniffed per record when empty.
  std::optional<InputKind> content_kind;
  /// A site-learning pass: records are parsed but not cleaned, and give their lines
  /// (CleanedRecord::lines) in place of output.
  bool learn_sites = false;
};

/// What cleaning one record produced.
struct CleanedRecord {
  std::string output;  ///< what to write for it (an error record for a failed JSON line)
  std::string error;   ///< why it failed; empty when it did not
  bool skipped = false;
  /// Blocks removed, per filter, for the run's summary.
  std::vector<std::pair<std::string, std::size_t>> removed;
  std::size_t bytes_in = 0;
  std::string site;  ///< the record's site (Document::site), for the summary's per-site counts
  /// A site-learning pass: the record's line keys, to count.
  sites::RecordLines lines;
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
  /// Cleans a record's content, or in a learning pass only parses it.
  bool process(std::string_view bytes, std::optional<InputKind> kind, std::string_view charset, Document* doc,
               std::string* err) const;
  /// After process(): in a learning pass, takes `doc`'s lines into `result` and returns true
  /// (there is nothing to write); else fills the summary's counts and returns false.
  bool take_counts(const Document& doc, CleanedRecord* result) const;
  /// A whole document in the chosen format (text, JSON, JSON line or --explain).
  void write_document(const Document& doc, std::string& out) const;
  /// A batch record: `members` are the record's own (raw JSON, may be empty), pith's beside them.
  void write_record(const Document& doc, const std::string& members, const std::vector<std::string>& names,
                    std::string& out) const;

  const Pipeline& m_pipeline;
  RecordOutputOptions m_options;
};

}  // namespace pith
