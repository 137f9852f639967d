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

TEST_CASE("copyright removes a site's leave to republish", "[filter][copyright]") {
  for (const char* line : {
           "We encourage you to share and republish our reports, analyses, breaking news and videos (Click for "
           "details).",
           "This content may be freely reproduced in full or in part in digital form with full attribution to the "
           "author and a link to www.example.com.",
           "Este contenido puede reproducirse citando la fuente.",
           "Reproduction autorisée de cet article avec mention de la source.",
           "Este conteúdo pode ser reproduzido desde que citada a fonte.",
           "Questo contenuto può essere riprodotto citando la fonte.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
}

TEST_CASE("copyright keeps reports about republishing", "[filter][copyright]") {
  for (const char* line : {
           "Articles may be freely reproduced under the licence, the agency said.",
           "The court ruled that the photos may be republished without the artist's consent.",
           "The newspaper will republish the series in a book next year.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("copyright", line));
  }
}

TEST_CASE("copyright removes the mark with an owner's name and no year", "[filter][copyright]") {
  for (const char* line : {"Copyright © Lakeside Daily Herald", "© Diario del Sur", "Copyright © Tagesblick GmbH"}) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
  CHECK_FALSE(filter_removes_in_context("copyright", "Copyright holders were paid twice, the court found."));
}

TEST_CASE("copyright reads a company's abbreviated form as part of the owner's name", "[filter][copyright]") {
  for (const char* line : {"© Ediciones del Sur, S.L.", "© Harbour Media Ltd.", "Copyright © Edizioni Laguna S.p.A.",
                           "© Rheinkurier GmbH & Co. KG", "© Lakeside Media Co. Inc."}) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
  // A sentence's end inside is a footer's prose or an article's line, not an owner's name.
  for (const char* line : {"© marks a protected work. Authors need not register it, the court held.",
                           "© is the sign of copyright. Its use is optional in most countries"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("copyright", line));
  }
}

TEST_CASE("copyright removes a name before the mark and rights phrases closing a line", "[filter][copyright]") {
  for (const char* line : {
           "Jornal do Norte © 2026",
           "Harbour Daily ©",
           "Lakeside Herald © 2025.",
           "© 2026 Harbour Daily. All rights reserved",
           "Ouest Info - Reproduction interdite",
           "Le Courrier – Toute reproduction interdite",
           "Riproduzione riservata",
           "Gazzetta della Laguna - Riproduzione vietata",
           "Todos los derechos reservados",
           "Diario del Sur. Reproducción prohibida",
           "Alle Rechte vorbehalten",
           "Rheinkurier 2026 – Nachdruck verboten",
           "Todos os direitos reservados",
           "Folha Capital - Reprodução proibida",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
}

TEST_CASE("copyright keeps sentences about the mark and about rights", "[filter][copyright]") {
  for (const char* line : {
           "The © sign was added to the convention in 1952.",
           "La reproduction interdite de ces œuvres a été sanctionnée par le tribunal de Paris.",
           "La riproduzione vietata dei brani ha portato a una multa.",
           "The publisher sued over a copyright claim filed in 2019, the court said.",
           "Der Verlag klagte wegen Verletzung des Urheberrechts an den Fotos.",
           "La editorial demandó a la plataforma por derechos de autor.",
           "L'éditeur a porté plainte pour contrefaçon devant le tribunal de Paris.",
           "A editora processou a plataforma por violação de direitos autorais.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("copyright", line));
  }
}
