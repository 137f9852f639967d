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
