// Charset decoding with ICU: BOM, then the page's declaration, then detection.
#include "pith/html/charset.h"

#include <unicode/ucsdet.h>

#include <memory>

#include "pith/base/line_shape.h"
#include "pith/input/charset.h"
#include "pith/input/utf8.h"

namespace pith::html {

namespace {

/// The HTML standard's prescan looks at the first 1024 bytes; pages with long inline
/// scripts before the meta tag are common, so look a little further.
constexpr std::size_t k_prescan_bytes = 4096;

/// The charset name at `pos` in `head` (after "charset="), without quotes.
std::string charset_value_at(std::string_view head, std::size_t pos) {
  while (pos < head.size() && (head[pos] == ' ' || head[pos] == '"' || head[pos] == '\'')) ++pos;
  std::size_t end = pos;
  while (end < head.size() && head[end] != '"' && head[end] != '\'' && head[end] != ';' && head[end] != '>' &&
         head[end] != ' ' && head[end] != '/')
    ++end;
  return shape::lower_ascii(head.substr(pos, end - pos));
}

/// Converts `bytes` in charset `name` to UTF-8; false when ICU does not know the name.
bool convert(std::string_view bytes, const std::string& name, std::string* out) {
  std::string err;
  if (!to_utf8(bytes, name, out, &err)) return false;
  // Some legacy converters substitute SUB (0x1A) rather than U+FFFD; make both the standard's.
  utf8::repair(*out);
  return true;
}

std::string detect_with_icu(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> detector(ucsdet_open(&status), ucsdet_close);
  if (U_FAILURE(status)) return {};
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 16)),
                 &status);
  ucsdet_enableInputFilter(detector.get(), true);  // judge the text, not the markup
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return {};
  const char* name = ucsdet_getName(match, &status);
  return U_FAILURE(status) || name == nullptr ? std::string() : shape::lower_ascii(name);
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return "utf-8";
  if (bytes.starts_with("\xFF\xFE")) return "utf-16le";
  if (bytes.starts_with("\xFE\xFF")) return "utf-16be";
  std::string head = shape::lower_ascii(bytes.substr(0, k_prescan_bytes));
  // Both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
  // carry the name right after "charset=" inside a meta tag.
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos; meta = head.find("<meta", meta + 5)) {
    std::size_t close = head.find('>', meta);
    std::size_t at = head.find("charset", meta);
    if (at == std::string::npos || (close != std::string::npos && at > close)) continue;
    at += 7;
    while (at < head.size() && head[at] == ' ') ++at;
    if (at < head.size() && head[at] == '=') return charset_value_at(head, at + 1);
  }
  return {};
}

std::string decode_to_utf8(std::string_view bytes) {
  std::string charset = declared_charset(bytes);
  if (charset == "utf-8" && bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::string out;
  // Scrapers often re-encode pages to UTF-8 and keep the old declaration; text in a legacy
  // single-byte charset is almost never valid UTF-8, so valid UTF-8 wins over the declaration.
  bool utf16 = charset.starts_with("utf-16");
  // An "ascii" label with high bytes is windows-1252 in practice, so only UTF-8 labels count here.
  bool utf8_label = charset == "utf-8" || charset == "utf8";
  if (!utf16 && (utf8_label || utf8::is_valid(bytes))) {
    out.assign(bytes);
    utf8::repair(out);
    return out;
  }
  if (charset.empty() || !convert(bytes, charset, &out)) {
    std::string detected = detect_with_icu(bytes);
    if (detected.empty() || !convert(bytes, detected, &out)) {
      out.assign(bytes);
      utf8::repair(out);
    }
  }
  return out;
}

std::string_view decode_to_utf8(std::string_view bytes, std::string& storage) {
  std::string charset = declared_charset(bytes);
  // The case of decode_to_utf8() that copies the bytes as they are (valid UTF-8 needs no repair).
  std::string_view page = charset == "utf-8" && bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
  if (!charset.starts_with("utf-16") && utf8::is_valid(page)) return page;
  storage = decode_to_utf8(bytes);
  return storage;
}

}  // namespace pith::html
