// Metadata: meta tags, canonical link, html lang and JSON-LD, in order of trust.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pith/html/html_parser.h"
#include "pith/html/meta_names.h"
#include "pith/html/dateline.h"
#include "pith/html/metadata.h"
#include "unit/test_support.h"

namespace {

pith::Metadata metadata_of(const std::string& head, const std::string& html_attrs = "") {
  std::string page = "<!doctype html><html" + html_attrs + "><head>" + head +
                     "</head><body><p>Body text of the page, long enough to be read as a paragraph.</p></body></html>";
  pith::Document doc;
  std::string err;
  REQUIRE(pith::parse_html(page, pith::Config{}, doc, &err));
  return doc.meta;
}

}  // namespace

TEST_CASE("Open Graph and article tags give the metadata", "[html][metadata]") {
  pith::Metadata meta = metadata_of(
      "<title>Storm closes ferry port | Island Times</title>"
      "<meta property=\"og:title\" content=\"Storm closes ferry port\">"
      "<meta property=\"og:site_name\" content=\"Island Times\">"
      "<meta property=\"og:url\" content=\"https://island.example/storm\">"
      "<meta property=\"article:published_time\" content=\"2021-02-03T04:05:06Z\">"
      "<meta name=\"author\" content=\"Iain MacLeod\">"
      "<meta name=\"description\" content=\"Gales stop all sailings.\">",
      " lang=\"gd\"");
  CHECK(meta.title == "Storm closes ferry port");
  CHECK(meta.site_name == "Island Times");
  CHECK(meta.url == "https://island.example/storm");
  CHECK(meta.date == "2021-02-03T04:05:06Z");
  CHECK(meta.author == "Iain MacLeod");
  CHECK(meta.description == "Gales stop all sailings.");
  CHECK(meta.language == "gd");
}

TEST_CASE("JSON-LD fills what tags leave out, in any of its shapes", "[html][metadata]") {
  const char* scripts[] = {
      R"({"@type":"NewsArticle","headline":"Mill reopens","datePublished":"2019-07-08","author":{"name":"Ana Ruiz"},"publisher":{"@type":"Organization","name":"Valley Post"}})",
      R"([{"@type":"BreadcrumbList"},{"@type":["Article","NewsArticle"],"headline":"Mill reopens","datePublished":"2019-07-08T10:00:00+02:00","author":[{"@type":"Person","name":"Ana Ruiz"}],"publisher":{"name":"Valley Post"}}])",
      R"({"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Valley Post"},{"@type":"BlogPosting","headline":"Mill reopens","datePublished":"2019-07-08","author":"Ana Ruiz","publisher":{"name":"Valley Post"}}]})",
  };
  for (const char* script : scripts) {
    INFO(script);
    pith::Metadata meta =
        metadata_of("<script type=\"application/ld+json\">" + std::string(script) + "</script><title>x</title>");
    CHECK(meta.title == "Mill reopens");
    CHECK(meta.author == "Ana Ruiz");
    CHECK(meta.date.starts_with("2019-07-08"));
    CHECK(meta.site_name == "Valley Post");
  }
}

TEST_CASE("broken JSON-LD and odd values are skipped, not errors", "[html][metadata]") {
  pith::Metadata meta = metadata_of(
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
      "<title>Plain title</title><meta property=\"article:author\" content=\"https://social.example/someone\">"
      "<meta name=\"date\" content=\"last Tuesday\">");
  CHECK(meta.title == "Plain title");
  CHECK(meta.author.empty());  // a profile URL is not a name
  CHECK(meta.date.empty());    // not ISO 8601
}

TEST_CASE("meta dates in other forms are read, and placeholders give way to the next source", "[html][metadata]") {
  CHECK(metadata_of("<meta name=\"date\" content=\"Tue, 05 Mar 2024 10:00:00 GMT\">").date == "2024-03-05T10:00:00Z");
  CHECK(metadata_of("<meta name=\"date\" content=\"2024-03-05 10:00:00\">").date == "2024-03-05T10:00:00");
  CHECK(metadata_of("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">"
                    "<meta name=\"date\" content=\"2024-03-05\">")
            .date == "2024-03-05");
  CHECK(metadata_of("<meta property=\"article:published_time\" content=\"1970-01-01\">").date.empty());
  // The modification time is the last resort, after the page's own URL.
  CHECK(metadata_of("<meta property=\"article:modified_time\" content=\"2024-03-09\">").date == "2024-03-09");
  CHECK(metadata_of("<link rel=\"canonical\" href=\"https://x.example/2024/03/05/storm\">"
                    "<meta property=\"article:modified_time\" content=\"2024-03-09\">")
            .date == "2024-03-05");
}

