// InputSequence: one input open at a time, read through decompression into records.
#include "pith/batch/input_sequence.h"

#include <sys/stat.h>

#include <utility>

#include "pith/batch/format_sniff.h"
#include "pith/batch/jsonl_record.h"

namespace pith {

InputSequence::InputSequence(std::vector<std::string> paths, InputFormat format, std::size_t max_bytes)
    : m_paths(std::move(paths)), m_format(format), m_max_bytes(max_bytes) {
  for (const std::string& path : m_paths) {
    struct stat st {};
    if (path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
      m_total_size = 0;
      break;
    }
    m_total_size += static_cast<std::uint64_t>(st.st_size);
  }
}

InputSequence::~InputSequence() = default;

std::string InputSequence::display_name() const {
  const std::string& path = m_paths[m_index - 1];
  return path == "-" ? "<stdin>" : path;
}

bool InputSequence::open_next(Record* failure) {
  *failure = Record{};
  failure->input = m_index;
  ++m_index;
  failure->name = display_name();
  m_file = std::make_unique<FileSource>();
  std::string err;
  if (!m_file->open(m_paths[m_index - 1], &err)) {
    failure->error = err;
    m_file.reset();
    return false;
  }
  m_decoded = std::make_unique<DecompressingSource>(*m_file);
  m_input_format = m_format;
  m_detected.clear();
  if (m_format == InputFormat::detect) sniff();
  ByteSource& source = m_replay ? static_cast<ByteSource&>(*m_replay) : *m_decoded;
  if (m_input_format == InputFormat::jsonl) m_lines = std::make_unique<BufferedReader>(source);
  if (m_input_format == InputFormat::warc) m_warc = std::make_unique<WarcReader>(source, m_max_bytes);
  m_line = 0;
  m_open = true;
  return true;
}

void InputSequence::sniff() {
  std::string head, err;
  bool whole = false;
  // Judge what was read; after a damaged gzip member the stream goes on, so it is not whole.
  if (!read_sniff_head(*m_decoded, &head, &whole, &err)) whole = !m_decoded->resumes_after_error();
  SniffedFormat sniffed = sniff_format(head, whole, m_paths[m_index - 1]);
  m_input_format = sniffed.format;
  m_detected = std::move(sniffed.evidence);
  m_replay = std::make_unique<PrefixedSource>(std::move(head), *m_decoded, std::move(err));
}

void InputSequence::close_current() {
  if (m_file) m_bytes_done.fetch_add(m_file->bytes_read(), std::memory_order_relaxed);
  m_bytes_current.store(0, std::memory_order_relaxed);
  m_warc.reset();
  m_lines.reset();
  m_replay.reset();
  m_decoded.reset();
  m_file.reset();
  m_open = false;
}

bool InputSequence::next(Record* record) {
  for (;;) {
    if (!m_open) {
      if (m_index >= m_paths.size()) return false;
      if (!open_next(record)) return true;  // the failure is this input's one record
      if (m_input_format != InputFormat::jsonl && m_input_format != InputFormat::warc) {
        next_document(record);
        close_current();
        return true;
      }
    }
    bool got = m_input_format == InputFormat::jsonl ? next_jsonl(record) : next_warc(record);
    m_bytes_current.store(m_file->bytes_read(), std::memory_order_relaxed);
    if (got) {
      record->detected = std::exchange(m_detected, {});  // told once, on the input's first record
      return true;
    }
    close_current();
  }
}

void InputSequence::next_document(Record* record) {
  *record = Record{};
  record->kind = RecordKind::document;
  record->input = m_index - 1;
  record->name = display_name();
  record->detected = std::exchange(m_detected, {});
  std::string err;
  ByteSource& source = m_replay ? static_cast<ByteSource&>(*m_replay) : *m_decoded;
  if (!read_all(source, m_max_bytes, &record->bytes, &err)) {
    record->error = err;
    record->bytes.clear();
  }
  m_bytes_current.store(m_file->bytes_read(), std::memory_order_relaxed);
}

bool InputSequence::next_jsonl(Record* record) {
  if (m_lines->failed()) return false;
  *record = Record{};
  record->kind = RecordKind::jsonl;
  record->input = m_index - 1;
  std::string err;
  bool too_long = false;
  for (;;) {
    ReadStatus status = m_lines->read_line(m_max_bytes, &record->bytes, &too_long, &err);
    if (status == ReadStatus::end) return false;
    ++m_line;
    record->name = display_name() + ":" + std::to_string(m_line);
    if (status == ReadStatus::error) {
      // The stream broke (damaged or truncated compression): an error record for the line lost;
      // reading stops, or goes on after a damaged gzip member that was skipped.
      record->error = err;
      record->bytes.clear();
      return true;
    }
    if (too_long) {
      // `bytes` keeps the line's first bytes: the cleaner takes the record's id from them.
      record->error = "line is over --max-bytes (" + std::to_string(m_max_bytes) + " bytes)";
      return true;
    }
    // Windows tools (and pandas' utf-8-sig) start the file with a byte order mark: not JSON.
    if (m_line == 1 && record->bytes.starts_with("\xEF\xBB\xBF")) record->bytes.erase(0, 3);
    if (!is_blank_line(record->bytes)) return true;
  }
}

bool InputSequence::next_warc(Record* record) {
  if (m_warc->failed()) return false;
  std::uint64_t offset = m_warc->offset();
  std::string err;
  ReadStatus status = m_warc->next(record, &err);
  record->input = m_index - 1;
  record->name = display_name() + "@" + std::to_string(offset);
  if (status == ReadStatus::end) return false;
  if (status == ReadStatus::error) {
    // A damaged stretch of the file: an error record in its place, with the header fields read.
    record->skipped = false;
    record->error = err;
    record->bytes.clear();
  }
  return true;
}

}  // namespace pith
