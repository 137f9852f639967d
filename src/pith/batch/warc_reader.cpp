// The WARC reader: header lines, a counted block, two CRLFs; and HTTP responses inside blocks.
#include "pith/batch/warc_reader.h"

#include <charconv>

#include "pith/base/line_shape.h"
#include "pith/input/charset.h"

namespace pith {

namespace {

/// WARC and HTTP header lines are short; a longer one means the stream is not what we think.
constexpr std::size_t k_max_header_line = std::size_t{1} << 16;

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

/// Decodes a chunked HTTP body; false when the chunks do not add up.
bool dechunk(std::string_view body, std::string* out) {
  out->clear();
  for (;;) {
    std::size_t eol = body.find('\n');
    if (eol == std::string_view::npos) return false;
    std::string_view size_line = shape::trim(body.substr(0, eol));
    size_line = size_line.substr(0, size_line.find(';'));
    std::uint64_t size = 0;
    auto [end, ec] = std::from_chars(size_line.data(), size_line.data() + size_line.size(), size, 16);
    if (ec != std::errc() || end != size_line.data() + size_line.size()) return false;
    body.remove_prefix(eol + 1);
    if (size == 0) return true;
    if (size > body.size()) return false;
    out->append(body.substr(0, size));
    body.remove_prefix(size);
    if (body.starts_with("\r\n")) body.remove_prefix(2);
    else if (body.starts_with("\n")) body.remove_prefix(1);
  }
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
  std::string line, ignored;
  bool too_long = false;
  while (m_reader.read_line(k_max_header_line, &line, &too_long, &ignored) == ReadStatus::ok) {
    if (!too_long && line.starts_with("WARC/1.")) {
      m_version_line_read = true;
      return;
    }
  }
}

ReadStatus WarcReader::next(Record* record, std::string* err) {
  *record = Record{};
  record->kind = RecordKind::warc;
  if (!m_version_line_read) {
    ReadStatus status = find_version_line(err);
    if (status != ReadStatus::ok) return status;
  }
  m_version_line_read = false;

  std::uint64_t length = 0;
  bool has_length = false;
  std::string line;
  bool too_long = false;
  for (;;) {
    ReadStatus status = m_reader.read_line(k_max_header_line, &line, &too_long, err);
    if (status == ReadStatus::error) return status;
    if (status == ReadStatus::end) {
      *err = "WARC record cut short in its header";
      return ReadStatus::error;
    }
    if (line.empty()) break;
    std::string_view name, value;
    if (too_long || !split_header(line, &name, &value)) continue;  // tolerate odd header lines
    if (shape::equals_ci(name, "Content-Length")) has_length = parse_size(value, &length);
    else if (shape::equals_ci(name, "WARC-Type")) record->warc_type = value;
    else if (shape::equals_ci(name, "WARC-Target-URI")) record->warc_target_uri = without_angle_brackets(value);
    else if (shape::equals_ci(name, "WARC-Record-ID")) record->warc_record_id = value;
    else if (shape::equals_ci(name, "WARC-Date")) record->warc_date = value;
    else if (shape::equals_ci(name, "Content-Type")) record->warc_content_type = value;
  }
  if (!has_length) {
    *err = "WARC record without a valid Content-Length";
    resync();
    return ReadStatus::error;
  }
  bool wanted = record->warc_type == "response";
  if (!wanted || length > m_max_bytes) {
    record->skipped = !wanted;
    if (wanted)
      record->error = "record is " + std::to_string(length) + " bytes, over --max-bytes (" +
                      std::to_string(m_max_bytes) + ")";
    ReadStatus status = m_reader.skip(length, err);
    if (status == ReadStatus::ok) return ReadStatus::ok;
    if (status == ReadStatus::end) *err = "WARC record cut short in its block";
    return ReadStatus::error;
  }
  ReadStatus status = m_reader.read_exact(static_cast<std::size_t>(length), &record->bytes, err);
  if (status == ReadStatus::end) {
    *err = "WARC record cut short in its block";
    return ReadStatus::error;
  }
  return status;
}

bool is_html_content_type(std::string_view content_type) {
  std::string_view type = shape::trim(content_type.substr(0, content_type.find(';')));
  return shape::equals_ci(type, "text/html") || shape::equals_ci(type, "application/xhtml+xml");
}

bool parse_http_response(std::string_view block, HttpResponse* response, std::string* err) {
  *response = HttpResponse{};
  if (!block.starts_with("HTTP/")) {
    *err = "not an HTTP response";
    return false;
  }
  std::size_t eol = block.find('\n');
  std::string_view status_line = block.substr(0, eol);
  std::size_t space = status_line.find(' ');
  std::uint64_t code = 0;
  if (space == std::string_view::npos || !parse_size(status_line.substr(space + 1, 4), &code)) {
    *err = "bad HTTP status line";
    return false;
  }
  response->status = static_cast<int>(code);
  bool chunked = false;
  std::size_t pos = eol == std::string_view::npos ? block.size() : eol + 1;
  while (pos < block.size()) {
    std::size_t end = block.find('\n', pos);
    if (end == std::string_view::npos) end = block.size();
    std::string_view line = block.substr(pos, end - pos);
    pos = end + 1;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty()) break;
    std::string_view name, value;
    if (!split_header(line, &name, &value)) continue;
    if (shape::equals_ci(name, "Content-Type")) response->content_type = value;
    else if (shape::equals_ci(name, "Transfer-Encoding")) chunked = shape::starts_with_ci(value, "chunked");
  }
  std::string_view body = pos < block.size() ? block.substr(pos) : std::string_view{};
  response->charset = charset_of_content_type(response->content_type);
  if (!chunked || !dechunk(body, &response->body)) response->body.assign(body);
  return true;
}

}  // namespace pith
