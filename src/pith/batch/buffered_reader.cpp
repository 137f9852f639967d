// BufferedReader: memchr over a fixed buffer, refilled from the source.
#include "pith/batch/buffered_reader.h"

#include <algorithm>
#include <cstring>

namespace pith {

namespace {
constexpr std::size_t k_buffer_size = std::size_t{1} << 18;
}  // namespace

BufferedReader::BufferedReader(ByteSource& source) : m_source(source), m_buffer(k_buffer_size) {}

bool BufferedReader::fill(std::string* err) {
  if (m_pos < m_end) return true;
  if (failed()) {
    *err = m_failure;
    return false;
  }
  if (m_done) return true;
  std::size_t got = 0;
  if (!m_source.read(m_buffer.data(), m_buffer.size(), &got, err)) {
    if (err->empty()) *err = "read error";
    // A source that stepped over damage reports it once; reading then goes on after it.
    if (!m_source.resumes_after_error()) m_failure = *err;
    return false;
  }
  m_pos = 0;
  m_end = got;
  if (got == 0) m_done = true;
  return true;
}

ReadStatus BufferedReader::read_line(std::size_t max_bytes, std::string* line, bool* too_long, std::string* err) {
  line->clear();
  *too_long = false;
  bool any = false;
  for (;;) {
    if (!fill(err)) return ReadStatus::error;
    if (m_pos == m_end) break;
    any = true;
    const char* start = m_buffer.data() + m_pos;
    std::size_t available = m_end - m_pos;
    const void* newline = std::memchr(start, '\n', available);
    std::size_t take = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - start) : available;
    if (!*too_long && line->size() + take > max_bytes) {
      *too_long = true;
      if (line->size() > k_long_line_prefix) {
        line->resize(k_long_line_prefix);
        line->shrink_to_fit();
      }
    }
    if (!*too_long) line->append(start, take);
    else if (line->size() < k_long_line_prefix) line->append(start, std::min(take, k_long_line_prefix - line->size()));
    std::size_t consumed = newline ? take + 1 : take;
    m_pos += consumed;
    m_offset += consumed;
    if (newline) break;
  }
  if (!any) return ReadStatus::end;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return ReadStatus::ok;
}

ReadStatus BufferedReader::read_exact(std::size_t n, std::string* out, std::string* err) {
  while (n > 0) {
    if (!fill(err)) return ReadStatus::error;
    if (m_pos == m_end) return ReadStatus::end;
    std::size_t take = std::min(n, m_end - m_pos);
    out->append(m_buffer.data() + m_pos, take);
    m_pos += take;
    m_offset += take;
    n -= take;
  }
  return ReadStatus::ok;
}

ReadStatus BufferedReader::skip(std::uint64_t n, std::string* err) {
  while (n > 0) {
    if (!fill(err)) return ReadStatus::error;
    if (m_pos == m_end) return ReadStatus::end;
    std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(n, m_end - m_pos));
    m_pos += take;
    m_offset += take;
    n -= take;
  }
  return ReadStatus::ok;
}

ReadStatus BufferedReader::read_to(std::string_view marker, std::uint64_t limit, std::string* out, bool* found,
                                   std::string* err) {
  *found = false;
  while (limit > 0) {
    if (!ensure(marker.size(), err)) return ReadStatus::error;
    if (m_pos == m_end) return ReadStatus::end;
    std::string_view ahead(m_buffer.data() + m_pos, m_end - m_pos);
    std::size_t at = ahead.find(marker);
    *found = at != std::string_view::npos && at < limit;
    // Without a marker here, all but a possible start of one at the tail can go.
    std::size_t take = *found ? at
                       : ahead.size() >= marker.size() ? ahead.size() - marker.size() + 1
                                                       : ahead.size();
    take = static_cast<std::size_t>(std::min<std::uint64_t>(take, limit));
    if (out) out->append(ahead.substr(0, take));
    m_pos += take;
    m_offset += take;
    limit -= take;
    if (*found) return ReadStatus::ok;
  }
  return ReadStatus::ok;
}

bool BufferedReader::ensure(std::size_t n, std::string* err) {
  while (m_end - m_pos < n && !m_done) {
    if (failed()) {
      *err = m_failure;
      return false;
    }
    if (m_pos > 0) {
      std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
      m_end -= m_pos;
      m_pos = 0;
    }
    if (m_buffer.size() - m_end < n) m_buffer.resize(m_end + n);
    std::size_t got = 0;
    if (!m_source.read(m_buffer.data() + m_end, m_buffer.size() - m_end, &got, err)) {
      if (err->empty()) *err = "read error";
      if (!m_source.resumes_after_error()) m_failure = *err;
      return false;
    }
    if (got == 0) m_done = true;
    m_end += got;
  }
  return true;
}

ReadStatus BufferedReader::peek(std::size_t n, std::string_view* bytes, std::string* err) {
  if (!ensure(n, err)) return ReadStatus::error;
  *bytes = std::string_view(m_buffer.data() + m_pos, std::min(n, m_end - m_pos));
  return ReadStatus::ok;
}

void BufferedReader::unread(std::string_view bytes) {
  if (bytes.size() <= m_pos) {
    m_pos -= bytes.size();
    std::memcpy(m_buffer.data() + m_pos, bytes.data(), bytes.size());
  } else {
    std::vector<char> joined(std::max(k_buffer_size, bytes.size() + (m_end - m_pos)));
    std::memcpy(joined.data(), bytes.data(), bytes.size());
    std::memcpy(joined.data() + bytes.size(), m_buffer.data() + m_pos, m_end - m_pos);
    m_end = bytes.size() + (m_end - m_pos);
    m_pos = 0;
    m_buffer = std::move(joined);
  }
  m_offset -= bytes.size();
}

}  // namespace pith
