// line_shape: the helpers every filter judges lines with.
#include <catch2/catch.hpp>

#include <span>
#include <string>
#include <vector>

#include "pith/base/line_shape.h"

namespace shape = pith::shape;

TEST_CASE("key folds case, spaces and edge marks", "[shape]") {
  struct Row {
    const char* text;
    const char* key;
  };
  for (const Row& row : std::vector<Row>{{"  Now Loading… ", "now loading"},
                                         {"\" À LIRE AUSSI :", "à lire aussi"},
                                         {"Read\t  more:", "read more"},
                                         {"«Ver más»", "ver más"},
                                         {"ÉTÉ × 2", "été × 2"},
                                         // Marks at the end, one after another, of one byte or of a UTF-8
                                         // sequence; and last bytes that are no mark.
                                         {"Weiter \xC2\xBB\xC2\xA0", "weiter"},
                                         {"Next ”.", "next"},
                                         {"Next\xE2\x80\x83\xE2\x80\xA6", "next"},
                                         {"Next ’x", "next ’x"},
                                         {"Next )", "next )"},
                                         {"Next ?", "next ?"},
                                         {"Next 9", "next 9"},
                                         {"café", "café"}}) {
    INFO(row.text);
    CHECK(shape::key(row.text) == row.key);
    CHECK(shape::scratch_key(row.text) == row.key);
  }
}

TEST_CASE("phrase_at matches an opening phrase at a word boundary", "[shape]") {
  struct Row {
    const char* text;
    const char* phrase;
    bool matches;
  };
  for (const Row& row : std::vector<Row>{{"Follow us on X", "follow us", true},
                                         {"Followers doubled", "follow", false},
                                         {"Read   more: the story", "read more", true},
                                         {"À lire aussi : la suite", "à lire aussi", true},
                                         {"Lee también", "lee también", true},
                                         {"Lee tambien", "lee también", false},
                                         {"Sign", "sign up", false},
                                         // a punctuation mark ends a word, a letter does not
                                         {"More\u2026", "more", true},
                                         {"Related\u00bb next", "related", true},
                                         {"Share\u2014now", "share", true},
                                         {"Mehr\u00e4", "mehr", false},
                                         {"Morea", "more", false},
                                         {"More\u00aa", "more", false}}) {
    INFO(row.text << " / " << row.phrase);
    CHECK((shape::phrase_at(row.text, row.phrase) > 0) == row.matches);
  }
  const std::string_view phrases[] = {"share this", "follow us"};
  CHECK(shape::opening_in("\u201cFollow us on Instagram", phrases) == "follow us");
  CHECK(shape::opening_in("The follow-up", phrases).empty());
}

TEST_CASE("contains_stem_ci finds a stem in either case", "[shape]") {
  const std::string_view stems[] = {"cookie", "kekse"};
  CHECK(shape::contains_stem_ci("We use COOKIES here", stems));
  CHECK(shape::contains_stem_ci("Wir verwenden Kekse", stems));
  CHECK_FALSE(shape::contains_stem_ci("The cook knew the kitchen", stems));
  CHECK_FALSE(shape::contains_stem_ci("cooki", stems));
}

TEST_CASE("opens_with_inner_quote tells a quoted phrase in prose from a quoted line", "[shape]") {
  CHECK(shape::opens_with_inner_quote("\"Subscribe now\" banners annoy readers, the survey found."));
  CHECK(shape::opens_with_inner_quote("\u201cSign up\u201d pop-ups are everywhere."));
  CHECK_FALSE(shape::opens_with_inner_quote("\" Valley Courier does not always share these views.\""));
  CHECK_FALSE(shape::opens_with_inner_quote("Subscribe to keep reading"));
}

