// copyright: rights notices go; reporting about copyright and agencies stays.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("copyright removes rights notices", "[filter][copyright]") {
  for (const char* line : {
           "© 2024 Reuters. All rights reserved.",
           "©2023 The Valley Post",
           "Copyright 2022 The Associated Press. All rights reserved. This material may not be published, "
           "broadcast, rewritten or redistributed.",
           "(c) 2021 Agence France-Presse",
           "Todos los derechos reservados.",
           "© Agencia EFE. Todos los derechos reservados.",
           "Alle Rechte vorbehalten.",
           "© Le Courrier du Sud 2020. Tous droits réservés.",
           "Todos os direitos reservados.",
           "Riproduzione riservata ©",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
}

TEST_CASE("copyright keeps reporting about copyright and agencies", "[filter][copyright]") {
  for (const char* line : {
           "Reuters reported on Monday that the merger talks had collapsed.",
           "Copyright law in the bloc was overhauled in 2019 after years of lobbying.",
           "The authors said in their copyright lawsuit that the company had copied their books.",
           "The band said all rights to the song had reverted to its members in 2015, ending a long dispute "
           "with the label over royalties and licensing.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("copyright", line));
  }
}
