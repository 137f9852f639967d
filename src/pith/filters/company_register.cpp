// company-register: a footer line that gives a company's or a charity's register or tax number
// after its label (the labels of the six languages' registers and tax offices: VAT, P.IVA,
// USt-IdNr., HRB, CIF/NIF, SIRET/RCS, NIPC/CNPJ; a registered charity's number; a periodical's
// entry in the press register: ERC, ROC, depósito legal, CPPAP), short and with no reported
// speech, so a sentence about a company's tax number stays.
#include "pith/filters/company_register.h"

#include <cstdint>

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A footer's legal line runs to a few dozen words at most.
constexpr std::size_t k_max_words = 30;
constexpr std::size_t k_max_bytes = 200;
/// A register or tax number has this many digits at least ("HRB 12345"; a VAT number has more).
constexpr std::size_t k_min_digits = 5;
/// The number follows its label within this many bytes ("P.IVA e C.F. 01234560178").
constexpr std::size_t k_number_reach = 24;

/// Labels of register and tax numbers (lower case; matched as whole words, case-insensitively).
constexpr std::string_view k_labels[] = {
    // en
    "vat no", "vat no.", "vat number", "vat reg", "vat reg.", "vat registration", "vat id", "company no",
    "company no.", "company number", "registered number", "registered in england", "company registration",
    // A charity's register (England and Wales, Scotland) and a US nonprofit's tax number.
    "registered charity", "charity no", "charity no.", "charity number", "charity reg", "charity registration",
    "scottish charity", "tax id", "federal tax id",
    // de
    "ust-idnr", "ust-idnr.", "ust-id", "ust.-idnr.", "ust-id-nr.", "umsatzsteuer-identifikationsnummer",
    "steuernummer", "hrb", "hra", "handelsregister", "registergericht",
    // Austria's company register (Firmenbuch): "FN 287311k".
    "fn", "firmenbuchnummer", "firmenbuch",
    // es
    "cif", "c.i.f.", "nif", "n.i.f.", "registro mercantil",
    // Latin America's tax numbers (Colombia's NIT, Peru's RUC, Chile's RUT, Mexico's RFC) and
    // Argentina's register of works (DNDA), which its news sites' footers print.
    "nit", "ruc", "rut", "rfc", "registro dnda", "dnda", "registro de la propiedad intelectual",
    // fr
    "siret", "siren", "rcs", "tva intracommunautaire", "n° tva", "numéro de tva",
    // Belgium's company number (the BCE's, also the VAT number) and Switzerland's business
    // identification number (UID; IDE in French, IDI in Italian: "CHE-112.458.903").
    "n° d'entreprise", "numéro d'entreprise", "bce", "tva be", "ondernemingsnummer", "uid", "ide", "idi",
    "uid-nr", "uid-nr.", "mwst-nr", "mwst-nr.",
    // A company's share capital after its legal form, as French, Spanish and Italian law ask a
    // company's papers to state it ("SAS au capital de 50 000 €"); the form keeps out a report
    // that a firm raised its capital.
    "sa au capital de", "sas au capital de", "sasu au capital de", "sarl au capital de", "eurl au capital de",
    "sas au capital social de", "sarl au capital social de", "s.l. capital social", "s.a. capital social",
    "s.p.a. capitale sociale", "s.r.l. capitale sociale", "spa capitale sociale", "srl capitale sociale",
    // it
    "p.iva", "p. iva", "p.i.", "partita iva", "c.f.", "codice fiscale", "registro imprese", "rea",
    // pt
    "nipc", "cnpj", "nif/nipc", "conservatória do registo comercial",
    // A periodical's entry in the press regulator's or the state's register, which the press laws
    // of Portugal (ERC), Italy (ROC, the court's register), Spain (legal deposit) and France
    // (CPPAP) ask a news site's footer to print.
    "registo erc", "registo na erc", "registado na erc", "registada na erc", "inscrição na erc", "iscrizione roc",
    "registro roc", "registrazione tribunale", "reg. trib.", "depósito legal", "deposito legal", "cppap",
    "commission paritaire",
};

/// The longest label, in bytes.
constexpr std::size_t k_max_label_bytes = 40;


