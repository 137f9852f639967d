// Charset conversion through ICU's converters.
#include "pith/input/charset.h"

#include <unicode/ucnv.h>

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

}  // namespace pith
