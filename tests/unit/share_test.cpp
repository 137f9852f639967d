// share: rows of share buttons go; sentences naming the platforms stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("share removes share button rows", "[filter][share]") {
  for (const char* line : {"Share this:", "Facebook", "WhatsApp", "Email", "Print",
                           "Share on Facebook | Share on X | Email", "Facebook Twitter WhatsApp Email Print",
                           "Compartir en Facebook · Compartir en WhatsApp", "Teilen: Facebook, X, E-Mail",
                           "Partager sur Facebook", "Compartilhar no WhatsApp", "Condividi su Facebook",
                           "Copy link", "Like this:"}) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share keeps sentences naming platforms", "[filter][share]") {
  for (const char* line : {"Facebook shares fell 4 percent on Tuesday.", "Share this with your family.",
                           "Print editions will end in March, the publisher said.",
                           "WhatsApp said it would appeal the fine.", "Like this, the plan cannot work.", "On X, the post was shared 30,000 times."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share removes a lone X only inside a column of buttons", "[filter][share]") {
  using pith::test::removed_by_filter;
  CHECK(removed_by_filter("share", {"The vote passed narrowly.", "Share this:", "Facebook", "X", "Email",
                                    "Counting ended at midnight."}) ==
        std::vector<bool>{false, true, true, true, true, false});
  CHECK(removed_by_filter("share", {"The grid was labelled with letters.", "X", "The next square was empty."}) ==
        std::vector<bool>{false, false, false});
}