TEST_CASE("the page's URL, its host and its image are absolute", "[html][metadata]") {
  pith::Metadata meta = metadata_of(
      "<link rel=\"canonical\" href=\"/2024/storm\"><meta property=\"og:url\" content=\"https://News.Example.org/a\">"
      "<meta property=\"og:image\" content=\"/img/storm.jpg\">");
  CHECK(meta.url == "https://News.Example.org/a");
  CHECK(meta.hostname == "news.example.org");
  CHECK(meta.image == "https://News.Example.org/img/storm.jpg");

  meta = metadata_of("<link rel=\"canonical\" href=\"https://island.example/storm\">"
                     "<meta name=\"twitter:image\" content=\"//cdn.island.example/s.jpg\">");
  CHECK(meta.image == "https://cdn.island.example/s.jpg");
  CHECK(meta.hostname == "island.example");

  meta = metadata_of(
      "<link rel=\"canonical\" href=\"https://island.example/storm\"><script type=\"application/ld+json\">"
      "{\"@type\":\"NewsArticle\",\"headline\":\"Storm\",\"image\":{\"@type\":\"ImageObject\",\"url\":\"/i/a.jpg\"}}"
      "</script>");
  CHECK(meta.image == "https://island.example/i/a.jpg");

  // A relative image with no absolute URL to resolve it against is left out.
  meta = metadata_of("<meta property=\"og:image\" content=\"/img/storm.jpg\">");
  CHECK(meta.image.empty());
  CHECK(meta.hostname.empty());
}

TEST_CASE("a record's URL stands when the page names none, and resolves its relative links", "[html][metadata]") {
  pith::Document doc;
  doc.meta.url = "https://record.example/news/1";
  std::string err;
  REQUIRE(pith::parse_html("<html><head><link rel=\"canonical\" href=\"/news/storm\"></head><body><p>Text of the "
                           "page, long enough to be read as a paragraph of an article.</p></body></html>",
                           pith::Config{}, doc, &err));
  CHECK(doc.meta.url == "https://record.example/news/storm");
  CHECK(doc.meta.hostname == "record.example");

  pith::Document plain;
  plain.meta.url = "https://record.example/news/1";
  REQUIRE(pith::parse_html("<html><body><p>Text of the page, long enough to be read as a paragraph of an "
                           "article.</p></body></html>",
                           pith::Config{}, plain, &err));
  CHECK(plain.meta.url == "https://record.example/news/1");
}

TEST_CASE("a page URL is one a user can load: percent-encoded whole is decoded, a bare path is none",
          "[html][metadata]") {
  CHECK(metadata_of("<link rel=\"canonical\" href=\"https%3A%2F%2Fwww.example.de%2Fa%2Fb.html\">").url ==
        "https://www.example.de/a/b.html");
  CHECK(metadata_of("<meta property=\"og:url\" content=\"http%3a%2f%2fnews.example.org%2Fx\">").url ==
        "http://news.example.org/x");
  CHECK(metadata_of("<meta property=\"og:url\" content=\"http%3a%2f%2fnews.example.org%2Fx\">").hostname ==
        "news.example.org");
  // A relative canonical with nothing to resolve it against gives no URL and no host.
  CHECK(metadata_of("<link rel=\"canonical\" href=\"/faircoin-hackathon\">").url.empty());
  CHECK(metadata_of("<link rel=\"canonical\" href=\"story.html\">").hostname.empty());
  // Near-misses: an absolute URL with escapes inside its path stays as written.
  CHECK(metadata_of("<link rel=\"canonical\" href=\"https://example.org/a%20b?q=http%3A%2F%2Fx\">").url ==
        "https://example.org/a%20b?q=http%3A%2F%2Fx");
}

TEST_CASE("the page's language is a BCP 47 tag, from the first source that gives one", "[html][metadata]") {
  CHECK(metadata_of("", " lang=\"en_us\"").language == "en-US");
  CHECK(metadata_of("<meta property=\"og:locale\" content=\"de_DE\">", " lang=\"{{lang}}\"").language == "de-DE");
  CHECK(metadata_of("<meta http-equiv=\"content-language\" content=\"fr-fr, en\">").language == "fr-FR");
  CHECK(metadata_of("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"x\","
                    "\"inLanguage\":\"es-es\"}</script>")
            .language == "es-ES");
  CHECK(metadata_of("", " lang=\"english\"").language.empty());
  // A tag that names no language or region gives way to the next source, or to none.
  CHECK(metadata_of("<meta property=\"og:locale\" content=\"de_DE\">", " lang=\"de-ere\"").language == "de-DE");
  CHECK(metadata_of("<meta http-equiv=\"content-language\" content=\"en-GB\">", " lang=\"en-UK\"").language ==
        "en-GB");
  CHECK(metadata_of("", " lang=\"xx\"").language.empty());
  CHECK(metadata_of("", " lang=\"EN-us\"").language == "en-US");
}

