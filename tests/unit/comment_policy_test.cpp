// comment-policy: comment rules and the comment box's lines go; reports about comments stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("comment-policy removes comment rules and comment-box lines", "[filter][comment-policy]") {
  for (const char* line : {
           "Please adhere to our commenting policy to avoid being banned. As a privately owned website, we "
           "reserve the right to remove any comment and ban any user at any time.Comments that contain spam, "
           "advertising, vulgarity or personal attacks may be removed.",
           "Comments are moderated. Please keep your comments civil and on topic.",
           "We welcome your comments, but abusive or off-topic comments will be removed.",
           "Comments are closed.",
           "Leave a Reply",
           "12 Comments",
           "Join the discussion",
           "Los comentarios están moderados. Nos reservamos el derecho de eliminar comentarios ofensivos.",
           "Deja un comentario",
           "Bitte beachten Sie unsere Netiquette: Kommentare mit Beleidigungen werden gelöscht.",
           "Die Kommentarfunktion ist geschlossen.",
           "Les commentaires sont modérés. Nous nous réservons le droit de supprimer tout commentaire injurieux.",
           "Laisser un commentaire",
           "Os comentários são moderados. Reservamo-nos o direito de remover comentários ofensivos.",
           "3 comentários",
           "I commenti sono moderati: ci riserviamo il diritto di cancellare i commenti offensivi.",
           "Lascia un commento",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy keeps reports about comments and moderation", "[filter][comment-policy]") {
  for (const char* line : {
           "The newspaper said it reserves the right to remove comments that violate its policy.",
           "The platform's new moderation policy drew thousands of comments from users within a day.",
           "Commenting on the ruling, the minister said the policy would be reviewed.",
           "No comment, the spokesman said when asked about the banned substances.",
           "El ministro declinó hacer comentarios sobre la nueva política de moderación de la red social.",
           "Der Konzern kündigte an, Kommentare mit Hassrede künftig schneller zu löschen.",
           "Le réseau social a supprimé des milliers de commentaires haineux, selon le régulateur.",
           "A empresa removeu comentários ofensivos após a decisão do tribunal, informou o jornal.",
           "La piattaforma ha rimosso migliaia di commenti, secondo il garante.",
           "His comments created a stir among moderates in the party, and you could see why, an aide said.",
           "Your comments on the draft policy are welcome until Friday, the council said in a notice.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy removes a comment count after its word", "[filter][comment-policy]") {
  for (const char* line : {
           "Comments (7)",
           "Kommentare: 3",
           "Comentarios (12)",
           "Commentaires : 4",
           "View comments (19)",
           "Vedi commenti (2)",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy keeps lines that end on a number after other words", "[filter][comment-policy]") {
  for (const char* line : {
           "Kommentare von Politikern zum Urteil 2024",
           "Comments from readers in 2023",
           "Kommentar: Die Regierung muss handeln",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy removes calls to comment on the story and a count with its prompt", "[filter][comment-policy]") {
  for (const char* line : {
           "Kommentare (14) – Jetzt mitdiskutieren", "3 comments | Leave a reply", "Comment on this story",
           "Déjanos tu opinión en los comentarios", "Commenta la notizia", "Kommentieren Sie diesen Artikel",
           "Commenter cet article", "Comente esta notícia",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "Kommentare (14) – die Leser sind gespalten über den neuen Radweg",
           "Comment on this story, the minister declined.",
           "Commenta la notizia il sindaco, che parla di una giornata storica per la città.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy removes bare comment headers in six languages", "[filter][comment-policy]") {
  for (const char* line : {
           "Reader comments", "Your comments", "Comentarios", "Deja tu comentario", "Tu comentario", "Kommentare",
           "Leserkommentare", "Commentaires", "Vos réactions", "Comentários", "Deixe o seu comentário", "Commenti",
           "I vostri commenti", "1,204 comments", "14 Kommentare",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy keeps sentences that open with comment words", "[filter][comment-policy]") {
  for (const char* line : {
           "Comentarios como ese no ayudan, dijo la ministra.", "Kommentare aus Berlin gab es zunächst keine.",
           "Commentaires et critiques se sont multipliés après le match.",
           "Comentários do presidente irritaram a oposição.", "Commenti positivi sono arrivati da Bruxelles.",
           "Your comments last week were unfair, the coach told reporters.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy removes a site disclaiming its readers' comments, and a question before the box",
          "[filter][comment-policy]") {
  for (const char* line : {
           "Comments are the sole responsibility of their authors.",
           "Los comentarios son responsabilidad exclusiva de sus autores.",
           "Die Kommentare geben die Meinung der Verfasser wieder.",
           "Les commentaires sont publiés sous la seule responsabilité de leurs auteurs.",
           "I commenti sono di esclusiva responsabilità degli autori.",
           "Os comentários são da exclusiva responsabilidade dos seus autores. Ver regras de participação",
           "¿Qué opinas? Deja tu comentario",
           "What do you think? Leave a reply",
           "Und Sie? Kommentar schreiben",
           "Et vous ? Laisser un commentaire",
           "E tu cosa ne pensi? Lascia un commento",
           "E você? Deixe seu comentário",
       }) {
    INFO(line);
    CHECK(pith::test::filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "His comments were his sole responsibility, the party said.",
           "The minister bears sole responsibility for the delays, the report found.",
           "Why did she resign? Leave that to the historians, her spokesman said.",
           "¿Qué opinas de la reforma? La pregunta divide al partido desde hace meses.",
       }) {
    INFO(line);
    CHECK_FALSE(pith::test::filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy removes the box's calls to comment in their plural, formal and informal forms",
          "[filter][comment-policy]") {
  for (const char* line : {
           "Kommentare schreiben",
           "Einen Kommentar schreiben",
           "Schreib einen Kommentar",
           "Hinterlassen Sie einen Kommentar",
           "Hinterlasse eine Antwort",
           "Escriba un comentario",
           "Deje un comentario",
           "Écrivez un commentaire",
           "Rejoignez la discussion",
           "Deixa um comentário",
           "Participe da conversa",
           "Aggiungi un commento",
           "Partecipa alla discussione",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "Kommentare schreiben viele Leser erst spät am Abend, zeigt die Auswertung.",
           "Einen Kommentar schreiben wollte der Minister am Montag nicht.",
           "Deje un comentario sobre el proyecto en la oficina municipal, pidió la alcaldesa.",
           "Rejoignez la discussion publique prévue mardi à la mairie, a invité le maire.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy removes a total of comments, two box labels on one line and the e-mail field's note",
          "[filter][comment-policy]") {
  for (const char* line : {
           "Kommentare insgesamt: 0",
           "Total comments: 3",
           "Commenti totali: 2",
           "Total de comentários: 5",
           "Leave a Comment! Antworten abbrechen",
           "Leave a Comment! Cancel reply",
           "wird nicht veröffentlicht",
           "will not be published",
           "no será publicado",
           "ne sera pas publiée",
           "non sarà pubblicato",
           "Your email address will not be published.",
           "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
           "Votre adresse e-mail ne sera pas publiée.",
           "Tu dirección de correo electrónico no será publicada.",
           "O seu endereço de email não será publicado.",
           "Il tuo indirizzo email non sarà pubblicato.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "Die Liste der Spender wird nicht veröffentlicht, sagte der Sprecher.",
           "The report will not be published until the inquiry ends, the minister said.",
           "Kommentare insgesamt gab es zu dem Vorschlag mehr als 300, teilte die Stadt mit.",
           "Total comments from readers rose to 4,000 in May, up from 3,100 a year earlier.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy removes WordPress's note that comments and pings are closed", "[filter][comment-policy]") {
  for (const char* line : {"Both comments and pings are currently closed.",
                           "Both comments and trackbacks are currently closed.", "Sia i commenti che i ping sono chiusi.",
                           "Kommentare und Pings sind derzeit geschlossen."}) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {"Both comments and questions were closed off by the spokesman after ten minutes, "
                           "reporters said."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy removes a box's label or count with its notice on the same line, and requests to log in to comment",
          "[filter][comment-policy]") {
  for (const char* line : {
           "12 commentaires – Les commentaires sont modérés avant publication.",
           "Deixe o seu comentário. Os comentários estão sujeitos a moderação.",
           "Kommentare (0) – Bitte melden Sie sich an, um einen Kommentar zu schreiben.",
           "Join the conversation! Log in or register to leave a comment below.",
           "Log in to leave a comment",
           "Inicia sesión para dejar un comentario.",
           "Connectez-vous pour laisser un commentaire.",
           "Accedi per lasciare un commento.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "12 commentaires ont été publiés en une heure. Les commentaires sont modérés, selon le site.",
           "Residents must log in to the portal to comment on the plan, officials said on Monday.",
           "Log in to the app to see your results, the clinic told patients in a letter on Friday.",
           "Comments were closed after the story ran. Los comentarios están cerrados desde entonces, dijo el diario.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy removes a notice naming which comments go, a label with its rule, and calls to join the "
          "discussion",
          "[filter][comment-policy]") {
  for (const char* line : {
           "Comments that attack other readers will be removed.",
           "Join the conversation – keep it civil. Comments that attack other readers will be removed.",
           "Any comments that contain links will be deleted.",
           "Los comentarios que incluyan insultos serán eliminados.",
           "Les commentaires qui contiennent des insultes seront supprimés.",
           "I commenti che contengono insulti saranno rimossi.",
           "Kommentare mit Beleidigungen werden gelöscht.",
           "Kommentare (7) – Zum Mitdiskutieren bitte anmelden",
           "Sign in to join the discussion",
           "Comments (3) - Log in to join the discussion",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "Comments that break the rules will be removed, YouTube said in a statement.",
           "Comments that were posted on the forum were removed by police.",
           "Comments that attack the president will be removed under the new law passed on Thursday.",
           "Log in to discuss the results with your adviser before Friday.",
           "The minister – keep it civil, he said – spoke to the crowd.",
           "Zum Mitdiskutieren lud der Verein am Montag alle Anwohner ins Rathaus ein.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy removes a guest book's count, call and moderation notice, and a link that opens the thread",
          "[filter][comment-policy]") {
  for (const char* line : {
           // An obituary's guest book counts its tributes and calls for more, split by a dot or a bar.
           "12 tributes \xC2\xB7 Add yours", "8 condolences | Add your own", "14 hommages \xC2\xB7 Ajoutez le v\xC3\xB4tre",
           "8 Kondolenzen \xC2\xB7 Kondolenz schreiben", "5 condol\xC3\xAAncias \xC2\xB7 Deixe o seu",
           // Its moderation notice names the tributes, not comments.
           "Tributes are moderated before they appear. Please keep messages respectful.",
           "Condolences are moderated before they are published.",
           "Kondolenzen werden vor der Ver\xC3\xB6" "ffentlichung gepr\xC3\xBC" "ft.",
           "Les condol\xC3\xA9" "ances sont mod\xC3\xA9r\xC3\xA9" "es avant publication. Merci de rester respectueux.",
           "Las condolencias son moderadas antes de publicarse.",
           "Le condoglianze sono moderate prima della pubblicazione.",
           "As condol\xC3\xAAncias s\xC3\xA3o moderadas antes de serem publicadas.",
           // A count with the link that opens the thread.
           "Kommentare (17) \xE2\x80\x93 Diskussion anzeigen", "Comments (4) - View discussion",
           "Commentaires (5) \xE2\x80\x93 Afficher la discussion", "Comentarios (9) | Ver comentarios",
           "Commenti (2) \xE2\x80\x93 Mostra i commenti", "Alle Kommentare anzeigen",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "Comments were moderated by a court order after the trial, the paper said.",
           "Tributes are pouring in for the former mayor, who died on Sunday.",
           "12 tributes were laid at the war memorial.",
           "Condolences are being sent from across the county to the family of the firefighter.",
           "Kondolenzen werden im Rathaus ausgelegt, teilte die Stadt mit.",
           "Kommentare (17) \xE2\x80\x93 die Diskussion im Rat war lang",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy removes a moderation notice that names the piece", "[filter][comment-policy]") {
  for (const char* line : {"Comments on this piece are premoderated.", "Comments on this story are moderated by our staff.",
                           "Comments on this post are moderated.",
                           "Comments on this piece are premoderated to ensure discussion stays on topic."}) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  CHECK_FALSE(filter_removes_in_context("comment-policy",
                                        "Comments on this story are what the minister called a disgrace, she said."));
}

TEST_CASE("comment-policy takes notices that comments are off, after a short question or a notice's label",
          "[filter][comment-policy]") {
  for (const char* line : {
           "Comments are switched off on this article for legal reasons.",
           "Got something to say? Comments are switched off on this article for legal reasons.",
           "Comments are suspended on this story.",
           "Disclaimer: Comments are moderated. The Highveld Bulletin does not endorse the views of readers and "
           "reserves the right to remove comments.",
           "Comments are moderated. The Herald reserves the right to remove comments that break our rules.",
           "Note: Comments are moderated.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "What happened next? Comments from the mayor were closed to the press, officials said on Tuesday.",
           "Why? Comments on the plan were suspended after 4,000 objections poured in.",
           "Note: comments from the minister were edited for length.",
           "Comments are moderated. The council later said the website had been updated in March to allow "
           "residents to submit objections online.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy takes a box's call as a count's label, a login notice with its links and a longer "
          "closed notice", "[filter][comment-policy]") {
  for (const char* line : {
           "R\xC3\xA9" "agir (4)",
           "Join the discussion (12)",
           "Comments (0) \xE2\x80\x94 Be the first to have your say",
           "Vous devez \xC3\xAAtre connect\xC3\xA9 pour commenter cet article. Se connecter | Cr\xC3\xA9" "er un compte",
           "Comments have been switched off on this article while our moderators focus on emergency coverage.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "Comments on the proposal were closed after the council received more than 4,000 objections from residents",
           "You must be logged in to comment. The forum that hosted the debate was shut in 2019 after a hack.",
           "Have your say on the new bus routes at the library until Friday, the council said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy takes a count after a link's verb, a count with its closing notice, and a box's call in "
          "Italian", "[filter][comment-policy]") {
  for (const char* line : {
           "View 48 comments",
           "See 3 comments",
           "27 comments \xC2\xB7 Commenting on election stories closes after 72 hours",
           "Commenti (0) \xE2\x80\x94 Scrivi il primo commento",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "View 48 photos",
           "Read 12 comments from readers who were there",
           "Comments close the debate, the chair said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy takes a box's call before its count", "[filter][comment-policy]") {
  CHECK(filter_removes_in_context("comment-policy", "R\xC3\xA9" "agir \xC3\xA0 cet article \xC2\xB7 6 r\xC3\xA9" "actions"));
  CHECK_FALSE(filter_removes_in_context("comment-policy", "Les r\xC3\xA9" "actions ont \xC3\xA9t\xC3\xA9 nombreuses, 6 "
                                                          "r\xC3\xA9" "actions officielles au total."));
}

TEST_CASE("comment-policy takes a policy headed by its name, and notices that comments will not be published",
          "[filter][comment-policy]") {
  for (const char* line : {
           "Normas de participación: los comentarios ofensivos, discriminatorios o que no respeten la temática de la "
           "noticia serán eliminados.",
           "Community guidelines: abusive, racist or off-topic posts will be removed without notice.",
           "Regras de participação: comentários com insultos, spam ou dados pessoais serão removidos.",
           "Kommentarregeln: Beleidigende, rassistische oder themenfremde Beiträge werden gelöscht.",
           "Os comentários estão sujeitos a moderação. Não são publicados comentários ofensivos ou que violem a lei.",
           "Los comentarios están sujetos a moderación. No se publicarán los que contengan insultos o datos personales.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  // The name heads a report, or the rule says what others did to comments.
  for (const char* line : {
           "Community guidelines: the council's new rules, published on Monday, ban dogs from the beach.",
           "Normas de participación: el ayuntamiento aprobó nuevas normas para el mercado",
           "Os comentários do ministro não são publicados no Diário da República, disse o porta-voz.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy takes a count in brackets after the box's call, a count with its see-all link, and a "
          "login call after the box's line",
          "[filter][comment-policy]") {
  for (const char* line : {
           "R\xC3\xA9" "agir \xC3\xA0 cet article (9 r\xC3\xA9" "actions)",
           "Join the discussion (12 comments)",
           "23 comentarios \xC2\xB7 Ver todos",
           "12 comments | See all",
           "48 Kommentare \xE2\x80\x93 Alle anzeigen",
           "Noch keine Kommentare. Melden Sie sich an, um mitzudiskutieren.",
           "No comments yet. Sign in to join the conversation.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "Melden Sie sich an, wenn Sie am Lauf teilnehmen möchten.",
           "12 photos | See all",
           "The minister took 23 questions (12 comments on the budget) before leaving.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy takes a count and its notice set apart by a middle dot, and an Italian login notice",
          "[filter][comment-policy]") {
  for (const char* line : {
           "Coment\xC3\xA1rios (7) \xC2\xB7 Os coment\xC3\xA1rios est\xC3\xA3o sujeitos a modera\xC3\xA7\xC3\xA3o e n\xC3\xA3o "
           "podem conter insultos.",
           "Lascia un commento \xE2\x80\x94 Devi essere connesso per inviare un commento.",
           "Devi essere connesso per inviare un commento.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  CHECK_FALSE(filter_removes_in_context("comment-policy",
                                        "Coment\xC3\xA1rios (7) \xC2\xB7 O presidente da c\xC3\xA2mara disse que a tarifa vai "
                                        "subir 4 %."));
}

TEST_CASE("comment-policy takes a rule after the box's line and a note that comments do not reflect the site's opinions",
          "[filter][comment-policy]") {
  for (const char* line : {
           "14 comments \xE2\x80\x94 have your say below. Please keep it civil; personal attacks will be removed.",
           "Disclaimer: Comments expressed here do not reflect the opinions of The Eko Sentinel or any of its staff.",
           "Comments posted do not necessarily reflect the views of the Ledger.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  CHECK_FALSE(filter_removes_in_context("comment-policy", "Council received 14 comments \xE2\x80\x94 most opposed. Personal "
                                                          "attacks will be removed from the minutes, the clerk said."));
}

TEST_CASE("comment-policy takes French's call to log in 'pour réagir', after a count too", "[filter][comment-policy]") {
  CHECK(filter_removes_in_context("comment-policy", "12 r\xC3\xA9" "actions \xC2\xB7 Connectez-vous ou cr\xC3\xA9" "ez un "
                                                    "compte gratuit pour r\xC3\xA9" "agir"));
  CHECK(filter_removes_in_context("comment-policy", "Connectez-vous ou cr\xC3\xA9" "ez un compte gratuit pour r\xC3\xA9" "agir"));
  CHECK_FALSE(filter_removes_in_context(
      "comment-policy", "Les habitants ont d\xC3\xBB r\xC3\xA9" "agir vite : connectez-vous ou cr\xC3\xA9" "ez un compte, "
                        "disait le site de la mairie, pour obtenir une aide."));
}

TEST_CASE("comment-policy takes a rule stated impersonally in the future passive, its subject the comments",
          "[filter][comment-policy]") {
  for (const char* line : {
           "Per commentare \xC3\xA8 necessario effettuare il login. I commenti offensivi o fuori tema verranno "
           "rimossi.",
           "I commenti offensivi o fuori tema verranno rimossi.",
           "Offensive comments will be removed.",
           "\xC2\xBFQu\xC3\xA9 opinas? D\xC3\xA9janos tu comentario. Los mensajes ofensivos ser\xC3\xA1n eliminados "
           "por el moderador.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "Under the new law, offensive comments will be removed within 24 hours by the platforms.",
           "Under the new law, offensive comments will be removed by the platforms.",
           "Comments that break the law will be removed by the platform within a day, the minister said.",
           "Il ministro ha annunciato che i commenti offensivi sui social verranno rimossi entro 24 ore, secondo la "
           "nuova legge.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy takes rules that name the abuse they bar, Austria's 'Postings', and a login need naming "
          "its account",
          "[filter][comment-policy]") {
  for (const char* line : {
           "R\xC3\xA9" "agissez \xC3\xA0 cet article \xE2\x80\x94 les propos injurieux, diffamatoires ou \xC3\xA0 "
           "caract\xC3\xA8re tribal ne seront pas publi\xC3\xA9s.",
           "Views expressed in the comments belong to readers, not to Garden City Courier. Abusive or tribal remarks "
           "will be deleted.",
           "Postings zu diesem Artikel werden vor der Freischaltung gepr\xC3\xBC" "ft. Bitte halten Sie sich an unsere "
           "Community-Richtlinien.",
           "Per lasciare un commento \xC3\xA8 necessario accedere con il proprio account. I commenti sono moderati.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "Les propos injurieux du maire ne seront pas publi\xC3\xA9s par le journal officiel, a d\xC3\xA9" "clar\xC3\xA9 "
           "le pr\xC3\xA9" "fet.",
           "Abusive messages will be reported to the police, the council said.",
           "Die Postings des Ministers wurden gel\xC3\xB6scht, sagte die Sprecherin.",
           "Per commentare \xC3\xA8 necessario accedere con il codice fiscale e la tessera sanitaria, ha spiegato il "
           "Comune, che ricever\xC3\xA0 le osservazioni.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy takes a login notice after a short question, and German's 'Zum Posten bitte anmelden'",
          "[filter][comment-policy]") {
  CHECK(filter_removes_in_context("comment-policy", "Envie de r\xC3\xA9" "agir ? Connectez-vous ou cr\xC3\xA9" "ez un "
                                                    "compte pour laisser un commentaire."));
  CHECK(filter_removes_in_context("comment-policy", "Zum Posten bitte anmelden. Beitr\xC3\xA4ge, die gegen unsere "
                                                    "Forenregeln versto\xC3\x9F" "en, werden entfernt."));
  CHECK_FALSE(filter_removes_in_context("comment-policy", "Die Firma will den Posten bis Mai besetzen."));
}

TEST_CASE("comment-policy reads the civility a box asks for as a rule, and a box's two lines set apart by a dash",
          "[filter][comment-policy]") {
  for (const char* line : {
           "Comments are moderated and may take a while to appear. Please keep it civil and on topic \xE2\x80\x93 read "
           "our house rules.",
           "Los comentarios son moderados. Por favor, sé respetuoso con los demás lectores y con el autor del texto.",
           "Commentaires (0) \xE2\x80\x93 Soyez la premi\xC3\xA8re ou le premier \xC3\xA0 r\xC3\xA9" "agir",
           "Soyez le premier ou la premi\xC3\xA8re \xC3\xA0 commenter",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "We asked the minister for comments on the civil service reform, but she said she would be civil about it.",
           "The council's house rules were read out before the comments from the public began.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy takes a moderation notice with its rule after a colon, and rules that bar insults",
          "[filter][comment-policy]") {
  for (const char* line : {
           "I commenti sono moderati: niente insulti, niente spam, niente spoiler sulle tracce d'esame.",
           "I commenti sono moderati. Niente insulti, link pubblicitari o messaggi TUTTI IN MAIUSCOLO.",
           "Los comentarios son moderados. Nada de insultos ni de enlaces publicitarios, por favor.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "Il sindaco ha detto: niente insulti in consiglio, i commenti restano fuori.",
           "The ruling said: no insults were found in the comments the judge reviewed.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy takes who alone may comment, and moderation said in a reflexive or of named comments",
          "[filter][comment-policy]") {
  for (const char* line : {
           "Only registered users can comment.",
           "Kommentieren k\xC3\xB6nnen nur registrierte Mitglieder.",
           "Solo los usuarios registrados pueden comentar.",
           "Seuls les membres inscrits peuvent commenter.",
           "Solo gli utenti registrati possono commentare.",
           "Apenas usu\xC3\xA1rios cadastrados podem comentar.",
           "Los comentarios se moderan y pueden demorar en aparecer.",
           "Comments on tenant news are moderated.",
           "Dej\xC3\xA1 tu comentario. Los comentarios se moderan y pueden demorar en aparecer.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("comment-policy", line));
  }
  for (const char* line : {
           "Only registered voters can comment on the plan, the council said.",
           "Los comentarios se multiplicaron en las redes tras el partido.",
           "Comments on the plan were sharply critical, the council said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("comment-policy", line));
  }
}

TEST_CASE("comment-policy takes Italy's notice that commenting needs a subscription", "[filter][comment-policy]") {
  CHECK(filter_removes_in_context("comment-policy", "Per commentare \xC3\xA8 necessario essere abbonati ed effettuare "
                                                    "l'accesso."));
}