/// True when a label ends, as a whole word, within k_number_reach bytes before `at` in `text`.
bool label_before(std::string_view text, std::size_t at) {
  std::size_t from = at > k_number_reach + k_max_label_bytes ? at - (k_number_reach + k_max_label_bytes) : 0;
  // The window in ASCII lower case, on the stack: most lines reach here never.
  char buffer[k_number_reach + k_max_label_bytes];
  std::size_t size = at - from;
  for (std::size_t i = 0; i < size; ++i) {
    char c = text[from + i];
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  std::string_view window(buffer, size);
  // A label opens a word: compared at each word's start, first byte first.
  for (std::size_t word = 0; word < size; ++word) {
    bool opens = word > 0 ? !shape::is_word_byte(window[word - 1]) : (from == 0 || !shape::is_word_byte(text[from - 1]));
    if (!opens || !shape::is_word_byte(window[word])) continue;
    for (std::string_view label : k_labels) {
      if (label[0] != window[word] || !window.substr(word).starts_with(label)) continue;
      std::size_t end = word + label.size();
      bool end_ok = end == size || !shape::is_word_byte(window[end]) || label.back() == '.';
      if (end_ok && size - end <= k_number_reach) return true;
    }
  }
  return false;
}

/// True when `text` holds a number of k_min_digits digits or more (spaces, dots, slashes and
/// dashes may sit between them: "123 456 789", "12.345.678/0001-90") with a label right before it.
bool has_labelled_number(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (!shape::is_ascii_digit(text[i])) {
      ++i;
      continue;
    }
    std::size_t start = i, digits = 0;
    while (i < text.size()) {
      char c = text[i];
      bool inner = (c == ' ' || c == '.' || c == '/' || c == '-') && i + 1 < text.size() && shape::is_ascii_digit(text[i + 1]);
      if (!shape::is_ascii_digit(c) && !inner) break;
      digits += shape::is_ascii_digit(c);
      ++i;
    }
    if (digits >= k_min_digits && label_before(text, start)) return true;
  }
  return false;
}

/// The byte classes (shape::pair_class()) a number's first digit may be followed by inside it:
/// another digit, or a separator before one.
constexpr std::uint64_t k_number_follow_classes = [] {
  std::uint64_t classes = 0;
  for (char c : std::string_view("0123456789 ./-")) classes |= std::uint64_t{1} << shape::pair_class(c);
  return classes;
}();

/// False when the line whose signature is `pairs` holds no digit followed by a digit or a
/// separator: a number of k_min_digits digits or more holds one (its first digit and the next
/// byte), so has_labelled_number() finds none there. A few bit tests on the signature the row
/// of line filters shares, where the scan for numbers reads every byte.
bool may_hold_number(const shape::LinePairs& pairs) { return (pairs.after_digit() & k_number_follow_classes) != 0; }

/// "Testata giornalistica registrata presso il Tribunale di Padova n. 2417 del 12/03/2014": an
/// Italian periodical's entry in its court's register, which Italian press law asks a news
/// site to print. Its number may be short, so the court and the register's words say it instead:
/// a register word, "tribunale di", then "n." and a number.
constexpr std::string_view k_court_register_words[] = {"registrata", "registrato", "registrazione", "autorizzazione",
                                                       "iscrizione", "iscritta"};

bool is_court_register_entry(std::string_view text) {
  // Most lines with a number name no court: asked before the line is copied in lower case.
  if (!shape::contains_ci(text, "tribunale di ")) return false;
  std::string lower = shape::lower_ascii(text);
  std::size_t court = lower.find("tribunale di ");
  if (court == std::string::npos || !shape::key_contains_any(std::string_view(lower).substr(0, court), k_court_register_words))
    return false;
  for (std::string_view number_mark : {std::string_view(" n. "), std::string_view(" n.")}) {
    std::size_t at = lower.find(number_mark, court);
    if (at != std::string::npos && at + number_mark.size() < lower.size() &&
        shape::is_ascii_digit(lower[at + number_mark.size()]))
      return true;
  }
  return false;
}

/// Verbs that report a number as k_reported_speech's do, in the same place ("..., a rappelé le
/// juge", "explicó que apelará"): a register's footer line has no verb.
constexpr std::string_view k_more_reporting_verbs[] = {
    " told", " explained", " erklärte", " betonte", " explicó", " afirmó", " a expliqué", " a rappelé", " a indiqué",
    " ha spiegato", " ha ricordato", " afirmou", " explicou",
};

}  // namespace

std::optional<std::string> CompanyRegisterFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.empty() || text.size() > k_max_bytes || text.back() == '?') return std::nullopt;
  // Every such line holds a long number with a label before it: one scan finds the numbers,
  // on the lines whose signature (of the whole block's text, which holds `text`) may hold one.
  if (!may_hold_number(shape::line_pairs(doc.blocks[index].text))) return std::nullopt;
  if (shape::word_count(text) > k_max_words) return std::nullopt;
  if (!has_labelled_number(text) && !is_court_register_entry(text)) return std::nullopt;
  std::string lower = shape::lower_ascii(text);
  if (shape::key_contains_any(lower, k_reported_speech) || shape::key_contains_any(lower, k_more_reporting_verbs))
    return std::nullopt;
  return "a company's register or tax number";
}

}  // namespace pith
