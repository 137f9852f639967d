// Dates as pages write them — in meta tags and in the visible dateline — as ISO 8601.
#pragma once

#include <string>
#include <string_view>

namespace pith::html {

/// How to read an all-numeric date such as 05/03/2024.
enum class DateOrder {
  unknown,      ///< neither field over 12 means the date is ambiguous and is not read
  day_first,    ///< 05/03/2024 is 5 March (most of the world)
  month_first,  ///< 05/03/2024 is 3 May (the United States)
};

/// The order a page in language `tag` (a normalised BCP 47 tag) writes numeric dates in:
/// month first for US English, unknown for English without a region, day first otherwise.
DateOrder date_order_for(std::string_view tag);

/// `text` as ISO 8601 when it is one already: "YYYY-MM-DD", optionally followed by a time
/// ("T" or a space, hh:mm, :ss, a fraction) and a zone (Z, ±hh:mm, ±hhmm, ±hh). The result
/// is the date, or the date-time in the extended form ("2024-03-05T10:00:00+01:00"; a space
/// becomes "T", "+0100" becomes "+01:00"). Empty for anything else, for impossible dates
/// (2024-02-30), and for placeholders before 1995 (see plausible_date).
std::string normalize_iso_date(std::string_view text);

/// The first date written in `text` in any of the common forms, as ISO 8601: ISO itself,
/// "March 5, 2024", "5 March 2024", "5. März 2024", "5 de marzo de 2024", "5 mars 2024",
/// "5 marzo 2024", "5 de março de 2024", "5 maart 2024" (full and abbreviated month names
/// in English, German, French, Spanish, Italian, Portuguese and Dutch), "05.03.2024" (day
/// first), "2024/03/05", and "05/03/2024" or "05-03-2024" read by `order`. A time right
/// after the date ("10:00", "10.30 Uhr", "3:15 pm", "10h30") makes a date-time
/// ("2024-03-05T10:00"). Empty when no plausible date is found.
std::string parse_date(std::string_view text, DateOrder order);

/// The date a URL's path spells as /YYYY/MM/DD/ or /YYYY-MM-DD ("https://x.org/2024/03/05/story"),
/// as ISO 8601; empty when it spells none.
std::string date_in_url(std::string_view url);

/// True when `lower_word` (lower case, a final dot or comma ignored) is the name of a month
/// or a weekday, or its abbreviation, in one of the languages parse_date reads.
bool is_calendar_word(std::string_view lower_word);

/// True for a real calendar date from 1995-01-01 to 2099-12-31. Earlier dates on web pages
/// are placeholders (0001-01-01, 1970-01-01, 1900-01-01); the floor is htmldate's default
/// minimum date (Barbaresi, htmldate, 2020), which trafilatura uses too.
bool plausible_date(int year, int month, int day);

}  // namespace pith::html
