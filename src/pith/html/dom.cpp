// Gumbo tree helpers: the body element and visible character counts.
#include "pith/html/dom.h"

#include <algorithm>
#include <cstdint>

namespace pith::html {

const GumboNode* find_body(const GumboNode* root) {
  if (root->type != GUMBO_NODE_ELEMENT) return root;
  const GumboVector& children = root->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY) return child;
  }
  return root;
}

std::size_t visible_chars(std::string_view text) {
  // Counted in runs of up to 255 bytes with a byte-wide counter and no branch, which the
  // compiler makes vector code (the page model and the header search count every text).
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = at + std::min<std::size_t>(255, text.size() - at);
    std::uint8_t run = 0;
    for (std::size_t i = at; i < end; ++i) {
      unsigned char c = bytes[i];
      bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      bool continuation = static_cast<std::uint8_t>(c - 0x80) < 0x40;
      run += static_cast<std::uint8_t>(!space && !continuation);
    }
    n += run;
    at = end;
  }
  return n;
}

}  // namespace pith::html
