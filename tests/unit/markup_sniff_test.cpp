// Telling HTML from text without a declared type: openers, a junk first line, paired block tags.
#include <catch2/catch.hpp>

#include "pith/html/markup_sniff.h"

TEST_CASE("HTML after one junk line, or text that holds block elements, is HTML", "[html][sniff]") {
  const char* pages[] = {
      "Warning: Undefined variable $x in /var/www/index.php on line 12\n<!DOCTYPE html>\n<html><body><p>x</p>",
      "Notice: Undefined index: id in /srv/site/article.php on line 40\n\n<html lang=\"de\"><head><title>T</title>",
      "2024-03-05 10:00:01 cache miss for /news/42\n<!doctype html><html><body>",
      "<br />\n<b>Deprecated</b>:  Function create_function() is deprecated in <b>/x.php</b>\n<!DOCTYPE html>\n<html>",
      "PHP Fatal error:  Allowed memory size exhausted\n<?xml version=\"1.0\"?>\n<html xmlns=\"x\"><body>",
      // Record content that opens with plain words, then markup.
      "Breaking news from the council. <p>The vote was held on Tuesday.</p><p>It passed by four votes.</p>",
      "Von unserem Korrespondenten\n<div class=\"text\">Der Stadtrat tagte.</div>\n<div>Die Opposition stimmte dagegen.</div>",
      "Actualizado hace 2 horas <ul><li>El puente reabre.</li><li>Costó 12 millones.</li></ul>",
      "Par notre envoyé spécial <h2>Le maire a parlé</h2><P CLASS=lead>Mardi soir, devant le conseil.</P>",
      "Breaking: <b>storm</b> hits the coast, and <a href=\"/x\">officials</a> urge residents to leave.",
      "Última hora: el <strong>puente</strong> reabre, según <em>fuentes municipales</em>.",
  };
  for (const char* page : pages) {
    INFO(page);
    CHECK(pith::looks_like_html(page));
  }
  // Near misses: text that mentions tags stays text.
  const char* texts[] = {
      "Use the <p> tag to start a paragraph in a web page.",
      "Write <p>text</p> to make a paragraph; the browser adds the space around it.",
      "The guide explains markup.\n<html> is the root element of every page.",
      "Il a écrit : a < b et c > d.\n<3 merci à tous",
      "Der Artikel erklärt, was <div> und <span> bedeuten.\nDas ist alles.",
      "Il faut écrire <b>gras</b> pour mettre un mot en gras.",
      "",
  };
  for (const char* text : texts) {
    INFO(text);
    CHECK_FALSE(pith::looks_like_html(text));
  }
}

TEST_CASE("a file named .html may open its markup after a few junk lines", "[html][sniff]") {
  std::string page = "Deprecated: mysql_connect()\nWarning: session_start()\nNotice: headers sent\n"
                     "Strict Standards: non-static method\n<p>The council met on Tuesday.</p>\n";
  CHECK(pith::looks_like_html(page, true));
  CHECK_FALSE(pith::looks_like_html(page, false));
  CHECK_FALSE(pith::looks_like_html("Plain notes, no markup at all.\nA second line.\n", true));
  for (const char* name : {"page.html", "INDEX.HTM", "saved.xhtml.gz", "a/b/story.shtml"}) {
    INFO(name);
    CHECK(pith::is_html_name(name));
  }
  for (const char* name : {"page.txt", "html", "story.html.txt", "-"}) {
    INFO(name);
    CHECK_FALSE(pith::is_html_name(name));
  }
}