TEST_CASE("has_year and dash_at read dates and attributions", "[shape]") {
  CHECK(shape::has_year("© 2024 Reuters"));
  CHECK(shape::has_year("18. Februar 1999"));
  CHECK_FALSE(shape::has_year("call 120245 now"));
  CHECK_FALSE(shape::has_year("2100 people"));
  CHECK(shape::dash_at("\u2014 Name") == 3);
  CHECK(shape::dash_at("\u2013 Name") == 3);
  CHECK(shape::dash_at("- Name") == 1);
  CHECK(shape::dash_at("Name") == 0);
}

TEST_CASE("has_year finds a year at any place, word counts and holds_at_least count", "[shape]") {
  for (const char* text : {"2024", "x2024", "in 1999.", "ab 2000", "abc 2001", "(1987)", "x 12 1950s"})
    CHECK(shape::has_year(text));
  for (const char* text : {"202", "20245", "12024", "1899 and 2100", "19x9 20 24", "a1b2c3d4"}) CHECK_FALSE(shape::has_year(text));
  struct Row {
    const char* text;
    std::size_t words;
  };
  std::string many;
  for (int i = 0; i < 300; ++i) many += "w ";  // 600 bytes: over the 255-byte runs
  for (const Row& row : std::vector<Row>{{"", 0}, {"one", 1}, {"  two\twords ", 2}, {"a\nb\rc\fd\ve", 5}, {" \t ", 0},
                                         {"x", 1}, {"Zeile  mit   Lücken", 3}})
    CHECK(shape::word_count(row.text) == row.words);
  CHECK(shape::word_count(many) == 300);
  CHECK(shape::key_word_count(many.substr(0, many.size() - 1)) == 300);
  CHECK(shape::key_word_count("") == 0);
  CHECK(shape::key_word_count("one two three") == 3);
  CHECK(shape::holds_at_least("a b c", ' ', 2));
  CHECK_FALSE(shape::holds_at_least("a b c", ' ', 3));
  CHECK(shape::holds_at_least("", ' ', 0));
  CHECK_FALSE(shape::holds_at_least("", ' ', 1));
}

TEST_CASE("equals_ci and lower_ascii fold ASCII case only", "[shape]") {
  CHECK(shape::equals_ci("Content-Type", "content-type"));
  CHECK(shape::equals_ci("ISO-8859-1", "iso-8859-1"));
  CHECK_FALSE(shape::equals_ci("Content-Type", "Content-Types"));
  CHECK_FALSE(shape::equals_ci("\u00C9t\u00E9", "\u00E9t\u00E9"));  // not ASCII: bytes must match
  CHECK(shape::lower_ascii("Windows-1252") == "windows-1252");
  CHECK(shape::lower_ascii("R\u00C9SUM\u00C9") == "r\u00C9sum\u00C9");
}

