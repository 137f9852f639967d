// spacing: a lost space after ',' or ';' between words comes back; numbers, code and addresses stay.
#include <catch2/catch.hpp>

#include "unit/normalize_support.h"

using pith::test::Case;
using pith::test::normalized;

TEST_CASE("spacing restores a space glued out of prose", "[normalize][spacing]") {
  const Case cases[] = {
      {"retaliation from the cartels,whose capabilities", "retaliation from the cartels, whose capabilities"},
      {"hace dos a\u00F1os,seg\u00FAn el informe", "hace dos a\u00F1os, seg\u00FAn el informe"},
      {"die Regierung;aber nicht", "die Regierung; aber nicht"},
      {"\u041C\u043E\u0441\u043A\u0432\u0430,\u0432\u0442\u043E\u0440\u043D\u0438\u043A",
       "\u041C\u043E\u0441\u043A\u0432\u0430, \u0432\u0442\u043E\u0440\u043D\u0438\u043A"},
      {"He said \u201Cno,never\u201D twice", "He said \u201Cno, never\u201D twice"},
      {"First,then second; third,fourth", "First, then second; third, fourth"},
      {"members of NATO,which met", "members of NATO, which met"},
      {"\u0422\u043E,\u0447\u0442\u043E", "\u0422\u043E, \u0447\u0442\u043E"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(normalized("spacing", c.in) == c.out);
  }
}

TEST_CASE("spacing leaves numbers, code, addresses and abbreviations", "[normalize][spacing]") {
  for (const char* text : {
           "Sales rose to 1,000,000 units", "coordinates 40,74 and 3;4", "1,2-dichloroethane",
           "N,N-dimethylformamide is a solvent", "color: rgb(0,0,0);", "call f(a,b) then g(x,y)",
           "the tuple a,b,c", "a list red,green,blue in the config", "see https://example.com/a,b?q=x,y",
           "mail press,office@example.org", "trending #tags,more on the site", "the U.S.,Mexico border",
           "example.com,other sites", "already spaced, fine", "ends with a comma,", ",starts with one",
           "x,y plane", "the TL;DR version", "AC,DC", "key=value,other=thing", "snake_case,more", "wink ;) and ,, double"}) {
    INFO(text);
    CHECK(normalized("spacing", text) == text);
  }
}

TEST_CASE("spacing finds a glued comma wherever it falls in long text", "[normalize][spacing]") {
  for (std::size_t pad = 0; pad <= 17; ++pad) {
    std::string lead(pad, 'x');
    INFO("lead of " << pad);
    CHECK(normalized("spacing", lead + " the cartels,whose men") == lead + " the cartels, whose men");
    CHECK(normalized("spacing", lead + " sold 1,000 boats") == lead + " sold 1,000 boats");
  }
}
