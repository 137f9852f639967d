// Vocabularies: furniture named by class/id/role is recognised as whole tokens; near-misses stay.
#include <catch2/catch.hpp>

#include <gumbo.h>

#include <memory>
#include <string>

#include "pith/html/vocabulary.h"

namespace {

/// Parses `tag` (one element) and hands its GumboElement to `check`.
template <class Check>
void with_element(const std::string& tag, Check&& check) {
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(gumbo_parse(tag.c_str()), [](GumboOutput* o) {
    gumbo_destroy_output(&kGumboDefaultOptions, o);
  });
  const GumboNode* html = out->root;
  const auto* body = static_cast<const GumboNode*>(html->v.element.children.data[1]);
  REQUIRE(body->v.element.children.length > 0);
  check(static_cast<const GumboNode*>(body->v.element.children.data[0])->v.element);
}

using pith::html::Verdict;

}  // namespace

TEST_CASE("furniture is named by class, id or role tokens", "[html][vocabulary]") {
  for (const char* tag : {"<div class=\"share-buttons\">", "<div id=\"relatedArticles\">", "<div class=\"ad\">",
                          "<div class=\"ad-slot ad-300x250\">", "<section class=\"newsletter_signup\">",
                          "<div class=\"cookie-consent\">", "<div role=\"navigation\">", "<ul class=\"breadcrumbs\">",
                          "<div class=\"c-sidebar\">", "<div class=\"paywall-overlay\">", "<div class=\"SponsoredContent\">",
                          "<div class=\"promo promo--wide\">", "<div id=\"site-footer\">", "<div class=\"widget-area\">",
                          "<p class=\"byline\">", "<div class=\"entry-meta\">", "<div class=\"article__author\">",
                          "<div class=\"timestamp\">", "<div class=\"grid-container next-prev\">",
                          "<ul class=\"pager\">",
                          // plurals and consent plug-ins
                          "<div class=\"promo-banners\">", "<div class=\"sidebars-wrap\">",
                          "<div id=\"CybotCookiebotDialog\">", "<div class=\"cmplz-cookiebanner\">",
                          "<div id=\"onetrust-consent-sdk\">", "<div class=\"CookieConsent\">",
                          "<div class=\"usercentrics-root\">",
                          // inside a comment section: its metadata, reply links and reply box
                          "<div class=\"comment-meta\">", "<a class=\"comment-reply-link\">",
                          "<div id=\"respond\" class=\"comment-respond\">", "<div class=\"share-tools comment-count\">",
                          // a category class outside a WordPress post's classes still names a box
                          "<div class=\"category-popular\">"}) {
    INFO(tag);
    with_element(tag, [](const GumboElement& el) { CHECK(pith::html::verdict_by_attributes(el) == Verdict::boilerplate); });
  }
  for (const char* tag : {"<div id=\"comments\">", "<section class=\"article-comments\">", "<div class=\"disqus_thread\">",
                          // a comment by the post's author is a comment: its first class says so
                          "<li class=\"comment byuser comment-author-admin bypostauthor odd\">",
                          "<article class=\"comment-body c-author-reply\">"}) {
    INFO(tag);
    with_element(tag, [](const GumboElement& el) { CHECK(pith::html::verdict_by_attributes(el) == Verdict::comments); });
  }
  with_element("<div class=\"wp-caption-text\">",
               [](const GumboElement& el) { CHECK(pith::html::verdict_by_attributes(el) == Verdict::caption); });
}

TEST_CASE("words that merely contain a furniture word are not furniture", "[html][vocabulary]") {
  for (const char* tag : {"<div class=\"header-image\">", "<div class=\"shadow-box\">", "<div class=\"loaded\">",
                          "<div class=\"adventure-story\">", "<div class=\"leadership\">", "<div id=\"story-body\">",
                          "<div class=\"article-content\">", "<div class=\"entry-content\">", "<p class=\"lead\">",
                          "<div class=\"download-area\">", "<div class=\"shared-ownership-explainer\">",
                          "<div class=\"metadata-table\">", "<div class=\"authority-report\">",
                          "<div class=\"nextgen-gallery\">",
                          // names that only end like a plural, script hooks, heading anchors
                          "<div class=\"news\">", "<div class=\"posts\">", "<div class=\"class-list\">",
                          "<section class=\"article__content js-truncate-related-to-my-size\">",
                          "<h2 id=\"what-to-read-next\">", "<h3 id=\"nav_share_the_news\">",
                          // a post's categories and tags are its topics
                          "<article class=\"post-7 post type-post hentry category-popular tag-social-media\">",
                          // a page builder's blocks
                          "<div class=\"elementor-element elementor-widget elementor-widget-text-editor\">"}) {
    INFO(tag);
    with_element(tag, [](const GumboElement& el) { CHECK(pith::html::verdict_by_attributes(el) == Verdict::neutral); });
  }
}

