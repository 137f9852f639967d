// Site names from URLs and site fields.
#include "pith/sites/site_name.h"

#include "pith/base/line_shape.h"
#include "pith/input/utf8.h"

namespace pith::sites {

std::string site_name(std::string_view raw) {
  // Control characters (a tab or line break would split a profile row) read as spaces, and a
  // crawler's raw header bytes are repaired, before anything else looks at the value.
  std::string cleaned(raw);
  for (char& c : cleaned)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  utf8::repair(cleaned);
  std::string_view value = shape::trim(cleaned);
  bool url = false;
  if (std::size_t scheme = value.find("://"); scheme != std::string_view::npos && scheme > 0 &&
                                              value.substr(0, scheme).find_first_of("/?# ") == std::string_view::npos) {
    value.remove_prefix(scheme + 3);
    url = true;
  } else if (value.starts_with("//")) {
    value.remove_prefix(2);
    url = true;
  }
  if (url) {
    value = value.substr(0, value.find_first_of("/?#"));
    if (std::size_t at = value.rfind('@'); at != std::string_view::npos) value.remove_prefix(at + 1);
    // A port follows the last ':', except inside an IPv6 literal "[::1]".
    if (std::size_t colon = value.rfind(':'); colon != std::string_view::npos && value.find(']', colon) == std::string_view::npos)
      value = value.substr(0, colon);
    while (value.ends_with('.')) value.remove_suffix(1);
    value = shape::trim(value);
  }
  std::string site = shape::lower_ascii(value);
  // Every "www." of a host goes, so naming a named site changes nothing (profiles are read back
  // through this); a value with a space or a slash is no host.
  while (site.starts_with("www.") && site.size() > 4 && site.find_first_of(" /") == std::string::npos) site.erase(0, 4);
  return site;
}

}  // namespace pith::sites
