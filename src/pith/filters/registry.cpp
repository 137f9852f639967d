// The built-in filters, in pipeline order. Adding a filter: write its file, add one row here.
#include "pith/filters/filter.h"
#include "pith/filters/loading.h"

namespace pith {

namespace {
template <class F>
std::unique_ptr<Filter> make(const Config& config) {
  return std::make_unique<F>(config);
}

constexpr FilterEntry k_filters[] = {
    {"loading", "placeholders of scripts that never ran: \"Now loading...\", \"Please enable JavaScript\"",
     true, make<LoadingFilter>},
};
}  // namespace

std::span<const FilterEntry> filter_registry() { return k_filters; }

}  // namespace pith
