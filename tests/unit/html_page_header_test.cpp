// Byline and dateline search on whole pages: the article's own byline and dateline are found
// when meta tags say nothing; names and dates of sidebars, related lists, comments, author
// boxes of other stories and scripts never are.
#include <catch2/catch.hpp>
#include <string>

#include "pith/html/html_parser.h"

namespace {

const char* k_body =
    "<p>The council voted on Tuesday to approve the budget, after a debate that lasted most of the day and "
    "ended with a narrow majority.</p>"
    "<p>The next meeting, at which the council will discuss the new bus routes, is planned for March, the mayor "
    "said after the vote.</p>";

/// A page with `title`, and `body` inside <body> after a site header; `lang` on <html>.
std::string page(const std::string& body, const std::string& lang = "en", const std::string& head = "") {
  return "<!doctype html><html lang=\"" + lang +
         "\"><head><title>Council approves the budget after long debate</title>" + head +
         "</head><body><header class=\"site-header\"><a href=\"/\">City News</a> <a href=\"/politics\">Politics</a>"
         "</header>" +
         body + "</body></html>";
}

std::string headline() { return "<h1>Council approves the budget after long debate</h1>"; }

pith::Metadata meta_of(const std::string& html) {
  pith::Document doc;
  std::string err;
  REQUIRE(pith::parse_html(html, pith::Config{}, doc, &err));
  return doc.meta;
}

struct Case {
  const char* what;
  std::string html;
  const char* author;
};

}  // namespace

