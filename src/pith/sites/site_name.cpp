// Site names from URLs and site fields.
#include "pith/sites/site_name.h"

#include "pith/base/line_shape.h"
#include "pith/input/utf8.h"

namespace pith::sites {

std::string site_name(std::string_view value) {
  value = shape::trim(value);
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
  }
  std::string site = shape::lower_ascii(value);
  for (char& c : site)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  // Every "www." goes, so naming a named site changes nothing (profiles are read back through this).
  while (site.starts_with("www.") && site.size() > 4 && site.find(' ') == std::string::npos) site.erase(0, 4);
  utf8::repair(site);  // a crawler's raw header bytes must not reach a profile or JSON unrepaired
  return site;
}

}  // namespace pith::sites
