// HTTP responses: header lines (folded ones joined), chunked bodies, content codings undone.
#include "pith/batch/http_response.h"

#include <charconv>

#include "pith/base/line_shape.h"
#include "pith/input/charset.h"
#include "pith/input/content_coding.h"
#include "pith/input/utf8.h"

namespace pith {

namespace {

/// Splits "Name: value" into its parts; false when the line has no colon.
bool split_header(std::string_view line, std::string_view* name, std::string_view* value) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  *name = shape::trim(line.substr(0, colon));
  *value = shape::trim(line.substr(colon + 1));
  return true;
}

/// Appends the comma-separated codings of `list` ("gzip, chunked") to `codings`, lower-cased.
void append_codings(std::string_view list, std::vector<std::string>* codings) {
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    std::string_view item = shape::trim(list.substr(0, comma));
    item = shape::trim(item.substr(0, item.find(';')));  // parameters ("gzip;q=1") do not matter here
    if (!item.empty()) codings->push_back(shape::lower_ascii(item));
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
  }
}

/// Decodes a chunked body into `out`, keeping what the chunks delivered when they stop early.
/// False when not even the first chunk-size line reads as one (the body is not chunked);
/// `*cut_short` when the chunks end before the last, empty one.
bool dechunk(std::string_view body, std::string* out, bool* cut_short) {
  out->clear();
  *cut_short = false;
  bool first = true;
  for (;;) {
    std::size_t eol = body.find('\n');
    std::string_view size_line = shape::trim(body.substr(0, eol));
    size_line = shape::trim(size_line.substr(0, size_line.find(';')));  // "1a ; name=value"
    std::uint64_t size = 0;
    auto [end, ec] = std::from_chars(size_line.data(), size_line.data() + size_line.size(), size, 16);
    if (size_line.empty() || ec != std::errc() || end != size_line.data() + size_line.size()) {
      // A body that ends where a size line should be, or holds garbage there, stops here.
      *cut_short = true;
      return !first;
    }
    first = false;
    if (eol == std::string_view::npos) {
      *cut_short = size != 0;
      return true;
    }
    body.remove_prefix(eol + 1);
    if (size == 0) return true;
    if (size > body.size()) {
      out->append(body);
      *cut_short = true;
      return true;
    }
    out->append(body.substr(0, size));
    body.remove_prefix(size);
    if (body.starts_with("\r\n")) body.remove_prefix(2);
    else if (body.starts_with("\n")) body.remove_prefix(1);
  }
}

bool parse_size(std::string_view text, std::uint64_t* value) {
  text = shape::trim(text);
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

/// One header field, its folded continuation lines joined.
struct Header {
  std::string_view name;
  std::string value;
};

}  // namespace

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

  std::vector<Header> headers;
  std::size_t pos = eol == std::string_view::npos ? block.size() : eol + 1;
  while (pos < block.size()) {
    std::size_t end = block.find('\n', pos);
    if (end == std::string_view::npos) end = block.size();
    std::string_view line = block.substr(pos, end - pos);
    pos = end + 1;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty()) break;
    if ((line.front() == ' ' || line.front() == '\t') && !headers.empty()) {
      // obs-fold: the line continues the previous field's value.
      std::string_view more = shape::trim(line);
      std::string& value = headers.back().value;
      if (!more.empty() && !value.empty()) value.push_back(' ');
      value.append(more);
      continue;
    }
    std::string_view name, value;
    if (split_header(line, &name, &value)) headers.push_back({name, std::string(value)});
  }

  std::vector<std::string> transfer;
  for (const Header& header : headers) {
    if (shape::equals_ci(header.name, "Content-Type")) {
      if (!shape::trim(header.value).empty()) response->content_type = header.value;
    } else if (shape::equals_ci(header.name, "Content-Encoding")) {
      append_codings(header.value, &response->codings);
    } else if (shape::equals_ci(header.name, "Transfer-Encoding")) {
      append_codings(header.value, &transfer);
    }
  }
  bool chunked = false;
  for (const std::string& coding : transfer) {
    if (coding == "chunked") chunked = true;
    else response->codings.push_back(coding);
  }
  std::erase(response->codings, "identity");

  std::string_view body = pos < block.size() ? block.substr(pos) : std::string_view{};
  response->charset = charset_of_content_type(response->content_type);
  // A crawler that de-chunked the body but kept the header leaves no size line: the body is as sent.
  if (!chunked || !dechunk(body, &response->body, &response->cut_short)) {
    response->body.assign(body);
    response->cut_short = false;
  }
  return true;
}

bool decode_http_body(const HttpResponse& response, std::size_t max_bytes, std::string* out, std::string* err) {
  *out = response.body;
  std::string decoded;
  // Codings are undone last applied first.
  for (auto coding = response.codings.rbegin(); coding != response.codings.rend(); ++coding) {
    std::string reason;
    if (decode_content_coding(*coding, *out, max_bytes, &decoded, &reason)) {
      out->swap(decoded);
      continue;
    }
    bool over_max = reason.find("--max-bytes") != std::string::npos;
    // Compressed bytes never read as text: text here means the crawler stored the body decoded
    // and kept the header (or the server named a coding it never applied, "none" or "utf-8").
    if (!over_max && !utf8::looks_binary(*out)) return true;
    if (reason.ends_with("truncated stream") && !decoded.empty()) {
      // Cut at a crawler's size cap: the start of the page is still the page.
      out->swap(decoded);
      continue;
    }
    *err = "cannot decode the body: " + reason;
    return false;
  }
  return true;
}

}  // namespace pith
