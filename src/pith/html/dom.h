// Small helpers over Gumbo's tree shared by the page model and the header search.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <string_view>

namespace pith::html {

/// The <body> element under `root` (the <html> node), or `root` when there is none.
const GumboNode* find_body(const GumboNode* root);

/// Code points of `text` that are not ASCII white space: the unit every length of the
/// page model and the header search is counted in.
std::size_t visible_chars(std::string_view text);

}  // namespace pith::html
