// company-register: a footer's register and tax numbers go; sentences about companies' numbers
// and numbers after other words stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("company-register removes a footer's register and tax numbers in six languages",
          "[filter][company-register]") {
  for (const char* line : {
           "Harbour Media Ltd. Registered in England and Wales, company number 01234567.",
           "VAT No. GB 123 4567 89",
           "Beispiel Verlag GmbH · HRB 12345, Amtsgericht Köln · USt-IdNr. DE123456789",
           "Heraldo del Ebro S.L. – CIF: B12345678 – Registro Mercantil de Zaragoza",
           "Nord Éclair SAS – RCS Lille 123 456 789 – SIRET 123 456 789 00012",
           "Editoriale Bresciana S.p.A. – P.IVA 01234560178",
           "Società Editrice Sud srl - Partita IVA e C.F. 01234560178 - REA FG-123456",
           "Jornal dos Negócios, S.A. – NIPC 501234567",
           "Editora Exemplo Ltda. CNPJ 12.345.678/0001-90",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("company-register", line));
  }
}

TEST_CASE("company-register keeps sentences about companies, taxes and numbers", "[filter][company-register]") {
  for (const char* line : {
           "The firm's VAT number 123456789 was used to claim the refunds, prosecutors said.",
           "Die Firma ist im Handelsregister eingetragen und beschäftigt 120 Mitarbeiter.",
           "La empresa tiene un CIF válido desde 2019.",
           "Le numéro SIRET de l'entreprise a été radié en 2024, selon le greffe.",
           "La partita IVA del ristorante è stata chiusa nel 2023, ha detto il sindaco.",
           "Cada contribuinte poderá deduzir até 15.000 euros.",
           "What is a VAT number 12345 used for?",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("company-register", line));
  }
}

TEST_CASE("company-register removes a charity's register number and a nonprofit's tax number", "[filter][company-register]") {
  for (const char* line : {
           "Registered charity no. 1184472",
           "Wellspring Aid is a registered charity (No. 1184472). 89p of every £1 donated goes directly to our "
           "programmes.",
           "Registered charity number 1184472 (England and Wales) and SC045678 (Scotland)",
           "Harbor Relief is a 501(c)(3) nonprofit. Federal Tax ID: 12-3456789",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("company-register", line));
  }
  for (const char* line : {
           "The Trust, a registered charity (No. 1184472), said it would appeal the ruling.",
           "The charity number rose to 170000 last year, the regulator said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("company-register", line));
  }
}

TEST_CASE("company-register removes a periodical's entry in the press register, alone or closing a footer's row",
          "[filter][company-register]") {
  for (const char* line : {
           "Sobre nós · Contactos · Termos e condições · Registo ERC n.º 127 409",
           "Registado na ERC sob o n.º 127409",
           "Iscrizione ROC n. 23456 – Direttore responsabile: Marco Bianchi",
           "Reg. Trib. di Cuneo n. 12345 del 12/03/1998",
           "Depósito legal: M-12345-2010",
           "CPPAP : 0524 W 93188",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("company-register", line));
  }
  for (const char* line : {
           "A ERC abriu 12 345 processos em 2020, segundo o relatório anual do regulador.",
           "Il ROC conta oggi 12.345 iscritti, ha spiegato il presidente dell'Agcom.",
           "El depósito legal de la Biblioteca Nacional recibió 12.345 libros el año pasado, según el informe.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("company-register", line));
  }
}

TEST_CASE("company-register removes a company's share capital after its legal form", "[filter][company-register]") {
  for (const char* line : {
           "Essonne Info – SAS au capital de 50 000 € – Mentions légales – CGU",
           "Éditions du Port SARL au capital de 10 000 euros",
           "Gruppo Editoriale Nord S.p.A. capitale sociale € 1.200.000 i.v.",
           "Ediciones del Sur S.L. capital social 30.000 euros",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("company-register", line));
  }
  for (const char* line : {
           "The firm raised its share capital to 500,000 euros last year.",
           "La société a porté son capital de 50 000 à 200 000 euros, a déclaré son président.",
           "Au capital de 150 000 euros, la start-up emploie 12 personnes.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("company-register", line));
  }
}

TEST_CASE("company-register takes an Italian periodical's entry in its court's register", "[filter][company-register]") {
  CHECK(filter_removes_in_context("company-register",
                                  "Eco del Bo \xE2\x80\x93 Testata giornalistica registrata presso il Tribunale di Padova "
                                  "n. 2417 del 12/03/2014 \xE2\x80\x93 Direttore responsabile: Lucia Ferrante"));
  CHECK(filter_removes_in_context("company-register", "Autorizzazione del Tribunale di Cuneo n. 512 del 1990"));
  CHECK_FALSE(filter_removes_in_context("company-register",
                                        "Il giornale, registrato presso il Tribunale di Padova n. 2417, ha chiuso nel "
                                        "2020, ha detto il direttore."));
  CHECK_FALSE(filter_removes_in_context("company-register", "Il Tribunale di Padova ha respinto 2417 ricorsi nel 2020."));
}

TEST_CASE("company-register takes Belgium's and Switzerland's company numbers and Latin America's tax numbers",
          "[filter][company-register]") {
  for (const char* line : {
           "\xC3\x89" "diteur responsable : Jacques Vandenbroucke \xE2\x80\x93 \xC3\x89" "cho de Meuse SA \xE2\x80\x93 "
           "N\xC2\xB0 d'entreprise BE 0412.667.318",
           "\xC2\xA9 Confluent M\xC3\xA9" "dias SRL \xE2\x80\x93 Rue des Brasseurs 12, 5000 Namur \xE2\x80\x93 TVA BE 0712.345.678",
           "La Voce del Ceresio SA \xC2\xB7 Via Pretorio 9, 6900 Lugano \xC2\xB7 IDI CHE-112.458.903",
           "Limmatpost AG \xC2\xB7 Seefeldstrasse 12 \xC2\xB7 8008 Z\xC3\xBCrich \xC2\xB7 UID CHE-123.456.789",
           "Caribe Econ\xC3\xB3mico S.A.S. \xE2\x80\x93 NIT 900.123.456-7 \xE2\x80\x93 Barranquilla, Colombia",
           "Propietario: Editorial Serrana S.R.L. \xE2\x80\x93 Director: Ra\xC3\xBAl Ceballos \xE2\x80\x93 Registro DNDA "
           "N.\xC2\xBA 5.411.237",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("company-register", line));
  }
  // A sentence reporting a number keeps its verb of speech.
  for (const char* line : {
           "Le num\xC3\xA9ro d'entreprise 0412.667.318 figure sur toutes les factures, a rappel\xC3\xA9 le juge.",
           "La empresa, con NIT 900.123.456-7, explic\xC3\xB3 que apelar\xC3\xA1 la multa de la DIAN.",
           "L'IDI CHE-112.458.903 della societ\xC3\xA0 \xC3\xA8 stato cancellato, ha spiegato il pretore.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("company-register", line));
  }
}

TEST_CASE("company-register takes Austria's company register number", "[filter][company-register]") {
  CHECK(filter_removes_in_context("company-register",
                                  "\xC2\xA9 Talbote Medien GmbH \xC2\xB7 FN 287311k \xC2\xB7 Landesgericht Klagenfurt"));
  CHECK(filter_removes_in_context("company-register", "Steirerblick GmbH, Firmenbuchnummer 412233 a, Handelsgericht Graz"));
  CHECK_FALSE(filter_removes_in_context("company-register",
                                        "Die Firma mit der FN 287311k ging 2019 in Konkurs, sagte der Masseverwalter."));
}
