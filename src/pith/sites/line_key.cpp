// Line keys: shape::key(), then quotes, numbers and dates folded.
#include "pith/sites/line_key.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "pith/base/ascii.h"
#include "pith/base/line_shape.h"
#include "pith/sites/date_words.h"

namespace pith::sites {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The first byte of `data` that is a digit or 0xE2 (the lead byte of curly quotes), or `size`;
/// eight bytes at a time, as most lines have neither and every line of a batch is keyed.
std::size_t first_digit_or_quote(const char* data, std::size_t size) {
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t word = ascii::load8(data + i);
    if (ascii::bytes_below(word ^ (ascii::k_ones * '0'), 10) | ascii::bytes_equal(word, 0xE2)) break;
  }
  while (i < size && !is_digit(data[i]) && data[i] != '\xE2') ++i;
  return i;
}

/// Curly quotes and apostrophes to ASCII, digit runs to '#', in place (the text only shrinks).
/// True when there were digits.
bool fold_quotes_and_digits(std::string& key) {
  // Most of a line has neither: skip to the first digit or three-byte punctuation.
  std::size_t r = first_digit_or_quote(key.data(), key.size());
  if (r == key.size()) return false;
  bool digits = false;
  std::size_t w = r;
  while (r < key.size()) {
    char c = key[r];
    if (is_digit(c)) {
      while (r < key.size() && is_digit(key[r])) ++r;  // read the run before writing over it
      key[w++] = '#';
      digits = true;
      continue;
    }
    // ‘ ’ (E2 80 98/99) and “ ” (E2 80 9C/9D)
    if (c == '\xE2' && r + 2 < key.size() && key[r + 1] == '\x80') {
      char third = key[r + 2];
      if (third == '\x98' || third == '\x99' || third == '\x9C' || third == '\x9D') {
        key[w++] = third == '\x98' || third == '\x99' ? '\'' : '"';
        r += 3;
        continue;
      }
    }
    key[w++] = c;
    ++r;
  }
  key.resize(w);
  return digits;
}

template <class List>
bool in_list(std::string_view word, const List& list) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

/// `word` without one trailing ',' or '.'.
std::string_view bare(std::string_view word) {
  if (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
  return word;
}

/// A day or a year: "#", "#,", "#.", "#th", "#er".
bool is_number_word(std::string_view word) {
  word = bare(word);
  if (!word.starts_with('#')) return false;
  std::string_view rest = word.substr(1);
  return rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest == "er" ||
         rest == "º" || rest == "°";
}

bool is_link_word(std::string_view word) { return in_list(word, k_date_links); }

/// Replaces each date in `key` (words split by single spaces) with "{date}".
void fold_dates(std::string& key) {
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at <= key.size();) {
    std::size_t end = std::min(key.find(' ', at), key.size());
    words.push_back(std::string_view(key).substr(at, end - at));
    at = end + 1;
  }
  std::string out;
  bool changed = false;
  for (std::size_t i = 0; i < words.size();) {
    if (!in_list(bare(words[i]), k_month_names)) {
      if (!out.empty()) out.push_back(' ');
      out += words[i++];
      continue;
    }
    // The month's own span: numbers (and "de"/"of" before a number) on either side.
    std::size_t first = i, last = i + 1;
    bool number = false;
    while (first > 0) {
      if (is_number_word(words[first - 1])) --first, number = true;
      else if (first > 1 && is_link_word(words[first - 1]) && is_number_word(words[first - 2])) first -= 2, number = true;
      else break;
    }
    while (last < words.size()) {
      if (is_number_word(words[last])) ++last, number = true;
      else if (last + 1 < words.size() && is_link_word(words[last]) && is_number_word(words[last + 1])) last += 2, number = true;
      else break;
    }
    if (!number) {
      if (!out.empty()) out.push_back(' ');
      out += words[i++];
      continue;
    }
    if (first > 0 && in_list(bare(words[first - 1]), k_weekday_names)) --first;
    // Words already written from `first` on (numbers before the month) are taken back.
    std::size_t drop = i - first;
    while (drop-- > 0) {
      std::size_t space = out.rfind(' ');
      out.resize(space == std::string::npos ? 0 : space);
    }
    if (!out.empty()) out.push_back(' ');
    out += "{date}";
    if (words[last - 1].back() == ',') out.push_back(',');
    changed = true;
    i = last;
  }
  if (changed) key = std::move(out);
}

}  // namespace

void line_key_into(std::string_view text, std::string& out) {
  out.assign(shape::scratch_key(text));
  if (fold_quotes_and_digits(out)) fold_dates(out);
}

std::string line_key(std::string_view text) {
  std::string out;
  line_key_into(text, out);
  return out;
}

std::string_view scratch_line_key(std::string_view text) {
  thread_local std::string buffer;
  line_key_into(text, buffer);
  return buffer;
}

std::size_t key_words(std::string_view key) { return shape::key_word_count(key); }

bool has_letter(std::string_view word) {
  for (char c : word) {
    auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80) return true;
  }
  return false;
}

}  // namespace pith::sites