TEST_CASE("tags and categories are the page's own, as lists", "[html][metadata]") {
  using Labels = std::vector<std::string>;
  pith::Metadata meta = metadata_of(
      "<meta property=\"article:tag\" content=\"Storms\"><meta property=\"article:tag\" content=\"Ferries\">"
      "<meta property=\"article:tag\" content=\"storms\"><meta property=\"article:section\" content=\"Islands\">");
  CHECK(meta.tags == Labels{"Storms", "Ferries"});
  CHECK(meta.categories == Labels{"Islands"});

  meta = metadata_of("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"x\","
                     "\"keywords\":\"storm, ferry port,  harbour\",\"articleSection\":[\"News\",\"Weather\"]}</script>");
  CHECK(meta.tags == Labels{"storm", "ferry port", "harbour"});
  CHECK(meta.categories == Labels{"News", "Weather"});

  // Meta keywords only when nothing better is declared.
  meta = metadata_of("<meta name=\"keywords\" content=\"storm,ferry\">");
  CHECK(meta.tags == Labels{"storm", "ferry"});
  CHECK(metadata_of("").tags.empty());
}

TEST_CASE("tag links under the post count, a sidebar's tag cloud does not", "[html][metadata]") {
  using Labels = std::vector<std::string>;
  std::string page =
      "<!doctype html><html><head><title>Storm closes ferry port</title></head><body><article>"
      "<h1>Storm closes ferry port</h1><p>Gales stopped every sailing from the island on Tuesday, and the port "
      "authority said it could not say when the ferries would run again.</p>"
      "<footer>Filed under <a rel=\"category tag\" href=\"/c/news\">News</a> Tagged <a rel=\"tag\" "
      "href=\"/t/storm\">storm</a>, <a rel=\"tag\" href=\"/t/ferries\">ferries</a></footer></article>"
      "<aside class=\"widget\"><a rel=\"tag\" href=\"/t/cats\">cats</a> <a rel=\"tag\" href=\"/t/recipes\">recipes</a>"
      "</aside></body></html>";
  pith::Document doc;
  std::string err;
  REQUIRE(pith::parse_html(page, pith::Config{}, doc, &err));
  CHECK(doc.meta.tags == Labels{"storm", "ferries"});
  CHECK(doc.meta.categories == Labels{"News"});
}

TEST_CASE("a JSON-LD author list gives its people, not the newsroom beside them", "[html][metadata]") {
  pith::Metadata meta = metadata_of(
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"x\",\"author\":["
      "{\"@type\":\"Person\",\"name\":\"Michael Rädel\"},{\"@type\":\"Organization\",\"name\":\"Redaktion\"},"
      "{\"@type\":\"Person\",\"name\":\"By ANNA BERG\"}]}</script>");
  CHECK(meta.author == "Michael Rädel; Anna Berg");
  meta = metadata_of("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"x\","
                     "\"author\":{\"@type\":\"Organization\",\"name\":\"Reuters\"}}</script>");
  CHECK(meta.author == "Reuters");
}

TEST_CASE("the site's name is cut from the end of a title", "[html][metadata]") {
  struct Case {
    std::string head;
    std::string title;
  };
  const Case cases[] = {
      {"<title>Storm closes ferry port | Island Times</title><meta property=\"og:site_name\" content=\"Island Times\">",
       "Storm closes ferry port"},
      {"<title>Mill reopens – VALLEY POST</title><meta property=\"og:site_name\" content=\"Valley Post\">",
       "Mill reopens"},
      {"<title>Le marché rouvre - Journal du Sud</title><meta property=\"og:site_name\" content=\"Journal du Sud\">",
       "Le marché rouvre"},
      // No separator before the name: it is part of the headline.
      {"<title>Why I left Island Times</title><meta property=\"og:site_name\" content=\"Island Times\">",
       "Why I left Island Times"},
      {"<title>Storm closes ferry port | Island Times</title>", "Storm closes ferry port | Island Times"},
  };
  for (const Case& c : cases) {
    INFO(c.head);
    CHECK(metadata_of(c.head).title == c.title);
  }
}

