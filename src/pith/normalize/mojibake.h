// mojibake: UTF-8 that was decoded as Windows-1252, Latin-1, MacRoman or Windows-1251 and
// stored again ("fÃ¼r", "â€™", "Â "), read back span by span where that reads better.
#pragma once

#include <vector>

#include "pith/normalize/legacy_codepage.h"
#include "pith/normalize/normalizer.h"

namespace pith {

/// Finds runs of characters that a legacy code page turns back into valid UTF-8 (each a "unit":
/// a lead byte 0xC2–0xF4 and its continuation bytes), and replaces a run with what those bytes
/// say when mojibake::badness() finds that reading less odd in place; up to three levels deep,
/// for text encoded twice or three times. Correct characters beside a repaired span stay as
/// they are, and look-alikes (Portuguese "NÃO", "IRMÃ”", German "MENÜ“") stay byte-identical.
/// Two losses are undone too: a no-break space byte (0xA0) that became a space ("BamakoÂ and",
/// "Ã  la") and the byte 0x9D of a right double quote that Windows-1252 leaves undefined ("â€").
class MojibakeNormalizer : public Normalizer {
 public:
  explicit MojibakeNormalizer(const Config&);
  void apply(std::string& text) const override;
  bool keeps_plain_text() const override { return true; }  // no suspect byte opens mojibake there
  void apply_recorded(std::string& text, std::string_view stage, std::vector<TextRepair>& repairs) const override;

 private:
  std::vector<LegacyCodepage> m_codepages;
  CodepageRoles m_roles;
};

}  // namespace pith
