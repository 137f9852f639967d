// The WARC reader: header lines, a counted block, two CRLFs; a block whose count is wrong is
// found by where the next record starts.
#include "pith/batch/warc_reader.h"

#include <charconv>
#include <utility>

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// WARC header lines are short; a longer one is one field pith drops, not a reason to stop.
constexpr std::size_t k_max_header_line = std::size_t{1} << 16;

/// A record starts on a line "WARC/1.0" or "WARC/1.1": the line feed before it, then this.
constexpr std::string_view k_record_start = "\nWARC/1.";

bool parse_size(std::string_view text, std::uint64_t* value) {
  text = shape::trim(text);
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

/// Splits "Name: value" into its parts; false when the line has no colon.
bool split_header(std::string_view line, std::string_view* name, std::string_view* value) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  *name = shape::trim(line.substr(0, colon));
  *value = shape::trim(line.substr(colon + 1));
  return true;
}

/// WARC 1.0 writers often wrap the target URI in angle brackets; the URI is what is inside.
std::string_view without_angle_brackets(std::string_view uri) {
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') return uri.substr(1, uri.size() - 2);
  return uri;
}

/// True when `text` opens with a whole version line: "WARC/1." and a digit, then the line's end.
bool is_version_line(std::string_view text) {
  if (!text.starts_with("WARC/1.") || text.size() < 9) return false;
  char digit = text[7], after = text[8];
  return digit >= '0' && digit <= '9' && (after == '\r' || after == '\n');
}

/// Where the first record inside `block` starts (its "WARC/1.x" line), or npos.
std::size_t find_record_start(std::string_view block) {
  for (std::size_t at = block.find(k_record_start); at != std::string_view::npos;
       at = block.find(k_record_start, at + 1))
    if (is_version_line(block.substr(at + 1))) return at + 1;
  return std::string_view::npos;
}

/// `block` without the CR and LF bytes that separated it from what followed.
void trim_separator(std::string* block) {
  while (!block->empty() && (block->back() == '\n' || block->back() == '\r')) block->pop_back();
}

}  // namespace

WarcReader::WarcReader(ByteSource& source, std::size_t max_bytes) : m_reader(source), m_max_bytes(max_bytes) {}

ReadStatus WarcReader::find_version_line(std::string* err) {
  std::string line;
  bool too_long = false;
  // Records are separated by blank lines; anything else before "WARC/" is not a record.
  for (;;) {
    ReadStatus status = m_reader.read_line(k_max_header_line, &line, &too_long, err);
    if (status != ReadStatus::ok) return status;
    if (!too_long && line.empty()) continue;
    if (!too_long && line.starts_with("WARC/")) return ReadStatus::ok;
    *err = "not a WARC record header at byte " + std::to_string(m_reader.offset());
    resync();
    return ReadStatus::error;
  }
}

void WarcReader::resync() {
  // Skip to the next line that starts a record, so one damaged record loses only itself.
  std::string line, err;
  bool too_long = false;
  ReadStatus status;
  while ((status = m_reader.read_line(k_max_header_line, &line, &too_long, &err)) == ReadStatus::ok) {
    if (!too_long && line.starts_with("WARC/1.")) {
      m_version_line_read = true;
      return;
    }
  }
  if (status == ReadStatus::error) m_pending_error = err;
}

ReadStatus WarcReader::read_header(Record* record, std::uint64_t* length, bool* has_length, std::string* err) {
  std::string line;
  bool too_long = false;
  for (;;) {
    ReadStatus status = m_reader.read_line(k_max_header_line, &line, &too_long, err);
    if (status == ReadStatus::error) return status;
    if (status == ReadStatus::end) {
      *err = "WARC record cut short in its header";
      return ReadStatus::error;
    }
    // One field over 64 KiB (an 80 KB target URI) is dropped; the record keeps the others.
    if (too_long) continue;
    if (line.empty()) return ReadStatus::ok;
    if (line.starts_with("WARC/1.")) {
      // The next record began before this header ended: this one is lost, that one is not.
      m_version_line_read = true;
      *err = "WARC record cut short in its header";
      return ReadStatus::error;
    }
    std::string_view name, value;
    if (!split_header(line, &name, &value)) continue;  // tolerate odd header lines
    if (shape::equals_ci(name, "Content-Length")) *has_length = parse_size(value, length);
    else if (shape::equals_ci(name, "WARC-Type")) record->warc_type = value;
    else if (shape::equals_ci(name, "WARC-Target-URI")) record->warc_target_uri = without_angle_brackets(value);
    else if (shape::equals_ci(name, "WARC-Record-ID")) record->warc_record_id = value;
    else if (shape::equals_ci(name, "WARC-Date")) record->warc_date = value;
    else if (shape::equals_ci(name, "Content-Type")) record->warc_content_type = value;
  }
}

