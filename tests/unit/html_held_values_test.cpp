// Held attribute names and values: the tree after put_back_held_values() has the attributes
// Gumbo gives the page written out in full.
#include <catch2/catch.hpp>

#include <gumbo.h>

#include <deque>
#include <string>
#include <vector>

#include "pith/config.h"
#include "pith/document.h"
#include "pith/html/gumbo_arena.h"
#include "pith/html/held_values.h"
#include "pith/html/html_parser.h"
#include "pith/html/prescan.h"

namespace {

/// Each node of the tree in document order, one line each: elements with every attribute
/// that `kept` (a tree from the same page) also has, by name and value; text as it is.
void describe(const GumboNode* node, const GumboNode* kept, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    out += "text ";
    out += node->v.text.text;
    out += '\n';
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  const GumboElement& element = node->v.element;
  out += '<';
  out += gumbo_normalized_tagname(element.tag);
  for (unsigned i = 0; i < element.attributes.length; ++i) {
    const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
    if (kept != nullptr && gumbo_get_attribute(&kept->v.element.attributes, attribute->name) == nullptr) continue;
    out += ' ';
    out += attribute->name;
    out += "=[";
    out += attribute->value;
    out += ']';
  }
  out += ">\n";
  for (unsigned i = 0; i < element.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
    const GumboNode* kept_child = nullptr;
    if (kept != nullptr && i < kept->v.element.children.length)
      kept_child = static_cast<const GumboNode*>(kept->v.element.children.data[i]);
    describe(child, kept_child != nullptr && kept_child->type == child->type ? kept_child : nullptr, out);
  }
}

}  // namespace

TEST_CASE("held attribute names and values are put back as Gumbo reads them written out", "[html][prescan]") {
  const std::string pages[] = {
      "<div class=\"story main\" id=\"top\" role=\"main\" data-x=\"1\"><p class=lead>Text</p></div>",
      // References, carriage returns, NUL, controls, C1 controls and noncharacters are Gumbo's
      // to read; other bytes (UTF-8 too) read as written.
      "<p class=\"a&amp;b\" id=\"x\ry\">1</p><p class=\"a\x01z\">2</p><p class=\"caf\xC3\xA9 \xC2\x85\">3</p>"
      "<p class=\"\xEF\xB7\x90 \xE6\x9D\xB1\">4</p>",
      std::string("<p class=\"nul\0here\">5</p>", 24),
      // Unquoted, empty and valueless values; '/' inside an unquoted value; self-closing tags.
      "<p class=plain id= spaced role=\"\" hidden>6</p><img class=icon/><br class=\"x\" /><svg class=\"s\"/>",
      // A second <body> gives the first what it lacks, by name; formatting elements keep all.
      "<body class=\"one\"><p>7</p><body id=\"second\" class=\"ignored\"><b class=\"bold\">8</b><p>9</p></body>",
      // Stand-ins after a numeric reference the prescan clamps (its digits get fewer).
      "<p class=\"before\">&#x110000000;</p><div class=\"after\" id=\"later\">13</div>",
      // The parser reads <input type> (in a table) and <annotation-xml encoding>.
      "<table><input type=hidden class=\"in\"><tr><td class=\"cell\">10</td></tr></table>"
      "<math><annotation-xml encoding=\"text/html\"><div class=\"inside\">11</div></annotation-xml></math>",
      // Many attributes, names in capitals, duplicates.
      "<DIV CLASS=\"Up\" Id=\"I\" class=\"dup\" itemprop=\"articleBody\" content=\"c\" property=\"p\" name=\"n\" "
      "rel=\"r\" src=\"s.js\" data-src=\"d\" aria-hidden=\"true\" datetime=\"2020\" href=\"/h\" title=\"t\" "
      "lang=\"en\" style=\"display:none\">12</DIV>",
      "<head><meta property=\"og:title\" content=\"Headline\"><link rel=\"canonical\" href=\"https://a.example/x\">"
      "</head><body><abbr class=\"published\" title=\"2019-03-05\">5 March</abbr></body>",
  };
  for (const std::string& page : pages) {
    INFO(page);
    pith::html::PrescanOptions keep_all;
    keep_all.drop_unread = false;
    pith::html::Prescan whole = pith::html::prescan(page, keep_all);
    pith::html::Prescan held = pith::html::prescan(page);
    pith::html::GumboArena whole_arena, held_arena;
    GumboOptions whole_options = whole_arena.options(), held_options = held_arena.options();
    GumboOutput* whole_tree = gumbo_parse_with_options(&whole_options, whole.html.data(), whole.html.size());
    GumboOutput* held_tree = gumbo_parse_with_options(&held_options, held.html.data(), held.html.size());
    std::deque<std::string> texts;
    CHECK(pith::html::put_back_held_values(held_tree->root, held, texts));
    std::string expected, got;
    // The prescan leaves out attributes no stage reads: only those it kept are compared.
    describe(held_tree->root, nullptr, got);
    describe(whole_tree->root, held_tree->root, expected);
    CHECK(got == expected);
  }
}

