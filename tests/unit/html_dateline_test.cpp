// Dates: ISO 8601 checked and normalised, written dates of many languages and orders read,
// placeholders and impossible dates rejected.
#include <catch2/catch.hpp>
#include <string>

#include "pith/html/dateline.h"

using pith::html::DateOrder;
using pith::html::normalize_iso_date;
using pith::html::parse_date;

namespace {

struct Case {
  const char* text;
  const char* iso;
};

}  // namespace

TEST_CASE("ISO 8601 dates are kept in one spelling", "[html][dateline]") {
  const Case cases[] = {
      {"2024-05-14", "2024-05-14"},
      {" 2024-05-14T08:30:00+01:00", "2024-05-14T08:30:00+01:00"},
      {"2024-05-14T08:30:00Z", "2024-05-14T08:30:00Z"},
      {"2024-05-14 08:30:00", "2024-05-14T08:30:00"},
      {"2019-11-19T13:16:49+0000", "2019-11-19T13:16:49+00:00"},
      {"2022-05-04T08:27:49.000-0300", "2022-05-04T08:27:49.000-03:00"},
      {"2024-03-05T10:00", "2024-03-05T10:00"},
      {"2024-03-05T25:00", "2024-03-05"},  // an impossible time leaves the date
      {"2018-11-28CET11:59:00+0100", "2018-11-28"},
      // Not ISO, impossible, or a placeholder.
      {"14/05/2024", ""},
      {"May 14, 2024", ""},
      {"2024-5-14", ""},
      {"2024-02-30", ""},
      {"2023-02-29", ""},
      {"0001-01-01T00:00:00Z", ""},
      {"1970-01-01", ""},
      {"1900-01-01", ""},
      {"20240514", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(normalize_iso_date(c.text) == c.iso);
  }
  CHECK(normalize_iso_date("2024-02-29") == "2024-02-29");  // a leap year
}

TEST_CASE("written dates of many languages become ISO 8601", "[html][dateline]") {
  const Case cases[] = {
      // English
      {"March 5, 2024", "2024-03-05"},
      {"Published Mar. 5, 2024", "2024-03-05"},
      {"Tuesday, March 5th, 2024", "2024-03-05"},
      {"5 March 2024", "2024-03-05"},
      {"5th of March, 2024", "2024-03-05"},
      {"Nov 18, 2019 at 9:24 pm ET", "2019-11-18T21:24"},
      {"Updated 10:02 AM EST Nov 19, 2019", "2019-11-19"},
      // German
      {"5. März 2024", "2024-03-05"},
      {"Dienstag, 05. März 2024, 10:30 Uhr", "2024-03-05T10:30"},
      {"5. Mär. 2024", "2024-03-05"},
      {"05.03.2024", "2024-03-05"},
      {"05.03.2024 10.30 Uhr", "2024-03-05T10:30"},
      {"Aktualisiert am 19.10.2019 um 11:14", "2019-10-19T11:14"},
      // French, Spanish, Italian, Portuguese, Dutch
      {"5 mars 2024", "2024-03-05"},
      {"Publié le 1er mars 2024 à 10h30", "2024-03-01T10:30"},
      {"5 de marzo de 2024", "2024-03-05"},
      {"5 de marzo del 2024", "2024-03-05"},
      {"5 marzo 2024", "2024-03-05"},
      {"5 de março de 2024", "2024-03-05"},
      {"5 maart 2024", "2024-03-05"},
      {"5 décembre 2023", "2023-12-05"},
      {"25 dicembre 2023", "2023-12-25"},
      // Year first, and ISO inside text
      {"2024/03/05", "2024-03-05"},
      {"Stand: 2024-03-05T10:00", "2024-03-05T10:00"},
      {"2024年3月5日", "2024-03-05"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(parse_date(c.text, DateOrder::day_first) == c.iso);
  }
}

TEST_CASE("all-numeric dates are read in the page's order, and ambiguous ones left alone", "[html][dateline]") {
  CHECK(parse_date("05/03/2024", DateOrder::day_first) == "2024-03-05");
  CHECK(parse_date("05/03/2024", DateOrder::month_first) == "2024-05-03");
  CHECK(parse_date("05/03/2024", DateOrder::unknown).empty());
  // A field over 12 settles the order whatever the page says.
  CHECK(parse_date("25/03/2024", DateOrder::month_first) == "2024-03-25");
  CHECK(parse_date("03/25/2024", DateOrder::day_first) == "2024-03-25");
  CHECK(parse_date("03/25/2024", DateOrder::unknown) == "2024-03-25");
  // Dots are always day first.
  CHECK(parse_date("05.03.2024", DateOrder::month_first) == "2024-03-05");
  CHECK(parse_date("05-03-2024", DateOrder::day_first) == "2024-03-05");
}

TEST_CASE("text without a real date gives none", "[html][dateline]") {
  const char* near_misses[] = {
      "",
      "March 2024",            // no day
      "5 March",               // no year
      "Version 10.15.2024",    // a version number: no month 15
      "05.03.2024.1",          // an id
      "Call 555-03-2024 now",  // a phone number
      "31 February 2024",      // no such day
      "January 1, 1970",       // a placeholder
      "13/13/2024",            // no such month
      "Page 5 of 12, 2024 edition",
      "The 5 marches of 2024",
  };
  for (const char* text : near_misses) {
    INFO(text);
    CHECK(parse_date(text, DateOrder::day_first).empty());
  }
}

TEST_CASE("the order of numeric dates follows the page's language", "[html][dateline]") {
  CHECK(pith::html::date_order_for("en-US") == DateOrder::month_first);
  CHECK(pith::html::date_order_for("en") == DateOrder::unknown);
  CHECK(pith::html::date_order_for("") == DateOrder::unknown);
  CHECK(pith::html::date_order_for("en-GB") == DateOrder::day_first);
  CHECK(pith::html::date_order_for("de-DE") == DateOrder::day_first);
  CHECK(pith::html::date_order_for("fr") == DateOrder::day_first);
}

TEST_CASE("a URL's path may spell the date", "[html][dateline]") {
  CHECK(pith::html::date_in_url("https://example.org/2024/03/05/storm-closes-port") == "2024-03-05");
  CHECK(pith::html::date_in_url("https://example.org/news/2024-03-05-storm") == "2024-03-05");
  CHECK(pith::html::date_in_url("https://example.org/2024/03/storm").empty());
  CHECK(pith::html::date_in_url("https://example.org/2024/13/05/storm").empty());
  CHECK(pith::html::date_in_url("https://example.org/story?date=2024/03/05").empty());
  CHECK(pith::html::date_in_url("https://example.org/id/20240305123/").empty());
}

TEST_CASE("month and weekday names are known in several languages", "[html][dateline]") {
  for (const char* word : {"march", "märz", "mars", "marzo", "março", "maart", "dienstag", "fr", "mardi.", "sept"})
    CHECK(pith::html::is_calendar_word(word));
  for (const char* word : {"marsh", "maybe", "john", "berg"}) CHECK_FALSE(pith::html::is_calendar_word(word));
}
