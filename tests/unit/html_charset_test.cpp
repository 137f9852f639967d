// Charset decoding: declarations, BOMs, detection, and bytes that do not decode.
#include <catch2/catch.hpp>

#include <string>

#include "pith/html/charset.h"
#include "pith/input/utf8.h"

using pith::html::declared_charset;
using pith::html::decode_to_utf8;

TEST_CASE("declared charsets are read from meta tags and BOMs", "[html][charset]") {
  struct Case {
    std::string page;
    std::string charset;
  };
  const Case cases[] = {
      {"<meta charset=\"ISO-8859-2\"><p>x", "iso-8859-2"},
      {"<html><head><META CHARSET=windows-1251>", "windows-1251"},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">", "shift_jis"},
      {"<meta content='text/html; charset=koi8-r' http-equiv='content-type'>", "koi8-r"},
      {"\xEF\xBB\xBF<html><meta charset=\"latin1\">", "utf-8"},
      {"<html><head><title>No declaration</title>", ""},
      {"<p>The charset=utf-16 of this sentence is not a meta tag.</p>", ""},
  };
  for (const Case& c : cases) {
    INFO(c.page);
    CHECK(declared_charset(c.page) == c.charset);
  }
}

TEST_CASE("legacy charsets decode to UTF-8", "[html][charset]") {
  struct Case {
    std::string page;
    std::string expected;
  };
  const Case cases[] = {
      // windows-1252, declared as latin1 (which the encoding standard reads as windows-1252)
      {"<meta charset=\"iso-8859-1\"><p>Caf\xE9 cr\xE8me \x93quoted\x94</p>", "Café crème “quoted”"},
      // windows-1251 Russian
      {"<meta charset=\"windows-1251\"><p>\xCF\xF0\xE8\xE2\xE5\xF2</p>", "Привет"},
      // Shift_JIS Japanese
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>\x93\xFA\x96\x7B</p>", "日本"},
  };
  for (const Case& c : cases) {
    std::string out = decode_to_utf8(c.page);
    INFO(out);
    CHECK(out.find(c.expected) != std::string::npos);
    CHECK(pith::utf8::is_valid(out));
  }
}

TEST_CASE("UTF-8 pages stay as they are even under a stale declaration", "[html][charset]") {
  std::string page = "<meta charset=\"windows-1252\"><p>Zürich – “quotes” and 東京</p>";
  CHECK(decode_to_utf8(page) == page);
}

TEST_CASE("undecodable bytes become U+FFFD, never a crash", "[html][charset]") {
  for (std::string page : {std::string("<p>broken \xC3\x28 sequence and \xFF\xFE\xFD bytes</p>"),
                           std::string("<meta charset=\"no-such-charset\"><p>\x80\x81\x82</p>"),
                           std::string("<meta charset=\"utf-8\"><p>truncated \xE2\x82</p>"),
                           std::string("\xFF\xFE<\0p\0>\0", 8)}) {
    std::string out = decode_to_utf8(page);
    CHECK(pith::utf8::is_valid(out));
  }
  CHECK(decode_to_utf8("<meta charset=utf-8><p>broken \xC3\x28 sequence</p>").find("\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("pages without a declaration are detected", "[html][charset]") {
  // Enough Russian text in KOI8-R for ICU's detector to be sure of it.
  std::string koi8 = "<html><body><p>";
  for (int i = 0; i < 20; ++i) koi8 += "\xF0\xD2\xC9\xD7\xC5\xD4, \xCD\xC9\xD2! \xFC\xD4\xCF \xD4\xC5\xD3\xD4. ";
  koi8 += "</p></body></html>";
  std::string out = decode_to_utf8(koi8);
  CHECK(pith::utf8::is_valid(out));
  CHECK(out.find("Привет, мир!") != std::string::npos);
}

TEST_CASE("the copy-free decoding reads as the copying one, and copies only pages not in UTF-8", "[html][charset]") {
  struct Case {
    std::string page;
    bool copied;
  };
  const Case cases[] = {
      {"<meta charset=\"windows-1252\"><p>Zürich – “quotes” and 東京</p>", false},
      {"\xEF\xBB\xBF<p>BOM first</p>", false},
      {"<p>plain ASCII</p>", false},
      {"<meta charset=\"windows-1252\"><p>caf\xE9</p>", true},
      {"<meta charset=utf-8><p>broken \xC3\x28 sequence</p>", true},
      {std::string("\xFF\xFE<\0p\0>\0", 8), true},
  };
  for (const Case& c : cases) {
    INFO(c.page);
    std::string storage;
    std::string_view out = pith::html::decode_to_utf8(c.page, storage);
    CHECK(out == decode_to_utf8(c.page));
    bool inside_page = out.data() >= c.page.data() && out.data() + out.size() <= c.page.data() + c.page.size();
    CHECK(inside_page == !c.copied);
  }
}
