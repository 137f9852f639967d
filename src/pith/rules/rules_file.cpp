// Interim: rules files are not read yet.
#include "pith/rules/rules_file.h"

namespace pith {

bool load_rules_file(const std::string& path, std::vector<UserFilter>*, std::string* err) {
  *err = path + ": rules files are not supported yet";
  return false;
}

}  // namespace pith
