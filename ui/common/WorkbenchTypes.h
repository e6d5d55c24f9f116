#pragma once

// The widget-free workbench (src/workbench: the typed settings and the opened cache) under the
// names the widgets use.
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

namespace ow::ui {

using workbench::AppSettings;
using workbench::Workbench;

} // namespace ow::ui
