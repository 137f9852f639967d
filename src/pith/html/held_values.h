// Attribute values the prescan held out of Gumbo's way, put back into the parsed tree.
#pragma once

#include <gumbo.h>

#include "pith/html/prescan.h"

namespace pith::html {

/// Gives every attribute of the tree under `root` whose name or value stands for one of
/// `page.held_values` (found by where the stand-in sits in `page.html`, the buffer Gumbo
/// parsed) the held name and value, which then read exactly as Gumbo would have read them.
/// The values point into `page.held_text`, which must outlive the tree (and not change).
void put_back_held_values(GumboNode* root, const Prescan& page);

}  // namespace pith::html
