// URLs from metadata: relative references resolved, hosts read, anything but http(s) refused.
#include <catch2/catch.hpp>
#include <string>

#include "pith/html/url.h"

using pith::html::resolve_url;
using pith::html::url_hostname;

TEST_CASE("image and canonical URLs are made absolute", "[html][url]") {
  const std::string base = "https://news.example.org/2024/03/story.html?page=2";
  struct Case {
    const char* reference;
    const char* absolute;
  };
  const Case cases[] = {
      {"https://cdn.example.net/a.jpg", "https://cdn.example.net/a.jpg"},
      {"//cdn.example.net/a.jpg", "https://cdn.example.net/a.jpg"},
      {"/images/a.jpg", "https://news.example.org/images/a.jpg"},
      {"a.jpg", "https://news.example.org/2024/03/a.jpg"},
      {"../a.jpg", "https://news.example.org/2024/a.jpg"},
      {" /images/a b.jpg ", "https://news.example.org/images/a%20b.jpg"},
      {"/bilder/straße.jpg", "https://news.example.org/bilder/stra%C3%9Fe.jpg"},
      {"http://example.org/x", "http://example.org/x"},
      // Not a web URL.
      {"", ""},
      {"javascript:void(0)", ""},
      {"data:image/png;base64,AAAA", ""},
      {"mailto:desk@example.org", ""},
      {"ftp://example.org/a.jpg", ""},
  };
  for (const Case& c : cases) {
    INFO(c.reference);
    CHECK(resolve_url(base, c.reference) == c.absolute);
  }
  // Without an absolute base, only absolute references stand.
  CHECK(resolve_url("", "/images/a.jpg").empty());
  CHECK(resolve_url("/relative/base", "a.jpg").empty());
  CHECK(resolve_url("", "https://cdn.example.net/a.jpg") == "https://cdn.example.net/a.jpg");
}

TEST_CASE("the host of a page's URL", "[html][url]") {
  CHECK(url_hostname("https://News.Example.org:8080/a?b#c") == "news.example.org");
  CHECK(url_hostname("http://user:pw@www.example.co.uk/") == "www.example.co.uk");
  CHECK(url_hostname("https://example.org") == "example.org");
  CHECK(url_hostname("/relative/path").empty());
  CHECK(url_hostname("mailto:desk@example.org").empty());
  CHECK(url_hostname("").empty());
  CHECK(pith::html::is_web_url("https://example.org/a"));
  CHECK_FALSE(pith::html::is_web_url("//example.org/a"));
}
