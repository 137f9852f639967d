// Sentence starts by ICU's BreakIterator over UTF-8 (one iterator per thread), and the shape
// of a paragraph join that lost its space.
#include "pith/base/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

namespace pith::sentences {

namespace {

/// The thread's sentence iterator, set over `text` (UTF-8, so its indices are byte offsets);
/// nullptr when ICU cannot open its rules. The UText is closed by the caller's Scope.
class Scope {
 public:
  explicit Scope(std::string_view text) {
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::BreakIterator> made(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
      if (U_FAILURE(status)) made.reset();
      return made;
    }();
    if (!iterator) return;
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&m_text, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) return;
    iterator->setText(&m_text, status);
    if (U_SUCCESS(status)) m_iterator = iterator.get();
  }
  ~Scope() { utext_close(&m_text); }
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

  icu::BreakIterator* get() const { return m_iterator; }

 private:
  UText m_text = UTEXT_INITIALIZER;
  icu::BreakIterator* m_iterator = nullptr;
};

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Bytes of a capital letter at `text[pos]` (ASCII, or Latin-1 À..Þ but not ×), or 0.
std::size_t capital_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  if (is_ascii_upper(text[pos])) return 1;
  if (static_cast<unsigned char>(text[pos]) == 0xC3 && pos + 1 < text.size()) {
    auto next = static_cast<unsigned char>(text[pos + 1]);
    if (next >= 0x80 && next <= 0x9E && next != 0x97) return 2;
  }
  return 0;
}

/// Bytes of an opening quote or Spanish opening mark at `text[pos]`, or 0.
std::size_t opening_mark_at(std::string_view text, std::size_t pos) {
  std::string_view rest = text.substr(pos);
  if (rest.starts_with('"') || rest.starts_with('\'')) return 1;
  for (std::string_view mark : {"\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x9E"})  // “ ‘ „
    if (rest.starts_with(mark)) return mark.size();
  for (std::string_view mark : {"\xC2\xAB", "\xC2\xBF", "\xC2\xA1"})  // « ¿ ¡
    if (rest.starts_with(mark)) return mark.size();
  return 0;
}

/// Bytes of a closing quote ending just before `end`, or 0.
std::size_t closing_mark_before(std::string_view text, std::size_t end) {
  std::string_view head = text.substr(0, end);
  if (head.ends_with('"') || head.ends_with('\'')) return 1;
  for (std::string_view mark : {"\xE2\x80\x9D", "\xE2\x80\x99"})  // ” ’
    if (head.ends_with(mark)) return mark.size();
  if (head.ends_with("\xC2\xBB")) return 2;  // »
  return 0;
}

}  // namespace

std::vector<std::size_t> starts(std::string_view text) {
  std::vector<std::size_t> out;
  if (text.empty()) return out;
  Scope scope(text);
  icu::BreakIterator* it = scope.get();
  if (!it) return out;
  for (int32_t at = it->first(); at != icu::BreakIterator::DONE; at = it->next())
    if (static_cast<std::size_t>(at) < text.size()) out.push_back(static_cast<std::size_t>(at));
  return out;
}

std::size_t start_before(std::string_view text, std::size_t pos) {
  if (pos == 0 || text.empty()) return 0;
  if (pos > text.size()) pos = text.size();
  Scope scope(text);
  icu::BreakIterator* it = scope.get();
  if (!it) return 0;
  if (it->isBoundary(static_cast<int32_t>(pos))) return pos;
  int32_t at = it->preceding(static_cast<int32_t>(pos));
  return at == icu::BreakIterator::DONE ? 0 : static_cast<std::size_t>(at);
}

bool is_start(std::string_view text, std::size_t pos) {
  if (pos == 0) return true;
  if (pos >= text.size()) return false;
  Scope scope(text);
  icu::BreakIterator* it = scope.get();
  return it && it->isBoundary(static_cast<int32_t>(pos));
}

bool is_glued_start(std::string_view text, std::size_t pos) {
  if (pos < 2 || pos >= text.size()) return false;
  // After the join: a capital (past an opening quote), then a small letter, a space or an
  // apostrophe — so "Ph.D." or "U.S.A." is no join.
  std::size_t at = pos + opening_mark_at(text, pos);
  std::size_t capital = capital_at(text, at);
  if (capital == 0) return false;
  if (at + capital < text.size()) {
    char after = text[at + capital];
    if (!is_ascii_lower(after) && after != ' ' && after != '\'' &&
        static_cast<unsigned char>(after) < 0x80)
      return false;
  }
  // Before it: terminal punctuation or a colon, perhaps closed by a quote, after a small
  // letter, a digit, a closing bracket or quote, or a letter outside ASCII.
  std::size_t end = pos;
  if (std::size_t quote = closing_mark_before(text, end); quote && end > quote) {
    end -= quote;
    char mark = text[end - 1];
    if (mark != '.' && mark != '!' && mark != '?') return false;
  }
  char mark = text[end - 1];
  if (mark != '.' && mark != '!' && mark != '?' && mark != ':') return false;
  if (end < 2) return false;
  char before = text[end - 2];
  return is_ascii_lower(before) || is_digit(before) || before == ')' || closing_mark_before(text, end - 1) > 0 ||
         static_cast<unsigned char>(before) >= 0x80;
}

std::size_t last_glued_start(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t pos = to; pos > from;) {
    --pos;
    if (is_glued_start(text, pos)) return pos;
  }
  return to;
}

}  // namespace pith::sentences