WarcReader::BlockEnd WarcReader::block_end() {
  std::string_view ahead;
  std::string err;
  // Damage right after the block belongs to what follows: the next call reports it.
  if (m_reader.peek(16, &ahead, &err) != ReadStatus::ok) {
    m_pending_error = err;
    return BlockEnd::exact;
  }
  // The CRLF CRLF that ends a record, whatever follows it (junk before the next record is the
  // next read's error, not this record's), or the end of the stream.
  if (ahead.empty() || ahead.starts_with("\r\n\r\n") || ahead.starts_with("\n\n")) return BlockEnd::exact;
  std::size_t eols = 0;
  while (eols < ahead.size() && eols < 4 && (ahead[eols] == '\r' || ahead[eols] == '\n')) ++eols;
  std::string_view rest = ahead.substr(eols);
  // The next record starts within the separator: the count was off by a byte or two.
  if (rest.empty() || rest.starts_with("WARC/")) return eols == 0 ? BlockEnd::exact : BlockEnd::near;
  return BlockEnd::elsewhere;
}

ReadStatus WarcReader::read_block(Record* record, std::uint64_t length, std::string* err) {
  std::string block;
  ReadStatus status = m_reader.read_exact(static_cast<std::size_t>(length), &block, err);
  if (status == ReadStatus::error) return status;
  bool cut_short = status == ReadStatus::end;
  BlockEnd end = cut_short ? BlockEnd::elsewhere : block_end();
  if (end == BlockEnd::exact) {
    if (!record->skipped) record->bytes = std::move(block);
    return ReadStatus::ok;
  }
  // The block does not end where its Content-Length says: where the next record starts does.
  std::size_t next = find_record_start(block);
  if (next != std::string::npos) {
    // Counted too long: the block swallowed the start of the next record, which goes back.
    m_reader.unread(std::string_view(block).substr(next));
    block.resize(next);
  } else if (end == BlockEnd::near) {
    // Counted a byte or two long: the block took the start of its separator.
  } else if (cut_short) {
    *err = "WARC record cut short: its block has " + std::to_string(block.size()) + " of " +
           std::to_string(length) + " bytes";
    return ReadStatus::error;
  } else {
    // Counted too short (or not at all): the rest of the block runs up to the next record.
    bool found = false;
    std::uint64_t room = m_max_bytes - std::min<std::uint64_t>(m_max_bytes, block.size());
    status = read_to_record_start(room, &block, &found, err);
    if (status == ReadStatus::error) return status;
    if (status == ReadStatus::ok && !found) {
      if (!record->skipped) record->error = "record is over --max-bytes (" + std::to_string(m_max_bytes) + ")";
      block.clear();
      status = read_to_record_start(UINT64_MAX, nullptr, &found, err);
      if (status == ReadStatus::error) return status;
    }
  }
  trim_separator(&block);
  if (!record->skipped && record->error.empty()) record->bytes = std::move(block);
  return ReadStatus::ok;
}

ReadStatus WarcReader::read_to_record_start(std::uint64_t limit, std::string* out, bool* found, std::string* err) {
  for (;;) {
    std::uint64_t before = m_reader.offset();
    ReadStatus status = m_reader.read_to(k_record_start, limit, out, found, err);
    limit -= m_reader.offset() - before;
    if (status != ReadStatus::ok || !*found) return status;
    // "\nWARC/1." inside a page is not a record start unless a whole version line follows.
    std::string_view ahead;
    if (m_reader.peek(k_record_start.size() + 2, &ahead, err) != ReadStatus::ok) return ReadStatus::error;
    if (is_version_line(ahead.substr(1))) return ReadStatus::ok;
    if (out) out->push_back('\n');
    if (m_reader.skip(1, err) != ReadStatus::ok) return ReadStatus::error;
    *found = false;
    --limit;  // read_to stopped before `limit` ran out, so the line feed was within it
  }
}

ReadStatus WarcReader::skip_block(std::uint64_t length, std::string* err) {
  // A block over the cap is never held; a Content-Length that is wrong must still not carry
  // the reader past the records that follow, so the skip stops at the first record start.
  bool found = false;
  ReadStatus status = read_to_record_start(length, nullptr, &found, err);
  if (status == ReadStatus::end) *err = "WARC record cut short in its block";
  return status == ReadStatus::end ? ReadStatus::error : status;
}

ReadStatus WarcReader::next(Record* record, std::string* err) {
  *record = Record{};
  record->kind = RecordKind::warc;
  if (!m_pending_error.empty()) {
    *err = std::exchange(m_pending_error, {});
    return ReadStatus::error;
  }
  if (!m_version_line_read) {
    ReadStatus status = find_version_line(err);
    if (status != ReadStatus::ok) return status;
  }
  m_version_line_read = false;

  std::uint64_t length = 0;
  bool has_length = false;
  ReadStatus status = read_header(record, &length, &has_length, err);
  if (status != ReadStatus::ok) return status;
  record->skipped = record->warc_type != "response";
  if (record->warc_type.empty()) {
    // Without its type the record cannot be told from a response: read past it, as lost.
    record->skipped = true;
    status = read_block(record, has_length && length <= m_max_bytes ? length : 0, err);
    if (status != ReadStatus::ok) return status;
    *err = "WARC record without a WARC-Type";
    return ReadStatus::error;
  }
  if (!has_length) {
    // The block runs up to the next record, as for a Content-Length counted too short.
    length = 0;
  } else if (length > m_max_bytes) {
    status = skip_block(length, err);
    if (status != ReadStatus::ok) return status;
    if (!record->skipped)
      record->error = "record is " + std::to_string(length) + " bytes, over --max-bytes (" +
                      std::to_string(m_max_bytes) + ")";
    return ReadStatus::ok;
  }
  return read_block(record, length, err);
}

}  // namespace pith