TEST_CASE("a figure's legend is a caption, however the class names it", "[html][vocabulary]") {
  for (const char* tag : {"<div class=\"legend\">", "<p class=\"image-legend\">", "<span class=\"legenda\">",
                          "<div class=\"photoLegend\">", "<figcaption class=\"media__legend\">"}) {
    INFO(tag);
    with_element(tag, [](const GumboElement& el) { CHECK(pith::html::verdict_by_attributes(el) == Verdict::caption); });
  }
  // near misses: words that only start like it, and the main-content marks beside it
  for (const char* tag : {"<div class=\"legendary-stories\">", "<div class=\"legenden-des-sports\">"}) {
    INFO(tag);
    with_element(tag, [](const GumboElement& el) { CHECK(pith::html::verdict_by_attributes(el) == Verdict::neutral); });
  }
}

TEST_CASE("the page's own marks of its main content are article markers", "[html][vocabulary]") {
  for (const char* tag : {"<main>", "<div role=\"main\">", "<div itemprop=\"articleBody\">",
                          "<section id=\"main\" itemprop=\"mainContentOfPage\">", "<div itemprop=\"maincontentofpage\">"}) {
    INFO(tag);
    with_element(tag, [](const GumboElement& el) { CHECK(pith::html::is_article_marker(el)); });
  }
  for (const char* tag : {"<div class=\"main\">", "<div itemprop=\"description\">", "<div role=\"complementary\">"}) {
    INFO(tag);
    with_element(tag, [](const GumboElement& el) { CHECK_FALSE(pith::html::is_article_marker(el)); });
  }
}

TEST_CASE("class hints weigh for and against the article body", "[html][vocabulary]") {
  with_element("<div class=\"article-body\">", [](const GumboElement& el) { CHECK(pith::html::class_weight(el) > 0); });
  with_element("<div class=\"storyContent\">", [](const GumboElement& el) { CHECK(pith::html::class_weight(el) > 0); });
  with_element("<div class=\"byline meta\">", [](const GumboElement& el) { CHECK(pith::html::class_weight(el) < 0); });
  with_element("<div class=\"grid\">", [](const GumboElement& el) { CHECK(pith::html::class_weight(el) == 0); });
}

TEST_CASE("social embeds are recognised by class or player host", "[html][vocabulary]") {
  for (const char* tag : {"<blockquote class=\"twitter-tweet\">", "<blockquote class=\"instagram-media\">",
                          "<blockquote class=\"tiktok-embed\">", "<iframe src=\"https://www.youtube.com/embed/abc\">",
                          "<iframe src=\"https://player.vimeo.com/video/1\">", "<div class=\"fb-post\">",
                          "<div class=\"tweet\">", "<div class=\"embed tweet\">", "<figure class=\"Tweet\">"}) {
    INFO(tag);
    with_element(tag, [](const GumboElement& el) { CHECK(pith::html::is_social_embed(el)); });
  }
  for (const char* tag : {"<blockquote class=\"pullquote\">", "<iframe src=\"https://maps.example.com/embed\">",
                          "<div class=\"twitter-handle-of-author\">", "<span class=\"tweet\">",
                          "<div class=\"tweetable-quote\">", "<a class=\"tweet\">"}) {
    INFO(tag);
    with_element(tag, [](const GumboElement& el) { CHECK_FALSE(pith::html::is_social_embed(el)); });
  }
}

TEST_CASE("hidden elements are recognised", "[html][vocabulary]") {
  for (const char* tag : {"<div hidden>", "<div aria-hidden=\"true\">", "<div style=\"display: none\">",
                          "<div style=\"color:red;DISPLAY:NONE\">"}) {
    INFO(tag);
    with_element(tag, [](const GumboElement& el) { CHECK(pith::html::is_hidden(el)); });
  }
  for (const char* tag : {"<div aria-hidden=\"false\">", "<div style=\"display:block\">", "<div class=\"hidden-xs\">"}) {
    INFO(tag);
    with_element(tag, [](const GumboElement& el) { CHECK_FALSE(pith::html::is_hidden(el)); });
  }
}

TEST_CASE("attributes are found whatever case the page writes their names in", "[html][vocabulary]") {
  struct Case {
    const char* tag;
    const char* name;
    const char* value;
  };
  for (const Case& c : {Case{"<div CLASS=\"Sidebar\">", "class", "Sidebar"}, Case{"<div Id=\"main\">", "id", "main"},
                        Case{"<section ROLE=\"complementary\">", "role", "complementary"},
                        Case{"<span ItemProp=\"articleBody\">", "itemprop", "articleBody"},
                        // the first of two same-named attributes is the one the parser keeps
                        Case{"<div class=\"first\" CLASS=\"second\">", "class", "first"}}) {
    INFO(c.tag);
    with_element(c.tag, [&](const GumboElement& el) { CHECK(pith::html::attribute(el, c.name) == c.value); });
  }
  // near-misses: a longer or shorter name, and a name only one attribute's value holds
  with_element("<div classes=\"a\" cla=\"b\" title=\"class\">",
               [](const GumboElement& el) { CHECK(pith::html::attribute(el, "class").empty()); });
  with_element("<div HIDDEN>", [](const GumboElement& el) { CHECK(pith::html::is_hidden(el)); });
  with_element("<div data-hidden=\"1\">", [](const GumboElement& el) { CHECK_FALSE(pith::html::is_hidden(el)); });
}
