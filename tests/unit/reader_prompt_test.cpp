// reader_prompt: the last sentence of a line, where a call to the reader closes a lead-in.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pith/filters/reader_prompt.h"

TEST_CASE("last_sentence finds the last boundary within the line's end", "[reader-prompt]") {
  struct Row {
    const char* text;
    std::size_t max_bytes;
    const char* sentence;
  };
  for (const Row& row : std::vector<Row>{
           {"Quer receber as notícias? Ative as notificações.", 80, "Ative as notificações."},
           {"Our newsletter brings the day's news every weekday at 6 a.m. Sign me up", 80, "Sign me up"},
           {"Stay informed about the city council and its budget fights — Subscribe now", 80, "Subscribe now"},
           {"Stay informed about the city council and its budget fights - Subscribe now", 80, "Subscribe now"},
           {"Get the latest headlines from our newsroom every single morning | Sign up", 80, "Sign up"},
           {"Recevez notre lettre d'information chaque matin dans votre boîte : Inscrivez-vous", 80,
            "Inscrivez-vous"},
           // An English colon with no space before it, and a hyphen inside a word, are no boundary.
           {"Officials urged residents across the whole county: download the app today", 80, ""},
           {"A well-known long-running weekly column about the state-run local utilities", 80, ""},
           // The boundary lies before the look's window: none within the line's end.
           {"Done. This closing sentence runs on for rather more than the twenty bytes allowed", 20, ""},
           {"Short. Call", 80, "Call"},
           {"Ends on a stop. ", 80, ""},
           {"", 80, ""},
       }) {
    INFO(row.text);
    CHECK(pith::last_sentence(row.text, row.max_bytes) == row.sentence);
  }
}
