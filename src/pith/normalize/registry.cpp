// The built-in normalisers, in the order they run. Adding one: write its file, add one row here.
// Order: references are decoded first (they may stand for invisible or space characters),
// invisible characters go before composition, whitespace is settled before spacing judges tokens.
#include "pith/normalize/ascii_punct.h"
#include "pith/normalize/entities.h"
#include "pith/normalize/invisible.h"
#include "pith/normalize/mojibake.h"
#include "pith/normalize/normalizer.h"
#include "pith/normalize/spacing.h"
#include "pith/normalize/unicode.h"
#include "pith/normalize/whitespace.h"

namespace pith {

namespace {
template <class N>
std::unique_ptr<Normalizer> make(const Config& config) {
  return std::make_unique<N>(config);
}

constexpr NormalizerEntry k_normalizers[] = {
    {"entities", "HTML character references left in text (&amp; &#8217; &nbsp;) decoded, one level only", true,
     make<EntitiesNormalizer>},
    // Before invisible, which would delete the soft hyphens and C1 controls mojibake is made of.
    {"mojibake",
     "UTF-8 read as Windows-1252, Latin-1, MacRoman or Windows-1251 and saved again (f\u00C3\u00BCr) repaired", true,
     make<MojibakeNormalizer>},
    {"invisible", "zero-width characters, soft hyphens, stray bidi controls and control codes removed", true,
     make<InvisibleNormalizer>},
    {"unicode", "Unicode normalised to NFC (NFKC with --nfkc)", true, make<UnicodeNormalizer>},
    {"whitespace", "Unicode spaces to a space, runs collapsed, lines trimmed, empty lines dropped", true,
     make<WhitespaceNormalizer>},
    {"spacing", "a space restored after a comma or semicolon glued between two words", true,
     make<SpacingNormalizer>},
    {"ascii-punct", "curly quotes, dashes and ellipses folded to ASCII (on with --ascii-punct)", false,
     make<AsciiPunctNormalizer>, &Config::ascii_punct},
};
}  // namespace

std::span<const NormalizerEntry> normalizer_registry() { return k_normalizers; }

}  // namespace pith
