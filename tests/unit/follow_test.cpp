// follow: prompts to follow the site go; sentences about following stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("follow removes follow prompts", "[filter][follow]") {
  for (const char* line : {
           "Follow us on Twitter",
           "Follow us on Facebook and Instagram.",
           "Follow Anna Lee on X: @annalee",
           "Like us on Facebook",
           "Síguenos en redes sociales",
           "Folgen Sie uns auf Instagram",
           "Suivez-nous sur Facebook",
           "Siga-nos no Instagram",
           "Seguici su Telegram",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("follow", line));
  }
}

TEST_CASE("follow keeps sentences about following", "[filter][follow]") {
  for (const char* line : {
           "Follow the money, investigators told the committee on Tuesday.",
           "Follow the senator's posts on X, aides said.",
           "Followers of the account on Instagram doubled within a week.",
           "Suivez le guide, a lancé le maire aux journalistes.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("follow", line));
  }
}

TEST_CASE("follow removes a prompt ending on a Telegram link", "[filter][follow]") {
  for (const char* line : {
           "Follow us on Telegram: t.me/citynews",
           "Síguenos en Telegram: t.me/diariodelsur",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("follow", line));
  }
}
