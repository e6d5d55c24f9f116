#include "WorkbenchLog.h"

Q_LOGGING_CATEGORY(lcWorkbench, "onewindow.workbench")
