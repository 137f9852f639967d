// The prescan: raw-text elements end where the HTML standard says, JSON-LD is kept, depth is capped.
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <string>
#include <vector>

#include "pith/html/prescan.h"
#include "pith/output/writers.h"
#include "pith/pipeline.h"
#include "unit/test_support.h"

using pith::html::prescan;

namespace {

/// The prescan with nesting capped at `max_depth`.
pith::html::Prescan prescan_to_depth(std::string_view page, std::size_t max_depth) {
  pith::html::PrescanOptions options;
  options.max_depth = max_depth;
  return prescan(page, options);
}

/// The page as Gumbo would read it were the names and values the prescan held out written
/// back (held values quoted).
std::string with_held_values(const pith::html::Prescan& scan) {
  std::string out;
  std::size_t copied = 0;
  for (const pith::html::Prescan::HeldValue& held : scan.held_values) {
    out.append(scan.html, copied, held.at - copied);
    if (held.name != nullptr) out += held.name;
    else REQUIRE(scan.html[held.at] == 'x');
    if (held.value != pith::html::Prescan::k_value_as_parsed) {
      if (held.name != nullptr) out += '=';
      out += '"';
      out += scan.held_text.c_str() + held.value;
      out += '"';
    }
    copied = held.at + 1;
  }
  out.append(scan.html, copied);
  return out;
}

/// The prescan that keeps every attribute and all white space.
pith::html::Prescan prescan_keeping_all(std::string_view page) {
  pith::html::PrescanOptions options;
  options.drop_unread = false;
  return prescan(page, options);
}

}  // namespace

TEST_CASE("script and style bodies are dropped up to their standard end", "[html][prescan]") {
  struct Case {
    std::string page;
    std::string expected;
  };
  const Case cases[] = {
      {"<p>a</p><script>var s = '<p>not text</p>';</script><p>b</p>", "<p>a</p><script></script><p>b</p>"},
      {"<p>a</p><style>p::after { content: '</p>' }</STYLE ><p>b</p>", "<p>a</p><style></STYLE ><p>b</p>"},
      // "</scripts" is not the end of a script: the name must end at white space, '/' or '>'.
      {"<p>a</p><script>x = '</scripts>';</script>b", "<p>a</p><script></script>b"},
      // Inside an escape, a nested <script> makes the next </script> part of the data.
      {"<p>a</p><script><!-- document.write('<script>f()</script>'); --></script>b", "<p>a</p><script></script>b"},
      // An unclosed script swallows the rest of the page, as in a browser.
      {"<p>a</p><script>if (a < b) {", "<p>a</p><script>"},
      {"<p>a<!-- a comment with <div> inside -->b</p>", "<p>ab</p>"},
      {"<textarea><div>typed</div></textarea>", "<textarea><div>typed</div></textarea>"},
  };
  for (const Case& c : cases) {
    INFO(c.page);
    CHECK(prescan(c.page).html == c.expected);
  }
}

TEST_CASE("JSON-LD is kept for metadata", "[html][prescan]") {
  auto result = prescan(
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
      "<script TYPE='Application/LD+JSON'>[1]</script><script>var x = 1;</script>");
  REQUIRE(result.json_ld.size() == 2);
  CHECK(result.json_ld[0] == "{\"@type\":\"NewsArticle\"}");
  CHECK(result.json_ld[1] == "[1]");
}

TEST_CASE("nesting deeper than the cap loses tags, never text", "[html][prescan]") {
  std::string page;
  for (int i = 0; i < 10; ++i) page += "<div>";
  page += "deep text";
  for (int i = 0; i < 10; ++i) page += "</div>";
  page += "<p>after</p>";
  auto result = prescan_to_depth(page, 4);
  CHECK(result.dropped_tags == 6);
  CHECK(result.html.find("deep text") != std::string::npos);
  CHECK(result.html.find("<p>after</p>") != std::string::npos);
  std::size_t opened = 0, closed = 0;
  for (std::size_t at = result.html.find("<div>"); at != std::string::npos; at = result.html.find("<div>", at + 1)) ++opened;
  for (std::size_t at = result.html.find("</div>"); at != std::string::npos; at = result.html.find("</div>", at + 1)) ++closed;
  CHECK(opened == 4);
  CHECK(closed == 4);
}

