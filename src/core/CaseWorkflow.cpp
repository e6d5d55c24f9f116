#include "CaseWorkflow.h"
