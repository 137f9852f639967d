// poll: a reader poll's widget lines go; surveys reported in prose stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("poll removes a reader poll's widget lines", "[filter][poll]") {
  for (const char* line : {
           "% of readers think this story is Fact. Add your two cents.",
           "72% of readers think this story is Fiction. Add your two cents.",
           "% of visitors found this article useful",
           "48 % of respondents agree. Cast your vote",
           "View results",
           "Vote now",
           "% de los lectores cree que esta noticia es cierta. ¿Qué opinas?",
           "Ver resultados",
           "% der Leser halten diese Meldung für glaubwürdig. Jetzt abstimmen",
           "Ergebnisse anzeigen",
           "% des lecteurs trouvent cet article utile. Votez !",
           "Voir les résultats",
           "% dos leitores acham esta notícia verdadeira. Vote agora",
           "% dei lettori pensa che questa notizia sia vera. Vota ora",
           "Vedi i risultati",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll keeps surveys reported in prose", "[filter][poll]") {
  for (const char* line : {
           "62% of readers think the mayor should resign, a poll by the newspaper found.",
           "40% of voters said the economy was their main concern.",
           "% change figures are given against the same month last year.",
           "Results of the vote will be announced on Sunday.",
           "El 55 % de los encuestados apoya la reforma, según el sondeo.",
           "55 % der Befragten lehnen den Plan ab, wie die Umfrage zeigt.",
           "62 % des lecteurs interrogés jugent la réforme injuste, selon l'institut.",
           "70% dos entrevistados aprovam o governo, segundo a pesquisa.",
           "Il 60% degli intervistati è contrario, secondo il sondaggio.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll removes a widget's vote buttons and vote counts in six languages", "[filter][poll]") {
  for (const char* line : {
           "Vote", "Submit vote", "1,204 votes", "87 votes", "Total votes: 312", "Abstimmen", "Stimme abgeben",
           "87 Stimmen", "Votar", "Enviar voto", "1.204 votos", "Voter", "Je vote", "312 votes", "Vota",
           "Votare", "1.204 voti", "Vote agora", "45 votos",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll keeps counts and words about votes in prose", "[filter][poll]") {
  for (const char* line : {
           "Results", "Ergebnisse", "Resultados", "The bill passed by 212 votes to 198.",
           "Smith won 1,204 votes in the first round", "Die Partei erhielt 87 Stimmen mehr als 2019.",
           "Vote counting will continue through the night.", "Votar es un derecho y un deber.",
           "Il a obtenu 312 votes.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll removes the question and answers above a poll's button", "[filter][poll]") {
  using pith::test::removed_by_filter;
  CHECK(removed_by_filter("poll", {"The council will vote on the plan next month.", "Reader poll",
                                   "Should the city build more bike lanes?", "Yes", "No", "Not sure", "Vote",
                                   "View results", "The plan would cost about 4 million dollars."}) ==
        std::vector<bool>{false, true, true, true, true, true, true, true, false});
  CHECK(removed_by_filter("poll", {"Der Verein verpflichtet den Stürmer bis 2027.", "Umfrage",
                                   "Ist der Transfer sein Geld wert?", "Ja, auf jeden Fall", "Nein, viel zu teuer",
                                   "Abstimmen", "412 Stimmen"}) ==
        std::vector<bool>{false, true, true, true, true, true, true});
  CHECK(removed_by_filter("poll", {"El Ayuntamiento aprobó el plan ayer.", "¿Está de acuerdo con la medida?",
                                   "Sí", "No", "Votar", "Ver resultados"}) ==
        std::vector<bool>{false, true, true, true, true, true});
  CHECK(removed_by_filter("poll", {"La mairie a voté le projet.", "Sondage", "Êtes-vous favorable au projet ?",
                                   "Oui", "Non", "Sans opinion", "Voter"}) ==
        std::vector<bool>{false, true, true, true, true, true, true});
  CHECK(removed_by_filter("poll", {"Il consiglio ha approvato il piano.", "Sondaggio",
                                   "Siete d'accordo con la decisione?", "Sì", "No", "Vota", "523 voti"}) ==
        std::vector<bool>{false, true, true, true, true, true, true});
  CHECK(removed_by_filter("poll", {"A prefeitura aprovou o plano.", "Enquete", "Você concorda com a medida?",
                                   "Sim", "Não", "Votar", "Ver resultados"}) ==
        std::vector<bool>{false, true, true, true, true, true, true});
}

TEST_CASE("poll keeps questions and lists that stand over no poll's button", "[filter][poll]") {
  using pith::test::removed_by_filter;
  // A question heading a list in the article, with no button after it.
  CHECK(removed_by_filter("poll", {"What should you pack?", "Water", "A map", "Sun cream",
                                   "Most hikers forget at least one of these."}) ==
        std::vector<bool>{false, false, false, false, false});
  // A button with a paragraph, not answers, above it: only the button goes.
  CHECK(removed_by_filter("poll", {"Should the city build more bike lanes?",
                                   "The council says it will decide after the summer.", "Vote"}) ==
        std::vector<bool>{false, false, true});
  // One short line under a question is no poll's answers.
  CHECK(removed_by_filter("poll", {"Warum jetzt?", "Die Antwort", "Abstimmen"}) ==
        std::vector<bool>{false, false, true});
}

TEST_CASE("poll takes answers worded as short sentences, and counts in words", "[filter][poll]") {
  using pith::test::removed_by_filter;
  CHECK(removed_by_filter("poll", {"The mayor defended the plan.", "Do you support the new bike lanes?",
                                   "Yes, they are overdue.", "No, they slow traffic.", "Submit vote",
                                   "1,024 people have voted"}) ==
        std::vector<bool>{false, true, true, true, true, true});
  CHECK(removed_by_filter("poll", {"Il sindaco ha difeso il piano.", "Siete favorevoli alle piste ciclabili?",
                                   "Sì, servono.", "No, rallentano il traffico.", "Invia voto",
                                   "312 persone hanno votato"}) ==
        std::vector<bool>{false, true, true, true, true, true});
}

TEST_CASE("poll reads buttons in brackets, with marks and in a row", "[filter][poll]") {
  for (const char* line : {"[Vote]", "[ View results ]", "(312 votes)", "> Abstimmen", "Votar | Ver resultados",
                           "VOTE NOW", "Insgesamt 312 Stimmen"}) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
  for (const char* line : {"*", "[ ]", "Submit", "Vote | Labour", "(Results)"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll removes a header carrying its question, and the answer rows under it", "[filter][poll]") {
  using pith::test::removed_by_filter;
  CHECK(removed_by_filter("poll", {"Der Verein verpflichtet den Stürmer bis 2027.",
                                   "Umfrage: Wer gewinnt in diesem Jahr den Pokal?",
                                   "○ SG Nordhafen ○ THW Kiel ○ Ein anderes Team", "Abstimmen | Ergebnis anzeigen",
                                   "Das Finale findet am 12. April statt."}) ==
        std::vector<bool>{false, true, true, true, false});
  CHECK(removed_by_filter("poll", {"Il corridore ha vinto la tappa.", "SONDAGGIO Rinaldi vincerà il Giro?",
                                   "Sì, ormai è fatta | No, la terza settimana è lunga",
                                   "La corsa riparte domani da Udine."}) ==
        std::vector<bool>{false, true, true, false});
  CHECK(removed_by_filter("poll", {"Le tribunal a rendu son jugement.",
                                   "Sondage : Les sanctions sont-elles suffisantes ?", "Oui / Non / Sans opinion",
                                   "Voter"}) == std::vector<bool>{false, true, true, true});
  CHECK(removed_by_filter("poll", {"O hospital fechou as urgências.", "Inquérito: Confia no Serviço Nacional de Saúde?",
                                   "Sim | Não | Às vezes"}) == std::vector<bool>{false, true, true});
  CHECK(removed_by_filter("poll", {"El pleno aprobó la moratoria.", "Encuesta: ¿Está de acuerdo con la moratoria?",
                                   "( ) Sí ( ) No ( ) No sé"}) == std::vector<bool>{false, true, true});
  CHECK(removed_by_filter("poll", {"The council approved the plan.", "Reader poll: Should the bike lane be extended?",
                                   "Yes | No"}) == std::vector<bool>{false, true, true});
}

TEST_CASE("poll keeps headlines and reports about polls, and rows under no poll", "[filter][poll]") {
  using pith::test::removed_by_filter;
  // The headline on the first line, about a poll.
  CHECK(removed_by_filter("poll", {"Poll: Are voters ready for a change?", "A new survey suggests they are.",
                                   "Yes | No"}) == std::vector<bool>{false, false, false});
  // A poll's finding, not a question; a sentence opening on the word.
  for (const char* line : {"Umfrage: Mehrheit der Deutschen für ein Tempolimit",
                           "Sondage : la gauche en tête à Lille",
                           "Polling stations open at 7am? Most voters did not know.",
                           "Encuesta tras encuesta, la pregunta es la misma: ¿quién pagará?"}) {
    INFO(line);
    CHECK_FALSE(pith::test::filter_removes_in_context("poll", line));
  }
  // A question in the article over a list with slashes stays.
  CHECK(removed_by_filter("poll", {"The council met on Monday.", "What should you pack?",
                                   "Water / A map / Sun cream"}) == std::vector<bool>{false, false, false});
}

TEST_CASE("poll judges buttons and counts behind marks and near misses as before", "[filter][poll]") {
  // The first and last bytes a button or count opens and ends with, behind marks and capitals.
  for (const char* line : {"[Vote]", "(312 votes)", "> VIEW RESULTS", "VOTE | VIEW RESULTS", "Insgesamt 312 Stimmen",
                           "Total votes: 1,204.", "<Vote now>", "Votos: 87"}) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
  for (const char* line : {"Vote nowhere", "1,204 voted", "Total votes: 1,204 so far", "Wahl", "Halt | Vote",
                           "Vote | Halt", "[Votes cast]x"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll reads a vote count's thousands separators in every language", "[filter][poll]") {
  for (const char* line : {
           "Total des votes : 1 204", "Total des votes\u00A0: 1\u00A0204", "1\u202F204 votes", "1 204 voix",
           "Stimmen insgesamt: 1.204", "1'204 Stimmen", "1\u2019204 Stimmen", "Votos totales: 1.204",
           "Total votes: 1,204", "12 345 voti", "Totale voti: 1.204", "Votos totais: 1.204",
           "Nombre de votes : 87",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll removes vote calls and buttons worded otherwise, in six languages", "[filter][poll]") {
  for (const char* line : {
           "Geben Sie Ihre Stimme ab", "Ergebnisse zeigen", "Emite tu voto", "Mostrar resultados",
           "Donnez votre avis", "Voter maintenant", "Esprimi il tuo voto", "Mostra risultati", "Votar agora",
           "Participe da enquete",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll keeps numbers and votes in prose", "[filter][poll]") {
  for (const char* line : {
           "1 204 votes ont été annulés lors du dépouillement.", "Le projet a recueilli 1 204 votes.",
           "12 votes 300", "Total des votes exprimés en faveur du maire : inconnu",
           "Which party will you vote for?", "Die Wähler geben ihre Stimme am Sonntag ab.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll removes a feedback widget's question, alone or with its buttons, in six languages", "[filter][poll]") {
  for (const char* line : {
           "Was this article helpful?", "Was this page helpful? Yes No", "Did you find this article useful?",
           "Did this article help you? Yes / No", "War dieser Artikel hilfreich?", "War diese Seite hilfreich? Ja Nein",
           "Hat Ihnen dieser Beitrag geholfen?", "War das hilfreich? Ja | Nein", "Fandest du den Artikel hilfreich?",
           "¿Te ha resultado útil este artículo?", "¿Te ha sido útil? Sí No", "¿Fue útil esta información?",
           "Cet article vous a-t-il été utile ?", "Cet article vous a-t-il aidé ? Oui Non",
           "Avez-vous trouvé cette page utile ?", "Questo articolo ti è stato utile?",
           "Questa recensione ti è stata utile? 👍 Sì  👎 No", "Ti è stato utile? Sì (12) No (3)",
           "Este artigo foi útil?", "Esta notícia foi útil? Sim Não", "Isso foi útil? Sim | Não",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll keeps an article's own questions about help", "[filter][poll]") {
  for (const char* line : {
           "Was the new law helpful to renters? Experts disagree.",
           "Was the new law helpful to renters?",
           "War die Reform hilfreich für die Mieter?",
           "¿Fue útil la reforma para los inquilinos? Los expertos dudan.",
           "Cette réforme a-t-elle été utile aux locataires ?",
           "La riforma è stata utile ai lavoratori?",
           "A reforma foi útil para os inquilinos? Sim, diz o ministro.",
           // Without its buttons, a question naming nothing read is an interview's, not the widget's.
           "Was this helpful?", "War das hilfreich?", "¿Te ha sido útil?", "Isso foi útil?",
           // Buttons after a question that is no feedback widget's.
           "Is this the end of the road? Yes No",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll removes a feedback widget's buttons on their own lines under its question", "[filter][poll]") {
  using pith::test::removed_by_filter;
  CHECK(removed_by_filter("poll", {"The plant will close in March.", "Was this article helpful?", "Yes", "No",
                                   "The company said 200 jobs would go."}) ==
        std::vector<bool>{false, true, true, true, false});
  CHECK(removed_by_filter("poll", {"Das Werk schließt im März.", "War dieser Artikel hilfreich?", "👍 Ja", "👎 Nein",
                                   "Nein"}) == std::vector<bool>{false, true, true, true, false});
  // "Yes" and "No" under an article's own question stay.
  CHECK(removed_by_filter("poll", {"The plant will close in March.", "Will the town recover?", "Yes", "No",
                                   "The mayor believes it will."}) ==
        std::vector<bool>{false, false, false, false, false});
}

TEST_CASE("poll removes a header and question that carry the answers and the button", "[filter][poll]") {
  for (const char* line : {
           "POLL: Who will finish on top of the ladder this year? Tigers / Swans / Eagles / Cats — Vote now!",
           "Poll: Should the city build the bike lane? Yes | No | Not sure",
           "Umfrage: Soll der Radweg gebaut werden? Ja / Nein / Weiß nicht – Jetzt abstimmen",
           "Sondage : Faut-il interdire les voitures en centre-ville ? Oui / Non – Votez",
           "Encuesta: ¿Quién ganará la liga? Betis / Sevilla / Málaga - Vota ahora",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
  for (const char* line : {
           "Poll: Who wins? Mayor Smith said the result would be announced Friday.",
           "Poll: Is the mayor doing a good job? Most residents said yes, the survey found.",
           "Umfrage: Wer gewinnt die Wahl? Die Mehrheit der Befragten setzt auf die Amtsinhaberin.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll removes a call to vote with the answers after its colon, in six languages", "[filter][poll]") {
  for (const char* line : {
           "What did you think of the finale? Vote in our poll: Loved it / It was OK / Turned it off",
           "Take part in our reader poll: Yes / No / Don't know",
           "Should the stadium be rebuilt? Have your say: Rebuild it | Renovate it | Leave it",
           "Wie gefällt Ihnen das neue Design? Stimmen Sie ab: Gut / Geht so / Gar nicht",
           "Qui doit entraîner le club ? Participez au sondage : Dupont / Martin / Un autre",
           "¿Debe cerrar la playa en verano? Vota en nuestra encuesta: Sí / No / No lo sé",
           "Quale piatto preferite? Partecipa al sondaggio: Carbonara / Amatriciana / Cacio e pepe",
           "Participe da enquete: Sim / Não / Talvez",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
  for (const char* line : {
           "The poll asked residents to choose: Rebuild / Renovate / Leave it",
           "Voters in our poll chose: Smith 48% / Jones 41% / Undecided 11%",
           "Vote in our poll: the results will be published on Friday.",
           "Experts say: Remain / Leave is the wrong question",
           "He told the crowd to vote: for the union / for the town / for their children",
           "Los encuestados eligieron: playa / montaña / ciudad",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll removes a question with its answers and a button or the vote count on one line, without a header",
          "[filter][poll]") {
  for (const char* line : {
           "Who was YOUR man of the match? Ibekwe / Penhaligon / Oyelaran / Crouch – cast your vote",
           "Where will bitcoin close the year? Above $8k · $5k–$8k · Below $5k (1,942 votes)",
           "Wer steigt ab? Bochum / Köln / Mainz – Jetzt abstimmen",
           "¿Quién ganará el derbi? Betis | Sevilla | Empate (312 votos)",
           "Qui sera élu ? Dupont / Martin – Votez",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
  for (const char* line : {
           "Who won? Smith / Jones – the count goes on",
           "What next? Tea · Coffee (2 cups)",
           "Who will pay? Taxpayers / drivers – the minister did not say",
           "Why now? Costs / delays (see chart)",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll removes a question with answers after radio marks, with or without a button", "[filter][poll]") {
  for (const char* line : {
           "HAVE YOUR SAY: Should bin collections be cut to every three weeks? \xE2\x97\x8B Yes \xE2\x97\x8B No "
           "\xE2\x97\x8B Don't know  [Vote]  View results",
           "SONDAGE \xE2\x80\x93 Qui portera le maillot jaune \xC3\xA0 Paris ? \xE2\x96\xA2 Ribeiro \xE2\x96\xA2 "
           "Verhaegen \xE2\x96\xA2 Un autre coureur \xE2\x86\x92 Je vote",
           "Which route should the new tram take? \xE2\x98\x90 Along the river \xE2\x98\x90 Through the old town",
           "\xC2\xBFQui\xC3\xA9n ganar\xC3\xA1 la liga? ( ) Madrid ( ) Barcelona ( ) Otro",
           "Soll die Innenstadt autofrei werden? \xE2\x97\xAF Ja \xE2\x97\xAF Nein \xE2\x80\x93 Abstimmen",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
  // A question in prose, with no marks before its answers; one mark is no row.
  for (const char* line : {
           "Should bin collections be cut to every three weeks? Yes, said the council, and No, said residents.",
           "Who will wear the yellow jersey in Paris? Ribeiro leads by 40 seconds after the Alps.",
           "What happens next? \xE2\x97\x8B The article's only bullet.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll removes a rating widget's stars with the votes cast", "[filter][poll]") {
  for (const char* line : {
           "Et vous, avez-vous test\xC3\xA9 cette recette ? Notez-la : \xE2\x98\x86\xE2\x98\x86\xE2\x98\x86"
           "\xE2\x98\x86\xE2\x98\x86 (1 248 votes)",
           "Rate this recipe \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86 312 votes",
           "Bewerten Sie diesen Artikel: \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86\xE2\x98\x86 (87 Stimmen)",
           "\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85 (1.204 votos)",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
  // A review's verdict in stars counts no votes; stars in prose stay.
  for (const char* line : {
           "Verdict: \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86",
           "The guide gave the hotel \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85 and praised its kitchen.",
           "Critics gave it \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85 after 12 votes of the jury were "
           "counted in the festival's final round on Saturday.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}

TEST_CASE("poll takes a question with its answers' shares and its vote count", "[filter][poll]") {
  for (const char* line : {
           "SONDAGE \xC2\xB7 Le futsal f\xC3\xA9minin m\xC3\xA9rite-t-il plus de matchs \xC3\xA0 la t\xC3\xA9l\xC3\xA9vision ? "
           "Oui 87 % \xE2\x80\x94 Non 13 % (1 904 votes)",
           "\xC2\xBF" "Debe reabrir el puente? S\xC3\xAD 62 % | No 38 % (412 votos)",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("poll", line));
  }
  for (const char* line : {
           "Will it pass? Yes 52% \xE2\x80\x93 No 48%, the poll found.",
           "Did turnout rise? It reached 61 % \xE2\x80\x94 up from 48 % in 2019, officials said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("poll", line));
  }
}
