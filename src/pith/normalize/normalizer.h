// The normaliser interface: a named stage that rewrites the text of kept blocks.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pith/config.h"
#include "pith/document.h"

namespace pith {

class Normalizer {
 public:
  virtual ~Normalizer() = default;
  /// Rewrites `text` (valid UTF-8 in, valid UTF-8 out) in place.
  virtual void apply(std::string& text) const = 0;
  /// As apply(), also appending each rewrite worth showing to `repairs` under `stage`. Only
  /// normalisers whose rewrites --explain shows (mojibake) override it; the others record nothing.
  virtual void apply_recorded(std::string& text, std::string_view stage, std::vector<TextRepair>& repairs) const {
    (void)stage;
    (void)repairs;
    apply(text);
  }
  /// True when the stage rewrites white space or the spacing between words, which a
  /// preformatted block (a <pre>: code, verse, ASCII tables) keeps as written: the pipeline
  /// runs such a stage on every other kind of block only.
  virtual bool rewrites_layout() const { return false; }
  /// True when apply() leaves every plain text as it is (see is_plain_text()): the pipeline
  /// tests a block once and runs such a stage only on blocks that are not plain, which spares
  /// most lines of news a pass of each.
  virtual bool keeps_plain_text() const { return false; }
};

/// True when `text` holds only printable ASCII (0x20..0x7E) other than '&', and the dashes and
/// curly quotes of typeset prose (U+2013, U+2014, U+2018, U+2019, U+201C, U+201D): no control,
/// no character reference, nothing that composes, decomposes (as the ellipsis does under NFKC),
/// hides or may be mojibake.
bool is_plain_text(std::string_view text);

/// One row of the registry: the table order is the order normalisers run in.
struct NormalizerEntry {
  std::string_view name;
  std::string_view summary;
  bool on_by_default;
  std::unique_ptr<Normalizer> (*make)(const Config& config);
  /// The Config switch that turns an off-by-default normaliser on (--ascii-punct), if any.
  bool Config::*switched_on_by = nullptr;
};

/// True when `entry` runs before --disable and --only apply: on by default, or switched on by its flag.
inline bool starts_on(const NormalizerEntry& entry, const Config& config) {
  return entry.on_by_default || (entry.switched_on_by && config.*entry.switched_on_by);
}

/// Every built-in normaliser, in the order they run.
std::span<const NormalizerEntry> normalizer_registry();

}  // namespace pith
