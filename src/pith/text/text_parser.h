// The text parser: a plain-text dump becomes one Block per non-empty line.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "pith/document.h"

namespace pith {

/// Appends a paragraph block for each non-empty line of valid UTF-8 `text` to `doc`; the lines
/// are numbered from `first_line` (a window of a larger input starts further on).
void parse_text(std::string_view text, Document& doc, int first_line = 1);

/// parse_text() into a bare list of blocks: a window of a large text, parsed into the list it is
/// judged in (Pipeline::clean_text_windows), after the lines of the window before it; the list
/// gets room for `room_after` more blocks (the next window's first lines) as well.
void parse_text(std::string_view text, std::vector<Block>& blocks, int first_line, std::size_t room_after);

/// The first kept block's text when it reads as a headline (short, no final full stop), else "".
std::string guess_text_title(const Document& doc);

}  // namespace pith
