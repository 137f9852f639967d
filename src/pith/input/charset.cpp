// Charset conversion through ICU's converters.
#include "pith/input/charset.h"

#include <unicode/ucnv.h>

#include <array>
#include <memory>

#include "pith/base/line_shape.h"

namespace pith {

using shape::equals_ci;

bool is_utf8_charset(std::string_view charset) {
  return equals_ci(charset, "utf-8") || equals_ci(charset, "utf8") || equals_ci(charset, "us-ascii") ||
         equals_ci(charset, "ascii");
}

std::string charset_of_content_type(std::string_view content_type) {
  std::size_t semicolon = content_type.find(';');
  while (semicolon != std::string_view::npos) {
    content_type.remove_prefix(semicolon + 1);
    semicolon = content_type.find(';');
    std::string_view param = shape::trim(content_type.substr(0, semicolon));
    if (param.size() <= 8 || !shape::starts_with_ci(param, "charset=")) continue;
    std::string_view value = shape::trim(param.substr(8));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    return std::string(value);
  }
  return {};
}

namespace {

/// The converter name for a label: the WHATWG encoding standard (what browsers do) reads
/// latin1 and ascii labels as windows-1252.
std::string converter_name(std::string_view charset) {
  return equals_ci(charset, "iso-8859-1") || equals_ci(charset, "latin1") || equals_ci(charset, "us-ascii") ||
                 equals_ci(charset, "ascii")
             ? std::string("windows-1252")
             : std::string(charset);
}

}  // namespace

bool is_known_charset(std::string_view charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string name = converter_name(charset);
  if (name.empty()) return false;
  UConverter* converter = ucnv_open(name.c_str(), &status);
  if (converter) ucnv_close(converter);
  return U_SUCCESS(status) && converter != nullptr;
}

bool to_utf8(std::string_view bytes, std::string_view charset, std::string* out, std::string* err) {
  UErrorCode status = U_ZERO_ERROR;
  std::string name = converter_name(charset);
  std::unique_ptr<UConverter, void (*)(UConverter*)> from(ucnv_open(name.c_str(), &status), ucnv_close);
  if (U_FAILURE(status) || !from) {
    *err = "unknown charset '" + name + "'";
    return false;
  }
  std::unique_ptr<UConverter, void (*)(UConverter*)> to(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status)) {
    *err = "cannot open the UTF-8 converter";
    return false;
  }
  // Up to three UTF-8 bytes for each input byte, plus room for a final U+FFFD.
  out->resize(bytes.size() * 3 + 4);
  char* target = out->data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out->data() + out->size(), &source, bytes.data() + bytes.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status)) {
    *err = std::string("charset conversion failed: ") + u_errorName(status);
    return false;
  }
  out->resize(static_cast<std::size_t>(target - out->data()));
  return true;
}

std::string_view unicode_bom_encoding(std::string_view bytes, std::size_t* mark_size) {
  // UTF-32LE's mark opens with UTF-16LE's, so it is tested first.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> k_marks = {{
      {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
      {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
      {"\xFF\xFE", "UTF-16LE"},
      {"\xFE\xFF", "UTF-16BE"},
  }};
  for (const auto& [mark, encoding] : k_marks)
    if (bytes.starts_with(mark)) {
      *mark_size = mark.size();
      return encoding;
    }
  *mark_size = 0;
  return {};
}

bool decode_unicode_bom(std::string_view bytes, std::string* out, bool* decoded, std::string* err) {
  std::size_t mark_size = 0;
  std::string_view encoding = unicode_bom_encoding(bytes, &mark_size);
  *decoded = !encoding.empty();
  if (!*decoded) return true;
  std::string text;
  if (!to_utf8(bytes.substr(mark_size), encoding, &text, err)) return false;
  out->assign("\xEF\xBB\xBF");
  out->append(text);
  return true;
}

bool looks_like_utf16_without_bom(std::string_view bytes) {
  constexpr std::size_t k_sample = 512;
  std::string_view sample = bytes.substr(0, k_sample);
  if (sample.size() < 8) return false;
  std::array<std::size_t, 2> nuls{};
  for (std::size_t i = 0; i < sample.size(); ++i)
    if (sample[i] == '\0') ++nuls[i % 2];
  std::size_t half = sample.size() / 2;
  // Latin text in UTF-16 has a NUL in nearly every high byte and almost none in the low ones.
  for (int parity : {0, 1})
    if (nuls[parity] * 10 >= half * 7 && nuls[1 - parity] * 10 <= half) return true;
  return false;
}

}  // namespace pith
