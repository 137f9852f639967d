// news-tip: calls for news tips and submissions go; police appeals and prose about tips stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("news-tip removes calls for news tips and submissions", "[filter][news-tip]") {
  for (const char* line : {
           "Got a news tip? Email us at tips@example.com.",
           "Have a story idea or a tip? Contact our newsroom at news@example.org.",
           "If you would like to write an op-ed for the Daily Planet, please read our guidelines on submissions here.",
           "Want to write for us? Submit your guest post here.",
           "Do you have information about this story? Email reporter Jane Roe.",
           "Send us your news tips at tips@example.com",
           "Submit a tip",
           "Write for us",
           "¿Tienes una pista? Escríbenos a redaccion@example.es",
           "Haben Sie einen Hinweis? Schreiben Sie uns an hinweise@example.de",
           "Vous avez une info ? Écrivez-nous à la rédaction.",
           "Tem uma sugestão de pauta? Envie para a redação pelo WhatsApp.",
           "Hai una segnalazione? Scrivici a redazione@example.it",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("news-tip", line));
  }
}

TEST_CASE("news-tip keeps police appeals and prose about tips", "[filter][news-tip]") {
  for (const char* line : {
           "Have a tip about the robbery? Call Crime Stoppers at 555-0100.",
           "Do you have information about the missing hiker? Police ask callers to dial 911.",
           "Got a tip from a neighbour, the officer drove to the house at once.",
           "Write for us, the union told its members in a letter urging them to lobby their representatives.",
           "Want to contribute to the fund? The city council says donations are welcome until Friday.",
           "Have a story to tell about the flood, the author travelled the valley for a year collecting them.",
           "If you would like to write a will, a lawyer can help you understand the rules in your state.",
           "Tienes información privilegiada, le dijo el juez al acusado durante la vista.",
           "Haben Sie Informationen zum Unfall, wenden Sie sich an die Polizei unter 110.",
           "Hai informazioni sul furto? Chiama i carabinieri al 112.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("news-tip", line));
  }
}

TEST_CASE("news-tip asks the other five languages English's questions", "[filter][news-tip]") {
  for (const char* line : {"Sie möchten für uns schreiben?", "Tem uma dica de notícia? Envie-nos um e-mail",
                           "¿Tienes una historia? Escríbenos", "Vous avez une histoire ? Écrivez-nous",
                           "Hai una storia da raccontare? Scrivici", "Haben Sie einen Tipp? Schreiben Sie uns"}) {
    INFO(line);
    CHECK(filter_removes_in_context("news-tip", line));
  }
  for (const char* line : {"Tem uma dica para quem vai viajar? O ministro respondeu que não.",
                           "Haben Sie einen Tipp für die Wahl, fragten wir den Politologen.",
                           "Hai una storia lunga alle spalle, gli disse il giudice?"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("news-tip", line));
  }
}

TEST_CASE("news-tip takes an Italian call for readers' photos and reports", "[filter][news-tip]") {
  CHECK(filter_removes_in_context("news-tip", "Hai visto qualcosa? Inviaci foto e segnalazioni su WhatsApp al 079 123 45 67"));
  CHECK_FALSE(filter_removes_in_context("news-tip", "Hai visto qualcosa quella notte? ha chiesto il giudice al testimone."));
}

TEST_CASE("news-tip takes a call for witnesses' photos addressed to the newsroom, not a police appeal",
          "[filter][news-tip]") {
  for (const char* line :
       {"Vous avez été témoin d'un événement ? Envoyez-nous vos photos et infos via le bouton orange « Alertez-nous ».",
        "Sie haben etwas beobachtet? Hinweise und Fotos an leserreporter@talbote.at",
        "Did you witness the fire? Send us your photos and videos at tips@harbourside.example",
        "¿Fuiste testigo de algún hecho? Envíanos fotos y videos a nuestro WhatsApp 300 555 1234",
        "Presenciou algum acontecimento? Mande fotos e vídeos para o WhatsApp da redação: (82) 99999-0000",
        "Hai assistito a un incidente? Mandaci foto e video su WhatsApp al 333 1234567"}) {
    INFO(line);
    CHECK(filter_removes_in_context("news-tip", line));
  }
  for (const char* line : {"Vous avez été témoin de l'accident ? La police lance un appel au 101.",
                           "Haben Sie etwas beobachtet? Die Polizei bittet um Hinweise unter 0512 5959.",
                           "Did you witness the crash? Police ask anyone with dashcam footage to call 101.",
                           "¿Fue testigo del robo? La Policía pide llamar al 123.",
                           "Você presenciou o acidente? A polícia pede que testemunhas liguem para o 190.",
                           "Hai assistito all'incidente? I carabinieri chiedono ai testimoni di chiamare il 112."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("news-tip", line));
  }
}

TEST_CASE("news-tip takes a question listing what the reader may send, then the newsroom or a number",
          "[filter][news-tip]") {
  for (const char* line : {
           "Une info, une photo, une vid\xC3\xA9o ? Contactez la r\xC3\xA9" "daction au 079 555 12 34 (WhatsApp, Signal) "
           "ou par courriel.",
           "Un t\xC3\xA9moignage ? \xC3\x89" "crivez-nous \xC3\xA0 redaction@exemple.ch",
           "Ein Foto, ein Video oder ein Hinweis? Schreiben Sie uns per WhatsApp an 0171 555 12 34.",
           "A photo, a video or a tip? Send it to the newsroom on WhatsApp.",
           "Pictures or video? Call 0800 555 0199 any time.",
           "Una foto, un video, una segnalazione? Scrivici su WhatsApp al 333 555 1234.",
           "\xC2\xBFUna foto, un v\xC3\xAD" "deo, una denuncia? Escr\xC3\xAD" "benos a redaccion@gaceta.es",
           "Uma foto, um v\xC3\xAD" "deo, uma den\xC3\xBA" "ncia? Mande para a reda\xC3\xA7\xC3\xA3o pelo WhatsApp.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("news-tip", line));
  }
  for (const char* line : {
           // One thing without an address, or a list without the newsroom or a number, is prose.
           "Une photo ? Le maire l'a trouv\xC3\xA9" "e dans un grenier, a-t-il dit \xC3\xA0 notre r\xC3\xA9" "daction.",
           "Des photos, des vid\xC3\xA9os ? La police en a saisi des centaines, selon nous.",
           "Photos and videos? The court saw both, the reporter said.",
           "Fotos und Videos? Die Polizei hat 2019 rund 1200 St\xC3\xBC" "ck davon sichergestellt.",
           "A tip? The police said they had none.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("news-tip", line));
  }
}

TEST_CASE("news-tip reads Portugal's 'Envie-nos a sua notícia'", "[filter][news-tip]") {
  CHECK(filter_removes_in_context("news-tip", "Envie-nos a sua not\xC3\xAD" "cia ou sugest\xC3\xA3o: redaccao@lavouraacoriana.pt"));
  CHECK_FALSE(filter_removes_in_context(
      "news-tip", "Envie-nos a sua not\xC3\xAD" "cia, pediu o autarca aos vizinhos durante a reuni\xC3\xA3o de ontem \xC3\xA0 noite."));
}
