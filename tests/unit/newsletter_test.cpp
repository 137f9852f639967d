// newsletter: sign-up prompts go; reporting about newsletters and subscribers stays.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("newsletter removes sign-up prompts", "[filter][newsletter]") {
  for (const char* line : {
           "Sign up for our newsletter",
           "Subscribe to the Morning Brief newsletter to get the day's top stories in your inbox.",
           "Get the latest headlines delivered to your inbox every morning.",
           "Thanks for signing up!",
           "Suscríbete a nuestro boletín y recibe las noticias en tu correo.",
           "Newsletter abonnieren",
           "Melden Sie sich für unseren Newsletter an.",
           "Abonnez-vous à notre newsletter.",
           "Inscreva-se na nossa newsletter e receba as notícias no seu e-mail.",
           "Iscriviti alla newsletter",
           "Get our best stories by email every Friday.",
           "Recevez notre sélection d'articles par courriel chaque matin.",
           "Sign up to get the best content of the week, and great deals, as picked by the editors.",
           "Melden Sie sich an und erhalten Sie jeden Morgen die wichtigsten Nachrichten.",
           "Inscrivez-vous pour recevoir chaque matin l'essentiel de l'actualité.",
           "Regístrate y recibe cada mañana las noticias más importantes.",
           "Inscreva-se e receba toda manhã as principais notícias do dia.",
           "Iscriviti e ricevi ogni mattina le principali notizie della giornata.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter keeps prose about newsletters", "[filter][newsletter]") {
  for (const char* line : {
           "Subscribers to the newsletter complained that it arrived late for a week.",
           "The senator's newsletter, sent by email to constituents, blamed the delay on the state.",
           "\u201cSign up for our newsletter\u201d pop-ups annoy readers most, the survey found.",
           "Sign up for the streaming bundle using the same email as your existing account.",
           "Recibe el reembolso en tu correo en un plazo de diez días, explicó la empresa.",
           "Sign up for the volunteer shifts each week, the coordinator told the crowd.",
           "Recibe cada semana decenas de noticias falsas, explicó el experto en desinformación.",
           "Erhalten Sie jeden Morgen die wichtigsten Nachrichten per Radio, fragte der Moderator die Gäste.",
           "Subscribe to the idea that every day brings news, and you will never rest, the poet wrote.",
           "Sign-ups for the program doubled after the email campaign, the agency said.",
           "Subscribe is not a word the company wants its customers to dread, the chief executive said of "
           "its new pricing.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a sign-up box's title with the prompt under it", "[filter][newsletter]") {
  using pith::test::removed_by_filter;
  const std::vector<std::pair<std::string, std::string>> boxes = {
      {"Get the morning briefing", "Sign up for our free newsletter and get the day's top stories in your inbox."},
      {"The Weekly Digest", "Subscribe to our newsletter for the best of the week."},
      {"Der Morgen-Newsletter", "Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Morgen die wichtigsten Nachrichten."},
      {"Boletín diario", "Suscríbete gratis a nuestro boletín y recibe cada mañana las noticias más importantes."},
      {"La lettre du matin", "Inscrivez-vous à notre newsletter et recevez chaque matin l'essentiel de l'actualité."},
      {"Newsletter diária", "Assine a nossa newsletter e receba as principais notícias do dia no seu e-mail."},
      {"La newsletter del mattino", "Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie più importanti."},
  };
  for (const auto& [title, prompt] : boxes) {
    INFO(title);
    CHECK(removed_by_filter("newsletter", {"The council met on Thursday.", title, prompt, "The vote passed by 31 to 9."}) ==
          std::vector<bool>{false, true, true, false});
  }
}

TEST_CASE("newsletter keeps headings that are no sign-up box's title", "[filter][newsletter]") {
  using pith::test::removed_by_filter;
  // A subheading that names no newsletter, over a prompt a CMS put right under it.
  CHECK(removed_by_filter("newsletter", {"What happens next", "Sign up for our newsletter to get the day's top stories in your inbox.",
                                         "Construction begins next spring."}) == std::vector<bool>{false, true, false});
  // A heading about a newsletter over reporting about it.
  CHECK(removed_by_filter("newsletter", {"The newsletter that broke the story",
                                         "The senator's newsletter, sent by email to constituents, blamed the delay on the state."}) ==
        std::vector<bool>{false, false});
  CHECK(removed_by_filter("newsletter", {"Une lettre ouverte au ministre",
                                         "Les vignerons ont écrit au ministre pour réclamer des aides."}) ==
        std::vector<bool>{false, false});
  // A sentence naming a newsletter is no title, even over a prompt.
  CHECK(removed_by_filter("newsletter", {"Our briefing has moved to Fridays.", "Sign up for our newsletter."}) ==
        std::vector<bool>{false, true});
  // A title with no prompt under it stays ("Boletín oficial" heads an article's section).
  CHECK(removed_by_filter("newsletter", {"Boletín oficial", "El decreto se publicó ayer en el boletín oficial del Estado."}) ==
        std::vector<bool>{false, false});
}

TEST_CASE("newsletter removes calls to join a counted readership and never-miss labels", "[filter][newsletter]") {
  for (const char* line : {
           "Join 40,000 readers who get our morning briefing.",
           "Join more than 10,000 subscribers and get the best stories every Friday.",
           "Únete a más de 20.000 lectores que reciben nuestro boletín.",
           "Schließen Sie sich 15.000 Lesern an, die unseren Newsletter erhalten.",
           "Rejoignez 30 000 lecteurs qui reçoivent notre lettre chaque matin.",
           "Junte-se a 12 mil leitores que recebem as notícias do dia.",
           "Unisciti a 8.000 lettori che ricevono le notizie ogni mattina.",
           "Never miss a story",
           "Verpassen Sie nichts",
           "Ne manquez rien",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Join 200 volunteers who cleaned the beach on Saturday, the organisers said.",
           "Joined by 300 readers, the author spoke about her new novel at the library.",
           "Join the readers' panel, the editor wrote in 2019, and thousands did.",
           "The paper now has 40,000 readers, up from 25,000 a year ago.",
           "Rejoignez-nous place de la République, ont lancé les syndicats aux manifestants.",
           "Never miss a chance to vote, the mayor told the students.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a box that closes on its sign-up button", "[filter][newsletter]") {
  for (const char* line : {
           "Get the Morning Tide in your inbox. Local news, every weekday at 6 a.m. Sign me up",
           "The Evening Briefing: the day's top stories at 6 p.m. Sign up",
           "Unser Newsletter „Köln am Morgen“ – kostenlos jeden Werktag. Hier anmelden.",
           "Der Wochen-Newsletter: das Wichtigste aus der Region. Jetzt anmelden",
           "Boletín diario: las noticias más importantes cada mañana. Suscríbete",
           "Newsletter « La Matinale » Chaque matin, l'essentiel de l'actualité. S'inscrire",
           "La newsletter del mattino: le notizie principali. Iscriviti",
           "Boletim da manhã: as principais notícias do dia. Inscreva-se",
           "Sign me up",
           "S'inscrire",
           "Iscriviti",
           "Suscríbete",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter keeps prose about newsletters and signing up", "[filter][newsletter]") {
  for (const char* line : {
           "The newsletter, which started in 2019, now has 40,000 readers. Its founder wants to sign up more.",
           "Volunteers can sign up at the town hall. The shifts start at 6 a.m.",
           "Der Newsletter des Vereins erscheint monatlich, sagte die Vorsitzende.",
           "El boletín oficial publicó ayer la convocatoria de las plazas.",
           "La lettre du maire a été envoyée à tous les habitants.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a sign-up form's e-mail field label", "[filter][newsletter]") {
  for (const char* line : {
           "Enter your email address", "Your e-mail address", "Ihre E-Mail-Adresse", "Votre adresse e-mail",
           "Tu correo electrónico", "O seu e-mail", "Il tuo indirizzo email", "Inserisci la tua email",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter keeps sentences that ask for an e-mail address", "[filter][newsletter]") {
  for (const char* line : {
           "Your e-mail address was among those leaked, the company told customers.",
           "Ihre E-Mail-Adresse wird nicht weitergegeben, versicherte der Anbieter.",
           "Votre adresse e-mail a peut-être été piratée, prévient la Cnil.",
           "Tu correo electrónico puede estar en la lista filtrada.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes thanks for signing up in six languages, with Spanish '¡'", "[filter][newsletter]") {
  for (const char* line : {
           "¡Gracias por suscribirte!", "Gracias por tu suscripción", "Vielen Dank für Ihre Anmeldung!",
           "Danke für deine Anmeldung", "Merci de votre inscription !", "Merci de vous être inscrit",
           "Obrigado pela sua inscrição!", "Grazie per l'iscrizione!", "Thank you for subscribing!",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a verbless lead-in to the reader's inbox", "[filter][newsletter]") {
  for (const char* line : {
           "Das Beste unseres Journalismus in Ihrem Postfach",
           "Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach",
           "The best of our journalism in your inbox",
           "Le meilleur de notre rédaction dans votre boîte mail",
           "Lo mejor de nuestro periodismo en tu bandeja de entrada",
           "Il meglio del nostro giornalismo nella tua casella di posta",
           "O melhor do nosso jornalismo na sua caixa de entrada",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes prompts opening with a stay-informed or never-miss call", "[filter][newsletter]") {
  for (const char* line : {
           "Bleiben Sie informiert mit unserem Newsletter.", "Verpassen Sie keine Nachrichten mehr: unser Newsletter.",
           "Restez informés avec notre newsletter.", "Mantente informado con nuestro boletín.",
           "Resta aggiornato con la nostra newsletter.", "Fique por dentro com a nossa newsletter.",
           "Hol dir den Newsletter mit den besten Rezepten.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter keeps sentences about mailboxes, thanks and the best of things", "[filter][newsletter]") {
  for (const char* line : {
           "Die wichtigsten Dokumente landeten im Postfach des Ministers.",
           "Die neuesten Betrugsmaschen landen in Ihrem Postfach, warnt die Polizei.",
           "Das Beste am Urlaub war, dass das Postfach endlich leer blieb.",
           "Die Anmeldung für den Marathon ist ab Montag möglich.",
           "Danke für Ihre Anmeldung zum Marathon, schrieb der Veranstalter an die Läufer.",
           "Lo mejor de la noche fue el concierto de cierre.",
           "The best of the festival was saved for the final night.",
           "Le meilleur de la saison reste à venir, a promis l'entraîneur.",
           "Bleiben Sie ruhig, sagte der Polizist zu den Passanten.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a blog's follow-by-email box in six languages", "[filter][newsletter]") {
  for (const char* line : {
           "Enter your email address to subscribe to this blog and receive notifications of new posts by email.",
           "Geben Sie Ihre E-Mail-Adresse an, um diesen Blog zu abonnieren und Benachrichtigungen über neue Beiträge "
           "via E-Mail zu erhalten.",
           "Entrez votre adresse e-mail pour vous abonner à ce blog et recevoir une notification de chaque nouvel "
           "article par e-mail.",
           "Introduce tu correo electrónico para suscribirte a este blog y recibir avisos de nuevas entradas.",
           "Inserisci il tuo indirizzo email per iscriverti a questo blog e ricevere notifiche di nuovi articoli.",
           "Digite seu endereço de e-mail para assinar este blog e receber notificações de novas publicações.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Neue Beiträge im Forum müssen künftig vom Moderator freigegeben werden.",
           "Recibe nuevas entradas de turistas cada verano el museo del pueblo, explicó el alcalde.",
           "The blog stopped publishing new posts in 2019, the author said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a sign-up form's opt-in check box and its label", "[filter][newsletter]") {
  for (const char* line : {
           "[ ] Ja, ich möchte den wöchentlichen Newsletter bekommen.",
           "[ ] Yes, I want to receive the newsletter",
           "[x] Je souhaite recevoir la newsletter",
           "[ ] Sí, quiero recibir el boletín semanal",
           "[x] Sì, voglio ricevere la newsletter settimanale",
           "[ ] Sim, quero receber a newsletter semanal",
           "[X] Keep me updated with the morning briefing",
           "Yes, I would like to receive your weekly newsletter",
           "Ja, ich möchte den Newsletter abonnieren.",
           "Oui, je veux recevoir la lettre d'information hebdomadaire.",
           "Quiero recibir el boletín de noticias por correo.",
           "Vorrei ricevere la newsletter della redazione.",
           "Gostaria de receber a newsletter semanal.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "I want to receive my refund before Christmas, one customer wrote.",
           "Ja, ich möchte wieder arbeiten, sagte die Frau nach der Reha.",
           "Je souhaite recevoir les syndicats la semaine prochaine, a indiqué la ministre.",
           "[1] The figures come from the statistics office.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a sign-up box's promise about the reader's address", "[filter][newsletter]") {
  for (const char* line : {
           "Your email address will only be used to send you our newsletter.",
           "We will never share your email with anyone.",
           "We'll never share your email address with third parties.",
           "Votre adresse de messagerie est uniquement utilisée pour vous envoyer les lettres d'information de la "
           "rédaction. Vous pouvez à tout moment utiliser le lien de désabonnement intégré dans la newsletter.",
           "Deine E-Mail-Adresse wird nur für den Versand unseres Newsletters verwendet.",
           "Wir geben Ihre E-Mail-Adresse niemals an Dritte weiter.",
           "Nous ne partagerons jamais votre adresse e-mail.",
           "Tu correo electrónico solo se utilizará para enviarte nuestro boletín.",
           "Nunca compartiremos tu correo con terceros.",
           "Il tuo indirizzo email sarà utilizzato solo per inviarti la nostra newsletter.",
           "Non condivideremo mai il tuo indirizzo email con terzi.",
           "O seu e-mail será usado apenas para enviar a nossa newsletter.",
           "Nunca compartilharemos o seu e-mail com terceiros.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  // Articles about data protection, and reported promises.
  for (const char* line : {
           "We will never share your data with advertisers, the company promised.",
           "Your data will only be used for research, the university said.",
           "Unter der DSGVO darf Ihre E-Mail-Adresse nur für den Newsletter verwendet werden, wenn Sie eingewilligt "
           "haben.",
           "Ihre Daten werden nur verschlüsselt gespeichert, erklärte der Datenschutzbeauftragte.",
           "Nous ne partagerons jamais les mêmes valeurs, a lancé le député.",
           "Your email address is the key to your online identity, experts warn.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a sign-up form's consent line", "[filter][newsletter]") {
  for (const char* line : {
           "Ich bin mit der Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden. Nach Anmeldung geht mir "
           "eine E-Mail zur Zustimmung nach Double-Opt-In-Verfahren zu.",
           "Ich habe die Datenschutzerklärung gelesen und akzeptiere sie.",
           "I agree to the processing of my personal data in accordance with the privacy policy.",
           "I have read and accept the privacy policy.",
           "J'accepte la politique de confidentialité et le traitement de mes données.",
           "Acepto la política de privacidad y el tratamiento de mis datos.",
           "Acconsento al trattamento dei miei dati personali ai sensi dell'informativa sulla privacy.",
           "Li e aceito a política de privacidade e o tratamento dos meus dados.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Ich bin mit der Entscheidung des Gerichts nicht einverstanden.",
           "I agree with the court's ruling on data retention, the minister said.",
           "I accept that the figures were wrong.",
           "J'accepte le verdict, a déclaré l'accusé.",
           "Acepto las críticas, dijo el entrenador.",
           "Aceito a derrota, disse o treinador.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a pitch of the stories a newsletter brings to the inbox", "[filter][newsletter]") {
  for (const char* line : {
           "Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern.",
           "Don't have time to read every post? Receive a daily list of must-read stories.",
           "Receive the best stories in your inbox every week.",
           "Hol dir die besten Geschichten der Woche in dein Postfach.",
           "Reçois le meilleur de l'actu dans ta boîte mail.",
           "Hackernoon Newsletter curates great stories by real tech professionals",
           "The Morning Newsletter delivers the day's top stories before breakfast.",
           "Unser Newsletter liefert dir jeden Freitag die besten Storys.",
           "La newsletter de la rédaction vous propose chaque matin l'essentiel de l'actualité.",
           "El boletín de la redacción reúne cada mañana las noticias más importantes.",
           "La newsletter della redazione ti porta ogni mattina le notizie più importanti.",
           "A newsletter da redação te traz toda manhã as notícias mais importantes.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "The bank said customers would receive a letter in their inbox within a week.",
           "Her newsletter, which has 40,000 subscribers, covers local politics.",
           "Die Stadt verschickt jede Woche einen Newsletter an die Anwohner, sagte die Sprecherin.",
           "Receive the sacrament with humility, the bishop told the faithful.",
           "The newsletter delivers news to 40,000 homes each week.",
           "Sa newsletter sélectionne les meilleures actualités locales.",
           "A newsletter dela, que tem 40 mil assinantes, cobre a política local.",
           "Der Newsletter bringt Ärger: Die Bürger beschweren sich über die Nachrichten.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a newsletter's title or call with its empty form field", "[filter][newsletter]") {
  for (const char* line : {
           "GET THE BOING BOING NEWSLETTER ____________________",
           "Der Morgen-Newsletter ______________",
           "La lettre du matin ____________ ____________",
           "Boletín diario ______________",
           "La newsletter del mattino ______________",
           "Newsletter diária ________________",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Complete the sentence: the club's newsletter is sent out every ________",
           "Der Newsletter erscheint jeden ________ und kostet nichts.",
           "Name: ____________",
           "____________________",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes sign-up calls in the other person of address", "[filter][newsletter]") {
  for (const char* line : {
           "Melde dich hier für unseren Newsletter an!",
           "Trage dich mit deiner E-Mail-Adresse in die Mailingliste ein.",
           "Abonniere unseren Newsletter und verpasse nichts.",
           "Abonne-toi à notre newsletter.",
           "Regístrese en nuestro boletín semanal.",
           "Si iscriva alla nostra newsletter.",
           "Inscreve-te na nossa newsletter.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Melde dich bei der Polizei, riet ihm der Anwalt.",
           "Trage dich nicht zu sehr mit Sorgen, sagte die Großmutter.",
           "Regístrese el domicilio en el padrón municipal antes de marzo.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a German call that ends on its infinitive, and a call after a longer question",
          "[filter][newsletter]") {
  for (const char* line : {
           "Jetzt den kostenlosen Motorblick-Newsletter abonnieren!",
           "Keinen Test mehr verpassen: Jetzt den kostenlosen Motorblick-Newsletter abonnieren!",
           "Hier den Newsletter bestellen",
           "Einfach Newsletter abonnieren und nichts mehr verpassen: gratis Newsletter sichern!",
           "Love science news? Sign up for the Orbit Daily briefing and get the week's biggest discoveries in your "
           "inbox every Friday.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Die Kunden mussten den Newsletter nach dem Datenleck neu abonnieren.",
           "Wer den Newsletter nicht mehr will, kann ihn jederzeit abbestellen.",
           "Jetzt wollen 40.000 Leser den Newsletter der Stadt abonnieren, sagte der Bürgermeister am Montag.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a call to join a press office's mailing list", "[filter][newsletter]") {
  for (const char* line : {
           "Abonnieren Sie den Presseverteiler der Universität Lindenau und erhalten Sie alle Pressemitteilungen per "
           "E-Mail.",
           "Suscríbete a nuestra lista de distribución para recibir las notas de prensa.",
           "Iscriviti alla nostra mailing list per ricevere i comunicati stampa.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  CHECK_FALSE(filter_removes_in_context("newsletter", "Der Stromverteiler im Keller fiel am Montag aus, sagte der Hausmeister."));
}

TEST_CASE("newsletter removes calls that say what comes on which weekday, and calls to get or join a named list",
          "[filter][newsletter]") {
  for (const char* line : {
           "Sign up for Gearwell Weekly: the best tech deals and reviews, every Friday.",
           "Subscribe to get our top stories every Monday morning.",
           "Abonnez-vous et recevez les meilleures histoires chaque vendredi.",
           "Iscriviti per ricevere le notizie più lette ogni lunedì.",
           "Get the Morning Block in your inbox — one email, five stories, every weekday.",
           "Want every match report in your inbox on a Saturday night? Join the Rovers mailing list",
           "Want fleet news before anyone else? Get the AeroBrief morning briefing — free, weekdays.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Get the kids to school every Friday, the coach told parents.",
           "Join the club's mailing list, the coach said on Friday.",
           "Sign up for the volunteer shifts every Friday at the town hall.",
           "Get the best seats early: the box office opens every Friday at noon.",
           "Every Friday the club sends its best players to the youth camp.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a box whose last sentence is a button or the form's label, and a titled pitch",
          "[filter][newsletter]") {
  for (const char* line : {
           "Our free Healthy Habits newsletter lands every Tuesday. Enter your email address:",
           "Recevez chaque jeudi notre sélection de concerts près de chez vous. Je m'inscris",
           "Ricevi ogni venerdì le notizie della tua città. Iscriviti",
           "Newsletter Essonne Matin : l'essentiel de l'actualité locale chaque jour à 7 h.",
           "Briefing: the top stories, every weekday morning",
           "Newsletter Der Morgen: die wichtigsten Nachrichten aus der Region, jeden Tag um 6 Uhr.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "The council's newsletter was sent to 4,000 homes. Residents said it arrived late.",
           "Newsletter scandal: the author said the best stories came every day.",
           "Recevez-vous chaque jeudi les nouvelles du club ? Beaucoup de membres disent que non.",
           "Newsletters: why publishers keep launching them, and what readers get every day from the best ones "
           "according to a new study of 40 titles",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a call to leave the address with a cadence, a cadence then a call after the colon, and a "
          "newsletter that comes to the reader's inbox",
          "[filter][newsletter]") {
  for (const char* line : {
           // A call to give the address in other words than a form's, with a cadence on the line.
           "Want the week's best car deals every Saturday morning? Drop your email below and we'll do the rest.",
           "Drop your email here and get our top five walks every Friday.",
           "Laissez votre e-mail et recevez chaque lundi nos meilleures adresses.",
           "D\xC3\xA9janos tu correo y te enviamos cada viernes las mejores catas.",
           // What comes on which day, then a call to sign up after the colon.
           "Recevez chaque vendredi nos 5 recettes de saison : inscrivez-vous, c'est gratuit !",
           "Ricevi ogni venerd\xC3\xAC le nostre ricette: iscriviti, \xC3\xA8 gratis!",
           "Receba toda sexta-feira as nossas receitas: inscreva-se, \xC3\xA9 gr\xC3\xA1tis!",
           // A newsletter that comes to the reader's inbox on a cadence, after a lead-in or alone.
           "Kein Spartipp mehr verpassen: Der Stromspiegel-Newsletter kommt jeden Dienstag kostenlos in Ihr Postfach.",
           "Unser Newsletter kommt jeden Freitag in Ihr Postfach.",
           "Our newsletter lands in your inbox every Friday with the week's planning decisions.",
           "La lettre arrive chaque vendredi dans votre bo\xC3\xAEte mail.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "The Stromspiegel newsletter, which comes out every Tuesday, first reported the price rise.",
           "Drop your email address at the front desk, the organisers told visitors.",
           "According to the Energy Digest newsletter, prices rose every Tuesday in May.",
           "Der Branchendienst-Newsletter erscheint jeden Dienstag und berichtete zuerst \xC3\xBC" "ber die Preiserh\xC3\xB6hung.",
           "Recevez-vous chaque vendredi des offres ? Beaucoup de lecteurs disent que non.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter removes a sign-up whose cadence comes to the reader's mail", "[filter][newsletter]") {
  for (const char* line : {
           "\xC2\xBFTe ha gustado? Suscr\xC3\xAD" "bete a Ruta Viva y recibe cada lunes una escapada nueva en tu correo.",
           "Subscribe to Trail Notes and get a new walk every Friday in your email.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  CHECK_FALSE(filter_removes_in_context(
      "newsletter", "Subscribers receive a new walk every Friday by email, the club said in its annual report."));
}

TEST_CASE("newsletter takes a sign-up box whose cadence leads as a clause of its own", "[filter][newsletter]") {
  for (const char* line : {
           "Chaque vendredi, recevez \xC2\xAB Le Tremplin Hebdo \xC2\xBB, l'essentiel de l'actu des start-up. Je "
           "m'inscris",
           "Toda segunda-feira, receba a nossa sele\xC3\xA7\xC3\xA3o de passeios. Inscreva-se",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Chaque vendredi, la r\xC3\xA9" "daction publie un dossier sur les start-up. Je m'inscris",
           "Chaque vendredi, recevez-vous vraiment tant de courriels ? Les lecteurs en doutent.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter takes a prompt after a short lead-in and its colon", "[filter][newsletter]") {
  for (const char* line : {
           "Never miss a match: sign up for our free football newsletter.",
           "Kein Tor mehr verpassen: Abonnieren Sie \xE2\x80\x9E" "Absto\xC3\x9F\xE2\x80\x9C, unseren kostenlosen "
           "Frauenfu\xC3\x9F" "ball-Newsletter \xE2\x80\x93 jeden Montag in Ihrem Postfach.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Her advice: subscribe to a newsletter only if you read it every week, she said.",
           "The plan: sign up 500 members for the club's newsletter by May, the chairman said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter takes a box whose button points on with an arrow, and a weekly email by name",
          "[filter][newsletter]") {
  for (const char* line : {
           "The Towpath Times weekly email: lock news, stoppages and boats for sale, every Friday. Sign up free \xE2\x86\x92",
           "The Ledger newsletter: the week's best reads, every Sunday. Subscribe \xE2\x9E\x9C",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  CHECK_FALSE(filter_removes_in_context(
      "newsletter", "The council's weekly email to residents was cancelled in March, a spokesman said."));
}

TEST_CASE("newsletter takes a German call whose terms follow it after a dash", "[filter][newsletter]") {
  CHECK(filter_removes_in_context("newsletter", "Jetzt den Donaublatt-Newsletter \xE2\x80\x9EWien am Morgen\xE2\x80\x9C "
                                                "abonnieren \xE2\x80\x93 kostenlos, jeden Werktag um 6 Uhr."));
  CHECK(filter_removes_in_context("newsletter", "Hier den Newsletter bestellen \xE2\x80\x93 gratis und jederzeit kündbar"));
  CHECK_FALSE(filter_removes_in_context("newsletter", "Die Kunden mussten den Newsletter neu abonnieren \xE2\x80\x93 das "
                                                      "kostete Zeit, sagte der Sprecher."));
}

TEST_CASE("newsletter takes Québec's 'infolettre' box closed by its 'courriel' field", "[filter][newsletter]") {
  CHECK(filter_removes_in_context("newsletter", "Infolettre \xE2\x9C\x89 Recevez chaque matin les manchettes du "
                                                "Saguenay\xE2\x80\x93Lac-Saint-Jean. Inscrivez votre courriel"));
  CHECK_FALSE(filter_removes_in_context("newsletter", "La ville a envoyé un courriel aux résidents mardi, selon la mairesse."));
}

TEST_CASE("newsletter takes a German box whose button orders the letter", "[filter][newsletter]") {
  for (const char* line : {
           "\xF0\x9F\x93\xAC Der Elbbote-Morgenbrief: werktags um 6 Uhr die wichtigsten Nachrichten aus Hamburg ins "
           "Postfach \xE2\x80\x93 kostenlos bestellen",
           "Der Abendbrief: jeden Freitag alles Wichtige aus Leipzig in Ihr Postfach. Jetzt bestellen",
           "Unser Newsletter kommt jeden Montag in Ihr Postfach. Hier bestellen",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Das Buch erscheint im M\xC3\xA4rz im Verlag Hoffmann und kostet 24 Euro. Hier bestellen",
           "Wer Brennholz braucht, sollte es fr\xC3\xBCh tun, sagt der F\xC3\xB6rster: Im Oktober steigen die "
           "Preise. Jetzt bestellen",
           "Die Gemeinde verschickt den Abendbrief jeden Freitag, kostenlos bestellen kann ihn jeder B\xC3\xBCrger.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter takes a box that offers something to the reader's inbox and asks for their address",
          "[filter][newsletter]") {
  for (const char* line : {
           "Segu\xC3\xAD informado: recib\xC3\xAD los titulares del d\xC3\xAD" "a en tu correo. Ingres\xC3\xA1 tu "
           "email y listo",
           "Recibe los titulares en tu correo. Introduce tu email",
           "Get the day's headlines in your inbox. Enter your email",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Scammers send texts saying 'enter your email' to get into your inbox, the bank said.",
           "El banco pide a sus clientes que nunca escriban su correo en enlaces sospechosos: \xC2\xAB" "Introduce tu "
           "email\xC2\xBB es la frase t\xC3\xADpica de la estafa, dijo la polic\xC3\xAD" "a.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("subscribe takes a call to get the news by message whose keyword is quoted", "[filter][subscribe]") {
  for (const char* line : {
           "\xF0\x9F\x93\xB2 Reciba las noticias de Antioquia Al D\xC3\xAD" "a en su WhatsApp: escriba \xC2\xAB" "Hola"
           "\xC2\xBB al 300 555 0198",
           "Get our headlines on WhatsApp: write \"news\" to 071 555 0193",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "La polic\xC3\xAD" "a pidi\xC3\xB3 por WhatsApp que los testigos escriban \xC2\xAB" "urgente\xC2\xBB al 300 "
           "555 0198.",
           "Police asked witnesses to write \"urgent\" on WhatsApp to 071 555 0193.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("newsletter takes a box whose button names the newsletter after its verb", "[filter][newsletter]") {
  for (const char* line : {
           "L'essentiel de Gen\xC3\xA8ve chaque matin \xC3\xA0 7 h dans votre bo\xC3\xAEte mail. Je m'inscris \xC3\xA0 "
           "la newsletter",
           "The best of the week in your inbox every Friday. Sign up to our newsletter",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  CHECK_FALSE(filter_removes_in_context(
      "newsletter", "Residents who want the council's newsletter can sign up to the newsletter at the town hall."));
}

TEST_CASE("newsletter takes a blog's call to get its new posts by email", "[filter][newsletter]") {
  for (const char* line : {
           "Recibe las nuevas entradas por correo", "Get new posts by email", "Receive new posts by email",
           "Recevez les nouveaux articles par courriel", "Receba os novos posts por e-mail",
           "Neue Beitr\xC3\xA4ge per E-Mail erhalten", "Ricevi i nuovi articoli via email",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Get the articles by email, the clerk said",
           "Receive new posts from the front by field telephone",
           "Les nouveaux articles du code du travail sont entr\xC3\xA9s en vigueur par d\xC3\xA9" "cret",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("newsletter takes a columnist's or a food blog's call to get new pieces by email, with a promise after a "
          "dash, and a box closed by its French button", "[filter][newsletter]") {
  for (const char* line : {
           "Receba as cr\xC3\xB4nicas de domingo por e-mail \xE2\x80\x94 de gra\xC3\xA7" "a, sem spam, prometo.",
           "Get new recipes by email \xE2\x80\x94 free, no spam",
           "Chaque jeudi, nos recettes de saison, nos bons plans et nos coups de c\xC5\x93ur dans votre bo\xC3\xAEte mail "
           "\xE2\x86\x92 Je m'inscris \xC3\xA0 la newsletter",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {
           "Recibe las nuevas entradas por correo \xE2\x80\x94 y el alcalde dijo que no",
           "Get the digest of the report from the council's website.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
}

TEST_CASE("the River Plate's voseo: sign-up, comment, log-in and related calls", "[filter][voseo]") {
  CHECK(filter_removes_in_context("newsletter", "Suscribite a nuestro newsletter"));
  CHECK(filter_removes_in_context("newsletter", "Suscribite al newsletter de Pista y Tramo y recib\xC3\xAD los "
                                                "resultados de cada fecha en tu correo."));
  CHECK(filter_removes_in_context("comment-policy", "Dej\xC3\xA1 tu comentario"));
  CHECK(filter_removes_in_context("paywall", "Registrate gratis para leer la nota completa"));
  CHECK(filter_removes_in_context("related", "Le\xC3\xA9 tambi\xC3\xA9n: El TC vuelve a R\xC3\xADo Cuarto"));
  // The same verbs in a report stay.
  CHECK_FALSE(filter_removes_in_context("newsletter", "Suscribite: el club explic\xC3\xB3 que la cuota no cambiar\xC3\xA1 "
                                                      "este a\xC3\xB1o."));
  CHECK_FALSE(filter_removes_in_context("paywall", "Registrate: as\xC3\xAD funciona el nuevo padr\xC3\xB3n de votantes "
                                                   "del municipio, explic\xC3\xB3 el intendente."));
  CHECK_FALSE(filter_removes_in_context("comment-policy", "Dej\xC3\xA1 tu comentario en la urna, dijo el intendente a "
                                                          "los vecinos que llenaron el sal\xC3\xB3n municipal el martes."));
}