TEST_CASE("elements the parser closes itself add no depth", "[html][prescan]") {
  std::string page;
  for (int i = 0; i < 50; ++i) page += "<p>paragraph <li>item <br><img src=x>";
  CHECK(prescan_to_depth(page, 4).dropped_tags == 0);
}

TEST_CASE("unclosed formatting tags are bounded, their text kept", "[html][prescan]") {
  std::string page;
  for (int i = 0; i < 100; ++i) page += "<b class=\"c" + std::to_string(i) + "\">word" + std::to_string(i) + " <p>";
  auto result = prescan(page);
  CHECK(result.dropped_tags == 100 - pith::html::k_max_formatting);
  CHECK(result.html.find("word99") != std::string::npos);
  // Closed formatting tags do not count against the bound, and <a> closes its predecessor.
  std::string tidy;
  for (int i = 0; i < 100; ++i) tidy += "<p><b>bold</b> <i>italic</i> <a href=x>link <a href=y>next</p>";
  CHECK(prescan(tidy).dropped_tags == 0);
}

TEST_CASE("tags the parser would choke on are cut as the standard allows", "[html][prescan]") {
  // The page ends inside a tag: the parser drops that tag (eof-in-tag), and so does the prescan.
  std::string unterminated = "<p>kept text</p><div class=\"x";
  CHECK(prescan(unterminated).html == "<p>kept text</p>");
  // Thousands of attributes on one tag: the first ones are kept and the tag is closed.
  std::string many = "<div";
  for (int i = 0; i < 5000; ++i) many += " a" + std::to_string(i) + "=\"v\"";
  many += ">inside</div>";
  std::string out = prescan_keeping_all(many).html;
  CHECK(out.size() < many.size() / 4);
  CHECK(out.find(" a0=\"v\"") != std::string::npos);
  CHECK(out.find(">inside</div>") != std::string::npos);
  // Quoted '>' inside attribute values does not end the tag.
  CHECK(prescan_keeping_all("<a title=\"a > b\" href='x>y'>link</a>").html == "<a title=\"a > b\" href='x>y'>link</a>");
}

TEST_CASE("elements past the element cap lose their tags but never their text", "[html][prescan]") {
  std::string page = "<body><div>";
  std::size_t paragraphs = pith::html::k_max_elements + 1000;
  for (std::size_t i = 0; i < paragraphs; ++i) page += "<p>w" + std::to_string(i) + "</p>";
  page += "</div></body>";
  auto result = prescan(page);
  // <body> and <div> count too, so 1,002 paragraph tags go; every word stays.
  CHECK(result.dropped_tags == 1002);
  CHECK(result.html.find("w0<") != std::string::npos);
  CHECK(result.html.find(" w" + std::to_string(paragraphs - 1) + " ") != std::string::npos);
  CHECK(result.html.ends_with("</div></body>"));

  std::string ordinary = "<body>";
  for (int i = 0; i < 2000; ++i) ordinary += "<p>a</p>";
  CHECK(prescan(ordinary).dropped_tags == 0);
}

TEST_CASE("every byte of the rewritten page maps back to where it came from", "[html][prescan]") {
  const std::string pages[] = {
      "<p>one</p>\n<script>\nvar a = 1;\n</script>\n<p>two</p><!-- a\ncomment -->\n<p>three</p>",
      "<!doctype html>\n<html><body><style>p{}\n</style><p>one</p><!doctype html><p>two</p>"
      "<script type=\"application/ld+json\">{}</script>\n<p>three</p>",
      "<div><div><div><p>one</p></div></div></div>\x01<p>two</p><b><i><u>x</u></i></b>\n<p>three</p>",
      // numeric references clamped to FFFD move the bytes after them
      "<p>&#xFFFFFFFFFF; one</p><!-- c -->\n<p>two &#99999999999;</p>\n<p>&#x110000;three</p>",
      "<p>&#x1<!-- c -->FFFFFFFFF one</p>\n<p>&#1<!---->2345678901 two</p><p>three &#65;</p>",
      // the body of a raw-text element after its tag was rebuilt shorter
      "<textarea class=\"a long class value\" data-x=\"1\">one</textarea><title id=\"page-title\">two</title>"
      "<iframe width=\"5\" class=\"frame\">three</iframe>",
  };
  for (const std::string& page : pages) {
    pith::html::Prescan out = prescan_to_depth(page, 2);
    for (const char* word : {"one", "two", "three"}) {
      INFO(page << " / " << word);
      std::size_t at = out.html.find(word);
      REQUIRE(at != std::string::npos);
      CHECK(out.page_offset(at) == page.find(word));
    }
  }
}

