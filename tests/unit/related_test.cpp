// related: links to other stories go; sentences inviting further reading stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;
using pith::test::removed_by_filter;

TEST_CASE("related removes links to other stories", "[filter][related]") {
  for (const char* line : {
           "Read more: Council approves new cycle lanes for the city centre",
           "READ MORE: Why fuel prices keep rising",
           "Related: Storm damage bill tops $2 billion",
           "Lee también: El Gobierno aprueba la reforma de las pensiones",
           "Mehr zum Thema: Bahnstreik legt Fernverkehr lahm",
           "Leia também: Chuvas deixam 20 cidades em alerta",
           "Leggi anche: Maltempo, allerta rossa in Liguria",
           "À lire aussi : Les prix de l'énergie repartent à la hausse",
           "Related stories",
           "See also — The long road to the peace deal",
           "[Related: Dreamforce keynote draws protesters and a surprise guest]",
           "SEE MORE: Students stay inside the campus as police ring the university",
           "Click here to get the Riverside News app",
           "READ MORE ON THE BUSINESS DESK BY CLICKING HERE",
           "Para ver la galería completa, haz clic aquí",
           "Related topics",
           "More like this: Storm closes the coast road again",
           "Temas relacionados",
           "Verwandte Themen",
           "Weiterführende Informationen",
           "Beliebte Beiträge zum Thema:",
           "Articles similaires",
           "Artigos relacionados: Seca atinge o interior do estado",
           "Argomenti correlati",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related keeps sentences about reading more", "[filter][related]") {
  for (const char* line : {
           "Readers can read more about the ruling in the court's 40-page opinion.",
           "Read more about the ruling in the court's opinion, which was published on Friday.",
           "More than 300 people attended the vigil on Saturday.",
           "Related charges were filed against two other men, prosecutors said.",
           "Click here, the fake message urged, and the malware installed itself on thousands of phones across "
           "the region within a single weekend, investigators said.",
           "Lee también el informe completo quien quiera conocer los detalles, dijo la ministra.",
           "Related topics came up at the hearing, including the budget and the new stadium.",
           "Weiterführende Informationen gab die Polizei am Abend nicht heraus.",
           "Verwandte Themen wie Wohnungsbau und Verkehr stehen am Dienstag auf der Tagesordnung.",
           "Articles similaires ont été publiés dans trois journaux régionaux, selon l'enquête.",
           "Argomenti correlati alla crisi saranno discussi in aula la prossima settimana.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes read-more links cut short by an ellipsis, in brackets or alone", "[filter][related]") {
  // A teaser's link to the rest of the story: the label ends at an ellipsis, a » or an arrow as it
  // does at "..." or ">>".
  for (const char* line : {
           "[More…]", "More…", "(more…)", "(more...)", "[Read more...]", "Read more…", "Read More »", "Related »",
           "Full story: Storm closes the coast road again", "Weiterlesen …", "Mehr…", "Leer más…", "Seguir leyendo »",
           "Lire la suite…", "Lire la suite »", "Leggi tutto…", "Continua a leggere →", "Ler mais…", "Continue lendo »",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related keeps sentences that open with read-more words", "[filter][related]") {
  for (const char* line : {
           "More… and then the lights went out across the whole valley, witnesses told the inquiry.",
           "(The mayor said more would follow.)",
           "Mehr als 200 Menschen kamen am Sonntag zur Versammlung in der Stadthalle.",
           "Weiterlesen lohnt sich, sagte die Autorin über den zweiten Band der Reihe.",
           "Ver más de cerca los efectos del cambio climático exige datos de varias décadas.",
           "Lire la suite du rapport demande du temps, a reconnu la ministre devant les députés.",
           "Leggi tutto il documento prima di firmare, ha consigliato l'avvocato ai residenti.",
           "Ler mais livros na escola é a meta do novo programa do governo estadual.",
           "Full story time at the library draws dozens of children every Saturday morning.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes a press release's calls to get the report without a link", "[filter][related]") {
  for (const char* line : {
           "Request a sample copy of this report",
           "Inquire For Complete Report Copy of Feed Amino Acids Market by Type (Lysine, Methionine, Threonine), "
           "Application and Region",
           "Enquire before buying:",
           "Ask for Discount",
           "Get a free sample PDF of this report",
           "Speak to our analyst for more details",
           "Buy this report now",
           "Browse full report with TOC",
           "Solicite una muestra del informe",
           "Fordern Sie ein Muster des Berichts an",
           "Demandez un échantillon du rapport",
           "Richiedi un campione del rapporto",
           "Solicite uma amostra do relatório",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "Request for comment went unanswered on Friday, and the company has not issued a statement since.",
           "Samples of the water were sent to a laboratory in the capital for analysis, officials said.",
           "Ask for help early, the counsellor advised students who feel overwhelmed before exams.",
           "Buy this: the mayor's plan would cut bus fares in half for anyone under 25, starting next year.",
           "The report's authors asked for a discount on the license, which the agency refused.",
           "Solicite información en la oficina municipal, recomendó el alcalde a los vecinos afectados.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes list headers, glued labels and calls to read on elsewhere", "[filter][related]") {
  for (const char* line : {
           "Related Posts:",
           "More stories",
           "Recommended Resources",
           "Useful links:",
           "Enlaces de interés",
           "Liens utiles",
           "Read Also Mayor promises new fire station for east side",
           "Also read Storm damage bill tops $2 billion",
           "Older articles by Jane Roe",
           "Most Recent Articles by Sam Ortiz:",
           "View all posts by Ana Lima",
           "More by Tom Baker",
           "Articles by Lena Park:",
           "Stories by Ravi Shah",
           "Read More @ ExampleBlog.com",
           "Read more great articles here: http://example.org",
           "To read more posts like this visit The Garden Notebook at www.example.co.uk",
           "Continue reading →",
           "Lee también El Gobierno aprueba la reforma de las pensiones",
           "Más artículos de Ana García",
           "Lesen Sie auch Bahnstreik legt Fernverkehr lahm",
           "Weitere Artikel von Jonas Weber",
           "Lire aussi Les prix de l'énergie repartent à la hausse",
           "Autres articles de Claire Martin",
           "Leia também Chuvas deixam 20 cidades em alerta",
           "Mais artigos de João Silva",
           "Leggi anche Maltempo, allerta rossa in Liguria",
           "Altri articoli di Marco Rossi",
           "More from the first team", "More from the newsroom", "More from the Business desk:",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related keeps sentences that open with list words", "[filter][related]") {
  for (const char* line : {
           "Read also the report's appendix, which lists every school affected.",
           "Read more great books, the librarian urged the pupils.",
           "Read more about the vaccine at www.example.gov, officials urged.",
           "More from the interview will air on Sunday.",
           "More from the first team is needed, the coach said",
           "Useful links between the two studies were found, the authors said.",
           "Recommended resources for teachers are listed in the ministry's guide.",
           "Older articles by the same reporter had raised similar doubts, the editor said.",
           "More by luck than design, the ferry reached port.",
           "Articles by economists dominate the list",
           "Stories by survivors were read aloud at the memorial.",
           "Lesen Sie auch den Bericht des Rechnungshofs.",
           "Continue reading the statement, and you find no apology.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes the headlines listed under a header", "[filter][related]") {
  using pith::test::removed_by_filter;
  // A list at the end of the document.
  CHECK(removed_by_filter("related", {"Council Approves Plan to Reopen Riverside Rail Line",
                                      "The council voted 7-2 on Thursday to reopen the line.",
                                      "Officials said the first trains could run by 2027.", "Related Posts:",
                                      "Mayor Promises New Fire Station For East Side",
                                      "Riverside bridge reopens after two years",
                                      "Why did the valley lose its trains?"}) ==
        std::vector<bool>{false, false, false, true, true, true, true});
  // A list inside the article stops where the article resumes.
  CHECK(removed_by_filter("related", {"Die Gewerkschaft droht mit weiteren Streiks.", "Mehr zum Thema",
                                      "Bahnstreik legt Fernverkehr lahm", "GDL und Bahn verhandeln wieder",
                                      "Am Freitag sollen die Gespräche fortgesetzt werden, hieß es.",
                                      "Was Pendler jetzt wissen müssen"}) ==
        std::vector<bool>{false, true, true, true, false, false});
  // An author's list: dates and bylines are listed, and so are the teasers between them.
  CHECK(removed_by_filter("related", {"The car handles well in the wet.", "Older articles by Sam Ortiz",
                                      "Jun 29, 2008 — Sam Ortiz", "The new hybrid is quieter than the last.",
                                      "May 2, 2008 — Sam Ortiz", "Who needs a third row of seats?",
                                      "The answer may surprise you.", "Apr 30, 2008 — Sam Ortiz",
                                      "Ten years on, the roadster still turns heads."}) ==
        std::vector<bool>{false, true, true, true, true, true, true, true, true});
  CHECK(removed_by_filter("related", {"Die Bahn fährt wieder.", "Weitere Artikel von Jonas Weber",
                                      "Der Streik kostet Millionen, sagen Ökonomen.", "12. Mai 2019 | Jonas Weber",
                                      "Pendler suchen Alternativen zum Zug.", "3. Mai 2019 | Jonas Weber"}) ==
        std::vector<bool>{false, true, true, true, true, true});
  // A teaser sentence no date line follows ends the list: the article goes on.
  CHECK(removed_by_filter("related", {"Más artículos de Ana García", "2 de mayo de 2019 — Ana García",
                                      "El Gobierno aprobó ayer la reforma, que entra en vigor en enero.",
                                      "La oposición anunció un recurso ante el Constitucional.",
                                      "Los sindicatos convocan una huelga para el jueves."}) ==
        std::vector<bool>{true, true, false, false, false});
  // Date lines in a list of headlines, no teasers: a sentence after the last still ends it.
  CHECK(removed_by_filter("related", {"Dans la même rubrique", "Les prix de l'énergie repartent à la hausse",
                                      "12 mai 2019 – Claire Martin",
                                      "Le festival a battu son record, avec plus de 80 000 entrées cette année.",
                                      "Les organisateurs se disent soulagés après deux éditions difficiles."}) ==
        std::vector<bool>{true, true, true, false, false});
  // No header, no list: short lines between paragraphs are the article's headings.
  CHECK(removed_by_filter("related", {"Le festival a battu son record.", "Un public plus jeune",
                                      "Les organisateurs se disent soulagés."}) ==
        std::vector<bool>{false, false, false});
}

TEST_CASE("related removes calls that end on a link", "[filter][related]") {
  for (const char* line : {
           "Purchase a copy of this report @ http://www.example.com/purchase?id=1234 .",
           "Get a PDF sample of the report at: http://www.example.com/sample/1234",
           "Complete report available @ http://www.example.com/reports/1234-market",
           "Complete report available @ http://www.example.com/reports/183585-laser-technology-market-by-type-solid-"
           "yag-laser-fiber-laser-thin-disk-laser-liquid-gas-argon-ion-laser-excimer-co2-others-application-medical-"
           "industrial-defense-research-communication-and-geography-forecasts-2014-2020.html",
           "Download the full study at https://example.org/study.pdf",
           "Visit Blog: http://example.com/blog/",
           "click banner above to connect with a group near you",
           "Tips, tools and more; click graphic",
           "Read more at : The long road to the peace deal",
           "continued: A second day of talks in Geneva",
           "Descarga el informe completo en https://example.es/informe.pdf",
           "Laden Sie die Studie herunter: https://example.de/studie.pdf",
           "Téléchargez le rapport sur https://example.fr/rapport.pdf",
           "Baixe o relatório em https://example.com.br/relatorio.pdf",
           "Scarica il rapporto su https://example.it/rapporto.pdf",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "Get ready for a long winter, forecasters warned on Monday after the first snow.",
           "Visit the museum before it closes for repairs in March, the council advised.",
           "The full ruling, published on Friday, is at http://example.gov/ruling and runs to 300 pages, and "
           "lawyers for both sides said they would need weeks to study it before deciding whether to appeal.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes a ticker's teaser for another story", "[filter][related]") {
  using pith::test::removed_by_filter;
  const std::vector<std::string> lines = {
      "Headline: Bitcoin Searches Overtake Football In One Week!",
      "HEADLINES: Storm Shuts Every School In The Valley",
      "Editor's Pick: Why The Valley Lost Its Trains",
      "Must Read — The Ten Best Hikes Near Riverside",
      "Top Story | Mayor Promises New Fire Station For East Side",
      "Destacado: El Gobierno aprueba la reforma de las pensiones",
      "Top-Thema: Bahnstreik legt Fernverkehr lahm",
      "À la une : Les prix de l'énergie repartent à la hausse",
      "In evidenza: Maltempo, allerta rossa in Liguria",
      "Destaque: Chuvas deixam 20 cidades em alerta",
  };
  for (const std::string& line : lines) {
    INFO(line);
    // Below the article's headline and first paragraph.
    CHECK(removed_by_filter("related", {"Council Approves Plan to Reopen Riverside Rail Line",
                                        "The council voted 7-2 on Thursday to reopen the line.", line}) ==
          std::vector<bool>{false, false, true});
    // On the first line the label opens the article's own headline.
    CHECK(removed_by_filter("related", {line, "The council voted 7-2 on Thursday to reopen the line.",
                                        "Officials said the first trains could run by 2027."}) ==
          std::vector<bool>{false, false, false});
  }
  for (const char* line : {
           "Headline inflation rose to 3.2% in May, the statistics office said.",
           "Headline: prices rose 3.2% in May, the fastest pace in a year.",
           "Featured in the exhibition are 40 paintings never shown before.",
           "Must read: the court's ruling, which runs to 300 pages, before Friday's hearing.",
           "Destacado, el ministro defendió la reforma ante el Congreso.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes a resource list with its header", "[filter][related]") {
  using pith::test::removed_by_filter;
  CHECK(removed_by_filter("related", {"The study followed 4,000 children for ten years.",
                                      "Its authors call for more school meals.", "Recommended Resources",
                                      "GardenNotes is a free weekly newsletter for people who grow their own food.",
                                      "The Soil Library offers guides to composting and crop rotation.",
                                      "Seedbank.org is an online exchange of heirloom seeds."}) ==
        std::vector<bool>{false, false, true, true, true, true});
  CHECK(removed_by_filter("related", {"Der Rat hat den Plan gebilligt.", "Nützliche Links",
                                      "Bahnwiki ist ein offenes Lexikon des Schienenverkehrs.",
                                      "Pendlerhilfe bietet Fahrpläne und Tipps für Pendler."}) ==
        std::vector<bool>{false, true, true, true});
  CHECK(removed_by_filter("related", {"Le conseil a voté le budget.", "Liens utiles",
                                      "Ecofoyer est une association qui aide les ménages à isoler leur logement.",
                                      "La séance a duré quatre heures, et l'opposition a quitté la salle avant le vote."}) ==
        std::vector<bool>{false, true, true, false});
  // A sentence that describes nothing ends the list: the article goes on.
  CHECK(removed_by_filter("related", {"Enlaces de interés", "Huertario es una red de huertos urbanos.",
                                      "El ayuntamiento aprobará el plan en junio, según fuentes municipales.",
                                      "Os vereadores votam na sexta."}) ==
        std::vector<bool>{true, true, false, false});
  // Entries under a related-stories header are headlines, not descriptions.
  CHECK(removed_by_filter("related", {"Related stories", "The Soil Library offers guides to composting and crop "
                                      "rotation, its director told reporters on Monday."}) ==
        std::vector<bool>{true, false});
}

TEST_CASE("related removes calls to visit a site for more information", "[filter][related]") {
  for (const char* line : {
           "For more information, please visit their website.",
           "To learn more, visit our website",
           "Para más información, visite nuestro sitio web.",
           "Weitere Informationen: Besuchen Sie unsere Website.",
           "Pour plus d'informations, visitez notre site.",
           "Para mais informações, visite o site.",
           "Per maggiori informazioni, visita il nostro sito.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "The ministry asked parents to visit the website.",
           "For more information on the outbreak, officials urged residents to call the hotline.",
           "For more information about the closures, the council said, residents should visit its offices in person "
           "or ask at the library, because the website has been down since the storm on Monday.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes most-read and trending headers in their wordings", "[filter][related]") {
  for (const char* line : {
           "Most viewed",
           "I più letti",
           "Os mais lidos",
           "Les plus consultés",
           "Lo más visto",
           "Meistgelesene Artikel",
           "Trending now",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related: a date line in a later list vouches for no teaser of an earlier one", "[filter][related]") {
  // An inline box of headlines inside the article, the article's closing paragraphs, then the
  // page's dated list of other stories: the closing paragraphs stay.
  using pith::test::removed_by_filter;
  CHECK(removed_by_filter("related", {"The bridge opens in spring.", "Related articles",
                                      "Ferry timetable cut again this winter", "Quay Street traders fear parking loss",
                                      "A public exhibition of the design opens at the library on 2 April.",
                                      "Residents can comment until the end of May.", "Related articles",
                                      "14 March 2026", "Road repair backlog hits record",
                                      "Cycling group plans estuary ride", "12 March 2026"}) ==
        std::vector<bool>{false, true, true, true, false, false, true, true, true, true, true});
  CHECK(removed_by_filter("related", {"Les vendanges ont commencé tôt.", "Sur le même sujet",
                                      "La grêle frappe encore le vignoble",
                                      "Plusieurs domaines partagent leur matériel de récolte cette année.",
                                      "Au total, la récolte baisse de 15 %.", "Sur le même sujet",
                                      "27 avril 2026 – Hélène Marchetti", "Le bio progresse dans les Coteaux"}) ==
        std::vector<bool>{false, true, true, false, false, true, true, true});
  CHECK(removed_by_filter("related", {"Die Tram kommt 2029.", "Lesen Sie auch:", "Busfahrer streiken am Freitag",
                                      "Der Stadtrat muss dem Beschluss im Juni noch zustimmen.", "Mehr zum Thema",
                                      "8. April 2026 | Katrin Vollmer", "Parkgebühren steigen"}) ==
        std::vector<bool>{false, true, true, false, true, true, true});
  // Near-miss: the dated list's own teasers still go with it.
  CHECK(removed_by_filter("related", {"El embalse está al 31%.", "Noticias relacionadas",
                                      "La ola de calor se alarga hasta el domingo.", "22 de julio de 2026",
                                      "Agricultores convocan una tractorada.", "21 de julio de 2026"}) ==
        std::vector<bool>{false, true, true, true, true, true});
}

TEST_CASE("related removes the headlines under a read-more header set off by its colon", "[filter][related]") {
  using pith::test::removed_by_filter;
  CHECK(removed_by_filter("related", {"The council voted 7-2 on Thursday.", "Read more:",
                                      "Mayor promises new fire station for east side",
                                      "Riverside bridge reopens after two years",
                                      "Officials said the first trains could run by 2027."}) ==
        std::vector<bool>{false, true, true, true, false});
  CHECK(removed_by_filter("related", {"O governo aprovou a reforma.", "Leia mais:",
                                      "Câmara aprova novo marco fiscal", "Relacionados",
                                      "Senado adia votação da reforma"}) ==
        std::vector<bool>{false, true, true, true, true});
  CHECK(removed_by_filter("related", {"El Gobierno aprobó la reforma.", "Relacionados",
                                      "La oposición recurre la ley ante el Constitucional",
                                      "Los sindicatos convocan huelga"}) ==
        std::vector<bool>{false, true, true, true});
  // "Read more" without its colon is a call to read on: the heading after it stays.
  CHECK(removed_by_filter("related", {"The council voted 7-2 on Thursday.", "Read more",
                                      "What happens next", "A vote is expected in May."}) ==
        std::vector<bool>{false, true, false, false});
}

TEST_CASE("related removes a header that announces 'the following' stories, with its headlines",
          "[filter][related]") {
  using pith::test::removed_by_filter;
  CHECK(removed_by_filter("related", {"Der Stadtrat hat am Montag den Haushalt beschlossen.",
                                      "Lesen Sie auch die folgenden Beiträge:", "Stadtrat streitet über neue Radwege",
                                      "Bürgermeister kündigt Rücktritt an"}) ==
        std::vector<bool>{false, true, true, true});
  for (const char* header : {"Read also the following articles:", "See also the following:",
                             "Lea también los siguientes artículos:", "Lisez aussi les articles suivants :",
                             "Leia também os seguintes artigos:", "Leggi anche i seguenti articoli:"}) {
    INFO(header);
    CHECK(filter_removes_in_context("related", header));
  }
  // Near-misses: no related label before "the following", no colon, or a sentence.
  for (const char* line : {"Read more about the following steps:", "Lesen Sie auch die folgenden Beiträge",
                           "Lisez aussi le rapport de la Cour des comptes, publié en 2023.",
                           "The following articles were amended by the council:"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes see-also, also-read, editors' picks and related-topics labels in six languages",
          "[filter][related]") {
  for (const char* line : {
           "Siehe auch",
           "Véase también",
           "Ver também",
           "Verwandte Themenbereiche",
           "Sujets liés",
           "Tópicos relacionados",
           "Temi correlati",
           "Auch lesen: Diese drei Sternzeichen verschenken ihr Herz an den Falschen",
           "Lies auch: Warum die Mieten in den Städten weiter steigen",
           "Véase también: El Gobierno aprueba la reforma de las pensiones",
           "PUEDES VER: ¿Qué es la Sunedu y para qué sirve?",
           "Redaktionstipp",
           "Tipp der Redaktion:",
           "Le choix de la rédaction",
           "Escolha do editor",
           "La redazione consiglia",
           "Die meistgelesenen Beiträge",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "Siehe auch den Bericht des Rechnungshofs vom vergangenen Jahr.",
           "Auch lesen Kinder heute weniger als früher, sagt die Studie der Stiftung.",
           "Véase también el informe que el ministerio publicó en marzo.",
           "Puedes ver el partido en directo desde las nueve, confirmó la cadena.",
           "Die meistgelesenen Beiträge des Jahres handelten vom Wohnungsmarkt, sagte die Chefredakteurin.",
           "Tipp der Redaktion war es, früh zu buchen, doch viele Leser warteten zu lange.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes a header naming the section or site its list comes from", "[filter][related]") {
  using pith::test::removed_by_filter;
  for (const char* line : {
           "More posts from the column:",
           "The most read articles on Example.com/Sport",
           "Weitere Beiträge aus der Kolumne:",
           "Die meistgelesenen Artikel bei Example.de/Sport",
           "Highlights aus dem Bereich:",
           "Entdecke weitere Homestorys",
           "Más artículos de la sección:",
           "Los más leídos en Deportes",
           "Les plus lus sur Example.fr",
           "Os mais lidos em Esportes",
           "I più letti su Example.it",
           "Scopri altri racconti",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "Weitere Beiträge aus der Region folgen in der kommenden Woche.",
           "The most read articles on the site were about the election, the editor said.",
           "Most read in the library are books about the local history of the valley.",
           "Highlights aus dem Programm sind ein Konzert und eine Lesung im Stadtpark.",
           "Los más leídos en la biblioteca son libros de historia local, según el informe.",
           "Discover more about the island's history at the museum on the harbour.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
  // The headlines under such a header go with it.
  std::vector<bool> removed = removed_by_filter(
      "related", {"Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt beschlossen.",
                  "Die Opposition kritisierte vor allem die geplanten Kürzungen bei den Schulen.",
                  "Weitere Beiträge aus der Kolumne:", "Wie Werte eine neue Unternehmenskultur formen",
                  "Warum Vielfalt in Teams zählt"});
  CHECK(removed == std::vector<bool>{false, false, true, true, true});
}

TEST_CASE("related takes 'highlights from' for a list's header only with its colon", "[filter][related]") {
  CHECK(filter_removes_in_context("related", "Highlights aus dem Bereich:"));
  CHECK(filter_removes_in_context("related", "Destaques da semana:"));
  // An article's own section heading.
  for (const char* line : {"Highlights from the debate", "Highlights aus dem Finale", "Destaques do jogo"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes 'you might also like' and 'listen also' headers in six languages", "[filter][related]") {
  for (const char* line : {
           "You might like", "También te puede gustar:", "Te podría gustar", "Quizás te guste",
           "Vous pourriez aimer", "Vous aimerez peut-être aussi :", "Das gefällt dir vielleicht auch",
           "Das könnte Ihnen auch gefallen:", "Ti potrebbe piacere anche", "Potrebbe piacerti:",
           "Você também vai gostar", "Écoutez aussi", "Écoutez aussi : Le journal de 8 heures",
           "Escuche también: El podcast de la mañana", "Auch hörenswert", "Escute também", "Ascolta pure",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "También te puede gustar el vino de la zona, dijo el alcalde.",
           "Vous pourriez aimer ce quartier si vous aimez le calme, assure l'agent immobilier.",
           "Das gefällt dir vielleicht auch nicht, aber die Regeln gelten für alle.",
           "Ti potrebbe piacere anche il museo, ha detto la guida ai turisti.",
           "Écoutez aussi ce que disent les riverains, a lancé la maire.",
           "Você também vai gostar da praia, disse o guia.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes the headlines under a 'you might also like' header", "[filter][related]") {
  using pith::test::removed_by_filter;
  CHECK(removed_by_filter("related", {"El Ayuntamiento aprobó ayer el presupuesto.", "También te puede gustar:",
                                      "Las diez playas más bonitas del norte", "Qué ver en Cádiz en dos días"}) ==
        std::vector<bool>{false, true, true, true});
  CHECK(removed_by_filter("related", {"Le conseil a voté le budget.", "Vous pourriez aimer",
                                      "Les dix plus belles plages de Bretagne", "Que voir à Lyon en deux jours"}) ==
        std::vector<bool>{false, true, true, true});
}

TEST_CASE("related removes a header naming the kind of stories it lists, and the headlines under it", "[filter][related]") {
  for (const char* line : {
           "Read more TV reviews:",
           "More Local News",
           "Trending on PixelBeat",
           "Weitere Pressemitteilungen",
           "Más noticias deportivas",
           "Plus d'articles",
           "Altre notizie",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "More news is expected on Monday.",
           "More stories like hers emerged after the trial, lawyers said.",
           "Trending on Twitter, the hashtag spread within an hour.",
           "Plus tard dans la soirée, le maire a pris la parole.",
           "Weitere Pressemitteilungen will die Stadt nicht veröffentlichen",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
  std::vector<bool> removed = pith::test::removed_by_filter(
      "related", {
                     "The bridge reopens to traffic on Friday after two years of repairs, the county said.",
                     "Officials expect the first buses to cross it on Monday morning.",
                     "More Local News",
                     "Hadley County Schools Announce New Snow-Day Policy",
                     "Route 9 Bridge Work to Resume in March",
                 });
  CHECK(removed == std::vector<bool>{false, false, true, true, true});
}

TEST_CASE("related removes a label naming the site another story is on, with its headline", "[filter][related]") {
  for (const char* line : {
           "\xE2\x96\xBA ALSO ON STORMWATCH: Why are autumn storms getting names earlier every year?",
           "Also on The Harbour Post: Ferry fares to rise by 8% from April",
           "More on Tagblatt.de: Diese Br\xC3\xBC" "cken werden im Sommer saniert",
           "Auch auf Tagblatt.de: Diese Br\xC3\xBC" "cken werden im Sommer saniert",
           "\xC3\x80 lire aussi sur Ouest Matin : Les bouchons de Nantes expliqu\xC3\xA9s en trois cartes",
           "Tambi\xC3\xA9n en El Faro: Las claves del nuevo plan de vivienda",
           "Anche su Cronaca Veneta: I cantieri che chiudono la tangenziale",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  // A roundup's sentences: a day or an agenda for a name, or a full stop closing the sentence.
  for (const char* line : {
           "Also on Tuesday: the minister resigned after the vote on the harbour budget.",
           "Also on the agenda: a vote on the new cycle lanes and the market's opening hours",
           "More on Monday's storm: crews worked through the night to clear the roads",
           "Also on Capitol Hill: senators passed the spending bill by a wide margin.",
           "Auch auf Sylt: Die Insel verzeichnet einen Rekord bei den \xC3\x9C" "bernachtungen.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes 'popular right now' and 'à découvrir aussi' headers", "[filter][related]") {
  for (const char* line : {"Popular right now", "Trending right now", "\xC3\x80 d\xC3\xA9" "couvrir aussi",
                           "\xC3\x80 d\xC3\xA9" "couvrir \xC3\xA9galement"}) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related removes a run of headlines each behind an arrow, and a label behind a pictograph", "[filter][related]") {
  CHECK(removed_by_filter("related", {"The ridge trail reopened on Saturday after six months of repairs.",
                                      "\xE2\x86\x92 The 6 best coastal walks you can do in a morning",
                                      "\xE2\x86\x92 Why this tiny track in the Royal is always booked out",
                                      "Rangers expect the car park to fill by 8am on weekends."}) ==
        std::vector<bool>{false, true, true, false});
  CHECK(removed_by_filter("related", {"A apicultura nacional perdeu um ter\xC3\xA7o das col\xC3\xB3nias.",
                                      "\xC2\xBB Seca: barragens do Sul abaixo dos 40 por cento",
                                      "\xC2\xBB Vespa asi\xC3\xA1tica: c\xC3\xA2maras pedem mais armadilhas",
                                      "O mel deste ano chega \xC3\xA0s lojas em outubro."}) ==
        std::vector<bool>{false, true, true, false});
  CHECK(filter_removes_in_context("related", "\xF0\x9F\x93\x8C TE PUEDE INTERESAR"));
  // One arrowed line is a link or a note, not a list of them; bullets and dashes are an article's list.
  CHECK(removed_by_filter("related", {"The plan has three parts:",
                                      "\xE2\x80\xA2 new lanes on the ring road",
                                      "\xE2\x80\xA2 a 20 mph limit in the centre",
                                      "\xE2\x86\x92 The council votes on Tuesday."}) ==
        std::vector<bool>{false, false, false, false});
}

TEST_CASE("related takes the 'must read' header and the headlines under it", "[filter][related]") {
  CHECK(removed_by_filter("related", {"The Krishna crossed the danger mark at Sangli on Tuesday, officials said.",
                                      "The army has been called in to help with evacuations in three districts.",
                                      "MUST READ",
                                      "Pune: Khadakwasla discharge raised again, riverside roads closed for traffic",
                                      "Around 12,000 people were moved to relief camps overnight, the collector said.",
                                      "Schools in the district will stay shut until Monday, the administration said."}) ==
        std::vector<bool>{false, false, true, true, false, false});
  CHECK_FALSE(filter_removes_in_context("related", "A must read for anyone who cares about the river, she said."));
}

TEST_CASE("related takes 'also on' and the site's name alone as a list's header, and more of a kind's coverage",
          "[filter][related]") {
  for (const char* line : {"ALSO ON LAKESHORE CURRENT", "Also on The Herald", "Also on BBC", "MORE ELECTION COVERAGE"}) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {"Also on Tuesday", "Also on the agenda", "Also on display were 40 paintings."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related takes the story headlines under a read-more call or a topic's header alone", "[filter][related]") {
  // A call to read on alone, then a story's headline: the list a scraper split from its label.
  CHECK(removed_by_filter("related", {"Crews build low peat dams across the old drains every 40 metres.", "Read More",
                                      "Power station chimney to come down in controlled demolition next month",
                                      "Ecologists have surveyed the site since 2019, the company said."}) ==
        std::vector<bool>{false, true, true, false});
  CHECK(removed_by_filter("related", {"Le conseil municipal a voté le budget jeudi soir.", "Lire la suite",
                                      "Les commerçants du centre-ville réclament une baisse des loyers",
                                      "Le Tram du Nord prolongé jusqu'à la gare d'ici 2024",
                                      "La maire a promis une réponse avant l'été."}) ==
        std::vector<bool>{false, true, true, true, false});
  // A topic's header, in three languages, over its stories.
  CHECK(removed_by_filter("related", {"The council said it would honour the bond commitments.", "MORE ON THE RIVERCATS",
                                      "From Dubuque to the Bronx: the 11 Rivercats who made it to the majors",
                                      "Riverfront Park lights project finally gets green light from council",
                                      "Fans were quick to mobilise, and a petition gathered 6,400 signatures."}) ==
        std::vector<bool>{false, true, true, true, false});
  CHECK(removed_by_filter("related", {"Die Pegel sinken seit Dienstag langsam.", "Mehr zum Hochwasser",
                                      "Landkreis richtet nach der Flut eine zentrale Hotline für Betroffene ein",
                                      "Der Landrat will die Deiche bis 2025 erhöhen lassen."}) ==
        std::vector<bool>{false, true, true, false});
  CHECK(removed_by_filter("related", {"El puerto cerró la temporada con récord de escalas.", "Más sobre el puerto",
                                      "Los cruceros dejan 40 millones de euros en la ciudad durante el verano",
                                      "La autoridad portuaria prevé ampliar el muelle en 2023."}) ==
        std::vector<bool>{false, true, true, false});
}

TEST_CASE("related keeps a read-more call's and a topic's neighbours that are no story headline", "[filter][related]") {
  // After the call, a crosshead of a few words or a paragraph: the article goes on.
  CHECK(removed_by_filter("related", {"The council voted 7-2 on Thursday.", "Read more", "How the vote went",
                                      "A vote is expected in May."}) == std::vector<bool>{false, true, false, false});
  CHECK(removed_by_filter("related", {"The council voted 7-2 on Thursday.", "Read More",
                                      "US stock futures were trading slightly higher during Asian hours on Friday.",
                                      "A vote is expected in May."}) == std::vector<bool>{false, true, false, false});
  // A topic's header over the article's own section, or over a short crosshead, stays.
  CHECK(removed_by_filter("related", {"The plan was approved on Monday.", "More on the budget",
                                      "The finance committee will publish the full figures in March, the mayor said.",
                                      "A vote is expected in May."}) == std::vector<bool>{false, false, false, false});
  CHECK(removed_by_filter("related", {"The plan was approved on Monday.", "More on the budget", "What it costs",
                                      "A vote is expected in May."}) == std::vector<bool>{false, false, false, false});
  // "More on that below." is a sentence, and a long line is no header.
  CHECK_FALSE(filter_removes_in_context("related", "More on that below."));
  CHECK(removed_by_filter("related", {"The plan was approved on Monday.",
                                      "More on the question of how the new district heating network will be paid for",
                                      "Officials expect the first homes to be connected next winter in the east",
                                      "A vote is expected in May."}) == std::vector<bool>{false, false, false, false});
}

TEST_CASE("related takes 'Recommended Stories', the River Plate's 'Mirá también' and a label pointing at its headline",
          "[filter][related]") {
  for (const char* line : {
           "Recommended Stories",
           "Recommended Articles",
           "Mir\xC3\xA1 tambi\xC3\xA9n: Cierran dos helader\xC3\xAD" "as hist\xC3\xB3ricas del centro",
           "LEIA MAIS \xE2\x9E\x94 Prefeitura abre inscri\xC3\xA7\xC3\xB5" "es para escolinha gratuita de skate",
           "READ MORE \xE2\x86\x92 Council approves new cycle lanes",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  CHECK_FALSE(filter_removes_in_context("related", "Recommended stories from the readers' panel were read aloud."));
}

TEST_CASE("related takes a section's 'more in' header over a story's headline", "[filter][related]") {
  CHECK(removed_by_filter("related", {"A empresa prometeu repor o fornecimento até sexta-feira.", "Mais em Sociedade",
                                      "Benguela: chuvas deixam 200 famílias desalojadas no Lobito",
                                      "O governo provincial não comentou."}) ==
        std::vector<bool>{false, true, true, false});
  CHECK(removed_by_filter("related", {"The plan was approved on Monday.", "More in store",
                                      "The council will publish the figures in March, the mayor said."}) ==
        std::vector<bool>{false, false, false});
}

TEST_CASE("related lists headlines opening on '¿', '¡' or a quote in guillemets, and stops at a quoted line",
          "[filter][related]") {
  using pith::test::removed_by_filter;
  CHECK(removed_by_filter("related", {"La norma deberá pasar ahora por el Congreso, donde el Gobierno no tiene apoyos.",
                                      "Más información", "Los precios del alquiler suben un 11 % en un año",
                                      "¿Qué es un alquiler de temporada y qué derechos tiene el inquilino?",
                                      "¡Tripleta ganadora! Sech colaboró con Lebrón en el remix de su canción"}) ==
        std::vector<bool>{false, true, true, true, true});
  CHECK(removed_by_filter("related", {"La programmation mêle têtes d'affiche et jeunes groupes de la région.",
                                      "À lire aussi", "Festivals d'été : la fréquentation en baisse de 8 %",
                                      "« Nous ne survivrons pas sans aide » : le cri d'alarme des petits festivals"}) ==
        std::vector<bool>{false, true, true, true});
  // A line that is a quote alone is dialogue: the article begins there, and the list ends.
  CHECK(removed_by_filter("related", {"Meistgelesen", "Brexit-Abstimmung verschoben, Johnson stellt sich quer",
                                      "«Du, Oliver! Weisst du, wo man in Zürich Peychaud's Bitters bekommt?»",
                                      "Öh, glaub ja. Weshalb?"}) == std::vector<bool>{true, true, false, false});
}

TEST_CASE("related takes 'recommended stories' as the other five languages print it", "[filter][related]") {
  for (const char* line : {"Noticias recomendadas", "Empfohlene Beiträge", "Articles recommandés",
                           "Notícias recomendadas", "Articoli consigliati", "ARTÍCULOS RECOMENDADOS"}) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {"Las noticias recomendadas por el algoritmo favorecen a los medios grandes, dijo.",
                           "Articoli consigliati dai lettori sono stati premiati ieri sera a Lugano."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related takes a ticker's label and its row of headlines, not a label with one line after it",
          "[filter][related]") {
  for (const char* line : {
           "LATEST \xE2\x96\xB8 Eskom warns of stage 2 load-shedding tonight \xE2\x96\xB8 Bafana squad named for Afcon "
           "qualifier \xE2\x96\xB8 Petrol price to rise by 38c a litre on Wednesday",
           "EN CONTINU \xE2\x80\xA2 14h02 Accident sur l'E42 \xC3\xA0 hauteur de Battice \xE2\x80\xA2 13h47 Le Standard "
           "prolonge son gardien",
           "ULTIM'ORA \xE2\x97\x8F Incidente sulla A14 tra Civitanova e Porto Sant'Elpidio \xE2\x97\x8F Green pass, cosa "
           "cambia da luned\xC3\xAC",
           "Eilmeldung | Bahnstreik ab Mittwoch | Hochwasser in Passau",
           "\xC3\x9Altima hora \xC2\xB7 Sismo de 5,1 sacude Arequipa \xC2\xB7 Paro de transportistas en Lima",
           "Agora | Chuva forte atinge Maputo | Pre\xC3\xA7o do p\xC3\xA3o sobe 10%",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "Latest: Police say the suspect was arrested near the station on Friday night.",
           "Live \xE2\x80\xA2 The council debate continues",
           "Agora, o prefeito disse que a obra vai atrasar | e os moradores protestaram.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related takes 'on the same topic' and a related story in the singular, and a ticker whose label has its own mark",
          "[filter][related]") {
  for (const char* line : {
           "NOTICIA RELACIONADA", "SULLO STESSO TEMA", "Not\xC3\xAD" "cia relacionada", "On the same topic",
           "Zum selben Thema",
           "ULTIM'ORA | Covid, in Sicilia 612 nuovi casi \xC2\xB7 Palermo, sequestrati tre quintali di novellame "
           "\xC2\xB7 Serie C, il Catania pareggia a Bari",
           "Em destaque \xE2\x96\xAA Sismo de magnitude 3,1 sentido na Terceira \xE2\x96\xAA Porto de Ponta Delgada "
           "recebe 11 navios",
           "\xC3\x80 LA UNE \xE2\x96\xB8 Bouak\xC3\xA9 : le nouveau march\xC3\xA9 de gros ouvre ses portes \xE2\x96\xB8 "
           "Cacao : le prix bord champ fix\xC3\xA9",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "Sullo stesso tema il consiglio comunale ha votato ieri sera una mozione unanime.",
           "In evidenza | il bilancio del Comune",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related ends a box of one story headline at the article's crosshead over a paragraph", "[filter][related]") {
  using pith::test::removed_by_filter;
  const std::string paragraph =
      "Pour attirer un public plus jeune, l'\xC3\x89" "cole d'horlogerie a mis\xC3\xA9 sur les r\xC3\xA9seaux sociaux "
      "et publie chaque semaine une vid\xC3\xA9o de ses apprentis au travail.";
  CHECK(removed_by_filter("related", {"Sur le m\xC3\xAAme sujet",
                                      "Vall\xC3\xA9" "e de Joux : les ateliers de cadrans tournent \xC3\xA0 plein r\xC3\xA9gime",
                                      "S\xC3\xA9" "duire sur les r\xC3\xA9seaux", paragraph}) ==
        std::vector<bool>{true, true, false, false});
  // A box's first item is its headline, however short; a short second item before a teaser
  // goes when the first was short too.
  CHECK(removed_by_filter("related", {"Lea tambi\xC3\xA9n", "\"Banshee\" se perdi\xC3\xB3 en Tricentenario", paragraph}) ==
        std::vector<bool>{true, true, false});
  CHECK(removed_by_filter("related", {"Lesen Sie auch", "Killer- oder Grippevirus", "Coronavirus - Dresden", paragraph}) ==
        std::vector<bool>{true, true, true, false});
}

TEST_CASE("related takes a label in square brackets before its headline, and 'último minuto' tickers",
          "[filter][related]") {
  for (const char* line : {
           "[ LEGGI ANCHE ] Rifugi, stagione chiusa con il green pass: \xC2\xABMeno presenze, ma pi\xC3\xB9 rispetto\xC2\xBB",
           "[ READ MORE ] Council approves budget",
           "\xC3\x9ALTIMO MINUTO \xE2\x96\xB8 TSE publica el calendario electoral \xE2\x96\xB8 Tr\xC3\xA1nsito "
           "restringido en la avenida Del Ej\xC3\xA9rcito",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  CHECK_FALSE(filter_removes_in_context("related",
                                        "[Photo] The council met on Tuesday to approve the budget for the coming year."));
}

TEST_CASE("related takes a ticker's one headline after a pointer, and a headline after the bare 'Read:'",
          "[filter][related]") {
  for (const char* line : {
           "Ultima ora \xE2\x96\xB8 Chiasso, incidente in autostrada: 4 km di coda in direzione nord",
           "Breaking \xC2\xBB Storm closes every school in the valley",
           "READ: Corporation moves to regulate Half-Way-Tree taxi stands",
           "Read: Two disasters are exponentially worse than one",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "Latest \xE2\x80\xBA The council debate continues.",
           "Read the full judgment on the court's website",
           "Readers wrote in their hundreds: the square must stay open.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related ends a box of story headlines at the article's crosshead over a paragraph", "[filter][related]") {
  const std::string paragraph =
      "El principal problema ahora es la madera, que escasea y cuyo precio se ha duplicado en dos a\xC3\xB1os, "
      "explican los artesanos del taller.";
  const std::vector<std::string> lines = {
      "Los artesanos de Luque venden arpas a todo el continente y sus pedidos crecen cada a\xC3\xB1o desde la "
      "pandemia, seg\xC3\xBAn la c\xC3\xA1mara local.",
      "LEA TAMBI\xC3\x89N",
      "Yaguar\xC3\xB3n: la fiesta patronal vuelve con protocolo sanitario",
      "San Lorenzo: vendedores de chipa reclaman por controles municipales",
      "Falta de madera",
      paragraph,
  };
  CHECK(removed_by_filter("related", lines) == std::vector<bool>{false, true, true, true, false, false});
  // A headline of a story's length, right above the paragraph, is the box's last item.
  std::vector<std::string> longer = lines;
  longer[4] = "Luque: el municipio abre una escuela de luthiers para j\xC3\xB3venes";
  CHECK(removed_by_filter("related", longer) == std::vector<bool>{false, true, true, true, true, false});
}

TEST_CASE("related takes a live page's promo after a bar when it promises every update", "[filter][related]") {
  CHECK(filter_removes_in_context("related", "DIRETTA | Sisma Centro Italia, tutti gli aggiornamenti"));
  CHECK(filter_removes_in_context(
      "related", "EN DIRECT | Suivez la 6e \xC3\xA9tape Le Diamant \xE2\x80\x93 Les Anses-d'Arlet minute par minute"));
  CHECK_FALSE(filter_removes_in_context("related", "Diretta | Il consiglio comunale discute il bilancio"));
  CHECK_FALSE(filter_removes_in_context("related", "Live \xE2\x80\xA2 The council debate continues"));
}

TEST_CASE("related takes one headline after a breaking-news label, or after a live label written as a badge",
          "[filter][related]") {
  for (const char* line : {
           "EN DIRECT | Le T\xC3\xA9l\xC3\xA9journal r\xC3\xA9gional de 18 h",
           "\xF0\x9F\x94\xB4 EN VIVO | Segunda rueda del Concurso Oficial desde el Teatro de Verano",
           "Ultim'ora \xE2\x97\x8F Incidente sulla A2 a Melide, code in direzione nord",
           "\xE2\x9A\xA1 AO VIVO: Elei\xC3\xA7\xC3\xB5" "es 2018 \xE2\x80\x93 acompanhe a apura\xC3\xA7\xC3\xA3o do 2\xC2\xBA turno",
           "AO VIVO \xE2\x97\x8F Sess\xC3\xA3o da Assembleia Legislativa do Amazonas",
           "Breaking | Fire at the harbour warehouse",
           // A live badge in capitals before one line of a what's-on box (kept until badges were read).
           "LIVE | Bands play on the square from 8pm",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           // A live label in small letters may open a live blog's own entry.
           "Live \xE2\x80\xA2 The council debate continues",
           "En direct | Le conseil d\xC3\xA9" "bat encore du budget",
           // A colon sets off a badge's slot only, and a stop closes no headline.
           "Live: the council debate continues tonight",
           "LIVE: Ravensmoor 24-17 Castlebridge \xE2\x80\x93 as it happened",
           "BREAKING: Lawan moves motion for Senate's adjournment",
           "ULTIM'ORA | Il sindaco ha firmato l'ordinanza questa mattina.",
           "Breaking | the storm closed every school in the valley",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
  // The article's own title may open with a badge and a colon or a bar; a bullet sets off a ticker's slot.
  const std::string paragraph = "The council met on Tuesday evening to discuss the plans for the harbour wall, "
                                "which has been damaged by storms twice this year.";
  CHECK(removed_by_filter("related", {"LIVE: Council votes on the budget tonight", paragraph}) ==
        std::vector<bool>{false, false});
  CHECK(removed_by_filter("related", {"LIVE | Council votes on the budget tonight", paragraph}) ==
        std::vector<bool>{false, false});
  CHECK(removed_by_filter("related", {"Ultim'ora \xE2\x97\x8F Incidente sulla A2 a Melide, code in direzione nord",
                                      "Grotto del Ronchetto, il Comune cerca un gerente", paragraph}) ==
        std::vector<bool>{true, false, false});
}

TEST_CASE("related takes a label that names where its stories come from, alone or before a bar or an arrow",
          "[filter][related]") {
  for (const char* line : {
           "MORE FROM THE COAST | Harbour car park charges to rise by 40p an hour from April",
           "M\xC3\xA1s noticias de Azuay \xE2\x9E\xA4 Artesanos de Chordeleg piden un espacio en la feria de Navidad",
           "Passend dazu \xE2\x9E\x9C Prim\xC3\xA4rversorgungszentrum in Knittelfeld er\xC3\xB6" "ffnet im Herbst",
           "Notre dossier \xE2\x96\xB8 La guerre des taxis \xC3\xA0 Gen\xC3\xA8ve",
           "Meistgelesen im Heidekreis",
           "Nos derni\xC3\xA8res actualit\xC3\xA9s",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "More from the council: the budget passed by 12 votes",
           "Meistgelesen im vergangenen Jahr war ein Krimi.",
           "Read more about the ruling in our explainer",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
  // The headlines under such a header go with it.
  CHECK(removed_by_filter("related", {"Der Landkreis will bis 2025 alle Schulen sanieren, sagte der Landrat am Montag "
                                      "vor dem Kreistag in Soltau.",
                                      "Meistgelesen im Heidekreis",
                                      "Brand in Scheune bei Hodenhagen: 200.000 Euro Schaden",
                                      "Kreistag beschlie\xC3\x9Ft neuen Nahverkehrsplan f\xC3\xBCr die Region"}) ==
        std::vector<bool>{false, true, true, true});
}

TEST_CASE("subscribe takes a prompt's question closed by its dialog's two buttons", "[filter][subscribe]") {
  CHECK(filter_removes_in_context("subscribe", "\xF0\x9F\x94\x94 Keine Eilmeldung aus dem Heidekreis verpassen "
                                               "\xE2\x80\x93 Push-Mitteilungen einschalten?  Nein, danke | Ja, gerne"));
  CHECK(filter_removes_in_context("subscribe", "Turn on notifications? Not now \xC2\xB7 Allow"));
  CHECK_FALSE(filter_removes_in_context("subscribe", "Hat der Rat zugestimmt? Ja, mit 12 zu 9 Stimmen."));
}

TEST_CASE("share takes a reaction widget's question and counts, and a share row closed by the comments' link",
          "[filter][share]") {
  CHECK(filter_removes_in_context("share", "Come ti fa sentire questa notizia?  \xF0\x9F\x98\xAE 12   \xF0\x9F\x98\xA2 "
                                           "40   \xF0\x9F\x98\xA1 5   \xF0\x9F\x91\x8F 27"));
  CHECK(filter_removes_in_context("share", "Compartir en  Facebook  Twitter  WhatsApp  LinkedIn  |  Comentarios (8)"));
  CHECK_FALSE(filter_removes_in_context("share", "Share prices fell | Comments (12)"));
  CHECK_FALSE(filter_removes_in_context("share", "How did the vote go? 12 for and 9 against, the clerk said."));
}

TEST_CASE("related reads a blog's 'related entries' header in each language", "[filter][related]") {
  for (const char* line : {"Entradas relacionadas", "Publicaciones relacionadas", "Posts relacionados",
                           "Publica\xC3\xA7\xC3\xB5" "es relacionadas", "Post correlati", "Articles connexes",
                           "Billets similaires", "Related entries"}) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  CHECK_FALSE(filter_removes_in_context("related", "Las entradas relacionadas con el festival se agotaron en una hora."));
}

TEST_CASE("related reads the bare verb 'read' in each language, but not before a speaker's quotation",
          "[filter][related]") {
  for (const char* line : {
           "LEE: Reabren el embarcadero de Nativitas tras tres meses de obras",
           "\xF0\x9F\x93\x8C LEE: Reabren el embarcadero de Nativitas tras tres meses de obras",
           "Leia: Governo anuncia novo plano para a seca", "Leggi: Il sindaco firma l'ordinanza sui rifiuti",
           "Lire : Le maire signe l'arr\xC3\xAAt\xC3\xA9 sur les terrasses",
           "Lesetipp \xE2\x9E\x9C D\xC3\xBCrre in Osttirol: Bauern holen ihr Vieh fr\xC3\xBCher von der Alm",
           "Veja ainda \xE2\x86\x92 Selec\xC3\xA7\xC3\xA3o sub-18 parte para o torneio da Zona VI com duas baixas",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "Lee: \xC2\xABNo voy a dimitir\xC2\xBB, dijo el ministro en la rueda de prensa.",
           "Read: \"I will not resign,\" the minister said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related takes a short 'more from' header naming a section when a headline follows it",
          "[filter][related]") {
  const std::string paragraph =
      "La cooperativa ofrece recorridos de dos horas por los refugios, con cupo de diez personas, para no "
      "perturbar a los animales que viven en los canales.";
  CHECK(removed_by_filter("related", {paragraph, "M\xC3\xA1s de Metr\xC3\xB3poli",
                                      "T\xC3\xA1huac: vecinos bloquean avenida por falta de agua",
                                      "Reabren el embarcadero de Nativitas tras tres meses de obras"}) ==
        std::vector<bool>{false, true, true, true});
  CHECK(removed_by_filter("related", {paragraph, "\xC3\x9Altimas de Carnaval",
                                      "Imperatriz do Amanh\xC3\xA3 escolhe samba-enredo ap\xC3\xB3s disputa"}) ==
        std::vector<bool>{false, true, true});
  // Over a paragraph it is the article's crosshead; with a figure or in small letters, prose.
  CHECK(removed_by_filter("related", {paragraph, "M\xC3\xA1s de Metr\xC3\xB3poli", paragraph}) ==
        std::vector<bool>{false, false, false});
  CHECK(removed_by_filter("related", {paragraph, "M\xC3\xA1s de 300 vecinos",
                                      "T\xC3\xA1huac: vecinos bloquean avenida por falta de agua"})[1] == false);
  CHECK(removed_by_filter("related", {paragraph, "M\xC3\xA1s de la mitad",
                                      "T\xC3\xA1huac: vecinos bloquean avenida por falta de agua"})[1] == false);
}

TEST_CASE("related reads 'directo' as a live label, a bullet as a badge's flag, and a programme's short name after a badge",
          "[filter][related]") {
  for (const char* line : {
           "\xF0\x9F\x94\xB4 DIRECTO | \xC3\x9Altima hora del mercado de fichajes en Bala\xC3\xAD" "dos",
           "\xE2\x97\x8F AO VIVO | Telejornal das 20h00",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {"Directo | el Celta gana en Bala\xC3\xAD" "dos", "AO VIVO | Lula discursa"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related reads the site's latest of a kind, a kind with a relative clause or a pointing arrow, as headers",
          "[filter][related]") {
  for (const char* line : {
           "NOS DERNI\xC3\x88RES RECETTES", "Our latest reviews", "ALTRE STORIE CHE TI FARANNO SORRIDERE",
           "More stories that will make you smile", "Mais cr\xC3\xB4nicas \xE2\xA4\xB5", "You may also find these useful",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "Altre storie che il sindaco ha raccontato ieri sono false.",
           "Our latest reviews of the bridge found no cracks, the engineers said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related takes a label of a story noun and a related word, alone or before one headline",
          "[filter][related][related-label]") {
  for (const char* line : {
           "Related news: New car park pay stations to accept contactless payments from Monday",
           "Related news",
           "Similar stories | Harbour wall plan delayed again",
           "Notas relacionadas",
           "Art\xC3\xAD" "culos similares: El puerto ampl\xC3\xAD" "a su muelle",
           "\xC3\x84hnliche Artikel",
           "Verwandte Themen:",
           "Sujets similaires : Pygargues au barrage de la rivi\xC3\xA8re",
           "Articles li\xC3\xA9s",
           "Articoli correlati",
           "Not\xC3\xAD" "cias relacionadas: C\xC3\xA2mara aprova novo muro",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           // No story noun, or a sentence after the label.
           "Related costs rose by 4% last year, the report said.",
           "\xC3\x84hnliche F\xC3\xA4lle: In Graz wurde ein Mann verurteilt.",
           "Similar stories were told by three other families in the valley, who asked not to be named in "
           "this article because they still fear for their jobs at the plant and their children's schooling.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related takes a most-read label with its period, and a kind's header before its headlines",
          "[filter][related]") {
  for (const char* line : {
           "Most read this week", "Trending today", "Meistgelesen diese Woche", "Lo m\xC3\xA1s le\xC3\xAD" "do hoy",
           "Les plus lus cette semaine", "I pi\xC3\xB9 letti della settimana", "Mais lidas da semana",
           "Weitere Meldungen: Radwegnetz in Graz wird erweitert | Schilcher-Lese beginnt",
           "More local news: Harbour wall plan delayed again",
           "More estate updates",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "More today", "Read this week",
           "Weitere Kosten: Die Stadt zahlt 4 Millionen Euro f\xC3\xBCr die neue Br\xC3\xBC" "cke.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related takes a ticker's badge alone in capitals, and a live badge's one headline before a closing pointer",
          "[filter][related][badge]") {
  for (const char* line : {
           "\xC2\xA1\xC3\x9ALTIMA HORA!", "\xC3\x9ALTIMA HORA", "BREAKING NEWS", "LIVE", "EN DIRECT", "AO VIVO",
           "EN VIVO | Tiempos parciales de la etapa 3 \xE2\x96\xB8",
           "EN DIRECT | Le conseil vote le budget \xE2\x80\xBA",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {"\xC3\x9Altima hora", "Breaking news", "Live", "LATEST: the council votes",
                           "BREAKING THE SILENCE"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
}

TEST_CASE("related takes a capitals badge set off by a dash, 'also on' the site before a bar, and a press office's "
          "releases", "[filter][related]") {
  for (const char* line : {
           "ULTIM'ORA \xE2\x80\x93 Incidente sull'A2 a Melide: coda di 4 km in direzione sud",
           "BREAKING \xE2\x80\x94 Council approves harbour budget",
           "ALSO ON BCD | Cardamom auctions hit three-year high on thin arrivals from Idukki",
           "Weitere Aussendungen", "Weitere Mitteilungen: Stadt plant neuen Radweg", "M\xC3\xA1s comunicados",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("related", line));
  }
  for (const char* line : {
           "Ultim'ora \xE2\x80\x93 incidente sull'A2", "Breaking \xE2\x80\x93 the council approves the budget",
           "Also on Tuesday | the minister resigned after the vote",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("related", line));
  }
  // A document's first line with a badge and a dash is its own title.
  std::vector<bool> removed = pith::test::removed_by_filter(
      "related", {"BREAKING \xE2\x80\x93 Council approves harbour budget",
                  "The council met on Tuesday evening to discuss the plans for the harbour wall, which has been "
                  "damaged by storms twice this year."});
  CHECK(removed == std::vector<bool>{false, false});
}

TEST_CASE("related takes a live badge set off by a play sign or a pictograph before its headline", "[filter][related]") {
  CHECK(filter_removes_in_context("related", "EN DIRECT \xE2\x96\xB6 Fr\xC3\xA9quence Famenne 104.6 \xE2\x80\x93 Le r\xC3\xA9veil "
                                             "de la Famenne avec Julie et Marc"));
  CHECK(filter_removes_in_context("related", "AO VIVO \xE2\x9A\x96 Julgamento do caso Porto Seco \xE2\x80\x93 acompanhe aqui "
                                             "a sess\xC3\xA3o"));
  CHECK_FALSE(filter_removes_in_context("related", "Ao vivo \xE2\x9A\x96 o julgamento continua"));
}
