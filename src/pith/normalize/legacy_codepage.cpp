// LegacyCodepage: each upper-half byte decoded once by ICU, and the result indexed backwards.
#include "pith/normalize/legacy_codepage.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

namespace pith {

LegacyCodepage::LegacyCodepage(std::string name, const char* icu_name, const char* extra_icu_name)
    : m_name(std::move(name)) {
  add(icu_name);
  if (extra_icu_name) add(extra_icu_name);
}

void LegacyCodepage::add(const char* icu_name) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(icu_name, &status), ucnv_close);
  if (U_FAILURE(status)) return;
  // A byte the code page leaves undefined is skipped, not read as a substitute character.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  for (int byte = 0x80; byte <= 0xFF; ++byte) {
    char in = static_cast<char>(byte);
    UChar out[2];
    status = U_ZERO_ERROR;
    int32_t length = ucnv_toUChars(converter.get(), out, 2, &in, 1, &status);
    if (U_FAILURE(status) || length != 1) continue;
    char32_t c = out[0];
    if (byte_of(c) != 0) continue;  // the first code page to reach a character keeps it
    if (c < m_low.size()) m_low[c] = static_cast<std::uint8_t>(byte);
    else m_high.emplace_back(c, static_cast<std::uint8_t>(byte));
  }
  std::sort(m_high.begin(), m_high.end());
}

std::uint8_t LegacyCodepage::byte_of_high(char32_t c) const {
  auto it = std::lower_bound(m_high.begin(), m_high.end(), std::make_pair(c, std::uint8_t{0}));
  return it != m_high.end() && it->first == c ? it->second : 0;
}

std::vector<std::pair<char32_t, std::uint8_t>> LegacyCodepage::entries() const {
  std::vector<std::pair<char32_t, std::uint8_t>> all;
  for (char32_t c = 0; c < m_low.size(); ++c)
    if (m_low[c] != 0) all.emplace_back(c, m_low[c]);
  all.insert(all.end(), m_high.begin(), m_high.end());
  return all;
}

CodepageRoles::CodepageRoles(const std::vector<LegacyCodepage>& pages) {
  for (std::size_t p = 0; p < pages.size() && p < 8; ++p) {
    auto bit = static_cast<std::uint8_t>(1u << p);
    for (auto [c, byte] : pages[p].entries()) {
      if (c >= k_size) continue;
      if (byte >= 0xC2 && byte <= 0xF4) m_leads[c] |= bit;
      if (byte >= 0x80 && byte <= 0xBF) m_continues[c] |= bit;
    }
  }
}

std::vector<LegacyCodepage> mojibake_codepages() {
  std::vector<LegacyCodepage> pages;
  pages.emplace_back("windows-1252", "windows-1252", "ISO-8859-1");
  pages.emplace_back("macintosh", "macintosh");
  pages.emplace_back("windows-1251", "windows-1251");
  return pages;
}

}  // namespace pith
