// Attribute values the prescan held out of Gumbo's way, put back into the parsed tree.
#pragma once

#include <gumbo.h>

#include <deque>
#include <string>

#include "pith/html/prescan.h"

namespace pith::html {

/// Gives every attribute of the tree under `root` whose name or value stands for one of
/// `page.held_values` (found by where the stand-in sits in `page.html`, the buffer Gumbo
/// parsed) the held name and value, which then read exactly as Gumbo would have read them.
/// The values point into `page.held_text`, which must outlive the tree (and not change).
/// Each text node holding stand-ins for `page.held_texts` (those whose stand-in sits in the
/// node's stretch of `page.html`, in order) gets its text with the held runs in their place,
/// kept in `texts`, which must outlive the tree too. Returns false when some text node's
/// stand-ins are not one for one those of its stretch, or some were left over (the parser
/// dropped or moved text): that tree is not the page's, which must be parsed again without
/// PrescanOptions::hold_text.
bool put_back_held_values(GumboNode* root, const Prescan& page, std::deque<std::string>& texts);

}  // namespace pith::html
