// correction: prompts to report an error go; reports about errors and corrections stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("correction removes prompts to report an error", "[filter][correction]") {
  for (const char* line : {
           "See an error in this article? Send us a correction",
           "Spotted a typo? Let us know at corrections@example.com.",
           "Did we get something wrong? Tell the newsroom.",
           "Report an error",
           "To report an error in this story, email the editors.",
           "¿Has visto un error? Escríbenos a redaccion@example.es",
           "Informar de un error",
           "Fehler gefunden? Schreiben Sie uns.",
           "Fehler melden",
           "Vous avez repéré une erreur ? Signalez-la à la rédaction.",
           "Signaler une erreur",
           "Encontrou um erro? Envie uma correção.",
           "Comunicar erro",
           "Hai trovato un errore? Segnalalo alla redazione.",
           "Segnala un errore",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("correction", line));
  }
}

TEST_CASE("correction keeps reports about errors and corrections", "[filter][correction]") {
  for (const char* line : {
           "Report an error on your tax return within 30 days, the revenue service advised.",
           "The agency said it had found an error in the data and would issue a correction.",
           "See an error message on the screen, and the machine stops, the engineer explained.",
           "Found an error in the census, the statistician spent a year fixing it.",
           "El ministerio informó de un error en el cálculo de las pensiones.",
           "Die Behörde räumte einen Fehler ein und kündigte eine Korrektur an.",
           "Une erreur de calcul a retardé le projet de plusieurs mois.",
           "O tribunal reconheceu um erro na sentença.",
           "Il ministero ha segnalato un errore nei dati pubblicati ieri.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("correction", line));
  }
}

TEST_CASE("correction removes notes that the piece was updated or corrected", "[filter][correction]") {
  for (const char* line : {
           "This story has been updated with comment from the mayor's office.",
           "This article was updated to include the final vote count.",
           "Updated at 3:15 p.m. with the final vote count.",
           "Correction: An earlier version of this article misstated the date of the vote.",
           "Clarification: This story has been updated to say the fund is run by the county.",
           "A previous version of this story misspelled the name of the harbour master.",
           "Dieser Artikel wurde aktualisiert.",
           "Korrektur: In einer früheren Version dieses Artikels hieß es fälschlich, der Rat tage am Montag.",
           "Aktualisiert um 14:32 Uhr mit einer Stellungnahme der Polizei.",
           "Actualizado a las 14:32 con la reacción del alcalde.",
           "Este artículo ha sido actualizado con nueva información.",
           "Fe de errores: una versión anterior de este artículo atribuía la cita al concejal.",
           "Mise à jour : 18h40 – le maire a réagi dans la soirée.",
           "Cet article a été mis à jour avec la réaction du préfet.",
           "Rectificatif : une version précédente de cet article indiquait par erreur 300 victimes.",
           "Aggiornato il 29 novembre alle 10:40 con la nota della questura.",
           "Questo articolo è stato aggiornato alle 18.",
           "Correzione: una versione precedente di questo articolo riportava erroneamente la data.",
           "Artigo corrigido às 12h10: o valor do investimento é de 7,5 milhões e não 5,7 milhões.",
           "Esta notícia foi atualizada às 15h com a posição do ministério.",
           "Atualização: este texto foi atualizado para incluir a resposta da prefeitura.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("correction", line));
  }
}

TEST_CASE("correction keeps article sentences about updates and corrections", "[filter][correction]") {
  for (const char* line : {
           "Correction of the error took three weeks, officials said.",
           "The company said the software had been updated to fix the flaw.",
           "UPDATE: Port workers walk off the job at the main terminal",
           "Editor's note: This is the second part of a series on the harbour.",
           "Updated guidance from the ministry arrived on Friday.",
           "Die Korrektur der Prognose fiel deutlich aus, sagte der Ökonom.",
           "La actualización del software llegará en marzo, según la empresa.",
           "La mise à jour du logiciel est prévue pour mars.",
           "L'aggiornamento delle tariffe entrerà in vigore a gennaio.",
           "A correção monetária será aplicada a partir de janeiro.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("correction", line));
  }
}

TEST_CASE("correction removes the English prompt asked as a full question", "[filter][correction]") {
  for (const char* line : {"Did you spot a mistake? Let us know", "Did you find an error in this story? Email us.",
                           "Have you spotted a mistake? Tell the newsroom."}) {
    INFO(line);
    CHECK(filter_removes_in_context("correction", line));
  }
  // No question: a sentence of the story.
  for (const char* line : {"Did you spot a mistake in the budget, the mayor asked the auditor, who said no.",
                           "Did you find an error in the count, the judge asked; the clerk said she had not."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("correction", line));
  }
}

TEST_CASE("correction takes a French prompt that names a spelling mistake ('une faute')", "[filter][correction]") {
  CHECK(filter_removes_in_context("correction", "Vous avez repéré une faute ou une erreur ? Signalez-la à notre rédaction."));
  CHECK_FALSE(filter_removes_in_context("correction", "Vous avez repéré une faute dans le dossier, a dit le juge."));
}

TEST_CASE("correction takes the formal and 'any error' forms of the question", "[filter][correction]") {
  for (const char* line : {"\xC2\xBF" "Encontr\xC3\xB3 un error? Rep\xC3\xB3rtelo aqu\xC3\xAD",
                           "\xC2\xBFViste alg\xC3\xBAn error en esta nota? Escribinos", "Viu algum erro? Avise a reda\xC3\xA7\xC3\xA3o",
                           "Hai trovato qualche errore? Segnalacelo", "Fehler bemerkt? Schreiben Sie uns"}) {
    INFO(line);
    CHECK(filter_removes_in_context("correction", line));
  }
  CHECK_FALSE(filter_removes_in_context(
      "correction", "El auditor encontr\xC3\xB3 un error en la contabilidad de 2019, seg\xC3\xBAn el informe."));
  CHECK_FALSE(filter_removes_in_context(
      "correction", "Der Pilot hatte den Fehler bemerkt und die Landung abgebrochen, sagte ein Sprecher."));
}

TEST_CASE("correction takes German's 'error in the text found?'", "[filter][correction]") {
  CHECK(filter_removes_in_context("correction", "Fehler im Text gefunden? Hier melden \xE2\x80\xBA"));
  CHECK(filter_removes_in_context("correction", "Fehler im Artikel entdeckt? Schreiben Sie uns"));
  CHECK_FALSE(filter_removes_in_context("correction",
                                        "Den Fehler im Text hatte der Lektor gefunden, sagte der Verleger."));
}

TEST_CASE("correction takes a short question of any wording that names an error, then a call to the site",
          "[filter][correction]") {
  for (const char* line : {
           "Spotted something wrong in this story? Let us know at corrections@cwmgazette.co.uk",
           "Notice an inaccuracy in this article? Email our newsroom",
           "Ist Ihnen im Text ein Fehler aufgefallen? Schreiben Sie uns an korrektur@tagesecho.ch",
           "Errori nell'articolo? Scrivici a redazione@voce.ch",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("correction", line));
  }
  for (const char* line : {
           "Was it a mistake? The court will decide next month.",
           "Was it a mistake? Critics told us it was deliberate.",
           "Ein Fehler im System? Die Stadtwerke pr\xC3\xBC" "fen den Ausfall seit Montag.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("correction", line));
  }
}

TEST_CASE("correction takes German's 'Fehler gesehen?'", "[filter][correction]") {
  CHECK(filter_removes_in_context("correction", "Fehler gesehen? Schreiben Sie uns."));
  CHECK_FALSE(filter_removes_in_context("correction", "Fehler gesehen hat niemand, sagte der Pr\xC3\xBC" "fer."));
}

TEST_CASE("correction reads 'something is not right' as an error, and a longer question naming the piece",
          "[filter][correction]") {
  for (const char* line : {
           "Vous avez rep\xC3\xA9r\xC3\xA9 une coquille ou une erreur dans cet article ? \xC3\x89" "crivez-nous.",
           "Qualcosa non torna in questo articolo? Scrivici a redazione@farovedeggio.ch",
           "Something not right in this article? Email us at corrections@packet.co.uk",
           "Stimmt etwas nicht in diesem Artikel? Schreiben Sie uns an redaktion@kurier.de",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("correction", line));
  }
  for (const char* line : {
           "\xC3\x89tait-ce une erreur de la mairie ? \xC3\x89" "crivez-nous, disait l'affiche.",
           "Qualcosa non va? Il sindaco ci ha detto che tutto \xC3\xA8 in regola.",
           "Was it a mistake? Critics told us it was deliberate.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("correction", line));
  }
}

TEST_CASE("correction takes Portugal's question about wrong information on the page", "[filter][correction]") {
  CHECK(filter_removes_in_context("correction", "Encontrou alguma informa\xC3\xA7\xC3\xA3o incorrecta nesta p\xC3\xA1gina? "
                                                "Comunique-nos."));
  CHECK_FALSE(filter_removes_in_context("correction", "A pol\xC3\xAD" "cia encontrou alguma informa\xC3\xA7\xC3\xA3o "
                                                      "incorrecta nos registos do munic\xC3\xADpio, disse o juiz."));
}
