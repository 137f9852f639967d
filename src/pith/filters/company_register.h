// company-register: a publisher's register and tax numbers printed in a page's footer
// ("Editoriale Bresciana S.p.A. – P.IVA 01234560178", "HRB 12345, Amtsgericht Köln",
// "CIF: B12345678", "SIRET 123 456 789 00012").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class CompanyRegisterFilter : public LineFilter {
 public:
  explicit CompanyRegisterFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
