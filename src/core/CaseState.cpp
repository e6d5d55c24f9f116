#include "CaseState.h"
