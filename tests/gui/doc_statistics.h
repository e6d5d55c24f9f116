#pragma once

#include "workbench/Workbench.h"

namespace ow::doc {

// Fills the cache with a month of an office's cases for the statistics' screenshot.
bool seedStatistics(workbench::Workbench &wb);

} // namespace ow::doc
