// Interim HTML parser: paragraphs of the page, to be replaced by real main-content extraction.
#include "pith/html/html_parser.h"

#include <gumbo.h>

#include <vector>

#include "pith/filters/line_shape.h"
#include "pith/input/utf8.h"

namespace pith {

bool looks_like_html(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  bytes = shape::trim(bytes.substr(0, 1024));
  if (bytes.empty() || bytes[0] != '<') return false;
  static constexpr std::string_view k_starts[] = {"<!doctype", "<html", "<head", "<body", "<div", "<!--",
                                                  "<meta", "<title", "<p", "<article", "<?xml", "<section"};
  for (std::string_view start : k_starts)
    if (shape::starts_with_ci(bytes, start)) return true;
  return false;
}

namespace {
void collect_text(const GumboNode* node, std::string& out) {
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      out += n->v.text.text;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& children = n->v.element.children;
      for (unsigned i = children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
  }
}
}  // namespace

bool parse_html(std::string_view bytes, const Config&, Document& doc, std::string*) {
  std::string text(bytes);
  utf8::repair(text);
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, text.data(), text.size());
  std::vector<const GumboNode*> stack{output->root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n->v.element.tag == GUMBO_TAG_P) {
      Block block;
      collect_text(n, block.text);
      doc.blocks.push_back(std::move(block));
      continue;
    }
    const GumboVector& children = n->v.element.children;
    for (unsigned i = children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return true;
}

}  // namespace pith