TEST_CASE("numeric references past U+10FFFF are clamped before Gumbo adds up their digits", "[html][prescan]") {
  struct Case {
    std::string page;
    std::string expected;
  };
  const Case cases[] = {
      {"<p>&#xFFFFFFFF;<b>x</b></p>", "<p>&#xFFFD;<b>x</b></p>"},
      {"<p>a &#X1234567890abcdef0 <i>b</i>", "<p>a &#XFFFD <i>b</i>"},
      {"<p>&#x110000;</p>", "<p>&#xFFFD;</p>"},
      {"<p>&#99999999999;<br>&#4112114112</p>", "<p>&#65533;<br>&#65533</p>"},
      {"<p>&#1114112; and &#x0000000110000;</p>", "<p>&#65533; and &#xFFFD;</p>"},
      {"<a class=\"&#x7FFFFFFF;\">t</a>", "<a class=\"&#xFFFD;\">t</a>"},
      {"<p>&#x0000000110000;</p><div class=\"after\">x</div>", "<p>&#xFFFD;</p><div class=\"after\">x</div>"},
      {"<title>&#x100000000;</title>", "<title>&#xFFFD;</title>"},
      // near misses: the largest code point, leading zeros, ordinary references and ampersands
      {"<p>&#x10FFFF; &#1114111; &#x0000000041; &#0000000065; &#65;</p>",
       "<p>&#x10FFFF; &#1114111; &#x0000000041; &#0000000065; &#65;</p>"},
      {"<p>&#; &#x; &#xZZ; AT&T &amp; R&#D</p>", "<p>&#; &#x; &#xZZ; AT&T &amp; R&#D</p>"},
  };
  for (const Case& c : cases) {
    INFO(c.page);
    CHECK(with_held_values(prescan(c.page)) == c.expected);
  }
}

TEST_CASE("a page with an overflowing numeric reference keeps the markup after it", "[html][prescan]") {
  pith::Config config;
  std::string err;
  auto pipeline = pith::Pipeline::create(config, &err);
  REQUIRE(pipeline);
  for (const char* reference : {"&#xFFFFFFFF;", "&#xFFFFFFFFFFFF", "&#x80000000;", "&#99999999999;"}) {
    INFO(reference);
    std::string page = std::string("<html><body><article><p>The price rose to ") + reference +
                       "<b>twelve</b> dollars on Monday, traders said.</p><p>Markets closed early.</p></article></body></html>";
    pith::Document doc;
    REQUIRE(pipeline->clean(page, "page.html", &doc, &err));
    std::string text = pith::kept_text(doc);
    CHECK(text.find("The price rose to \xEF\xBF\xBD" "twelve dollars on Monday") != std::string::npos);
    CHECK(text.find("<b>") == std::string::npos);
    CHECK(text.find("Markets closed early.") != std::string::npos);
  }
}

namespace {

/// The attribute names the HTML stages read, as their sources spell them: the string literal
/// passed to attribute() or gumbo_get_attribute(), or each name of the `for (const char* x :
/// {...})` list whose variable is passed.
std::vector<std::string> attribute_names_read(const std::string& source) {
  std::vector<std::string> names;
  auto literal_at = [&](std::size_t at) {
    std::size_t close = source.find('"', at + 1);
    return source.substr(at + 1, close - at - 1);
  };
  for (std::size_t call = source.find("attribute("); call != std::string::npos;
       call = source.find("attribute(", call + 1)) {
    int depth = 0;
    std::size_t at = call + std::string("attribute(").size();
    for (; at < source.size() && !(depth == 0 && (source[at] == ',' || source[at] == ')')); ++at)
      depth += source[at] == '(' ? 1 : source[at] == ')' ? -1 : 0;
    if (at >= source.size() || source[at] != ',') continue;
    do ++at;
    while (source[at] == ' ');
    if (source[at] == '"') {
      names.push_back(literal_at(at));
      continue;
    }
    std::size_t end = at;
    while (std::isalnum(static_cast<unsigned char>(source[end])) || source[end] == '_') ++end;
    std::string loop = "for (const char* " + source.substr(at, end - at) + " : {";
    std::size_t list = source.rfind(loop, call);
    if (list == std::string::npos) continue;
    std::size_t list_end = source.find('}', list);
    for (std::size_t quote = source.find('"', list); quote < list_end; quote = source.find('"', quote + 1)) {
      names.push_back(literal_at(quote));
      quote = source.find('"', quote + 1);
    }
  }
  return names;
}

}  // namespace

