// cookie: consent notices and buttons go; reporting about cookie rules stays.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("cookie removes consent notices and buttons", "[filter][cookie]") {
  for (const char* line : {
           "We use cookies to give you the best experience on our website.",
           // A blog host's notice under its title.
           "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their "
           "use.",
           "Privacy and Cookies: we use cookies to count visits. Find out more in our policy.",
           // A notice that lists every purpose and both policies runs past sixty words.
           "We use cookies and similar technologies to run this site, remember your settings, measure how "
           "readers use our pages, show you content and advertising that suit you and learn which of our "
           "campaigns work. To find out more or to change your choices at any time, please read our Cookie "
           "Policy. Please also read our Privacy Policy, which was updated this year.",
           "This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies.",
           "Accept all cookies",
           "Cookie settings",
           "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
           "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.",
           "Nous utilisons des cookies pour améliorer votre expérience.",
           "Este site utiliza cookies para melhorar a sua experiência.",
           "Utilizziamo i cookie per personalizzare contenuti e annunci.",
           "Alle akzeptieren",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie keeps reporting about cookies", "[filter][cookie]") {
  for (const char* line : {
           "The regulator fined the newspaper 50,000 euros over its cookie policy, which it said misled readers.",
           "We used to bake cookies every Sunday, she recalled.",
           "Cookie banners have become a fixture of European websites since the law took effect.",
           "La CNIL a sanctionné le site pour ses cookies publicitaires déposés sans consentement.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie removes a consent banner's buttons in every language, role for role", "[filter][cookie]") {
  for (const char* line : {
           "Alle Cookies akzeptieren", "Aceptar todas las cookies", "Accepter tous les cookies",
           "Aceitar todos os cookies", "Accetta tutti i cookie", "Configuración de cookies",
           "Paramètres des cookies", "Configurações de cookies", "Impostazioni dei cookie", "Accetta tutto",
           "Rifiuta tutto", "Continuer sans accepter", "Nur notwendige Cookies", "Reject all cookies",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie removes a row of a banner's buttons", "[filter][cookie]") {
  for (const char* line : {
           "ACEPTAR   CONFIGURAR", "Accept   Settings", "Accept all | Reject all | Settings",
           "Alle akzeptieren  Einstellungen", "Tout accepter\tPersonnaliser", "Aceitar  Saiba mais",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie keeps rows without a consent button and sentences with the words", "[filter][cookie]") {
  for (const char* line : {
           // Side buttons alone are any menu's.
           "Settings   Options", "Einstellungen | Details",
           // A row must be the buttons and nothing else.
           "Accept   the offer, the union told its members",
           "Aceptar  la propuesta sería un error, dijo el alcalde.",
           "The board voted to accept all of the recommendations in the report.",
           "Il sindaco ha deciso di rifiutare tutto il pacchetto di misure.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie removes a consent manager's long banner text, pointers to the site's policy and spaced button rows",
          "[filter][cookie]") {
  for (const char* line : {
           "Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese "
           "Website und Ihre Erfahrung zu verbessern. Wenn Sie unter 16 Jahre alt sind und Ihre Zustimmung zu "
           "freiwilligen Diensten geben möchten, müssen Sie Ihre Erziehungsberechtigten um Erlaubnis bitten. Wir "
           "verwenden Cookies und andere Technologien auf unserer Website. Einige von ihnen sind essenziell, während "
           "andere uns helfen, diese Website und Ihre Erfahrung zu verbessern. Personenbezogene Daten können "
           "verarbeitet werden (z. B. IP-Adressen), z. B. für personalisierte Anzeigen und Inhalte oder Anzeigen- und "
           "Inhaltsmessung. Weitere Informationen über die Verwendung Ihrer Daten finden Sie in unserer "
           "Datenschutzerklärung. Sie können Ihre Auswahl jederzeit unter Einstellungen widerrufen oder anpassen.",
           "We use cookies on our website. Some of them are essential, while others help us to improve this website "
           "and your experience. Personal data may be processed (e.g. IP addresses), for example for personalized ads "
           "and content or ad and content measurement. You can find more information about the use of your data in "
           "our privacy policy. You can revoke or adjust your selection at any time under Settings. We use cookies "
           "and other technologies on our website; some of them are essential for the website to work at all.",
           "Weitere Informationen zu Cookies erhalten Sie in unserer Datenschutzerklärung",
           "For more information about cookies, please see our privacy policy",
           "Más información sobre las cookies en nuestra política de cookies.",
           "Pour en savoir plus sur les cookies, consultez notre politique de confidentialité.",
           "Per saperne di più sui cookie leggi la nostra cookie policy.",
           "Para mais informações sobre cookies, consulte a nossa política de privacidade.",
           "Datenschutzerklärung Zulassen Ablehnen",
           "Privacy Policy Accept Reject",
           "Accept Reject Settings",
           "Aceptar Rechazar Configuración",
           "Tout accepter Tout refuser",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  for (const char* line : {
           "The regulator said sites must explain cookies in their privacy policy.",
           "Accept or reject?",
           "Privacy",
           "We use cookies in the kitchen every day: our grandmother baked them, and the recipe came with her from "
           "Vienna in 1938 along with a tin box, a rolling pin and a handwritten notebook that the family still keeps "
           "in a drawer beside the stove. Nobody else may open it. The notebook lists forty kinds, from almond crescents "
           "to vanilla stars, and each page carries a date, the name of whoever baked that batch and a note on how it "
           "turned out, which makes it a diary of the family as much as a book of recipes for the holidays.",
           "Der Datenschutzbeauftragte will die Cookies der Behörde prüfen, sagte er am Montag in Berlin.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie removes a French notice that names trackers ('traceurs') for cookies", "[filter][cookie]") {
  for (const char* line : {
           "Ce site utilise des traceurs pour mesurer sa fréquentation et vous proposer des contenus adaptés. "
           "Tout accepter – Personnaliser",
           "Nous utilisons des traceurs pour améliorer votre expérience et mesurer l'audience.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  for (const char* line : {
           "Les traceurs GPS posés sur les tortues ont permis de suivre leur migration.",
           "Ce site utilise des traceurs radioactifs pour suivre la pollution, a déclaré le chercheur.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie removes a consent notice of the site and its partners that says no cookie", "[filter][cookie]") {
  for (const char* line : {
           "We and our 212 partners store and access information on your device. Tap \"Agree\" to continue or "
           "\"Manage options\" to choose.",
           "We and our partners store and/or access information on a device, such as unique IDs, to show you "
           "personalised ads.",
           "Wir und unsere 143 Partner speichern Informationen auf Ihrem Ger\xC3\xA4t und greifen darauf zu.",
           "Nous et nos partenaires stockons des informations sur votre appareil et y acc\xC3\xA9" "dons.",
           "Nosotros y nuestros socios almacenamos informaci\xC3\xB3n en tu dispositivo.",
           "Noi e i nostri partner archiviamo informazioni su un dispositivo.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  for (const char* line : {
           "We and our partners in the valley store grain on the farm until prices rise.",
           "We and our partners found malware on your device, the security firm told customers.",
           "Nous et nos partenaires avons livr\xC3\xA9 les colis, a d\xC3\xA9" "clar\xC3\xA9 le directeur.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie takes a notice after a greeting, and the German, Spanish, Portuguese and Italian notices of the "
          "site and its partners", "[filter][cookie]") {
  for (const char* line : {
           "Kia ora! We use cookies so the site works properly and to understand how you use it. Continuing means "
           "you're OK with that.  GOT IT",
           "Hello! We use cookies to improve your experience.",
           "Cheers! This site uses cookies. Learn more",
           "Wir und unsere Partner verwenden Cookies und vergleichbare Technologien, um Inhalte zu personalisieren "
           "und Zugriffe zu analysieren. Mit \xE2\x80\x9E" "Alle akzeptieren\xE2\x80\x9C stimmen Sie dem zu.",
           "Noi e i nostri partner utilizziamo cookie per personalizzare i contenuti.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  for (const char* line : {
           "Wow! We use cookies in our kitchen every day, the baker said.",
           "Hello! The bakery on Main Street sells cookies and cakes until noon.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie takes a notice that opens by valuing the reader's privacy", "[filter][cookie]") {
  for (const char* line : {
           "We value your privacy. We and our partners use technologies such as cookies to store and access personal "
           "data on your device. [I ACCEPT]  [MORE OPTIONS]",
           "Your privacy is important to us. This site uses cookies to analyse traffic.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  for (const char* line : {
           "We value your privacy, the company said, and it has never sold a customer's data or cookies to anyone.",
           "We value your privacy as much as our cookies, jokes the bakery's sign.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie takes a banner that opens on the site's name, on its partners or on the reader's consent, when it "
          "speaks a banner's words", "[filter][cookie]") {
  for (const char* line : {
           "Towpath Times uses cookies to make this site work and, with your permission, to show you relevant adverts. "
           "Accept all \xC2\xB7 Reject non-essential \xC2\xB7 Manage preferences",
           "Ihre Privatsph\xC3\xA4re ist uns wichtig. Wir und unsere 187 Partner speichern und verarbeiten Daten wie "
           "Cookies, um Inhalte und Anzeigen zu personalisieren. Alle akzeptieren | Zwecke anzeigen",
           "Avec votre accord, nos partenaires et nous utilisons des cookies pour stocker des informations sur votre "
           "visite sur ce site. [Accepter & fermer] [Param\xC3\xA9trer]",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  for (const char* line : {
           "Tesco uses cookies and loyalty cards to track shoppers, the report found.",
           "Wir und unsere Kinder backen Cookies jeden Sonntag, erz\xC3\xA4hlt die Mutter.",
           "The Bakery uses cookies from the family farm, the owner said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie takes a notice after a banner's title sentence that says cookie", "[filter][cookie]") {
  CHECK(filter_removes_in_context("cookie", "Your choices regarding cookies on this site. We use cookies to optimise "
                                            "site functionality and give you the best possible experience. ACCEPT ALL | "
                                            "SETTINGS"));
  CHECK_FALSE(filter_removes_in_context("cookie", "Cookies were on sale. We use the proceeds to fund the school trip, "
                                                  "the head teacher said."));
}

TEST_CASE("cookie takes a notice after a title asking for consent, and the site's name joined to its partners",
          "[filter][cookie]") {
  for (const char* line : {
           "We value your privacy. Penwith Tide and our 142 partners use cookies to personalise ads and measure "
           "audiences. You can accept, reject or manage your choices at any time. ACCEPT ALL \xC2\xB7 REJECT ALL",
           "Wir brauchen Ihre Zustimmung! Wir und unsere Partner nutzen Cookies und vergleichbare Technologien, um "
           "Inhalte zu personalisieren und Reichweiten zu messen. Alle akzeptieren | Einstellungen",
           "Le Courrier et ses 250 partenaires utilisent des cookies pour mesurer l'audience et personnaliser la "
           "publicité. Accepter | Paramétrer",
           "Necesitamos tu consentimiento. Nosotros y nuestros socios usamos cookies para personalizar la publicidad. "
           "Aceptar | Configurar",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  // A title's own words do not make the sentence after it a banner's, and a firm and its
  // partners using cookies is news.
  for (const char* line : {
           "Wir brauchen Ihre Zustimmung! Wir und unsere Kinder backen Cookies für den Basar.",
           "Tesco and our partners use cookies in stores too, the report found.",
           "Ford and its partners use cookies and sensors in cars, the regulator said in a statement on Monday.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie takes a notice opening on 'Este website'", "[filter][cookie]") {
  CHECK(filter_removes_in_context("cookie",
                                  "Este website utiliza cookies para melhorar a sua experi\xC3\xAAncia de navega\xC3\xA7\xC3\xA3o. "
                                  "Ao continuar a navegar, est\xC3\xA1 a consentir a sua utiliza\xC3\xA7\xC3\xA3o. Saber mais  OK"));
  CHECK(filter_removes_in_context("cookie", "Este sitio web utiliza cookies para mejorar tu experiencia. Aceptar"));
  CHECK_FALSE(filter_removes_in_context("cookie", "Este website da padaria vende cookies caseiros desde 2015."));
}

TEST_CASE("cookie takes a notice after a privacy or cookie title set off by a dash", "[filter][cookie]") {
  for (const char* line : {
           "Datenschutz-Einstellungen \xE2\x80\x94 Wir und unsere Partner verwenden Cookies, um Inhalte und Werbung zu "
           "personalisieren. Akzeptieren | Einstellungen",
           "Cookie-Hinweis \xE2\x80\x93 Wir und unsere Partner speichern Cookies auf Ihrem Gerät, um Werbung zu "
           "personalisieren. Akzeptieren",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  CHECK_FALSE(filter_removes_in_context("cookie", "Datenschutz \xE2\x80\x94 Wir und unsere Kinder backen Cookies für den Basar."));
}

TEST_CASE("cookie takes the partners' consent notice past its title, and one that processes personal data",
          "[filter][cookie]") {
  for (const char* line : {
           "We value your privacy. We and our 214 partners store and access information on your device to "
           "personalise ads and content and to measure audiences. Manage options | Accept all",
           "Datenschutz-Einstellungen \xE2\x80\x94 Wir und unsere 97 Partner verarbeiten Daten wie Ihre IP-Adresse, um "
           "Inhalte und Werbung zu personalisieren. Akzeptieren | Einstellungen",
           "We and our partners process personal data such as your IP address to personalise ads. Accept | Reject",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  for (const char* line : {
           "We value your privacy. Our partners store data about you, the regulator said.",
           "Wir und unsere Partner verarbeiten personenbezogene Daten von zwei Millionen Kunden, sagte der Vorstand.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie takes the partners' notice opened by the site's name, past a title set off by a dash",
          "[filter][cookie]") {
  CHECK(filter_removes_in_context("cookie", "We value your privacy \xE2\x80\x94 Tweedside Courier and our 14 partners "
                                            "store and/or access information on your device. Manage options | Accept all"));
  CHECK(filter_removes_in_context("cookie", "Le Courrier et ses 250 partenaires stockent et acc\xC3\xA8" "dent \xC3\xA0 "
                                            "des informations sur votre appareil."));
  CHECK_FALSE(filter_removes_in_context(
      "cookie", "Tweedside Farms and its partners store grain in silos across the Borders, the company said."));
}

TEST_CASE("cookie takes a notice opening on the click that consents, in the six languages", "[filter][cookie]") {
  for (const char* line : {
           "En cliquant sur \xC2\xAB Accepter \xC2\xBB, vous consentez au d\xC3\xA9p\xC3\xB4t de cookies \xC3\xA0 des "
           "fins de mesure d'audience et de publicit\xC3\xA9 personnalis\xC3\xA9" "e. Accepter / Refuser / "
           "Param\xC3\xA9trer",
           "Al hacer clic en \xC2\xAB" "Aceptar\xC2\xBB consientes el uso de cookies.",
           "Cliccando su \xC2\xAB" "Accetta\xC2\xBB acconsenti all'uso dei cookie.",
           "Mit dem Klick auf \xC2\xAB" "Akzeptieren\xC2\xBB stimmen Sie der Verwendung von Cookies zu.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  for (const char* line : {
           "En cliquant sur le lien, les lecteurs d\xC3\xA9" "couvrent que le site d\xC3\xA9pose des cookies "
           "publicitaires, selon la Cnil.",
           "Cliccando sul link, i lettori scoprivano i biscotti della nonna.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie takes an embed held back until the reader accepts its cookies", "[filter][cookie]") {
  for (const char* line : {
           "Ce contenu Facebook ne peut pas s'afficher car vous avez refus\xC3\xA9 les cookies des r\xC3\xA9seaux "
           "sociaux. Modifier mes pr\xC3\xA9" "f\xC3\xA9rences",
           "Questo contenuto di Instagram non \xC3\xA8 visualizzabile perch\xC3\xA9 non hai dato il consenso ai cookie "
           "di terze parti. Modifica le preferenze",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  CHECK_FALSE(filter_removes_in_context("cookie", "This content about cookies was produced with the bakery's support."));
  CHECK_FALSE(filter_removes_in_context("cookie", "Ce contenu a \xC3\xA9t\xC3\xA9 retir\xC3\xA9 apr\xC3\xA8s la plainte d'un lecteur."));
}

TEST_CASE("cookie takes an embed's consent notice closed by the button that changes the reader's choice",
          "[filter][cookie]") {
  CHECK(filter_removes_in_context("cookie", "Vous devez accepter les cookies de r\xC3\xA9seaux sociaux pour voir cette "
                                            "vid\xC3\xA9o. Modifier mes pr\xC3\xA9" "f\xC3\xA9rences"));
  CHECK_FALSE(filter_removes_in_context(
      "cookie", "Les clients doivent accepter les cookies du boulanger, a dit le juge. Modifier mes pr\xC3\xA9"
                "f\xC3\xA9rences n'est pas possible."));
}

TEST_CASE("cookie takes a consent notice past its title set off by a colon", "[filter][cookie]") {
  for (const char* line : {
           "Vos choix concernant les cookies : avec votre accord, nos partenaires et nous utilisons des traceurs "
           "pour mesurer l'audience et vous proposer des publicit\xC3\xA9s adapt\xC3\xA9" "es. Param\xC3\xA9trer | Tout accepter",
           "Cookies : avec votre accord, nous utilisons des traceurs pour mesurer l'audience. Accepter | Refuser",
           "Cookies: with your consent, we use cookies to measure our audience and show you relevant ads. Accept | Manage",
           "Datenschutz: Mit Ihrer Zustimmung verwenden wir Cookies, um die Reichweite zu messen. Akzeptieren | "
           "Einstellungen",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  for (const char* line : {
           "Cookies: with your consent, the bakery said, the recipe will be shared with schools.",
           "Galletas: con su consentimiento, la panader\xC3\xAD" "a repartir\xC3\xA1 cookies en las escuelas del barrio.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie takes a notice opened by the site calling itself 'this blog'", "[filter][cookie]") {
  CHECK(filter_removes_in_context("cookie", "Este blog usa cookies propias y de terceros (s\xC3\xAD, de las que no se "
                                            "comen). Si sigues navegando, asumimos que te parece bien. Aceptar"));
  CHECK(filter_removes_in_context("cookie", "This blog uses cookies. By continuing to browse you accept them. OK"));
  CHECK_FALSE(filter_removes_in_context("cookie", "Este blog usa cookies de chocolate en sus recetas de Navidad."));
}

TEST_CASE("cookie takes a notice past a title set off by the cookie's pictograph", "[filter][cookie]") {
  CHECK(filter_removes_in_context("cookie", "Vos donn\xC3\xA9" "es, votre choix \xF0\x9F\x8D\xAA Avec votre accord, nous et "
                                            "nos 143 partenaires utilisons des cookies pour mesurer l'audience et vous "
                                            "proposer des publicit\xC3\xA9s adapt\xC3\xA9" "es. [Accepter] [Refuser]"));
  CHECK_FALSE(filter_removes_in_context("cookie", "Les biscuits, c'est mon choix \xF0\x9F\x8D\xAA Avec votre accord, dit la "
                                                  "boulang\xC3\xA8re, je vous en offre un."));
}

TEST_CASE("cookie takes a notice that names the page as the site, with its verb of use",
          "[filter][cookie]") {
  for (const char* line : {
           "Diese Seite verwendet nur technisch notwendige Cookies. Details im Datenschutzhinweis. [Verstanden]",
           "Diese Seite verwendet Cookies.",
           "Questa pagina utilizza solo cookie tecnici.",
           "Cette page utilise des cookies de mesure d'audience.",
           "This page uses cookies to remember your settings.",
           "Esta p\xC3\xA1gina utiliza cookies para melhorar a sua experi\xC3\xAAncia.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  for (const char* line : {
           "Diese Seite des Streits um Cookies und Kuchen zeigt, wie die B\xC3\xA4" "ckerei denkt.",
           "This page uses a recipe for cookies that her grandmother wrote down in 1952, she said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("cookie reads Quebec's 'témoins de navigation', what the cookies count, and a video held back for them",
          "[filter][cookie]") {
  for (const char* line : {
           "Nous utilisons des t\xC3\xA9moins de navigation pour am\xC3\xA9liorer votre exp\xC3\xA9rience sur notre site. "
           "Accepter \xC2\xB7 Refuser \xC2\xB7 En savoir plus",
           "This blog uses cookies to count readers and keep the comments working. Grand, carry on | Let me choose",
           "This video is hosted on YouTube. Accept marketing cookies to watch it here, or open it on youtube.com.",
           "Dieses Video wird von YouTube bereitgestellt. Akzeptieren Sie die Marketing-Cookies, um es anzusehen.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  for (const char* line : {
           "Les t\xC3\xA9moins de navigation ont \xC3\xA9t\xC3\xA9 interrog\xC3\xA9s par la police.",
           "This video about cookies was filmed at the bakery last spring.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}
