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

TEST_CASE("copyright removes a site's statement of its own content's licence", "[filter][copyright]") {
  for (const char* line : {
           "Unless otherwise stated, the content of this page is licensed under Creative Commons "
           "Attribution-ShareAlike 3.0 License",
           "* Content is available under Creative Commons Attribution-NonCommercial-ShareAlike unless otherwise noted.",
           "The Harbour Notes blog by Ann Lake is licensed under a Creative Commons Attribution 4.0 International "
           "License.",
           "Lakeside Daily is published under a Creative Commons license except where otherwise noted.",
           "Texte auf dieser Webseite stehen unter einer Creative Commons Namensnennung-Keine Bearbeitung 3.0 "
           "Unported Lizenz.",
           "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet "
           "werden.",
           "Alle Inhalte unterliegen dieser Creative-Commons-Lizenz.",
           "Der Inhalt dieser Seite steht unter einer Creative Commons Namensnennung 4.0 International Lizenz.",
           "Sauf mention contraire, le contenu de ce site est mis à disposition selon les termes de la licence "
           "Creative Commons Attribution 4.0 International.",
           "Les textes de ce blog sont publiés sous licence CC BY-SA 4.0.",
           "Salvo que se indique lo contrario, el contenido de este sitio está bajo una licencia Creative Commons "
           "Reconocimiento 4.0 Internacional.",
           "Esta obra está bajo una licencia de Creative Commons Reconocimiento-NoComercial-CompartirIgual 4.0.",
           "Salvo diversa indicazione, i contenuti di questo sito sono distribuiti con licenza Creative Commons "
           "Attribuzione 4.0 Internazionale.",
           "Quest'opera è distribuita con Licenza Creative Commons Attribuzione - Non commerciale 4.0 Internazionale.",
           "Exceto quando indicado de outra forma, o conteúdo deste site está licenciado sob a licença Creative "
           "Commons Atribuição 4.0 Internacional.",
           "Este blog está licenciado sob uma Licença Creative Commons Atribuição-NãoComercial 4.0 Internacional.",
           "Text is available under the GNU Free Documentation License unless otherwise noted.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
}

TEST_CASE("copyright removes the licence badge's caption", "[filter][copyright]") {
  for (const char* line : {"Creative Commons License", "Creative Commons Lizenzvertrag", "Licence Creative Commons",
                           "Licencia Creative Commons", "Licenza Creative Commons", "Licença Creative Commons"}) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
}

TEST_CASE("copyright keeps reporting about licences", "[filter][copyright]") {
  for (const char* line : {
           "The photos were released under a Creative Commons licence, the museum said.",
           "Wikipedia's text is available under Creative Commons, which lets anyone reuse it.",
           "The software is licensed under the GPL, the developers said.",
           "The agency is releasing its archive under a CC BY 4.0 licence, its director said.",
           "Der Stadtrat beschloss, die Protokolle künftig unter einer Creative-Commons-Lizenz zu veröffentlichen.",
           "Das Museum stellt seine Fotos unter einer Creative-Commons-Lizenz zur Verfügung, sagte die Direktorin.",
           "Le musée a décidé de placer ses photos sous licence Creative Commons, a déclaré sa directrice.",
           "La mairie publiera désormais ses archives sous une licence Creative Commons.",
           "El gobierno decidió que los datos estarán bajo una licencia Creative Commons a partir de enero.",
           "Il comune ha deciso di rilasciare i dati con licenza Creative Commons dal prossimo anno.",
           "A prefeitura decidiu que os dados serão publicados sob licença Creative Commons a partir de janeiro.",
           // A paragraph is no footer, however it words the licence.
           "The foundation said on Monday that all of its reports, photos and data sets are licensed under a "
           "Creative Commons Attribution 4.0 International License from now on, so that schools, newspapers and "
           "researchers can reuse them without asking, a change that critics said came years too late for the many "
           "archives that had already been digitised under stricter terms.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("copyright", line));
  }
}

TEST_CASE("copyright reads Copyleft with a year as it reads Copyright", "[filter][copyright]") {
  for (const char* line : {"Copyleft © 2002-2016 The Harbour Wiki CC-BY-SA. Powered by ikiwiki. Valid (X)HTML 5.",
                           "Copyleft 2021 Lakeside Collective"}) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
  CHECK_FALSE(filter_removes_in_context(
      "copyright", "Copyleft is a way of using copyright to keep a work free, Stallman wrote in 1985."));
}

TEST_CASE("copyright removes a footer's row of software credits", "[filter][copyright]") {
  for (const char* line : {
           "Proudly powered by WordPress",
           "Powered by WordPress. Theme by Press Customizr.",
           "Theme: Twenty Twelve by WordPress | Design by Lakeside Studio",
           "Valid XHTML | Valid CSS",
           "Stolz präsentiert von WordPress",
           "Bloggen auf WordPress.com.",
           "Fièrement propulsé par WordPress",
           "Funciona gracias a WordPress",
           "Creato con WordPress",
           "Orgulhosamente mantido com WordPress",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
}

TEST_CASE("copyright keeps sentences that open as a credit does", "[filter][copyright]") {
  for (const char* line : {
           "Powered by renewable energy, the plant supplies 40,000 homes in the valley.",
           "Proudly powered by its volunteers, the club has grown to 300 members this year.",
           "Theme by theme, the report lists where the council fell short.",
           "Valid HTML was a requirement of the tender, officials said.",
           "Stolz präsentiert von seinen Kindern, feierte der Bäcker sein Jubiläum.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("copyright", line));
  }
}

TEST_CASE("copyright removes a notice whose mark follows a label of what it covers", "[filter][copyright]") {
  for (const char* line : {
           "Content \xC2\xA9 Millbrook Gazette 2020. Notices are published as supplied by families and funeral "
           "directors.",
           "Content \xC2\xA9 Millbrook Gazette 2020.",
           "Inhalte \xC2\xA9 2019 Stadtanzeiger Nord",
           "Contenu \xC2\xA9 Le Petit Rhodanien",
           "Textos \xC2\xA9 2018 Diario del Valle. Prohibida su reproducci\xC3\xB3n.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
  for (const char* line : {
           "The content \xC2\xA9 sign on the label was added in 1952, the archivist explained to visitors.",
           "Content \xC2\xA9 was never claimed by the band, whose songs are free to copy.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("copyright", line));
  }
}

TEST_CASE("copyright removes a notice that closes on forbidding reproduction and spreading", "[filter][copyright]") {
  for (const char* line : {
           "Quai des Faits \xC2\xA9 2019 \xE2\x80\x93 Reproduction et diffusion interdites",
           "Harbour Daily \xC2\xA9 2020 \xE2\x80\x93 Reproduction prohibited",
           "Stadtanzeiger Nord \xC2\xA9 2018 | Vervielf\xC3\xA4ltigung verboten",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
  CHECK_FALSE(filter_removes_in_context(
      "copyright", "The court ruled that reproduction prohibited by the contract had still taken place."));
}

TEST_CASE("copyright removes a notice forbidding reproduction without permission, and keeps prose that says so",
          "[filter][copyright]") {
  for (const char* line : {
           "Le Courrier du Bocage \xE2\x80\x93 Reproduction interdite sans autorisation \xE2\x80\x93 Mentions l\xC3\xA9gales",
           "Cronache del Conero \xE2\x80\x93 Riproduzione vietata senza autorizzazione",
           "Rio Negro Not\xC3\xAD" "cias. Reprodu\xC3\xA7\xC3\xA3o proibida sem autoriza\xC3\xA7\xC3\xA3o.",
           "Gaceta del Urola \xC2\xB7 Reproducci\xC3\xB3n prohibida sin autorizaci\xC3\xB3n",
           "Aller-Kurier 2020 \xC2\xB7 Nachdruck nur mit Genehmigung des Verlags",
           "Penwith Packet 2022. Reproduction without permission prohibited.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
  for (const char* line : {
           "La reproduction interdite sans autorisation de ces \xC5\x93uvres a \xC3\xA9t\xC3\xA9 sanctionn\xC3\xA9" "e "
           "par le tribunal de Caen, qui a condamn\xC3\xA9 le faussaire \xC3\xA0 deux ans de prison.",
           // After a word, a short sentence's phrase is prose.
           "Den Nachdruck nur mit Genehmigung zu erlauben, beschloss der Rat.",
           "Une reproduction interdite sans autorisation, selon le juge.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("copyright", line));
  }
}

TEST_CASE("copyright takes the owner's terms of reuse after the mark and its name, and 'all texts' before the mark",
          "[filter][copyright]") {
  for (const char* line : {
           "\xC2\xA9 Landesrundfunk Steiermark. Weiterverwendung nur mit Quellenangabe.",
           "Alle Texte \xC2\xA9 Landesrundfunk Steiermark. Weiterverwendung nur mit Quellenangabe.",
           "\xC2\xA9 Comune di Brenzago \xE2\x80\x93 testi e immagini riproducibili citando la fonte",
           "\xC2\xA9 Diario del Sur. Se permite la reproducci\xC3\xB3n citando la fuente.",
           "\xC2\xA9 Harbour Herald | Copying for personal use only",
           "Tous les textes \xC2\xA9 Le Courrier de la Vesdre",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("copyright", line));
  }
  for (const char* line : {
           // A caption's credit first, and prose about reuse.
           "\xC2\xA9 Jane Roe \xE2\x80\x93 The harbour at dawn, before the storm reached the town on Tuesday evening",
           "Alle Texte der Ausstellung stammen aus dem Archiv, die Weiterverwendung regelt ein Vertrag.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("copyright", line));
  }
}
