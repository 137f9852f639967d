// Putting held attribute values and runs of text back: one walk over the tree after the parse.
#include "pith/html/held_values.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace pith::html {

namespace {

/// The held value whose stand-in sits at byte `at` of the parsed page, or null.
const Prescan::HeldValue* held_at(const Prescan& page, std::size_t at) {
  auto it = std::lower_bound(page.held_values.begin(), page.held_values.end(), at,
                             [](const Prescan::HeldValue& held, std::size_t offset) { return held.at < offset; });
  return it != page.held_values.end() && it->at == at ? &*it : nullptr;
}

void put_back_attributes(GumboElement& element, const Prescan& page) {
  const char* begin = page.html.data();
  const char* end = begin + page.html.size();
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
}

/// Puts the held runs of text back into text node `text`: those whose stand-ins sit in the
/// node's stretch of the parsed page. Returns how many it put back, or -1 when the node's
/// stand-ins are not one for one those of its stretch.
long put_back_text(GumboText& text, const Prescan& page, std::deque<std::string>& texts) {
  const char* begin = page.html.data();
  if (text.original_text.data < begin || text.original_text.data > begin + page.html.size()) return 0;
  std::size_t from = static_cast<std::size_t>(text.original_text.data - begin);
  auto by_place = [](const Prescan::HeldText& held, std::size_t offset) { return held.at < offset; };
  auto first = std::lower_bound(page.held_texts.begin(), page.held_texts.end(), from, by_place);
  auto last = std::lower_bound(first, page.held_texts.end(), from + text.original_text.length, by_place);
  if (first == last) return 0;
  std::string_view parsed(text.text);
  std::string& whole = texts.emplace_back();
  std::size_t copied = 0;
  for (auto held = first; held != last; ++held) {
    std::size_t at = parsed.find(k_text_stand_in, copied);
    if (at == std::string_view::npos) return -1;
    whole.append(parsed.substr(copied, at - copied));
    whole.append(page.held_text, held->text, held->length);
    copied = at + k_text_stand_in.size();
  }
  if (parsed.find(k_text_stand_in, copied) != std::string_view::npos) return -1;
  whole.append(parsed.substr(copied));
  text.text = whole.c_str();
  return last - first;
}

}  // namespace

bool put_back_held_values(GumboNode* root, const Prescan& page, std::deque<std::string>& texts) {
  if ((page.held_values.empty() && page.held_texts.empty()) || root == nullptr) return true;
  std::size_t texts_put_back = 0;
  std::vector<GumboNode*> stack{root};
  while (!stack.empty()) {
    GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT && !page.held_texts.empty()) {
      long put_back = put_back_text(node->v.text, page, texts);
      if (put_back < 0) return false;
      texts_put_back += static_cast<std::size_t>(put_back);
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    GumboElement& element = node->v.element;
    if (!page.held_values.empty()) put_back_attributes(element, page);
    for (unsigned i = 0; i < element.children.length; ++i) stack.push_back(static_cast<GumboNode*>(element.children.data[i]));
  }
  return texts_put_back == page.held_texts.size();
}

}  // namespace pith::html
