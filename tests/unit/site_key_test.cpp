// Site keys: line keys fold case, spacing, numbers and dates in six languages, and keying a key
// changes nothing; site names come from URLs, hosts and site fields.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pith/sites/line_key.h"
#include "pith/sites/site_name.h"

using pith::sites::line_key;

TEST_CASE("line keys fold case, spacing, quotes, numbers and dates", "[sites][key]") {
  struct Row {
    const char* text;
    const char* key;
  };
  for (const Row& row : std::vector<Row>{
           {"  Subscribe to  Canada Free Press for FREE ", "subscribe to canada free press for free"},
           {"Markets: DOW 33,912 ▲0.4%", "markets: dow #,# ▲#.#%"},
           {"It’s “free” — sign up", "it's \"free\" — sign up"},
           {"October 10, 2013", "{date}"},
           {"Posted on Jun 29, 2008 — Jim Bray", "posted on {date} — jim bray"},
           {"Monday, June 5, 2018 at 3:06 pm", "{date} at #:# pm"},
           {"5th of June, 2018", "{date}"},
           {"Aktualisiert am 5. Juni 2018 um 10:15 Uhr", "aktualisiert am {date} um #:# uhr"},
           {"Publicado el sábado, 5 de mayo de 2018", "publicado el {date}"},
           {"Mis à jour le 1er juin 2018, 09h12", "mis à jour le {date}, #h#"},
           {"Aggiornato il 12 giugno 2019", "aggiornato il {date}"},
           {"Atualizado em 3 de março de 2020", "atualizado em {date}"},
           // a month name without a number is a word
           {"May the best team win", "may the best team win"},
           {"Mars rover lands", "mars rover lands"},
       }) {
    INFO(row.text);
    CHECK(line_key(row.text) == row.key);
    CHECK(pith::sites::scratch_line_key(row.text) == row.key);
  }
}

TEST_CASE("keying a line key changes nothing", "[sites][key]") {
  for (const char* text : {"The post “Juno” appeared first on Universe Today.", "Headline: Bitcoin & Blockchain!",
                           "— Tom Rogan is a writer. He tweets @TomRtweets", "Updated 5 June 2018, 10:15",
                           "\"Quoted\" at the start", "...and 100% at the end…", "Le 1er juin 2018", "#hashtag 12"}) {
    INFO(text);
    std::string key = line_key(text);
    CHECK(line_key(key) == key);
  }
}

TEST_CASE("site names come from URLs, hosts and site fields", "[sites][site]") {
  struct Row {
    const char* value;
    const char* site;
  };
  for (const Row& row : std::vector<Row>{
           {"https://www.Example.com:443/news/a?b#c", "example.com"},
           {"http://user:pw@blog.example.org/x", "blog.example.org"},
           {"//cdn.example.net/page", "cdn.example.net"},
           {"http://example.com./", "example.com"},
           {"http://[::1]:8080/", "[::1]"},
           {"beforeitsnews.com", "beforeitsnews.com"},
           {"WWW.Guns-Daily.example", "guns-daily.example"},
           {" Guns Daily\t", "guns daily"},
           {"", ""},
           {"   ", ""},
       }) {
    INFO(row.value);
    CHECK(pith::sites::site_name(row.value) == row.site);
  }
}

TEST_CASE("naming a site name changes nothing", "[sites][site]") {
  for (std::string value : std::vector<std::string>{"https://www.www.example.com/", "WWW.example.com", "http://exa\xFFmple.com/x", "x.",
                            "Guns Daily", "a\tb", "http://[::1]:80/", "https://x.example\r\r  /", "www.//x",
                            "http://a.example\x01\x01", std::string("https://b.example\0\0", 19)}) {
    INFO(value);
    std::string site = pith::sites::site_name(value);
    CHECK(pith::sites::site_name(site) == site);
    CHECK(site.find_first_of(std::string("\t\n\r\0", 4)) == std::string::npos);
  }
}
