// The text parser: a plain-text dump becomes one Block per non-empty line.
#pragma once

#include <string_view>

#include "pith/document.h"

namespace pith {

/// Appends a paragraph block for each non-empty line of valid UTF-8 `text` to `doc`; the lines
/// are numbered from `first_line` (a window of a larger input starts further on).
void parse_text(std::string_view text, Document& doc, int first_line = 1);

/// The first kept block's text when it reads as a headline (short, no final full stop), else "".
std::string guess_text_title(const Document& doc);

}  // namespace pith
