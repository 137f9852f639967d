// Putting held attribute values back: one walk over the tree after the parse.
#include "pith/html/held_values.h"

#include <algorithm>
#include <vector>

namespace pith::html {

namespace {

/// The held value whose stand-in sits at byte `at` of the parsed page, or null.
const Prescan::HeldValue* held_at(const Prescan& page, std::size_t at) {
  auto it = std::lower_bound(page.held_values.begin(), page.held_values.end(), at,
                             [](const Prescan::HeldValue& held, std::size_t offset) { return held.at < offset; });
  return it != page.held_values.end() && it->at == at ? &*it : nullptr;
}

}  // namespace

void put_back_held_values(GumboNode* root, const Prescan& page) {
  if (page.held_values.empty() || root == nullptr) return;
  const char* begin = page.html.data();
  const char* end = begin + page.html.size();
  std::vector<GumboNode*> stack{root};
  while (!stack.empty()) {
    GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    GumboElement& element = node->v.element;
    for (unsigned i = 0; i < element.attributes.length; ++i) {
      auto* attribute = static_cast<GumboAttribute*>(element.attributes.data[i]);
      // A stand-in is a one-letter name or the unquoted value "x"; Gumbo points the original
      // text of both into the page.
      const char* original = attribute->original_name.data;
      if (attribute->original_name.length != 1) {
        original = attribute->original_value.data;
        if (attribute->original_value.length != 1 || original == nullptr || *original != 'x') continue;
      }
      if (original < begin || original >= end) continue;
      const Prescan::HeldValue* held = held_at(page, static_cast<std::size_t>(original - begin));
      if (held == nullptr) continue;
      if (held->name != nullptr) attribute->name = held->name;
      if (held->value != Prescan::k_value_as_parsed) attribute->value = page.held_text.data() + held->value;
    }
    for (unsigned i = 0; i < element.children.length; ++i) stack.push_back(static_cast<GumboNode*>(element.children.data[i]));
  }
}

}  // namespace pith::html
