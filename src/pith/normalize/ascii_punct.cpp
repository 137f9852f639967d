// ascii-punct: a table from UTF-8 sequences to ASCII, tried at each non-ASCII lead byte.
#include "pith/normalize/ascii_punct.h"

#include <string_view>

#include "pith/base/ascii.h"

namespace pith {

namespace {

struct Fold {
  std::string_view from;  ///< UTF-8
  std::string_view to;
};

/// Typewriter equivalents; the em dash and bar become "--" as on a typewriter, other dashes "-".
constexpr Fold k_folds[] = {
    {"\u2018", "'"},   {"\u2019", "'"},   {"\u201A", "'"},   {"\u201B", "'"},   {"\u2032", "'"},
    {"\u2039", "'"},   {"\u203A", "'"},   {"\u201C", "\""},  {"\u201D", "\""},  {"\u201E", "\""},
    {"\u201F", "\""},  {"\u2033", "\""},  {"\u00AB", "\""},  {"\u00BB", "\""},  {"\u2010", "-"},
    {"\u2011", "-"},   {"\u2012", "-"},   {"\u2013", "-"},   {"\u2212", "-"},   {"\u2014", "--"},
    {"\u2015", "--"},  {"\u2026", "..."}, {"\u2022", "*"},   {"\u00B7", "*"},   {"\u2044", "/"},
    {"\uFF0C", ","},   {"\u2024", "."},   {"\u02BC", "'"},   {"\u00B4", "'"},
};

/// The fold for the character at the start of `rest`, or null.
const Fold* fold_at(std::string_view rest) {
  for (const Fold& fold : k_folds)
    if (rest.starts_with(fold.from)) return &fold;
  return nullptr;
}

}  // namespace

void AsciiPunctNormalizer::apply(std::string& text) const {
  if (ascii::is_ascii(text)) return;
  std::string out;
  out.reserve(text.size());
  std::string_view view(text);
  bool changed = false;
  for (std::size_t i = 0; i < view.size();) {
    auto c = static_cast<unsigned char>(view[i]);
    const Fold* fold = (c == 0xC2 || c == 0xCA || c == 0xE2 || c == 0xEF) ? fold_at(view.substr(i)) : nullptr;
    if (fold) {
      out += fold->to;
      i += fold->from.size();
      changed = true;
    } else {
      out.push_back(view[i]);
      ++i;
    }
  }
  if (changed) text.swap(out);
}

}  // namespace pith