TEST_CASE("the article's visible byline names its author", "[html][page-header]") {
  const Case cases[] = {
      {"rel=author link in a byline",
       page("<article>" + headline() +
            "<div class=\"byline\">by <a rel=\"author\" href=\"/a/dana\">Dana "
            "Whitfield</a></div>" +
            k_body + "</article>"),
       "Dana Whitfield"},
      {"two linked authors",
       page("<article>" + headline() +
            "<p class=\"article-byline\">By <a rel=\"author\" href=\"/a/1\">Ann Lee</a> and <a "
            "rel=\"author\" href=\"/a/2\">Raj Patel</a></p>" +
            k_body + "</article>"),
       "Ann Lee; Raj Patel"},
      {"itemprop author with its name inside",
       page("<article>" + headline() +
            "<span itemprop=\"author\" itemscope><span itemprop=\"name\">"
            "Morwenna Trask</span></span>" +
            k_body + "</article>"),
       "Morwenna Trask"},
      {"a byline class in capitals with a role",
       page("<main>" + headline() +
            "<div class=\"story-byline\">By TOM KRISHER, AP Auto "
            "Writer</div>" +
            k_body + "</main>"),
       "Tom Krisher"},
      {"a plain By line under the headline",
       page("<div class=\"story\">" + headline() +
            "<p>A standfirst that sums the story up in one sentence.</p>"
            "<p>By Jane Doe and John Roe</p>" +
            k_body + "</div>"),
       "Jane Doe; John Roe"},
      {"German",
       page("<article>" + headline() + "<p class=\"autor\">Von Anna Schmidt und Peter Berg</p>" + k_body + "</article>",
            "de"),
       "Anna Schmidt; Peter Berg"},
      {"French",
       page("<article>" + headline() + "<p>Par Claire Dubois, le 5 mars 2024</p>" + k_body + "</article>", "fr"),
       "Claire Dubois"},
      {"Spanish",
       page("<article>" + headline() + "<span class=\"autor\">Por María García</span>" + k_body + "</article>", "es"),
       "María García"},
      {"Italian", page("<article>" + headline() + "<p>di Mario Rossi</p>" + k_body + "</article>", "it"),
       "Mario Rossi"},
      {"Dutch", page("<article>" + headline() + "<p>Door Jan de Vries</p>" + k_body + "</article>", "nl"),
       "Jan de Vries"},
      {"the author's box at the end of the article",
       page("<article>" + headline() + k_body +
            "<div class=\"author-box\"><span class=\"author-name\">"
            "Iain MacLeod</span><p class=\"author-bio\">Iain covers the "
            "islands for the paper.</p></div></article>"),
       "Iain MacLeod"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(meta_of(c.html).author == c.author);
  }
}

TEST_CASE("names of sidebars, related lists, comments and other stories are never the author", "[html][page-header]") {
  const std::string river =
      "<ul class=\"river\"><li><a href=\"/p/1\">Chip startup raises money</a> <span class=\"byline\">By <a "
      "rel=\"author\" href=\"/a/ivo\">Ivo Sandberg</a></span></li></ul>";
  const Case cases[] = {
      {"<aside> sidebar",
       page("<main><article>" + headline() + k_body + "</article><aside>" + river + "</aside></main>"), ""},
      {"div class=sidebar",
       page("<div class=\"content\">" + headline() + k_body + "</div><div class=\"sidebar\">" + river + "</div>"), ""},
      {"related stories as <article> teasers",
       page("<article>" + headline() + k_body +
            "</article><section><article class=\"teaser\"><h3>Other story</h3>"
            "<p class=\"byline\">By Ruth Adeyemi</p></article><article><h3>Another</h3><p class=\"byline\">By Mara "
            "Lindqvist</p></article></section>"),
       ""},
      {"comments",
       page("<article>" + headline() + k_body +
            "</article><section id=\"comments\"><div class=\"comment\">"
            "<span class=\"comment-author\">Kersti Wolnow</span><p>Great piece, thank you for writing "
            "it.</p></div></section>"),
       ""},
      {"a latest-news list before the headline",
       page("<div class=\"latest-news\"><p>By Ivo Sandberg</p><p>By Ruth Adeyemi</p></div><article>" + headline() +
            k_body + "</article>"),
       ""},
      {"a By line inside the site's footer",
       page("<article>" + headline() + k_body + "</article><footer><p>By Design Studio Nord</p></footer>"), ""},
      {"prose that opens with By",
       page("<article>" + headline() + "<p>By Monday, the river had risen by two metres.</p>" + k_body + "</article>"),
       ""},
      {"a photo credit", page("<article>" + headline() + "<p>Foto: Peter Berg</p>" + k_body + "</article>", "de"), ""},
      {"names in a script",
       page("<article>" + headline() + "<script>var author = 'By Jane Doe';</script>" + k_body + "</article>"), ""},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(meta_of(c.html).author == c.author);
  }
}

TEST_CASE("the sidebar's names stay out even beside the article's own byline", "[html][page-header]") {
  std::string html = page("<main><aside class=\"rail\"><p class=\"byline\">By Ivo Sandberg</p></aside><article>" +
                          headline() + "<p class=\"byline\">By Dana Whitfield</p>" + k_body + "</article></main>");
  CHECK(meta_of(html).author == "Dana Whitfield");
}

TEST_CASE("declared authors win over the visible byline", "[html][page-header]") {
  std::string html =
      page("<article>" + headline() + "<p class=\"byline\">By Dana Whitfield</p>" + k_body + "</article>", "en",
           "<meta name=\"author\" content=\"By JANE DOE, Staff Writer\">");
  CHECK(meta_of(html).author == "Jane Doe");
}

TEST_CASE("spans of a byline side by side are separate words", "[html][page-header]") {
  const Case cases[] = {
      {"a name glued to a relative time",
       page("<article>" + headline() +
                "<div class=\"byline\"><span class=\"author\">Houzz Deutschland</span><span "
                "class=\"date\">vor 3 Tagen</span></div>" +
                k_body + "</article>",
            "de"),
       "Houzz Deutschland"},
      {"a name glued to a follow button",
       page("<article>" + headline() +
            "<div class=\"byline\">By <a href=\"/a/1\">Mara Quist</a><button>follow</button></div>" + k_body +
            "</article>"),
       "Mara Quist"},
      {"two linked names glued together",
       page("<article>" + headline() +
            "<p class=\"byline\">By <a href=\"/a/1\">Ann Lee</a>,<a href=\"/a/2\">Raj Patel</a></p>" + k_body +
            "</article>"),
       "Ann Lee; Raj Patel"},
      // Near-miss: a name split by markup inside a word stays one word.
      {"markup inside a word",
       page("<article>" + headline() + "<p class=\"byline\">By <b>Dan</b>a Whitfield</p>" + k_body + "</article>"),
       "Dana Whitfield"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(meta_of(c.html).author == c.author);
  }
}

TEST_CASE("the article's visible dateline gives its date", "[html][page-header]") {
  struct DateCase {
    const char* what;
    std::string html;
    const char* date;
  };
  const DateCase cases[] = {
      {"<time datetime>",
       page("<article>" + headline() + "<time datetime=\"2024-03-05T10:00:00+01:00\">5 March</time>" + k_body +
            "</article>"),
       "2024-03-05T10:00:00+01:00"},
      {"a date element's text",
       page("<article>" + headline() + "<span class=\"date\">March 5, 2024</span>" + k_body + "</article>"),
       "2024-03-05"},
      {"German dateline",
       page("<article>" + headline() + "<p>Berlin, 5. März 2024, 10:30 Uhr</p>" + k_body + "</article>", "de"),
       "2024-03-05T10:30"},
      {"Spanish dateline",
       page("<article>" + headline() + "<p>Publicado el 5 de marzo de 2024</p>" + k_body + "</article>", "es"),
       "2024-03-05"},
      {"French dateline", page("<article>" + headline() + "<p>Publié le 5 mars 2024</p>" + k_body + "</article>", "fr"),
       "2024-03-05"},
      {"numeric, US English",
       page("<article>" + headline() + "<p class=\"date\">03/05/2024</p>" + k_body + "</article>", "en-US"),
       "2024-03-05"},
      {"numeric, British English",
       page("<article>" + headline() + "<p class=\"date\">05/03/2024</p>" + k_body + "</article>", "en-GB"),
       "2024-03-05"},
      {"numeric, English of no region: ambiguous",
       page("<article>" + headline() + "<p class=\"date\">05/03/2024</p>" + k_body + "</article>", "en"), ""},
      {"published before updated",
       page("<article>" + headline() +
            "<p class=\"updated\">Updated March 9, 2024</p>"
            "<time class=\"published\" datetime=\"2024-03-05\">March 5</time>" +
            k_body + "</article>"),
       "2024-03-05"},
      {"an update when nothing else",
       page("<article>" + headline() + "<time class=\"updated\" datetime=\"2024-03-09\">March 9</time>" + k_body +
            "</article>"),
       "2024-03-09"},
  };
  for (const DateCase& c : cases) {
    INFO(c.what);
    CHECK(meta_of(c.html).date == c.date);
  }
}

TEST_CASE("blog markup gives the entry's date: hAtom, microformats, Blogger's date header", "[html][page-header]") {
  // A blog page as Blogger and WordPress themes lay it out: the blog's name in an <h1> that
  // opens the title, each day's posts under a heading, the entry's title an hAtom entry-title.
  auto blog = [](const std::string& day_heading, const std::string& footer, const std::string& lang = "en") {
    return "<!doctype html><html lang=\"" + lang +
           "\"><head><title>Garden Notes: Tulips in the rain</title></head><body>"
           "<div class=\"header\"><h1 class=\"title\">Garden Notes</h1><p class=\"description\">A blog about "
           "growing things in a small garden.</p></div><div class=\"widget Blog\"><div class=\"blog-posts "
           "hfeed\"><div class=\"date-outer\">" +
           day_heading +
           "<div class=\"post hentry\"><h3 class=\"post-title entry-title\">Tulips in the rain</h3>"
           "<div class=\"post-body entry-content\">" +
           std::string(k_body) + "</div><div class=\"post-footer\">" + footer + "</div></div></div></div></div></body></html>";
  };
  struct DateCase {
    const char* what;
    std::string html;
    const char* date;
  };
  const DateCase cases[] = {
      {"Blogger's date header, English",
       blog("<h2 class=\"date-header\"><span>Tuesday, March 5, 2019</span></h2>", "Posted by Anna at 10:15 AM"),
       "2019-03-05"},
      {"Blogger's date header, German; the footer's \"Eingestellt von\" names no one",
       blog("<h2 class='date-header'><span>Dienstag, 28. April 2020</span></h2>", "Eingestellt von Anna um 21:11",
            "de"),
       "2020-04-28"},
      {"microformats2 dt-published",
       blog("", "<time class=\"dt-published\" datetime=\"2021-06-01T08:00:00Z\">June 1</time>"),
       "2021-06-01T08:00:00Z"},
      {"hAtom published beside updated",
       blog("", "<time class=\"updated\" datetime=\"2021-07-09\">July 9</time> <time class=\"entry-date "
                "published\" datetime=\"2021-06-02\">June 2</time>"),
       "2021-06-02"},
      {"hAtom abbr with the date in its title (Blogger's post footer)",
       blog("", "Posted by Anna at <abbr class=\"published\" title=\"2019-03-05T10:15:00+01:00\">10:15 AM</abbr>"),
       "2019-03-05T10:15:00+01:00"},
      {"hAtom abbr updated, when nothing else",
       blog("", "<abbr class=\"updated\" title=\"2019-03-07\">two days later</abbr>"), "2019-03-07"},
      {"an abbr whose title is no date",
       blog("", "By <abbr class=\"published\" title=\"Associated Press\">AP</abbr>"), ""},
      {"an abbr that is not hAtom's",
       blog("", "<abbr title=\"2019-03-05\">WHO</abbr> says"), ""},
      {"a site name marked as a headline ends the title; the entry's own time stands",
       "<!doctype html><html lang=\"de\"><head><title>Protokoll der Sitzung vom 10. Oktober 2019 &#8211; Tauschring "
       "Schweiz</title></head><body><header class=\"site-header\"><p class=\"main-title\" "
       "itemprop=\"headline\">Tauschring Schweiz</p></header><article class=\"post hentry\"><header "
       "class=\"entry-header\"><h1 class=\"entry-title\">Protokoll der Sitzung vom 10. Oktober 2019</h1><time "
       "class=\"entry-date published\" datetime=\"2019-12-26T23:07:45+00:00\">26/12/2019</time></header>" +
           std::string(k_body) + "</article></body></html>",
       "2019-12-26T23:07:45+00:00"},
      // Near-misses: the site header's date (today's) is not the entry's, and a header class
      // that names no date stays the site's.
      {"today's date in the site's header",
       blog("<header class=\"site-header\"><span class=\"header-date\">Friday, May 3, 2024</span></header>", ""),
       ""},
      {"a date inside the site's header div",
       blog("<div class=\"header\"><p>Friday, May 3, 2024</p></div>", ""), ""},
  };
  for (const DateCase& c : cases) {
    INFO(c.what);
    CHECK(meta_of(c.html).date == c.date);
  }
}

TEST_CASE("dates of comments, sidebars, scripts and placeholders are never the article's", "[html][page-header]") {
  struct DateCase {
    const char* what;
    std::string html;
  };
  const DateCase cases[] = {
      {"a comment's time", page("<article>" + headline() + k_body +
                                "</article><section class=\"comments\"><article "
                                "class=\"comment\"><time datetime=\"2024-03-06T09:00\">6 March</time><p>Well "
                                "said.</p></article></section>")},
      {"a sidebar's dates", page("<article>" + headline() + k_body +
                                 "</article><aside><ul><li>Older story "
                                 "<span class=\"date\">March 1, 2024</span></li></ul></aside>")},
      {"a script's date",
       page("<article>" + headline() + "<script>var published = \"2024-03-05\";</script>" + k_body + "</article>")},
      {"a placeholder datetime",
       page("<article>" + headline() + "<time datetime=\"0001-01-01T00:00:00Z\"></time>" + k_body + "</article>")},
      {"a date in the body's prose", page("<article>" + headline() + k_body +
                                          "<p>The old bridge, opened on 5 March 1998 by the then mayor, was closed for "
                                          "repairs two years ago and will reopen in the spring.</p></article>")},
  };
  for (const DateCase& c : cases) {
    INFO(c.what);
    CHECK(meta_of(c.html).date.empty());
  }
}

TEST_CASE("meta dates that are placeholders give way to the dateline", "[html][page-header]") {
  std::string html =
      page("<article>" + headline() + "<span class=\"date\">March 5, 2024</span>" + k_body + "</article>", "en",
           "<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">");
  CHECK(meta_of(html).date == "2024-03-05");
}