TEST_CASE("every attribute a stage reads is one the prescan keeps", "[html][prescan]") {
  namespace fs = std::filesystem;
  std::size_t found = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(pith::test::source_dir()) / "src" / "pith" / "html")) {
    if (entry.path().extension() != ".cpp") continue;
    for (const std::string& name : attribute_names_read(pith::test::read_file(entry.path().string()))) {
      INFO(entry.path().filename().string() << ": " << name);
      std::string lowered = name;
      for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      CHECK(pith::html::is_read_attribute(lowered));
      ++found;
    }
  }
  CHECK(found >= 20);  // the sources were read (attribute() is called some 40 times)
  // Near misses: names no stage reads, and the names found above must not be a blanket yes.
  for (const char* unread : {"srcset", "onclick", "data-lazy", "longdesc", "alt", "width", "xmlns", "d"})
    CHECK_FALSE(pith::html::is_read_attribute(unread));
}

TEST_CASE("attributes no stage reads and runs of white space are left out", "[html][prescan]") {
  struct Case {
    std::string page;
    std::string expected;
  };
  const Case cases[] = {
      {"<div class=\"story\" data-id=\"7\" onclick=\"go()\" style=\"color:red\">Text</div>",
       "<div class=\"story\">Text</div>"},
      {"<img src=\"a.jpg\" srcset=\"a.jpg 1x, b.jpg 2x\" alt=\"A\" class=\"photo\">",
       "<img class=\"photo\">"},
      // Read where a stage reads them: hidden styles, meta names, embed sources, input types.
      {"<p style=\"DISPLAY: none\" title=\"t\">x</p>", "<p style=\"DISPLAY: none\">x</p>"},
      {"<p style=\"dis play:none\">x</p>", "<p style=\"dis play:none\">x</p>"},
      {"<meta name=\"author\" content=\"Ann\"><span name=\"n\">x</span>", "<meta name=\"author\" content=\"Ann\"><span>x</span>"},
      {"<p>x</p><link rel=\"Canonical\" href=\"/a\"><link rel=\"stylesheet\" href=\"/s.css\"><link href=\"/b\">",
       "<p>x</p><link rel=\"Canonical\" href=\"/a\"><link rel=\"stylesheet\"><link>"},
      {"<iframe src=\"https://www.youtube.com/embed/x\" width=\"5\"></iframe>",
       "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>"},
      {"<blockquote class=\"twitter-tweet\" src=\"s\">x</blockquote>",
       "<blockquote class=\"twitter-tweet\" src=\"s\">x</blockquote>"},
      {"<table><input type=hidden name=q><tr><td>x</td></tr></table>",
       "<table><input type=hidden><tr><td>x</td></tr></table>"},
      // Formatting elements keep all: the parser tells them apart by every attribute.
      {"<b title=\"1\" data-x=\"y\">x</b>", "<b title=\"1\" data-x=\"y\">x</b>"},
      // Self-closing and unquoted values survive the rewrite; the first of duplicates is kept.
      // An unquoted value takes the '/' in: no self-closing tag.
      {"<svg viewBox=\"0 0 1 1\" class=icon/>", "<svg class=\"icon/\">"},
      {"<br data-x=\"1\" />a", "<br />a"},
      {"<div id=a id=b title=c>x</div>", "<div id=\"a\">x</div>"},
      {"<a href=\"/x\" rel=\"tag\" target=\"_blank\">t</a>", "<a rel=\"tag\">t</a>"},
      // Inside <svg> the parser reads xlink:role as role.
      {"<svg><a xlink:href=\"/x\" xlink:role=\"nav\" xlink:title=\"t\">t</a></svg>",
       "<svg><a xlink:role=\"nav\">t</a></svg>"},
      // White space: a run becomes its first byte, but inside <pre>, after a reference that
      // opens a text node, and in runs holding a carriage return.
      {"<p>\n    one    two\n</p>", "<p>\none two\n</p>"},
      {"<pre>  a\n\n  b</pre>  c", "<pre>  a\n\n  b</pre> c"},
      {"<p>&#32;\n\n  x</p>", "<p>&#32;\n\n  x</p>"},
      {"<p>a\r\n\r\n  b</p>", "<p>a\r\n\r\n  b</p>"},
      {"<pre><table><td></pre>  x", "<pre><table><td></pre>  x"},
      {"<pre/>  a\n\n  b</pre>  c", "<pre/>  a\n\n  b</pre> c"},
  };
  for (const Case& c : cases) {
    INFO(c.page);
    CHECK(with_held_values(prescan(c.page)) == c.expected);
    CHECK(prescan_keeping_all(c.page).html == c.page);
  }
  pith::html::PrescanOptions links;
  links.link_targets = true;
  CHECK(with_held_values(prescan("<a href=\"/x\" target=\"_blank\">t</a>", links)) == "<a href=\"/x\">t</a>");
}