namespace {

/// The tree Gumbo gives `page` after the prescan, text held (`hold_text`) or not, as describe()
/// writes it; `put_back` says whether put_back_held_values() took the tree.
std::string tree_of(const std::string& page, bool hold_text, bool* put_back = nullptr) {
  pith::html::PrescanOptions options;
  options.hold_text = hold_text;
  pith::html::Prescan scan = pith::html::prescan(page, options);
  pith::html::GumboArena arena;
  GumboOptions gumbo_options = arena.options();
  GumboOutput* tree = gumbo_parse_with_options(&gumbo_options, scan.html.data(), scan.html.size());
  std::deque<std::string> texts;
  bool taken = pith::html::put_back_held_values(tree->root, scan, texts);
  if (put_back != nullptr) *put_back = taken;
  std::string out;
  describe(tree->root, nullptr, out);
  return out;
}

std::size_t held_texts(const std::string& page) {
  pith::html::PrescanOptions options;
  options.hold_text = true;
  return pith::html::prescan(page, options).held_texts.size();
}

}  // namespace

TEST_CASE("held runs of text are put back as Gumbo reads them written out", "[html][prescan]") {
  struct Case {
    std::string page;
    std::size_t held;  // runs held
  };
  const Case cases[] = {
      {"<p>Some words of the article.</p><p>Short</p><p>Abc</p>", 2},  // three bytes stay
      // Runs split at references, white-space runs and tags; runs of several words.
      {"<div>Tom &amp; Jerry went home   and then\n\nthey slept well.<b>bold words here</b> tail end</div>", 4},
      // Text in a table is moved out before it (foster parenting), with its stand-in.
      {"<table>stray words before<tr><td>a cell with words</td></tr>more stray words</table>", 3},
      // Formatting elements the parser reopens around the text that follows.
      {"<p><b>bold <i>and italic</p><p>words after the paragraph</p>", 3},
      // In the head, text ends it; text after </body> and </html> goes into the body.
      {"<html><head><title>A title text</title>words in the head</head><body>body words here</body></html>"
       "words after the end",
       3},
      // UTF-8 words are held; bytes Gumbo replaces (C1 controls, noncharacters) are not.
      {"<p>caf\xC3\xA9 au lait \xE6\x9D\xB1\xE4\xBA\xAC words</p><p>bad \xC2\x85 control here</p>"
       "<p>nonchar \xEF\xB7\x90 here too</p>",
       1},
      // Not in a bogus comment ("<!x", "<?", "</ x", each up to the next '>', here joined with
      // the words after) or a CDATA section, nor <pre>'s first line feed; raw text (<textarea>,
      // <title>, even in <svg>) is left as it is.
      {"<p>a <!bogus comment words> b <?php echo words ?> c </ not a tag words> after the comments</p>"
       "<svg><![CDATA[character data words]]></svg><pre>\npreformatted words\n  here</pre>"
       "<textarea>textarea words here</textarea>",
       2},
      // Select options, foreign content.
      {"<select><option>first option words<option>second option words</select>"
       "<math><mi>math words here</mi></math><svg><title>svg title words</title></svg>",
       3},
  };
  for (const Case& c : cases) {
    INFO(c.page);
    bool put_back = false;
    std::string held = tree_of(c.page, true, &put_back);
    CHECK(put_back);
    CHECK(held == tree_of(c.page, false));
    CHECK(held_texts(c.page) == c.held);
  }
}

TEST_CASE("a page the held runs of text do not fit is parsed without them", "[html][prescan]") {
  // In a frameset the parser drops text but white space; a page that holds the stand-in itself.
  bool put_back = true;
  tree_of("<frameset><frame src=a>words dropped by the parser</frameset>", true, &put_back);
  CHECK_FALSE(put_back);
  CHECK(held_texts("<p>icon \xEE\x80\x80 and more words here</p>") == 0);
  // A reference to the stand-in in a node with held runs.
  tree_of("<p>words before it  &#xE000;  words after it</p>", true, &put_back);
  CHECK_FALSE(put_back);
  // The whole path gives the frameset page's text as without the held runs.
  pith::Config config;
  for (const std::string page : {"<frameset><frame src=a>words dropped by the parser</frameset>",
                                  "<p>words before it  &#xE000;  words after it, and more words</p>"}) {
    INFO(page);
    pith::Document held, whole;
    std::string err;
    REQUIRE(pith::parse_html(page, config, held, &err, pith::UnreadMarkup::dropped));
    REQUIRE(pith::parse_html(page, config, whole, &err, pith::UnreadMarkup::kept));
    REQUIRE(held.blocks.size() == whole.blocks.size());
    for (std::size_t i = 0; i < held.blocks.size(); ++i) CHECK(held.blocks[i].text == whole.blocks[i].text);
  }
}
