// Moved to pith/base/ascii.h (line keys and shape keys use it too); this name is kept so that
// code still including it here builds. Include pith/base/ascii.h instead.
#pragma once

#include "pith/base/ascii.h"