TEST_CASE("in the head, white space between tags and what metadata does not read are left out", "[html][prescan]") {
  struct Case {
    std::string page;
    std::string expected;
  };
  const Case cases[] = {
      // Read names (name, property or itemprop, any case) stay; the rest of the head's metas go.
      {"<html><head>\n  <meta charset=\"utf-8\">\n  <meta name=\"viewport\" content=\"w\">\n"
       "  <META PROPERTY=\"og:Title\" CONTENT=\"T\">\n  <title>T</title>\n</head>\n<body>\n<p>x</p></body></html>",
       "<html><head><META property=\"og:Title\" content=\"T\"><title>T</title></head>\n<body>\n<p>x</p></body></html>"},
      {"<head><meta name='twitter:card' content=summary><meta name=Description content=d>\t<link rel=canonical "
       "href=/a></head>",
       "<head><meta name=\"Description\" content=\"d\"><link rel=\"canonical\" href=\"/a\"></head>"},
      // Microdata, the content language, and a name spelt with a reference are kept.
      {"<meta itemprop=\"headline\" content=\"H\"> <meta http-equiv=\"Content-Language\" content=\"de\"> "
       "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\"> <meta name=\"og&#58;title\" content=\"T\">",
       "<meta itemprop=\"headline\" content=\"H\"><meta http-equiv=\"Content-Language\" content=\"de\"><meta "
       "name=\"og&#58;title\" content=\"T\">"},
      // Past the head (a body tag, text, </head>) metas and white space stay.
      {"<p>x</p> <meta name=\"viewport\" content=\"w\">", "<p>x</p> <meta name=\"viewport\" content=\"w\">"},
      {"<head>x <meta name=viewport>", "<head>x <meta name=\"viewport\">"},
      {"<head></head> <meta name=viewport>", "<head></head> <meta name=\"viewport\">"},
      {"<div></div>\n<meta name=viewport>", "<div></div>\n<meta name=\"viewport\">"},
      // Scripts, styles and links but rel="canonical" and rel="image_src" go too, with their end
      // tags where the standard puts them.
      {"<head><link rel=stylesheet href=/s.css><LINK REL=\"Image_Src\" href=/i.jpg><script>x = '</scripts>';</script>"
       "<script><!-- w('<script>f()</script>'); --></SCRIPT ><style>p::after { content: '</p>' }</style >"
       "<title>T</title>",
       "<head><LINK rel=\"Image_Src\" href=\"/i.jpg\"><title>T</title>"},
      {"<head><script>if (a < b) {", "<head>"},
      {"<head><style>a{}</style", "<head>"},
      // Head tags and ignored end tags leave the head open; a script inside a <noscript> of the
      // head would close it, so it stays there.
      {"<head><noscript><meta name=x><script>s()</script></noscript>\n<style>a{}</style> <script>s()</script>\n"
       "</span>\n<meta name=y>",
       "<head><noscript><script></script></noscript></span>"},
      // White space holding a carriage return stays (the parser's offsets count "\r\n" as one).
      {"<head>\r\n<meta name=\"author\" content=\"A\">\n", "<head>\r\n<meta name=\"author\" content=\"A\">"},
      // A DOCTYPE after a left-out meta is as stray as it was: the page stays in quirks mode.
      {"<meta name=viewport content=w><!DOCTYPE html><p>x", "<p>x"},
  };
  for (const Case& c : cases) {
    INFO(c.page);
    CHECK(with_held_values(prescan(c.page)) == c.expected);
  }
  CHECK(prescan_keeping_all("<head>\n<meta name=viewport>\n</head>").html == "<head>\n<meta name=viewport>\n</head>");
}