TEST_CASE("metadata strings have their character references decoded before lists are split", "[html][metadata]") {
  using Labels = std::vector<std::string>;
  struct Case {
    const char* json_ld;  // members after "@type" and "headline"
    const char* author;
    const char* description;
    Labels tags;
    Labels categories;
  };
  const Case cases[] = {
      // named, decimal and hex references; the ';' of one does not split a list
      {R"("author":{"@type":"Person","name":"Lindsey O&#039;Donnell"},"description":"Gales&nbsp;stop sailings &amp; flights.","keywords":"detenci&oacute;n, captura")",
       "Lindsey O'Donnell", "Gales stop sailings & flights.", {"detención", "captura"}, {}},
      {R"("author":"Fran&#xE7;ois Dupont","description":"L&#x2019;&eacute;t&eacute; arrive.","keywords":["M&#252;ll; Stra&#xDF;e"],"articleSection":"Sant&eacute;")",
       "François Dupont", "L\u2019été arrive.", {"Müll", "Straße"}, {"Santé"}},
      // a category list packed in one string, with an escaped '&': split at the comma, repeats dropped
      {R"("author":{"name":"Jos&eacute; Mart&iacute;nez"},"articleSection":["Schauspieler/innen","Filme &amp; Serien, Schauspieler/innen"])",
       "José Martínez", "", {}, {"Schauspieler/innen", "Filme & Serien"}},
      // near-misses: a bare '&', an unknown name and prose like AT&T stay as written
      {R"("author":"Ana Ruiz","description":"Fish & chips at AT&T Park, R&D &madeup; too.","keywords":"AT&T, R&D; Q & A")",
       "Ana Ruiz", "Fish & chips at AT&T Park, R&D &madeup; too.", {"AT&T", "R&D", "Q & A"}, {}},
  };
  for (const Case& c : cases) {
    INFO(c.json_ld);
    pith::Metadata meta = metadata_of("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"x\"," +
                                      std::string(c.json_ld) + "}</script>");
    CHECK(meta.author == c.author);
    CHECK(meta.description == c.description);
    CHECK(meta.tags == c.tags);
    CHECK(meta.categories == c.categories);
  }

  // A meta tag escaped twice keeps a reference after the parser's pass; a comma-packed section splits.
  pith::Metadata meta = metadata_of(
      "<meta property=\"og:description\" content=\"Filme &amp;amp; Serien &amp;#8211; neu\">"
      "<meta property=\"article:section\" content=\"Filme &amp;amp; Serien, Kino\">"
      "<meta property=\"article:tag\" content=\"AT&amp;T\">");
  CHECK(meta.description == "Filme & Serien \u2013 neu");
  CHECK(meta.categories == Labels{"Filme & Serien", "Kino"});
  CHECK(meta.tags == Labels{"AT&T"});
}

TEST_CASE("every <meta> name metadata asks for is one it stores (and the prescan keeps)", "[html][metadata]") {
  std::string source = pith::test::read_file(pith::test::source_dir() + "/src/pith/html/metadata.cpp");
  std::size_t found = 0;
  // The names are listed in braces after these: first_meta(tags, {...}), first_date(tags, {...}),
  // and the loop over the author tags.
  for (const char* call : {"first_meta(tags, {", "first_date(tags,", "for (const char* name : {"}) {
    for (std::size_t at = source.find(call); at != std::string::npos; at = source.find(call, at + 1)) {
      std::size_t open = source.find('{', at), close = source.find('}', open);
      REQUIRE(close != std::string::npos);
      std::string list = source.substr(open, close - open);
      for (std::size_t quote = list.find('"'); quote != std::string::npos; quote = list.find('"', quote + 1)) {
        std::size_t end = list.find('"', quote + 1);
        std::string name = list.substr(quote + 1, end - quote - 1);
        INFO(name);
        CHECK(pith::html::is_read_meta_name(name));
        ++found;
        quote = end;
      }
    }
  }
  CHECK(found >= 30);  // the source was read
  for (const char* unread : {"viewport", "twitter:card", "og:type", "fb:app_id", "generator", ""})
    CHECK_FALSE(pith::html::is_read_meta_name(unread));
  // A name outside the list is not read even where the page gives it.
  pith::Metadata meta = metadata_of("<meta name=\"og:type\" content=\"article\"><meta name=\"keywords\" content=\"a, b\">");
  CHECK(meta.tags == std::vector<std::string>{"a", "b"});
}
