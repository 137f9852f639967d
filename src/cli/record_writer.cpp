// RecordWriter: counting, diagnostics and framing around each record's output.
#include "cli/record_writer.h"

#include <cstdio>

#include "cli/hints.h"

namespace cli {

namespace {
constexpr std::string_view k_bold = "\x1b[1m", k_reset = "\x1b[0m";

std::string_view format_name(pith::RecordKind kind) {
  switch (kind) {
    case pith::RecordKind::jsonl: return "JSON Lines";
    case pith::RecordKind::warc: return "WARC";
    case pith::RecordKind::document: break;
  }
  return "one document";
}

/// Longest id (bytes) a record's label shows; a longer one is cut at a character's start.
constexpr std::size_t k_label_id_bytes = 80;

/// How messages and --explain name a record: where it came from ("dump.jsonl:12"), and a JSON
/// line's id when it has one ("dump.jsonl:12 (id fnc-141)"), its control characters shown as
/// '?' so that it stays on one line.
std::string record_label(const pith::Record& record, const std::string& id) {
  if (id.empty()) return record.name;
  std::string shown = id;
  if (shown.size() > k_label_id_bytes) {
    std::size_t cut = k_label_id_bytes;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
    shown = shown.substr(0, cut) + "...";
  }
  for (char& c : shown)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
  return record.name + " (id " + shown + ")";
}
}  // namespace

WriterSettings writer_settings(const RawOptions& raw, const pith::Config& config, bool color, bool several, bool batch) {
  WriterSettings settings;
  if (config.format == pith::OutputFormat::json && !raw.explain)
    settings.framing = raw.output_dir.empty() ? JsonFraming::stream : JsonFraming::per_file;
  bool records_forced = config.input_format == pith::InputFormat::jsonl || config.input_format == pith::InputFormat::warc;
  settings.array_from_start = several || records_forced;
  settings.explain_headers = raw.explain;
  settings.color = color;
  settings.notes = !raw.quiet;
  settings.lone_document = !batch;
  // With -i text the flags were warned of at start already.
  settings.html_flags_given = (!raw.keep.empty() || !raw.drop.empty()) && config.input_format != pith::InputFormat::text;
  // Without -f, documents are written as text and records as JSON Lines (flag_warnings() warns
  // of an explicit -f text).
  settings.markdown_member_unused = raw.with_markdown && raw.format.empty() && !raw.explain;
  settings.jsonl_flags_given = config.input_format == pith::InputFormat::detect ? jsonl_flags_given(raw) : "";
  settings.collect_report = !raw.report.empty();
  return settings;
}

void RecordWriter::note(const std::string& line) {
  if (line.empty()) return;
  m_progress.clear();
  std::fputs(line.c_str(), stderr);
}

void RecordWriter::put(std::size_t input, std::string_view bytes) {
  std::string err;
  if (m_sink_failed || bytes.empty() || m_sink.write(input, bytes, &err)) return;
  if (m_sink.reader_gone()) {
    m_sink_failed = true;  // `pith ... | head -1`: quiet, like any filter in a pipe
    return;
  }
  m_put_failed = true;
  m_status = 1;
  // A write that failed (a full disk) stops the run; a file that cannot be made (a name too
  // long) fails only its input.
  if (m_sink.failed()) m_sink_failed = true;
  if (err != m_last_sink_error) {  // one message, not one per record
    note("pith: " + err + "\n");
    m_last_sink_error = err;
  }
}

void RecordWriter::tell_detected(const pith::Record& record) {
  if (record.detected.empty() || !m_settings.notes) return;
  std::string_view format = format_name(record.kind);
  if (record.kind == pith::RecordKind::document) {
    // The name promised records the content does not hold: say how it was read instead.
    note("pith: " + record.name + ": read as one document: " + record.detected + "\n");
    return;
  }
  if (m_told_formats.find(format) != std::string::npos) return;
  m_told_formats += std::string(format) + ";";
  note("pith: " + record.name.substr(0, record.name.find_last_of(":@")) + ": reading as " + std::string(format) + ": " +
       record.detected + " (-i text reads it as one document; -i " +
       (record.kind == pith::RecordKind::warc ? "warc" : "jsonl") + " says so and silences this)\n");
}

void RecordWriter::write_output(const pith::Record& record, const std::string& id, const std::string& output) {
  if (output.empty()) return;
  // Decided by the first record written: a damaged stretch of a record file reads as a failed
  // document, and writes nothing.
  bool is_document = record.kind == pith::RecordKind::document;
  bool array = false;
  if (m_settings.framing == JsonFraming::stream) {
    if (!m_stream_array) m_stream_array = m_settings.array_from_start || !is_document;
    array = *m_stream_array;
  } else if (m_settings.framing == JsonFraming::per_file) {
    array = !is_document;
  }
  // Under --output-dir a later input opens its own file: the array left open in the last one
  // is closed first, whether or not this input is records too.
  if (m_settings.framing == JsonFraming::per_file && m_array_open && m_array_input != record.input) {
    put(m_array_input, "\n]\n");
    m_array_open = false;
  }
  if (!array) {
    if (m_settings.explain_headers && (!m_settings.lone_document || !is_document)) {
      std::string header = m_documents_written ? "\n" : "";
      header += m_settings.color ? std::string(k_bold) : "";
      header += "==> " + record_label(record, id) + " <==";
      header += m_settings.color ? std::string(k_reset) : "";
      put(record.input, header + "\n");
    }
    ++m_documents_written;
    put(record.input, output);
    return;
  }
  // One JSON array per output: standard output (slot 0), or each record input's file.
  std::size_t slot = m_settings.framing == JsonFraming::stream ? 0 : record.input;
  if (!m_array_open || m_array_input != slot) {
    if (m_array_open) put(m_array_input, "\n]\n");
    put(slot, "[\n");
    m_array_open = true;
    m_array_empty = true;
    m_array_input = slot;
  }
  if (!m_array_empty) put(slot, ",\n");
  m_array_empty = false;
  std::string_view value = output;
  if (value.ends_with('\n')) value.remove_suffix(1);
  put(slot, value);
}

void RecordWriter::write(const pith::Record& record, const pith::CleanedRecord& result) {
  bool is_document = record.kind == pith::RecordKind::document;
  m_saw_records = m_saw_records || !is_document;
  m_saw_jsonl = m_saw_jsonl || record.kind == pith::RecordKind::jsonl;
  m_saw_warc = m_saw_warc || record.kind == pith::RecordKind::warc;
  tell_detected(record);

  ++m_totals.records_in;
  if (!result.error.empty()) {
    ++m_totals.errors;
  } else if (result.skipped || !result.skip_reason.empty()) {
    ++m_totals.skipped;
    if (result.skipped_for_language) ++m_totals.skipped_language;
    else if (!result.skip_reason.empty()) ++m_totals.skipped_short;
  } else {
    ++m_totals.records_out;
    if (result.chars_out == 0) ++m_totals.empty;
  }
  m_totals.bytes += result.bytes_in;
  m_totals.add_removed(result.removed);
  m_totals.add_site_removed(result.site, result.removed);

  if (!result.error.empty()) {
    std::string message = result.error;
    if (is_document) {
      std::string hint = input_hint(record.name, result.error);
      if (!hint.empty()) message += " (" + hint + ")";
    }
    note(m_diagnostics.add(record_label(record, result.id), message));
    m_status = 1;
  } else if (is_document && m_settings.notes) {
    // A skipped document writes nothing, so say why; in a batch of records the record says so.
    if (!result.skip_reason.empty()) note("pith: " + record.name + ": skipped: " + result.skip_reason + "\n");
    else if (m_settings.lone_document && !result.skipped && result.chars_out == 0)
      note("pith: " + record.name + ": nothing kept (all of it was removed, or it was empty; see --explain)\n");
  }
  if (result.error.empty() && !result.skipped && result.kind == pith::InputKind::text &&
      m_settings.html_flags_given && !m_warned_html_flags) {
    m_warned_html_flags = true;
    note("pith: warning: --keep and --drop only change how HTML pages are read; " + record.name + " is text\n");
  }
  if (is_document && m_settings.markdown_member_unused && !m_warned_markdown_member) {
    m_warned_markdown_member = true;
    note("pith: warning: --with-markdown adds a 'markdown' member to JSON; " + record.name +
         " is written as text (use -f json)\n");
  }
  if (m_settings.collect_report && result.error.empty() && !result.skipped) {
    m_totals.add_site(result.url, result.removed);
    for (const pith::RemovedLine& line : result.removed_lines)
      m_totals.add_example(line.filter, line.text, line.reason, record.name);
  }

  m_put_failed = false;
  if (is_document && !result.error.empty() && result.output.empty())
    m_sink.discard(record.input);  // a page that failed has no text to show: no file, not an empty one
  else
    write_output(record, result.id, result.output);
  if (m_put_failed && result.error.empty() && !result.skipped && result.skip_reason.empty()) {
    --m_totals.records_out;  // its output could not be written: it failed after all
    ++m_totals.errors;
  }
  if (!m_settings.lone_document || m_saw_records) m_progress.update(m_totals, m_inputs.bytes_read());
}

void RecordWriter::finish() {
  if (m_array_open) put(m_array_input, "\n]\n");
  else if (m_stream_array.value_or(false) || (m_settings.framing == JsonFraming::stream && m_settings.array_from_start))
    put(0, "[]\n");
  m_array_open = false;
  note(m_diagnostics.unshown());
  if (!m_settings.jsonl_flags_given.empty() && !m_saw_jsonl && m_totals.records_in > 0)
    note("pith: warning: " + m_settings.jsonl_flags_given + ": no effect, as no input was read as JSON Lines\n");
}

}  // namespace cli
