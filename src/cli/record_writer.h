// The writer step of a run: each cleaned record, in input order, to the output, with the
// counts, the grouped diagnostics, --explain headers, JSON array framing and the progress line.
#pragma once

#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "cli/diagnostics.h"
#include "cli/options.h"
#include "cli/output_sink.h"
#include "cli/report.h"
#include "pith/batch/input_sequence.h"
#include "pith/batch/record.h"
#include "pith/batch/record_cleaner.h"

namespace cli {

/// How -f json output is made one JSON text.
enum class JsonFraming {
  none,      ///< not JSON, or one document: objects as they come
  stream,    ///< standard output: one array when there are several documents or any records
  per_file,  ///< --output-dir: each record input's file is one array; a document's file, one object
};

/// What the writer adds around the records it writes.
struct WriterSettings {
  JsonFraming framing = JsonFraming::none;
  /// `stream` framing known to be an array from the start (several inputs, records forced).
  bool array_from_start = false;
  /// "==> NAME <==" before each document's --explain listing (several documents).
  bool explain_headers = false;
  bool color = false;
  /// Notes on standard error: formats detected, and for a lone document (no summary) that it
  /// came out empty or was skipped. Off with --quiet.
  bool notes = true;
  bool lone_document = false;
  /// --keep or --drop was given (they do nothing for text).
  bool html_flags_given = false;
  /// --with-markdown was given and documents are written as text (no -f): it does nothing for them.
  bool markdown_member_unused = false;
  /// JSON Lines' own flags that were given ("--field, --in-place"), to warn of when no input
  /// turns out to be JSON Lines.
  std::string jsonl_flags_given;
  /// Gather what --report shows (sites, example removals).
  bool collect_report = false;
};

/// The settings the flags make: `several` documents share the output, the run is a `batch`
/// (a summary will be printed) before any input is read.
WriterSettings writer_settings(const RawOptions& raw, const pith::Config& config, bool color, bool several, bool batch);

class RecordWriter {
 public:
  RecordWriter(OutputSink& sink, Progress& progress, const pith::InputSequence& inputs, WriterSettings settings)
      : m_sink(sink), m_progress(progress), m_inputs(inputs), m_settings(settings) {}

  /// Writes one record's output, counts it, and reports its failure. Called in input order,
  /// from one thread at a time.
  void write(const pith::Record& record, const pith::CleanedRecord& result);

  /// Ends the output (closes a JSON array) and prints what was held back: the counts of
  /// diagnostics not shown, and warnings that only the whole run could tell.
  void finish();

  const RunTotals& totals() const { return m_totals; }
  const Diagnostics& diagnostics() const { return m_diagnostics; }
  /// 0, or 1 when some record failed or output could not be written.
  int status() const { return m_status; }
  /// True once any record came from a JSON Lines or WARC input (the run is a batch).
  bool saw_records() const { return m_saw_records; }
  bool saw_jsonl() const { return m_saw_jsonl; }
  bool saw_warc() const { return m_saw_warc; }
  /// Set when output fails; the reader then stops, so no more inputs are cleaned.
  bool sink_failed() const { return m_sink_failed.load(); }

 private:
  void note(const std::string& line);
  void put(std::size_t input, std::string_view bytes);
  void write_output(const pith::Record& record, const std::string& id, const std::string& output);
  void tell_detected(const pith::Record& record);

  OutputSink& m_sink;
  Progress& m_progress;
  const pith::InputSequence& m_inputs;
  WriterSettings m_settings;
  RunTotals m_totals;
  Diagnostics m_diagnostics;
  int m_status = 0;
  std::atomic<bool> m_sink_failed = false;
  bool m_put_failed = false;        ///< a write for the record being written failed
  std::string m_last_sink_error;    ///< so a failure repeated for many records is told once
  bool m_saw_records = false, m_saw_jsonl = false, m_saw_warc = false;
  bool m_warned_html_flags = false;
  bool m_warned_markdown_member = false;
  std::string m_told_formats;  ///< formats already announced, so each is told once
  std::size_t m_documents_written = 0;
  // JSON array framing
  std::optional<bool> m_stream_array;
  bool m_array_open = false, m_array_empty = true;
  std::size_t m_array_input = 0;
};

}  // namespace cli
