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
  /// The format of whole documents, and of JSON Lines and WARC records.
  OutputFormat format = OutputFormat::jsonl;
  OutputFormat record_format = OutputFormat::jsonl;
  bool explain = false;
  /// JSON output gains a "markdown" member.
  bool markdown_member = false;
  bool color = false;
  JsonlFields fields;
  /// The kind of a JSON line's content: forced, or sniffed per record when empty.
  std::optional<InputKind> content_kind;
  /// Text output: what ends each record's text (an empty line by default), and whether whole
  /// documents get it too (several of them on one stream).
  std::string text_separator = "\n";
  bool separate_documents = false;
  /// JSON output: pith's members to leave out (of json_member_names()); a record's own members
  /// always pass through.
  std::vector<std::string> omit_members;
  /// JSON Lines: the cleaned text replaces the content member where it stands (--in-place),
  /// and pith's members in `omit_in_place` are left out of those records instead.
  bool in_place = false;
  std::vector<std::string> omit_in_place;
  /// Cleaned text shorter than this many code points makes the record skipped, with a reason.
  std::size_t min_chars = 0;
  /// Keep each record's removed lines in CleanedRecord::removed_lines (for a report).
  bool collect_removed = false;
  /// A site-learning pass: records are parsed but not cleaned, and give their lines
  /// (CleanedRecord::lines) in place of output.
  bool learn_sites = false;
};

/// One removal of a record, as a report shows it.
struct RemovedLine {
  std::string filter;
  std::string text;
  std::string reason;
};

/// What cleaning one record produced.
struct CleanedRecord {
  std::string output;  ///< what to write for it (an error record for a failed JSON line)
  std::string error;   ///< why it failed; empty when it did not
  /// A JSON line's id member (JsonlRecord::id), which messages and --explain name it by; "" for
  /// other records and lines without one.
  std::string id;
  bool skipped = false;
  /// Why the record was skipped: its text under --min-chars, or its language not one --language
  /// asks for. A skipped batch record is still written, as a record saying so. Empty otherwise.
  std::string skip_reason;
  /// The skip was for --language (its reason says which language), not for --min-chars.
  bool skipped_for_language = false;
  /// Blocks removed, per filter, for the run's summary.
  std::vector<std::pair<std::string, std::size_t>> removed;
  std::size_t bytes_in = 0;
  /// Code points of the cleaned text (0: nothing was kept).
  std::size_t chars_out = 0;
  /// What the content was read as, and the page's URL (the record's, or what the page gave).
  InputKind kind = InputKind::text;
  std::string url;
  /// With RecordOutputOptions::collect_removed: the first few removals of each filter.
  std::vector<RemovedLine> removed_lines;
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
  /// After process(): notes `doc`'s site; in a learning pass also takes its lines into `result`
  /// and returns true (there is nothing to write), else returns false.
  bool take_counts(const Document& doc, CleanedRecord* result) const;
  /// A whole document in the chosen format (text, JSON, JSON line or --explain).
  void write_document(const Document& doc, std::string& out) const;
  /// A batch record: `members` are the record's own (raw JSON, may be empty), pith's beside them;
  /// `names` are theirs, which pith's members make way for. With `text_at` (a byte offset in
  /// `members`), the cleaned text is put there instead (--in-place).
  void write_record(const Document& doc, const std::string& members, const std::vector<std::string>& names,
                    std::string& out, std::size_t text_at = std::string::npos) const;
  /// What every cleaned record shares: counts, URL, removals, and the --language and
  /// --min-chars checks (true when the record is kept; false with `skip_reason` set).
  bool note_cleaned(const Document& doc, CleanedRecord* result) const;
  /// What a batch record that failed writes: `{members,"error":...}`, or an empty document in text.
  std::string failed_record(const std::string& members, std::string_view error) const;

  const Pipeline& m_pipeline;
  RecordOutputOptions m_options;
};

}  // namespace pith