TEST_CASE("key lower-cases only A..Z in long runs of ASCII, wherever they fall", "[shape]") {
  // Neighbours of A..Z in ASCII ('@', '[', '`', '{') and of the space must stay as they are.
  const std::string alphabet = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[`abcxyz{~!0189:";
  for (std::size_t shift = 0; shift < 9; ++shift) {
    std::string text = std::string(shift, 'Q') + alphabet + " Mixed CASE words " + alphabet + " END";
    std::string expected;
    for (char c : text) expected.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    INFO(text);
    CHECK(shape::key(text) == expected);
  }
  CHECK(shape::key("ÉCOLE NORMALE SUPÉRIEURE, PARIS") == "école normale supérieure, paris");
  CHECK(shape::key("TABS\tAND\n\nNEWLINES   FOLD") == "tabs and newlines fold");
}

TEST_CASE("key folds every run of white space to one space, wherever it falls in a long line", "[shape]") {
  // Runs of white space of each kind, ASCII then Unicode and the other way round, at every
  // offset of a line long enough for the sixteen-byte steps; near-misses: single spaces.
  const std::string words[] = {"Alpha", "beta", "GAMMA", "delta", "Epsilon", "zeta", "ETA", "theta", "Iota", "kappa",
                               "lambda", "MU", "nu", "xi", "omicron", "pi"};
  const std::string runs[] = {" ", "  ", "   ", "\t", " \t", "\xC2\xA0", " \xC2\xA0", "\xC2\xA0 ", " \xE2\x80\x89 ",
                              "\xE2\x80\x89", " \n "};
  for (std::size_t at = 1; at < std::size(words); ++at)
    for (const std::string& run : runs) {
      std::string text = words[0], expected = "alpha";
      for (std::size_t k = 1; k < std::size(words); ++k) {
        text += (k == at ? run : " ") + words[k];
        expected += " ";
        for (char c : words[k]) expected.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      }
      INFO(text);
      CHECK(shape::key(text) == expected);
    }
}

TEST_CASE("key's last bytes, fewer than sixteen, and a character's continuation bytes fold as the rest", "[shape]") {
  // Every length of line up to 40 bytes, so that the last bytes after the sixteen-byte steps
  // take every count: words, single and double spaces, tabs, capitals, accented letters and a
  // three-byte dash at each place. Expected: the key of the same line built a byte at a time.
  const std::string pieces[] = {"Ab", " ", "CD", "  ", "\xC3\x89t\xC3\xA9", "x", "\xE2\x80\x94", "Q1", "\t", "z"};
  for (std::size_t length = 0; length <= 40; ++length)
    for (std::size_t first = 0; first < std::size(pieces); ++first) {
      std::string text = "W";
      for (std::size_t k = first; text.size() < length; ++k) text += pieces[k % std::size(pieces)];
      // The expected key: white space runs folded, ASCII and Latin-1 capitals lower-cased.
      std::string expected;
      bool space = false;
      for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == ' ' || c == '\t') {
          space = true;
          continue;
        }
        if (space && !expected.empty()) expected.push_back(' ');
        space = false;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (static_cast<unsigned char>(c) == 0x89 && i > 0 && static_cast<unsigned char>(text[i - 1]) == 0xC3)
          c = static_cast<char>(0xA9);
        expected.push_back(c);
      }
      INFO(text);
      CHECK(shape::key(text) == expected);
      CHECK(shape::scratch_key(text) == expected);
    }
}

TEST_CASE("Needles find pieces of words anywhere, each by its rarest byte", "[shape]") {
  constexpr pith::shape::Needles k_set{{"mment", "quette", "mazon", "a b"}};
  // The anchors: 'm' in "mment", 'q' in "quette", 'z' in "mazon", ' ' ... 'b' in "a b".
  CHECK(k_set.needles[1][k_set.anchor[1]] == 'q');
  CHECK(k_set.needles[2][k_set.anchor[2]] == 'z');
  CHECK(k_set.needles[3][k_set.anchor[3]] == 'b');
  for (std::string_view text : {"Comments are closed", "Die Kommentare", "read the netiquette", "As an Amazon seller",
                                "a b", "xxa b"}) {
    INFO(text);
    CHECK(pith::shape::contains_any(text, k_set));
  }
  for (std::string_view text : {"", "Coment", "quett", "amazing", "ab", "b"}) {
    INFO(text);
    CHECK_FALSE(pith::shape::contains_any(text, k_set));
  }
}

TEST_CASE("Phrases compare a line only with phrases that open alike, and match as a plain list does", "[shape]") {
  constexpr pith::shape::Phrases k_phrases{{"read more", "à lire aussi", "lee también", "read", "ver más"}};
  constexpr std::string_view k_plain[] = {"read more", "à lire aussi", "lee también", "read", "ver más"};
  for (std::string_view text : {"Read more: the ruling", "  \"read more", "À lire aussi : le débat", "Lee también esto",
                                "Reader numbers rose", "Nothing here", "", "à propos", "Read it", "VER MÁS"}) {
    INFO(text);
    CHECK(pith::shape::opening_in(text, k_phrases) == pith::shape::opening_in(text, k_plain));
  }
  CHECK(pith::shape::opening_in("READ MORE", k_phrases) == "read more");
  CHECK(pith::shape::is_one_of("lee también", k_phrases));
}

TEST_CASE("trim's fast path leaves printable ends alone and trims the rest", "[shape]") {
  CHECK(pith::shape::trim("abc") == "abc");
  CHECK(pith::shape::trim(" abc\t") == "abc");
  CHECK(pith::shape::trim("\xC2\xA0" "abc" "\xE2\x80\x89") == "abc");
  CHECK(pith::shape::trim("a \xC2\xA0") == "a");
  CHECK(pith::shape::opens_with_inner_quote("\"Subscribe now\" banners, she said"));
  CHECK_FALSE(pith::shape::opens_with_inner_quote("Subscribe now"));
}

TEST_CASE("key_contains_words finds a phrase only as whole words", "[shape]") {
  struct Row {
    std::string_view key, phrase;
    bool found;
  };
  for (const Row& row : std::vector<Row>{
           {"um diesen artikel zu lesen, bitte", "lesen", true},
           {"schon gelesen", "lesen", false},
           {"para leer", "leer", true},
           {"para leerlo", "leer", false},
           {"updated 3 hours ago", "ago", true},
           {"agosto 2024", "ago", false},
           {"publicado há 2 horas", "há", true},
           {"il y a 3 heures", "il y a", true},
           {"", "ago", false},
       }) {
    INFO(row.key << " / " << row.phrase);
    CHECK(pith::shape::key_contains_words(row.key, row.phrase) == row.found);
  }
}

namespace {

/// contains_any_stem_ci as its definition reads: some stem equals the text's bytes at some
/// position, ASCII capitals lower-cased.
bool holds_stem_plainly(std::string_view text, std::span<const std::string_view> stems) {
  std::string lower(text);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  for (std::string_view stem : stems)
    if (lower.find(stem) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("contains_any_stem_ci finds a stem at every position and length, as a plain search does", "[shape]") {
  // Texts from 2 to 60 bytes put the stem at each position of the sixteen-byte passes and of
  // the last, overlapping one; near-misses change one byte of it.
  const std::string_view stems[] = {"reserv", "réserv", "riservat", "vorbehalt", "reprodu", "without permission"};
  const std::string_view views[] = {"view", "pini", "meinung"};
  for (std::string_view stem : {"RESERVED", "Réserv", "riSERvat", "vorbehalt", "Reprodu", "WITHOUT PERMISSION",
                                "reserx", "r\xC3\xA9serx", "vorbehal", "withoutpermission", "VIEW", "Opinion",
                                "MeiNung", "vie", "pinx"})
    for (std::size_t before = 0; before <= 40; before += 3)
      for (std::size_t after : {0, 1, 2, 7, 16}) {
        std::string text = std::string(before, 'e') + std::string(stem) + std::string(after, 'r');
        INFO(text);
        CHECK(shape::contains_stem_ci(text, stems) == holds_stem_plainly(text, stems));
        CHECK(shape::contains_stem_ci(text, views) == holds_stem_plainly(text, views));
      }
  // More openings than one pass takes, and a one-byte stem, take the search by letter.
  const std::string_view many[] = {"aq", "bq", "cq", "dq", "eq", "fq", "gq", "hq", "iq", "jq"};
  CHECK(shape::contains_stem_ci("a line of text that holds JQ at its end", many));
  CHECK_FALSE(shape::contains_stem_ci("a line of text that holds nothing of the sort", many));
  const std::string_view one[] = {"x", "qu"};
  CHECK(shape::contains_stem_ci("a line of text that holds an X", one));
  CHECK_FALSE(shape::contains_stem_ci("a line that holds none of them", one));
}

TEST_CASE("Needles compare a whole needle only past its anchor, at any place in the text", "[shape]") {
  // "az" is anchored on its last byte, "mazon" inside: both reach the text's ends.
  constexpr pith::shape::Needles k_set{{"az", "mazon"}};
  for (std::string_view text : {"az", "jazz band", "the Amazon", "mazon at the start", "ends in az"}) {
    INFO(text);
    CHECK(pith::shape::contains_any(text, k_set));
  }
  for (std::string_view text : {"z", "bz at the start", "ma z", "the Amzon", "ends in Az", "MAZON"}) {
    INFO(text);
    CHECK_FALSE(pith::shape::contains_any(text, k_set));
  }
}

TEST_CASE("is_paragraph_shaped wants enough words and a sentence's stop or closing quote", "[line_shape]") {
  using pith::shape::is_paragraph_shaped;
  CHECK(is_paragraph_shaped("The council voted on Tuesday to approve the plan for new lanes.", 10));
  CHECK(is_paragraph_shaped("Le maire a déclaré : « nous irons jusqu'au bout de ce projet »", 10));
  CHECK(is_paragraph_shaped("Did the council really vote on Tuesday to approve the whole plan?", 10));
  CHECK_FALSE(is_paragraph_shaped("The council voted on Tuesday.", 10));
  CHECK_FALSE(is_paragraph_shaped("The council voted on Tuesday to approve the plan for new lanes", 10));
  CHECK_FALSE(is_paragraph_shaped("", 0));
}

TEST_CASE("scratch_key keys a line again after its bytes change, and keys a view of its last key", "[shape]") {
  std::string line = "  Now Loading… ";
  CHECK(pith::shape::scratch_key(line) == "now loading");
  line.replace(2, 3, "Tom");  // same address, same length, other bytes
  CHECK(pith::shape::scratch_key(line) == "tom loading");
  std::string_view key = pith::shape::scratch_key("Read\t  more:");
  CHECK(key == "read more");
  CHECK(pith::shape::scratch_key(key.substr(0, 4)) == "read");  // a view of the buffer itself
  key = pith::shape::scratch_key("  The COUNCIL met  ");
  CHECK(pith::shape::scratch_key(key.substr(4)) == "council met");
}

TEST_CASE("a pictograph a prompt opens with is an opening mark, in the key and past skip_opening_marks", "[shape]") {
  CHECK(shape::skip_opening_marks("\xF0\x9F\x94\x94 Segui il canale") == "Segui il canale");
  CHECK(shape::skip_opening_marks("\xE2\x9A\xBD\xEF\xB8\x8F Live scores") == "Live scores");
  CHECK(shape::key("\xF0\x9F\x93\x8C Read more") == "read more");
  // Inside a line, or a line of words alone, nothing changes.
  CHECK(shape::skip_opening_marks("Segui \xF0\x9F\x94\x94 il canale") == "Segui \xF0\x9F\x94\x94 il canale");
  CHECK(shape::key("Caf\xC3\xA9 \xE2\x98\x95 open") == "caf\xC3\xA9 \xE2\x98\x95 open");
}

TEST_CASE("last_pointed_part finds the part a spaced arrow sets apart at a line's end", "[shape]") {
  auto [at, part] = shape::last_pointed_part("Chip in $5 a month \xE2\x9E\x9C Support the Courier");
  CHECK(at == 18);
  CHECK(part == "Support the Courier");
  CHECK(shape::last_pointed_part("Sign up free \xE2\x86\x92").second.empty());
  CHECK(shape::last_pointed_part("Sign up free \xE2\x86\x92").first == 12);
  // No space before the arrow, no arrow, or too short a line: none.
  CHECK(shape::last_pointed_part("A\xE2\x86\x92" "B").first == std::string_view::npos);
  CHECK(shape::last_pointed_part("Caf\xC3\xA9 \xC2\xA3" "5").first == std::string_view::npos);
  CHECK(shape::last_pointed_part("").first == std::string_view::npos);
  CHECK(shape::last_pointed_part("\xE2").first == std::string_view::npos);
}

TEST_CASE("holds_phone_number finds seven digits in one run with spaces, dots, hyphens or slashes", "[shape]") {
  for (const char* text : {"Tel. 0549 990 417", "8312-4470", "079 555 12 34", "08442 / 91 77 03"})
    CHECK(pith::shape::holds_phone_number(text));
  for (const char* text : {"in 2019 rund 1200 Stück", "Tel. 555 12", "1.204 votes, 3.5 %"})
    CHECK_FALSE(pith::shape::holds_phone_number(text));
}

TEST_CASE("is_clock reads minutes or hours, then one or two pairs of digits after colons", "[shape]") {
  for (const char* word : {"0:00", "4:08", "04:08", "1:02:17"}) CHECK(pith::shape::is_clock(word));
  for (const char* word : {"104:08", "1:2", "12:34:56:78", ":12", "12:", "4:08pm", "14"})
    CHECK_FALSE(pith::shape::is_clock(word));
}

TEST_CASE("first_mark finds the earliest of several marks and its bytes", "[shape]") {
  constexpr std::string_view marks[] = {" | ", " \xC2\xB7 "};
  CHECK(pith::shape::first_mark("3 min read \xC2\xB7 Updated | Share", marks) == std::pair<std::size_t, std::size_t>{10, 4});
  CHECK(pith::shape::first_mark("a | b \xC2\xB7 c", marks) == std::pair<std::size_t, std::size_t>{1, 3});
  CHECK(pith::shape::first_mark("no marks here", marks).first == std::string_view::npos);
}

TEST_CASE("past_pictograph skips a word of pictographs that opens a line", "[shape]") {
  CHECK(pith::shape::past_pictograph("\xF0\x9F\x95\x91 3 min de leitura") == "3 min de leitura");
  CHECK(pith::shape::past_pictograph("\xE2\x9D\x84  Wetter Pramtal") == "Wetter Pramtal");
  CHECK(pith::shape::past_pictograph("Wetter \xE2\x9D\x84 Pramtal") == "Wetter \xE2\x9D\x84 Pramtal");
  CHECK(pith::shape::past_pictograph("\xE2\x80\x9EQuote\xE2\x80\x9C here") == "\xE2\x80\x9EQuote\xE2\x80\x9C here");
}

TEST_CASE("without_closing_pictograph drops a word of pictographs closing a line", "[shape]") {
  CHECK(pith::shape::without_closing_pictograph("free for every student. \xF0\x9F\x92\x9A") == "free for every student.");
  CHECK(pith::shape::without_closing_pictograph("Mais cr\xC3\xB4nicas \xE2\xA4\xB5") == "Mais cr\xC3\xB4nicas");
  CHECK(pith::shape::without_closing_pictograph("Caf\xC3\xA9 au lait") == "Caf\xC3\xA9 au lait");
  CHECK(pith::shape::without_closing_pictograph("\xF0\x9F\x92\x9A") == "\xF0\x9F\x92\x9A");
}

TEST_CASE("lower_latin1_into lower-cases ASCII and Latin-1 capitals as key() folds them", "[shape]") {
  char buffer[32];
  CHECK(pith::shape::lower_latin1_into("\xC3\x84hnliche Artikel", buffer, sizeof buffer) == "\xC3\xA4hnliche artikel");
  CHECK(pith::shape::lower_latin1_into("\xC3\x80 L'AGENDA", buffer, sizeof buffer) == "\xC3\xA0 l'agenda");
  // The multiplication sign (C3 97) is no capital; a small letter stays.
  CHECK(pith::shape::lower_latin1_into("3\xC3\x97" "4 \xC3\xA9t\xC3\xA9", buffer, sizeof buffer) ==
        "3\xC3\x97" "4 \xC3\xA9t\xC3\xA9");
  CHECK(pith::shape::lower_latin1_into("far too long for the buffer we have here", buffer, 8).empty());
}
