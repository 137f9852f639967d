// URL resolution and hosts through uriparser (RFC 3986), with the lenient input pages give.
#include "pith/html/url.h"

#include <uriparser/Uri.h>

#include "pith/base/line_shape.h"

namespace pith::html {

namespace {

/// A parsed URI that frees itself.
class Uri {
 public:
  Uri() = default;
  Uri(const Uri&) = delete;
  Uri& operator=(const Uri&) = delete;
  ~Uri() {
    if (m_parsed) uriFreeUriMembersA(&m_uri);
  }

  /// Parses `text`, which must outlive this object (uriparser points into it).
  bool parse(const std::string& text) {
    const char* error = nullptr;
    m_parsed = uriParseSingleUriExA(&m_uri, text.data(), text.data() + text.size(), &error) == URI_SUCCESS;
    return m_parsed;
  }

  /// Sets this to `reference` resolved against `base`.
  bool resolve(const Uri& reference, const Uri& base) {
    m_parsed = uriAddBaseUriA(&m_uri, &reference.m_uri, &base.m_uri) == URI_SUCCESS;
    return m_parsed;
  }

  std::string to_string() const {
    int chars = 0;
    if (uriToStringCharsRequiredA(&m_uri, &chars) != URI_SUCCESS) return {};
    std::string out(static_cast<std::size_t>(chars) + 1, '\0');
    if (uriToStringA(out.data(), &m_uri, chars + 1, nullptr) != URI_SUCCESS) return {};
    out.resize(static_cast<std::size_t>(chars));
    return out;
  }

  static std::string_view text(const UriTextRangeA& range) {
    if (range.first == nullptr || range.afterLast == nullptr) return {};
    return {range.first, static_cast<std::size_t>(range.afterLast - range.first)};
  }

  std::string_view scheme() const { return text(m_uri.scheme); }
  std::string_view host() const { return text(m_uri.hostText); }

 private:
  UriUriA m_uri{};
  bool m_parsed = false;
};

/// `url` trimmed, with bytes RFC 3986 does not allow in a URI percent-encoded: pages write
/// spaces and UTF-8 into their image URLs, and browsers encode them before fetching.
std::string encode_lenient(std::string_view url) {
  static constexpr char k_hex[] = "0123456789ABCDEF";
  url = shape::trim(url);
  std::string out;
  out.reserve(url.size());
  for (char c : url) {
    unsigned char byte = static_cast<unsigned char>(c);
    bool unsafe = byte <= 0x20 || byte >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' ||
                  c == '`' || c == '{' || c == '|' || c == '}';
    if (!unsafe) {
      out.push_back(c);
      continue;
    }
    out.push_back('%');
    out.push_back(k_hex[byte >> 4]);
    out.push_back(k_hex[byte & 0xF]);
  }
  return out;
}

bool is_web_scheme(std::string_view scheme) {
  return shape::equals_ci(scheme, "http") || shape::equals_ci(scheme, "https");
}

}  // namespace

bool is_web_url(std::string_view url) {
  std::string text = encode_lenient(url);
  Uri uri;
  return uri.parse(text) && is_web_scheme(uri.scheme()) && !uri.host().empty();
}

std::string resolve_url(std::string_view base, std::string_view reference) {
  std::string reference_text = encode_lenient(reference);
  if (reference_text.empty()) return {};
  Uri ref;
  if (!ref.parse(reference_text)) return {};
  if (!ref.scheme().empty()) return is_web_scheme(ref.scheme()) && !ref.host().empty() ? reference_text : std::string();
  std::string base_text = encode_lenient(base);
  Uri base_uri, resolved;
  if (!base_uri.parse(base_text) || !is_web_scheme(base_uri.scheme()) || base_uri.host().empty()) return {};
  if (!resolved.resolve(ref, base_uri) || resolved.host().empty()) return {};
  return resolved.to_string();
}

std::string url_hostname(std::string_view url) {
  std::string text = encode_lenient(url);
  Uri uri;
  if (!uri.parse(text) || !is_web_scheme(uri.scheme())) return {};
  return shape::lower_ascii(uri.host());
}

std::string unescape_whole_url(std::string_view url) {
  if (!shape::starts_with_ci(url, "http%3a%2f%2f") && !shape::starts_with_ci(url, "https%3a%2f%2f"))
    return std::string(url);
  std::string decoded(url);
  const char* end = uriUnescapeInPlaceA(decoded.data());
  decoded.resize(static_cast<std::size_t>(end - decoded.data()));
  return decoded;
}

}  // namespace pith::html
