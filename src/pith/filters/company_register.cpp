// company-register: a footer line that gives a company's register or tax number after its label
// (the labels of the six languages' registers and tax offices: VAT, P.IVA, USt-IdNr., HRB,
// CIF/NIF, SIRET/RCS, NIPC/CNPJ), short and with no reported speech, so a sentence about a
// company's tax number stays.
#include "pith/filters/company_register.h"

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
    // de
    "ust-idnr", "ust-idnr.", "ust-id", "ust.-idnr.", "ust-id-nr.", "umsatzsteuer-identifikationsnummer",
    "steuernummer", "hrb", "hra", "handelsregister", "registergericht",
    // es
    "cif", "c.i.f.", "nif", "n.i.f.", "registro mercantil",
    // fr
    "siret", "siren", "rcs", "tva intracommunautaire", "n° tva", "numéro de tva",
    // it
    "p.iva", "p. iva", "p.i.", "partita iva", "c.f.", "codice fiscale", "registro imprese", "rea",
    // pt
    "nipc", "cnpj", "nif/nipc", "conservatória do registo comercial",
};

/// True when `lower` (the line in ASCII lower case) holds a label as a whole word with a number
/// of k_min_digits digits or more right after it.
bool has_labelled_number(std::string_view lower) {
  for (std::string_view label : k_labels) {
    for (std::size_t at = lower.find(label); at != std::string_view::npos; at = lower.find(label, at + 1)) {
      std::size_t end = at + label.size();
      bool start_ok = at == 0 || !shape::is_word_byte(lower[at - 1]);
      bool end_ok = end == lower.size() || !shape::is_word_byte(lower[end]) || label.back() == '.';
      if (!start_ok || !end_ok) continue;
      std::size_t digits = 0;
      for (std::size_t i = end; i < lower.size() && i < end + k_number_reach + digits; ++i) {
        char c = lower[i];
        if (c >= '0' && c <= '9') ++digits;
        else if (digits > 0 && c != ' ' && c != '.' && c != '/' && c != '-') break;
        if (digits >= k_min_digits) return true;
      }
    }
  }
  return false;
}

}  // namespace

std::optional<std::string> CompanyRegisterFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.empty() || text.size() > k_max_bytes || text.back() == '?') return std::nullopt;
  // Every such line holds a long number: most lines fall here, on one scan.
  std::size_t digits = 0;
  for (char c : text) digits += c >= '0' && c <= '9';
  if (digits < k_min_digits) return std::nullopt;
  if (shape::word_count(text) > k_max_words) return std::nullopt;
  std::string lower = shape::lower_ascii(text);
  if (has_labelled_number(lower) && !shape::key_contains_any(lower, k_reported_speech))
    return "a company's register or tax number";
  return std::nullopt;
}

}  // namespace pith
