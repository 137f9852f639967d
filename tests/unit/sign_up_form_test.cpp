// sign-up-form: a sign-up form's field labels and fine print go; prose about e-mail and about
// unsubscribing stays.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("sign-up-form removes a form's field labels, with or without their button", "[filter][sign-up-form]") {
  for (const char* line : {
           "Enter your email address  Subscribe", "Your email address", "Email address", "Enter your email Sign up",
           "Ihre E-Mail-Adresse", "E-Mail-Adresse eingeben Abonnieren", "Introduce tu correo electrónico",
           "Tu email Suscribirse", "Votre adresse e-mail", "Saisissez votre adresse e-mail Je m'abonne",
           "Inserisci la tua email", "La tua email Iscriviti", "Insira o seu e-mail", "Seu e-mail Enviar",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("sign-up-form", line));
  }
}

TEST_CASE("sign-up-form removes a form's fine print addressed to the reader", "[filter][sign-up-form]") {
  for (const char* line : {
           "By signing up you agree to our Privacy Policy. You can unsubscribe at any time.",
           "You may unsubscribe at any time using the link in our emails.",
           "Sie können den Newsletter jederzeit abbestellen.",
           "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.",
           "Puedes darte de baja en cualquier momento.",
           "Al suscribirte, aceptas nuestra política de privacidad.",
           "Vous pouvez vous désinscrire à tout moment via le lien en bas de chaque e-mail.",
           "En vous inscrivant, vous acceptez notre politique de confidentialité.",
           "Puoi cancellarti in qualsiasi momento.",
           "Iscrivendoti accetti l'informativa sulla privacy.",
           "Pode cancelar a subscrição a qualquer momento.",
           "Ao se inscrever, você concorda com a nossa política de privacidade.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("sign-up-form", line));
  }
}

TEST_CASE("sign-up-form keeps prose about e-mail, forms and unsubscribing", "[filter][sign-up-form]") {
  for (const char* line : {
           "Customers can unsubscribe at any time, the company said.",
           "Customers can unsubscribe at any time.",
           "Kunden können den Vertrag jederzeit abbestellen.",
           "Los clientes pueden darse de baja en cualquier momento.",
           "Les abonnés peuvent se désinscrire à tout moment.",
           "Os clientes podem cancelar a subscrição quando quiserem.",
           "Users who want to unsubscribe at any time should be able to, according to the regulator.",
           "\"You can unsubscribe at any time\" is printed under every newsletter, the study found.",
           "Her email address was found in the leaked database.",
           "Police asked for his name and email address before releasing him.",
           "Kunden können das Abo jederzeit kündigen, sagte eine Sprecherin.",
           "Los usuarios pueden darse de baja, según la empresa.",
           "Le correspondant a donné son adresse e-mail aux enquêteurs.",
           "L'indirizzo email del sindaco era pubblico.",
           "O seu e-mail foi usado em centenas de fraudes, disse a polícia.",
           "Email",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("sign-up-form", line));
  }
}

TEST_CASE("sign-up-form removes German fine print with its verb's particle last", "[filter][sign-up-form]") {
  for (const char* line : {
           "Mit der Anmeldung stimmen Sie unseren Nutzungsbedingungen und der Datenschutzerklärung zu.",
           "Mit Ihrer Anmeldung erklären Sie sich mit der Datenschutzerklärung einverstanden.",
           "Mit der Registrierung stimmen Sie den AGB zu.",
           "Mit deiner Anmeldung stimmst du unseren Nutzungsbedingungen zu.",
           "Mit dem Absenden akzeptieren Sie die Datenschutzbestimmungen.",
           "En vous abonnant, vous acceptez nos conditions d'utilisation.",
           "Al suscribirse, acepta nuestra política de privacidad.",
           "Registrandoti accetti i termini di servizio.",
           "Ao se cadastrar, você concorda com os termos de uso.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("sign-up-form", line));
  }
}

TEST_CASE("sign-up-form removes a form's validation messages in six languages", "[filter][sign-up-form]") {
  for (const char* line : {
           "Please enter a valid email address", "This field is required.",
           "Bitte geben Sie eine gültige E-Mail-Adresse ein.", "Dieses Feld ist ein Pflichtfeld",
           "Por favor, introduce un correo electrónico válido.", "Este campo es obligatorio",
           "Veuillez saisir une adresse e-mail valide.", "Ce champ est obligatoire.",
           "Inserisci un indirizzo email valido", "Questo campo è obbligatorio",
           "Insira um endereço de e-mail válido.", "Este campo é obrigatório",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("sign-up-form", line));
  }
}

TEST_CASE("sign-up-form removes name fields and required-field notes in six languages", "[filter][sign-up-form]") {
  for (const char* line : {"Prénom", "Nom de famille", "Apellidos", "Cognome", "Sobrenome",
                           "Pflichtfelder sind mit * gekennzeichnet", "Entrez votre adresse e-mail Valider"}) {
    INFO(line);
    CHECK(filter_removes_in_context("sign-up-form", line));
  }
}

TEST_CASE("sign-up-form keeps prose about sign-ups, consent and invalid addresses", "[filter][sign-up-form]") {
  for (const char* line : {
           "Mit der Anmeldung stimmen Sie nicht automatisch allen Bedingungen zu, sagte die Verbraucherschützerin.",
           "Die Anmeldung zum Marathon ist bis Freitag möglich.",
           "Mit der Anmeldung beginnt für viele Eltern die Suche nach einem Kitaplatz.",
           "Die Polizei fand eine ungültige E-Mail-Adresse im Bewerbungsschreiben.",
           "Dieses Feld ist seit Jahren nicht mehr bestellt worden.",
           "Este campo es obligatorio para todos los alumnos, según el ministerio.",
           "Ce champ est obligatoire pour la culture du blé, selon l'agriculteur.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("sign-up-form", line));
  }
}

TEST_CASE("sign-up-form finds fine print that holds a stem anywhere in the line, not only at its opening", "[filter][sign-up-form]") {
  for (const char* line : {"Your address stays with us. By clicking subscribe you agree to our terms.",
                           "Kein Spam, versprochen: Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung."}) {
    INFO(line);
    CHECK(filter_removes_in_context("sign-up-form", line));
  }
}

TEST_CASE("sign-up-form takes a line holding an e-mail field as a text browser prints it", "[filter][sign-up-form]") {
  for (const char* line : {
           "New posts straight to your inbox, no spam, never more than twice a week: [ your email ] Sign me up",
           "Your email: [__________] [Subscribe]", "Newsletter [ E-Mail-Adresse ] Anmelden",
           "Recevez nos articles [ votre courriel ] OK",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("sign-up-form", line));
  }
  for (const char* line : {
           "He wrote [the email] in 2019, the court heard.",
           "The court's ruling [PDF] was published on Tuesday.",
           "E-Mail: [email protected]", "* [mail.svg]",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("sign-up-form", line));
  }
}
